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
    /// Leading spaces of each line as the copy printed it (a tab counts as ``tabWidth``): text
    /// browsers indent list items, nested menus and centred text, and not body paragraphs alike.
    let indent: [Int]
    static let tabWidth = 8

    init(_ text: String) {
        var lines: [String] = [], indent: [Int] = []
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = MarkdownMarks.plain(TextCleaner.collapse(String(raw)))
            guard !line.isEmpty else { continue }
            var spaces = 0
            for u in raw.unicodeScalars {
                if u == " " { spaces += 1 } else if u == "\t" { spaces += Self.tabWidth } else { break }
            }
            lines.append(line)
            indent.append(spaces)
        }
        self.init(lines: lines, indent: indent)
    }

    init(lines: [String], indent: [Int]? = nil) {
        self.lines = lines
        self.indent = indent ?? [Int](repeating: 0, count: lines.count)
        lower = lines.map { $0.lowercased() }
        words = lower.map(LineFeatures.split)
        let lowered = lower
        furniture = lines.indices.map { i in LineRules.furniture(lines[i], lower: lowered[i]).map { (reason: $0.0, detail: $0.1) } }
        isCredit = lines.map(LineRules.isCreditLine)
    }

    /// Whether line `i` is a line of prose: at least ``LineFeatures/proseWords`` words and a
    /// sentence's end (what the features' prose densities, the headline search and the crosshead
    /// test all count as prose).
    func isProse(_ i: Int) -> Bool { words[i].count >= LineFeatures.proseWords && LineFeatures.endsSentence(lines[i]) }

    var count: Int { lines.count }
    var indices: Range<Int> { lines.indices }
    subscript(i: Int) -> String { lines[i] }
}
