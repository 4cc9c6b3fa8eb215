import Foundation
import Testing
import LedeNarrate

/// NVIDIA NeMo's English normalisation test cases (Apache-2.0), read from ../shared at test time and
/// scored the way `lede bench normalization` scores them: exact after collapsing white space.
@Suite struct NemoBenchmarkTests {
    static let file = "bench/normalization/nemo-en-dev.jsonl"
    static let newsClasses: Set<String> = ["money", "date", "time", "cardinal", "ordinal", "decimal", "measure",
                                           "fraction", "range", "roman", "word", "whitelist", "punctuation"]

    static func collapse(_ s: String) -> String { s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }

    // Skipped with a message where ../shared/bench is absent (third-party data is not committed).
    @Test(.enabled(if: SharedData.path(file) != nil, "../shared/bench/normalization is not on this machine"))
    func atLeastNinetyPercentOverNewsClasses() throws {
        let lines = try String(contentsOfFile: SharedData.path(Self.file)!, encoding: .utf8).split(separator: "\n")
        var passed = 0, total = 0, everyCase = 0
        var failed: [String] = []
        for line in lines {
            guard let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let cls = o["class"] as? String, let input = o["input"] as? String,
                  let expected = o["expected"] as? [String] else { continue }
            everyCase += 1
            // Every case, news or not, must come back without a crash.
            let got = plain.spoken(input)
            guard Self.newsClasses.contains(cls) else { continue }
            total += 1
            if expected.contains(where: { Self.collapse($0) == Self.collapse(got) }) {
                passed += 1
            } else {
                failed.append("[\(cls)] \(input) → \(got)")
            }
        }
        print("NeMo news classes: \(passed)/\(total) exact")
        for f in failed { print("  FAIL", f) }
        #expect(everyCase >= 200)
        #expect(total >= 150)
        #expect(Double(passed) >= 0.9 * Double(total))
    }
}
