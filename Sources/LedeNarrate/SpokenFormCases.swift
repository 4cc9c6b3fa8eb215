import Foundation

/// Written → spoken test cases in NeMo's JSON-lines layout (`class`, `input`, `expected[]`), with
/// the deterministic split into a tune half and a check half that every change to the normaliser
/// is judged by: rules are changed looking at the tune half's failures only, and kept when the
/// check half improves too.
///
/// ```swift
/// let cases = try SpokenFormCase.load("../shared/bench/normalization/nemo-en-dev.jsonl")
/// let n = TextNormalizer(style: .nemoConventions)
/// let check = cases.filter { $0.half == .check && $0.isNews }
/// let exact = check.filter { $0.accepts(n.spoken($0.input)) }.count
/// ```
public struct SpokenFormCase: Sendable, Equatable {
    public enum Half: String, Sendable { case tune, check }

    public let cls: String
    public let input: String
    public let expected: [String]

    /// Classes of written forms that occur in news copy (the figure the goals are set on).
    public static let newsClasses: Set<String> = ["money", "date", "time", "cardinal", "ordinal", "decimal", "measure",
                                                  "fraction", "range", "roman", "word", "whitelist", "punctuation"]

    public init(cls: String, input: String, expected: [String]) {
        self.cls = cls
        self.input = input
        self.expected = expected
    }

    public var isNews: Bool { Self.newsClasses.contains(cls) }

    /// Tune or check, by the parity of the FNV-1a hash of the input's UTF-8: fixed for a case,
    /// independent of its place in the file, and about half and half.
    public var half: Half {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in input.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return h % 2 == 0 ? .tune : .check
    }

    /// Exact after collapsing runs of white space.
    public func accepts(_ spoken: String) -> Bool {
        let got = Self.collapse(spoken)
        return expected.contains { Self.collapse($0) == got }
    }

    public static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    public enum LoadError: Error, CustomStringConvertible {
        case badLine(path: String, line: Int)
        public var description: String {
            switch self {
            case let .badLine(path, line): "\(path):\(line): not a case (needs class, input and expected[])"
            }
        }
    }

    /// Every case of a JSON-lines file; a line that is not a case is an error naming it.
    public static func load(_ path: String) throws -> [SpokenFormCase] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var cases: [SpokenFormCase] = []
        for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            guard let o = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let cls = o["class"] as? String, let input = o["input"] as? String,
                  let expected = o["expected"] as? [String], !expected.isEmpty else {
                throw LoadError.badLine(path: path, line: k + 1)
            }
            cases.append(SpokenFormCase(cls: cls, input: input, expected: expected))
        }
        return cases
    }
}
