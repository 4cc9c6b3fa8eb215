import ArgumentParser
import Foundation
import LedeCore
import LedeNarrate

/// `lede bench normalization`: exact-match accuracy of the text normaliser on NeMo's English test
/// cases (JSON lines: class, input, expected[]), per class and over the classes found in news; the
/// same figure on the file's tune and check halves (``SpokenFormCase/half``) and on Lede's own
/// held-out cases, which no rule was fitted to.
struct BenchNormalizationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalization",
        abstract: "Score the written → spoken normaliser on nemo-en-dev.jsonl (per class, tune and check halves) and on Lede's held-out cases.")

    /// `heldout` is the tune half of Lede's held-out files (the half rules may be changed by),
    /// `heldout-check` the other half, printed only to be counted.
    enum Which: String, ExpressibleByArgument, CaseIterable { case tune, check, heldout, heldoutCheck = "heldout-check", all }

    @Option(help: "The cases (JSON lines).")
    var cases = "../shared/bench/normalization/nemo-en-dev.jsonl"
    @Option(help: "Held-out cases written for Lede (JSON lines, same layout), repeatable; skipped when absent.")
    var heldout = ["spoken-forms-heldout.jsonl", "spoken-forms-heldout-2.jsonl", "spoken-forms-heldout-3.jsonl",
                   "spoken-forms-heldout-4.jsonl", "spoken-forms-heldout-5.jsonl"]
        .map { "Tests/LedeNarrateTests/Fixtures/" + $0 }
    @Flag(help: "Print failing cases (of the tune half unless --failures-of says otherwise).")
    var failures = false
    @Option(help: "Whose failures --failures prints: tune, check, heldout (its tune half), heldout-check or all.")
    var failuresOf: Which = .tune

    static let newsClasses = ["money", "date", "time", "cardinal", "ordinal", "decimal", "measure", "fraction",
                              "range", "roman", "word", "whitelist", "punctuation"]
    static let otherClasses = ["punctuation_match_input", "electronic", "telephone", "serial", "address", "special_text"]

    func run() throws {
        guard FileManager.default.fileExists(atPath: cases) else { throw LedeError.notFound(cases) }
        let all = try SpokenFormCase.load(cases)
        let nemo = TextNormalizer(style: .nemoConventions), narration = TextNormalizer(style: .narration)
        var pass: [String: Int] = [:], total: [String: Int] = [:]
        var failed: [(SpokenFormCase, String, String)] = []  // case, its set, what came out
        for c in all {
            let got = nemo.spoken(c.input)
            total[c.cls, default: 0] += 1
            if c.accepts(got) { pass[c.cls, default: 0] += 1 } else { failed.append((c, c.half.rawValue, got)) }
        }
        func row(_ cls: String) -> String {
            let p = pass[cls] ?? 0, n = total[cls] ?? 0
            return String(format: "| %@ | %d/%d | %.1f %% |", cls, p, n, n == 0 ? 0 : 100 * Double(p) / Double(n))
        }
        print("| class | exact | % |")
        print("|---|---|---|")
        for cls in Self.newsClasses { print(row(cls)) }
        let newsPass = Self.newsClasses.reduce(0) { $0 + (pass[$1] ?? 0) }
        let newsTotal = Self.newsClasses.reduce(0) { $0 + (total[$1] ?? 0) }
        print(String(format: "| **news classes** | **%d/%d** | **%.1f %%** |", newsPass, newsTotal,
                     100 * Double(newsPass) / Double(max(1, newsTotal))))
        let others = Self.otherClasses + total.keys.sorted().filter { !Self.newsClasses.contains($0) && !Self.otherClasses.contains($0) }
        for cls in others where total[cls] != nil { print(row(cls)) }

        // The news classes by half, and Lede's own held-out cases (every class in that file counts).
        func score(_ set: [SpokenFormCase]) -> (Int, Int) { (set.filter { $0.accepts(nemo.spoken($0.input)) }.count, set.count) }
        func line(_ name: String, _ s: (Int, Int)) -> String {
            String(format: "| %@ | %d/%d | %.1f %% |", name, s.0, s.1, s.1 == 0 ? 0 : 100 * Double(s.0) / Double(s.1))
        }
        let news = all.filter(\.isNews)
        print("\n| news classes | exact | % |")
        print("|---|---|---|")
        print(line("NeMo dev, all", score(news)))
        print(line("NeMo dev, tune half (rules changed looking at these)", score(news.filter { $0.half == .tune })))
        print(line("NeMo dev, check half (not looked at)", score(news.filter { $0.half == .check })))
        for path in heldout {
            let name = (path as NSString).lastPathComponent
            guard FileManager.default.fileExists(atPath: path) else {
                print("| Lede held-out (\(name)) | skipped: \(path) not found | |")
                continue
            }
            let own = try SpokenFormCase.load(path)
            print(line("Lede held-out (\(name))", score(own)))
            print(line("  tune half", score(own.filter { $0.half == .tune })))
            print(line("  check half", score(own.filter { $0.half == .check })))
            for c in own {
                let got = nemo.spoken(c.input)
                if !c.accepts(got) { failed.append((c, c.half == .tune ? Which.heldout.rawValue : Which.heldoutCheck.rawValue, got)) }
            }
        }

        // The narration style differs in spelling only (hyphens, "K G B", capitals); it is scored with
        // those differences removed, to show that the readings themselves are the same.
        var same = 0
        for c in news where Self.unspell(narration.spoken(c.input)) == Self.unspell(nemo.spoken(c.input)) { same += 1 }
        // Throughput over the same inputs (best of five passes of all cases, narration style).
        var best = Double.infinity, chars = 0
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            chars = 0
            for c in all { chars += narration.spoken(c.input).utf8.count }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        print(String(format: "\nspeed: %d cases in %.2f ms (%.0f cases/s, %.1f MB of output/s)", all.count, best * 1000,
                     Double(all.count) / best, Double(chars) / best / 1e6))
        print("scored with NormalizerStyle.nemoConventions (NeMo's spelling: \"twenty two\", \"one hundred and five\", \"DNA\", \"january\");")
        print("narration style reads the same words as it on \(same)/\(news.count) news cases (ignoring hyphens, letter spacing, case and \"and\")")
        if failures {
            print("\nfailures: \(failuresOf.rawValue)")
            for (c, set, got) in failed where failuresOf == .all || set == failuresOf.rawValue {
                print("[\(set)] [\(c.cls)] \(c.input)\n   expected: \(c.expected.joined(separator: " | "))\n   got:      \(got)")
            }
        }
    }

    /// Spelling removed: hyphens, spaces (so "K G B" = "KGB"), case, the word "and", a final period.
    static func unspell(_ s: String) -> String {
        var words = s.replacingOccurrences(of: "-", with: " ").lowercased().split(separator: " ").filter { $0 != "and" }
        if let last = words.last, last.hasSuffix(".") { words[words.count - 1] = last.dropLast() }
        return words.joined()
    }
}
