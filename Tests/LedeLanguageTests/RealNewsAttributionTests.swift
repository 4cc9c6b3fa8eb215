import Foundation
import Testing
import LedeCore
import LedeExtract
import LedeTestSupport
@testable import LedeLanguage

/// Quote attribution on real news pages: the 83 pages of `../shared/bench/extraction/pages`
/// (third-party, read at test time), with speaker labels written for Lede in
/// `Fixtures/attribution-realnews.txt` (page id, the quotation's first words, the speaker as the
/// article names them). Pages are split by FNV-1a (64-bit) of their id like `Benchmarks/html_halves.py`:
/// even = tune (code changes look at these), odd = check (only measured; failures not printed).
@Suite struct RealNewsAttributionTests {
    /// One labelled quotation: `key` is the first words of its normalised text; `speaker` is the
    /// speaker's full name, "-" when the article names no person, "x" when it is no quotation (a
    /// title, a scare-quoted phrase) that Lede should not give. A quotation Lede gives matches a label
    /// when its normalised text starts with the key.
    struct Label {
        var key: String
        var speaker: String
    }

    struct Outcome: CustomStringConvertible {
        var pages = 0, quotations = 0, found = 0, right = 0, notQuotations = 0, unlabelled = 0
        var namedFound = 0, namedRight = 0, namedMissing = 0
        /// Quotations Lede gave a speaker, by their confidence (at or above
        /// `AttributionCasesTests.highConfidence`, or below), and how many of each had the right one.
        var highFound = 0, highRight = 0, lowFound = 0, lowRight = 0
        var failures: [String] = []
        /// Quotations given that no label matches, and labels no quotation matches: texts only, no
        /// speakers, so a held-out set can show what its labels miss without showing its failures.
        var unlabelledTexts: [String] = [], missingKeys: [String] = []
        var endToEnd: Double { Double(right) / Double(max(quotations, 1)) }
        var namedRate: Double { Double(namedRight) / Double(max(namedFound, 1)) }
        var recall: Double { Double(found) / Double(max(quotations, 1)) }
        /// Of the quotations Lede gives, the share that are quotations (an unlabelled one counts against).
        var precision: Double { Double(found) / Double(max(found + notQuotations + unlabelled, 1)) }
        var description: String {
            String(format: "%d pages: end-to-end %d/%d (%.3f), speaker right when named %d/%d (%.3f), named but no speaker %d, found %d/%d (recall %.3f), not quotations given %d, unlabelled given %d (precision %.3f)",
                   pages, right, quotations, endToEnd, namedRight, namedFound, namedRate, namedMissing, found, quotations, recall, notQuotations, unlabelled, precision)
                + ", right at high confidence \(highRight)/\(highFound), below \(lowRight)/\(lowFound)"
        }
    }

    /// The label file: `=== page-id` opens a page, then `speaker | first words` a line; `#` comments.
    static func labels(_ file: String = "attribution-realnews.txt") throws -> [(page: String, labels: [Label])] {
        var out: [(page: String, labels: [Label])] = []
        for line in try Fixture.text(file).split(separator: "\n").map(String.init) {
            if line.hasPrefix("#") || line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if line.hasPrefix("=== ") { out.append((String(line.dropFirst(4)), [])); continue }
            let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !out.isEmpty else { continue }
            out[out.count - 1].labels.append(Label(key: normalised(parts[1]), speaker: parts[0]))
        }
        return out
    }

    /// Lower-case words of letters and digits, one space apart (quote marks, dashes and ellipses dropped).
    static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    /// Even FNV-1a (64-bit) of the page id = tune half.
    static func isTune(_ id: String) -> Bool {
        var h: UInt64 = 0xcbf29ce484222325
        for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h % 2 == 0
    }

    static func run(tune: Bool) throws -> Outcome? {
        try run(file: "attribution-realnews.txt", pages: "bench/extraction/pages") { isTune($0) == tune }
    }

    /// Scores the labels of `file` on the pages of `directory` (under `../shared`) that `include` takes.
    static func run(file: String, pages directory: String, include: (String) -> Bool) throws -> Outcome? {
        guard let pages = try SharedData.benchmarkPages(directory) else { return nil }
        let bytes = Dictionary(pages.map { (String($0.name.dropLast(".html.gz".count)), $0.bytes) }, uniquingKeysWith: { a, _ in a })
        var o = Outcome()
        for (page, labels) in try labels(file) where include(page) {
            guard let html = bytes[page] else { o.failures.append("\(page): page absent"); continue }
            let article = try ArticleReader().read(html, contentType: "text/html", url: "https://example.org/\(page)")
            let story = StoryBuilder().story(of: article)
            let quotes = story.quotes.map { normalised($0.text) }
            var used: Set<Int> = []
            o.pages += 1
            let short = page.prefix(8)
            for label in labels {
                let match = quotes.indices.first { !used.contains($0) && quotes[$0].hasPrefix(label.key) }
                if let i = match { used.insert(i) }
                if label.speaker == "x" {
                    if match != nil { o.notQuotations += 1; o.failures.append("\(short): not a quotation given: \(label.key)") }
                    continue
                }
                o.quotations += 1
                guard let i = match else { o.failures.append("\(short): not found: \(label.key)"); continue }
                o.found += 1
                let q = story.quotes[i]
                if label.speaker != "-" {
                    o.namedFound += 1
                    if q.speaker == label.speaker { o.namedRight += 1 }
                    if q.speaker == nil { o.namedMissing += 1 }
                }
                let isRight = (label.speaker == "-" && q.speaker == nil) || q.speaker == label.speaker
                if q.speaker == nil {
                    // No speaker given: nothing for the confidence to vouch for.
                } else if q.confidence >= AttributionCasesTests.highConfidence {
                    o.highFound += 1
                    if isRight { o.highRight += 1 }
                } else {
                    o.lowFound += 1
                    if isRight { o.lowRight += 1 }
                }
                if isRight { o.right += 1 } else {
                    o.failures.append("\(short): \(label.key) → \(q.speaker ?? q.speakerDescription ?? "nobody"), not \(label.speaker)")
                }
            }
            for i in story.quotes.indices where !used.contains(i) {
                o.unlabelled += 1
                o.failures.append("\(short): unlabelled quotation given: \(quotes[i].prefix(60))")
                o.unlabelledTexts.append("\(short): \(quotes[i].prefix(60))")
            }
            for label in labels where label.speaker != "x" && !quotes.contains(where: { $0.hasPrefix(label.key) }) {
                o.missingKeys.append("\(short): \(label.key)")
            }
        }
        return o
    }

    /// Floors a little under the figures of 2026-12-06 (see Benchmarks/README.md: tune end-to-end
    /// 0.918 after the second round; check end-to-end 0.716, named 0.772), so a change that loses attribution on real pages fails.
    static let tuneEndToEndFloor = 0.90
    static let checkEndToEndFloor = 0.70
    static let checkNamedFloor = 0.76

    @Test func tuneHalf() throws {
        guard let o = try Self.run(tune: true) else {
            print("skipped: ../shared/bench/extraction/pages is absent (the real news pages the labels are for)")
            return
        }
        print("real-news attribution, tune half: \(o)\n  " + o.failures.joined(separator: "\n  "))
        #expect(o.endToEnd >= Self.tuneEndToEndFloor, "\(o)")
    }

    /// Confidence means something on real news never tuned on: over the check half, the WCXB held-out
    /// set, the Zyte-rest and the Zyte-more check parts (those present), speakers given with high confidence are
    /// right more often than those given with low confidence (counts only).
    @Test func confidenceSeparatesOnRealNews() throws {
        let sets = try [Self.run(tune: false),
                        Self.run(file: "attribution-wcxb.txt", pages: "bench/extraction-wcxb/pages", include: { _ in true }),
                        Self.zyteRest(tune: false), Self.zyteMore(tune: false)].compactMap { $0 }
        guard !sets.isEmpty else {
            print("skipped: the real news pages in ../shared/bench are absent")
            return
        }
        let highRight = sets.map(\.highRight).reduce(0, +), high = sets.map(\.highFound).reduce(0, +)
        let lowRight = sets.map(\.lowRight).reduce(0, +), low = sets.map(\.lowFound).reduce(0, +)
        print("real news never tuned on (\(sets.count) sets): confidence ≥ \(AttributionCasesTests.highConfidence) right \(highRight)/\(high), below \(lowRight)/\(low)")
        #expect(high > 0 && low > 0)
        #expect(Double(highRight) / Double(max(high, 1)) > Double(lowRight) / Double(max(low, 1)))
    }

    /// Only measured: its failures are not printed (counts only).
    @Test func checkHalf() throws {
        guard let o = try Self.run(tune: false) else {
            print("skipped: ../shared/bench/extraction/pages is absent (the real news pages the labels are for)")
            return
        }
        print("real-news attribution, check half: \(o)")
        #expect(o.endToEnd >= Self.checkEndToEndFloor, "\(o)")
        #expect(o.namedRate >= Self.checkNamedFloor, "\(o)")
    }

    /// A held-out set never tuned on: WCXB pages (`../shared/bench/extraction-wcxb/pages`) that are news
    /// quoting people, labelled in `Fixtures/attribution-wcxb.txt` before the quote changes of issue 13
    /// (2026-12-06). Only measured: no attribution failure is printed, only quotations the labels do
    /// not cover (texts, no speakers), so the labels can be completed without looking at the results.
    @Test func wcxbHeldOut() throws {
        guard let o = try Self.run(file: "attribution-wcxb.txt", pages: "bench/extraction-wcxb/pages", include: { _ in true }) else {
            print("skipped: ../shared/bench/extraction-wcxb/pages is absent (the pages the held-out labels are for)")
            return
        }
        print("real-news attribution, WCXB held-out set: \(o)\n  unlabelled: " + o.unlabelledTexts.joined(separator: "\n  unlabelled: ")
              + "\n  label not matched: " + o.missingKeys.joined(separator: "\n  label not matched: "))
        #expect(o.endToEnd >= Self.wcxbEndToEndFloor, "\(o)")
    }

    /// A floor a little under the held-out figure measured before the changes (0.856, Benchmarks/README.md).
    static let wcxbEndToEndFloor = 0.84

    /// A second tune set: 16 other WCXB pages quoting people (`Fixtures/attribution-wcxb-tune.txt`),
    /// labelled before the second round of quote changes of issue 13 and tuned on, so its failures
    /// are printed.
    @Test func wcxbTune() throws {
        guard let o = try Self.run(file: "attribution-wcxb-tune.txt", pages: "bench/extraction-wcxb/pages", include: { _ in true }) else {
            print("skipped: ../shared/bench/extraction-wcxb/pages is absent (the pages the tune labels are for)")
            return
        }
        print("real-news attribution, WCXB tune set: \(o)\n  " + o.failures.joined(separator: "\n  "))
        #expect(o.endToEnd >= Self.wcxbTuneEndToEndFloor, "\(o)")
    }

    /// A floor a little under the WCXB tune set's figure after the second round (0.894, Benchmarks/README.md,
    /// 2026-12-06; 0.753 before it).
    static let wcxbTuneEndToEndFloor = 0.87

    /// A third real-news pair, of the check half's own kind: 18 other pages of the Zyte benchmark the 83
    /// shared pages come from (`Fixtures/attribution-zyte-rest.txt`, labelled by hand before the fourth
    /// round of issue 13), split by FNV-1a of the page id. The tune part prints its failures.
    static func zyteRest(tune: Bool) throws -> Outcome? {
        try run(file: "attribution-zyte-rest.txt", pages: "bench/extraction-zyte-rest/pages") { isTune($0) == tune }
    }

    @Test func zyteRestTune() throws {
        Self.report(try Self.zyteRest(tune: true), set: "Zyte rest", tune: true, floor: Self.zyteRestTuneFloor)
    }

    /// Only measured: counts, with the texts of quotations no label covers and of labels no quotation
    /// matches (no speakers), so labels can be completed without reading the failures.
    @Test func zyteRestCheck() throws {
        Self.report(try Self.zyteRest(tune: false), set: "Zyte rest", tune: false, floor: Self.zyteRestCheckFloor)
    }

    /// Prints a set of the pages outside `../shared` (skipped with a message when they are absent):
    /// a tune part with its failures, a check part with its counts and its unlabelled and unmatched
    /// texts only; then expects its end-to-end figure at `floor`.
    static func report(_ outcome: Outcome?, set: String, tune: Bool, floor: Double) {
        guard let o = outcome else {
            print("skipped: bench/extraction-zyte-rest/pages is absent from ../shared and $LEDE_SHARED")
            return
        }
        if tune {
            print("real-news attribution, \(set), tune part: \(o)\n  " + o.failures.joined(separator: "\n  "))
        } else {
            print("real-news attribution, \(set), check part: \(o)\n  unlabelled: " + o.unlabelledTexts.joined(separator: "\n  unlabelled: ")
                  + "\n  label not matched: " + o.missingKeys.joined(separator: "\n  label not matched: "))
        }
        #expect(o.endToEnd >= floor, "\(o)")
    }

    /// Floors a little under the figures after the fourth round (Benchmarks/README.md, 2026-12-06:
    /// tune part 0.867, 0.766 before it; check part 0.745, level), so a change that loses attribution
    /// on these pages fails.
    static let zyteRestTuneFloor = 0.85
    static let zyteRestCheckFloor = 0.72

    /// A fourth real-news pair: 21 more pages of the same benchmark (`Fixtures/attribution-zyte-more.txt`,
    /// labelled by hand from the gold article bodies before the tenth round of issue 13 ran Lede on
    /// them), split by FNV-1a of the page id. The tune part prints its failures; the check part counts only.
    static func zyteMore(tune: Bool) throws -> Outcome? {
        try run(file: "attribution-zyte-more.txt", pages: "bench/extraction-zyte-rest/pages") { isTune($0) == tune }
    }

    @Test func zyteMoreTune() throws {
        Self.report(try Self.zyteMore(tune: true), set: "Zyte more", tune: true, floor: Self.zyteMoreTuneFloor)
    }

    /// Only measured: counts, with the texts of quotations no label covers and of labels no quotation
    /// matches (no speakers).
    @Test func zyteMoreCheck() throws {
        Self.report(try Self.zyteMore(tune: false), set: "Zyte more", tune: false, floor: Self.zyteMoreCheckFloor)
    }

    /// Floors a little under the figures first measured, before any change of the tenth round
    /// (Benchmarks/README.md, 2026-12-07: tune part 0.741, check part 0.750).
    static let zyteMoreTuneFloor = 0.72
    static let zyteMoreCheckFloor = 0.72
}
