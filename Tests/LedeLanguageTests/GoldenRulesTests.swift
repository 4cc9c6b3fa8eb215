import Foundation
import Testing
@testable import LedeLanguage

/// The Pragmatic Segmenter's English "Golden Rules" (MIT), read from ../shared at test time.
@Suite struct GoldenRulesTests {
    struct Case {
        var id: String
        var text: String
        var expected: [String]
        var pdf: Bool
    }

    static func cases() throws -> [Case] {
        guard let path = SharedData.path("bench/sentences/golden_rules_en.jsonl") else { return [] }
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        return try lines.map { line in
            let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let options = o["options"] as? [String: Any] ?? [:]
            return Case(id: o["id"] as! String, text: o["text"] as! String, expected: o["expected"] as! [String],
                        pdf: (options["doc_type"] as? String) == "pdf")
        }
    }

    // Skipped with a message where ../shared/bench is absent (third-party data is not committed).
    @Test(.enabled(if: SharedData.path("bench/sentences/golden_rules_en.jsonl") != nil,
                   "../shared/bench/sentences is not on this machine"))
    func atLeastFiftyOfFiftyTwo() throws {
        let cases = try Self.cases()
        #expect(cases.count == 52)
        var failed: [String] = []
        for c in cases {
            let splitter = SentenceSplitter(lineBreaks: c.pdf ? .join : .endSentences)
            let got = splitter.sentences(c.text)
            if got != c.expected { failed.append("\(c.id): \(got)") }
        }
        print("golden rules: \(cases.count - failed.count)/\(cases.count) pass")
        for f in failed { print("  FAIL", f) }
        #expect(cases.count - failed.count >= 50)
    }
}
