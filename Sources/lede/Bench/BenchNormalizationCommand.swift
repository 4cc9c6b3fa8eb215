import ArgumentParser
import Foundation
import LedeCore
import LedeNarrate

/// `lede bench normalization`: exact-match accuracy of the text normaliser on NeMo's English test
/// cases (JSON lines: class, input, expected[]), per class and over the classes found in news.
struct BenchNormalizationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalization",
        abstract: "Score the written → spoken normaliser on nemo-en-dev.jsonl, per class; list failures.")

    @Option(help: "The cases (JSON lines).")
    var cases = "../shared/bench/normalization/nemo-en-dev.jsonl"
    @Flag(help: "Print every failing case.")
    var failures = false

    /// Classes of written forms that occur in news copy; the goal (issue 4) is ≥ 90 % over these.
    static let newsClasses = ["money", "date", "time", "cardinal", "ordinal", "decimal", "measure", "fraction",
                              "range", "roman", "word", "whitelist", "punctuation"]
    static let otherClasses = ["punctuation_match_input", "electronic", "telephone", "serial", "address", "special_text"]

    struct Case { let cls: String, input: String, expected: [String] }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: cases) else { throw LedeError.notFound(cases) }
        var all: [Case] = []
        for line in try String(contentsOfFile: cases, encoding: .utf8).split(separator: "\n") {
            guard let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let cls = o["class"] as? String, let input = o["input"] as? String,
                  let expected = o["expected"] as? [String] else { continue }
            all.append(Case(cls: cls, input: input, expected: expected))
        }
        let nemo = TextNormalizer(style: .nemoConventions), narration = TextNormalizer(style: .narration)
        var pass: [String: Int] = [:], total: [String: Int] = [:]
        var failed: [(Case, String)] = []
        for c in all {
            let got = nemo.spoken(c.input)
            total[c.cls, default: 0] += 1
            if c.expected.contains(where: { Self.collapse($0) == Self.collapse(got) }) {
                pass[c.cls, default: 0] += 1
            } else {
                failed.append((c, got))
            }
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
        // The narration style differs in spelling only (hyphens, "K G B", capitals); it is scored with
        // those differences removed, to show that the readings themselves are the same.
        var same = 0
        for c in all where Self.newsClasses.contains(c.cls) {
            if Self.collapse(Self.unspell(narration.spoken(c.input))) == Self.collapse(Self.unspell(nemo.spoken(c.input))) { same += 1 }
        }
        // Throughput over the same inputs (best of five passes of all cases, narration style).
        var best = Double.infinity, chars = 0
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            chars = 0
            for c in all { chars += narration.spoken(c.input).utf8.count }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        print(String(format: "speed: %d cases in %.2f ms (%.0f cases/s, %.1f MB of output/s)", all.count, best * 1000,
                     Double(all.count) / best, Double(chars) / best / 1e6))
        print("scored with NormalizerStyle.nemoConventions (NeMo's spelling: \"twenty two\", \"one hundred and five\", \"DNA\", \"january\");")
        print("narration style reads the same words as it on \(same)/\(newsTotal) news cases (ignoring hyphens, letter spacing, case and \"and\")")
        if failures {
            print("\nfailures:")
            for (c, got) in failed {
                print("[\(c.cls)] \(c.input)\n   expected: \(c.expected.joined(separator: " | "))\n   got:      \(got)")
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
