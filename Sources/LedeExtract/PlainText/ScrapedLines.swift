import LedeCore

/// The non-empty lines of a scraped copy with what every stage asks of each line, computed once:
/// its lower-cased form, its words, the rules' furniture verdict and whether it is a credit line.
/// The features, the model and the extractor all read this, so no line is lower-cased, split or
/// matched against the phrase lists more than once (the path stays linear with a small constant).
///
/// ```swift
/// let copy = ScrapedLines("Home\nThe council voted on Tuesday to keep the ferry.")
/// copy.lines.count      // 2
/// copy.words[1].count   // 10
/// ```
struct ScrapedLines: Sendable {
    let lines: [String]
    let lower: [String]
    /// Lower-cased words of each line, as ``LineFeatures/words(_:)`` splits them.
    let words: [[Substring]]
    /// ``LineRules/furniture(_:)`` of each line.
    let furniture: [(reason: Removal.Reason, detail: String)?]
    /// ``LineRules/isCreditLine(_:)`` of each line.
    let isCredit: [Bool]

    init(_ text: String) {
        self.init(lines: text.split(whereSeparator: \.isNewline).map { TextCleaner.collapse(String($0)) }.filter { !$0.isEmpty })
    }

    init(lines: [String]) {
        self.lines = lines
        lower = lines.map { $0.lowercased() }
        words = lower.map { $0.split { !($0.isLetter || $0.isNumber) } }
        furniture = lines.map { LineRules.furniture($0).map { (reason: $0.0, detail: $0.1) } }
        isCredit = lines.map(LineRules.isCreditLine)
    }

    var count: Int { lines.count }
    var indices: Range<Int> { lines.indices }
    subscript(i: Int) -> String { lines[i] }
}
