import Foundation
import LedeCore

/// Hand-written plain-text copies of news pages with their labels written by hand (the house-style
/// fixtures: `NAME.txt`, its body lines in `NAME.body.txt`, its headline and photos in `index.json`),
/// as training documents for the line model beside the text-browser dumps. A dump's labels come
/// from matching it against a gold body; a copy's are exact: its body lines are body, its headline
/// a headline, a line holding a photo's caption a caption, a photo's credit alone a credit, every
/// other line furniture. So each kind of furniture a copy shows (a "Gift Article" button, a
/// transcript's time codes) is learned from its features, not written as a rule for its phrase.
///
/// ```swift
/// let copies = try LabelledCopy.load(folder: "Tests/LedeExtractTests/Fixtures/house-styles")
/// let model = LineModelTrainer.train(pages, copies: copies.filter { $0.round < 8 }) { print($0) }
/// ```
public struct LabelledCopy: Sendable {
    public var name: String
    /// The round of copies it was written in (rounds are measured before any change for them).
    public var round: Int
    public var text: String
    public var body: [String]
    public var title: String?
    /// Each photo as (caption, credit).
    public var figures: [(caption: String, credit: String)]

    public init(name: String, round: Int, text: String, body: [String], title: String?, figures: [(caption: String, credit: String)]) {
        self.name = name; self.round = round; self.text = text; self.body = body; self.title = title; self.figures = figures
    }

    /// The id the trainer's split hashes (FNV-1a, odd = held out), apart from the pages' ids.
    public var id: String { "copy:" + name }

    /// Every copy of `folder` listed in its `index.json` (`{NAME: {round, title, figures: [[caption, credit]]}}`).
    public static func load(folder: String) throws -> [LabelledCopy] {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/index.json"))
        let index = try JSONSerialization.jsonObject(with: data) as? [String: [String: Any]] ?? [:]
        return try index.keys.sorted().map { name in
            let entry = index[name] ?? [:]
            let text = try String(contentsOfFile: "\(folder)/\(name).txt", encoding: .utf8)
            let body = try String(contentsOfFile: "\(folder)/\(name).body.txt", encoding: .utf8)
                .split(whereSeparator: \.isNewline).map(String.init)
            let figures = (entry["figures"] as? [[String]] ?? []).compactMap { $0.count == 2 ? (caption: $0[0], credit: $0[1]) : nil }
            return LabelledCopy(name: name, round: entry["round"] as? Int ?? 0, text: text, body: body,
                                title: entry["title"] as? String, figures: figures)
        }
    }

    /// A credit printed alone is short: a line of more words holding the credit's words is prose.
    static let maxCreditWords = 12

    /// The labels of the copy's lines (as ``ScrapedLines`` splits them).
    func labels(_ copy: ScrapedLines) -> [LineClass] {
        func key(_ s: String) -> String { LineFeatures.words(s).joined(separator: " ") }
        let bodyLines = Set(body)
        let titleKey = title.map(key) ?? ""
        let captions = figures.map { key($0.caption) }.filter { !$0.isEmpty }
        let credits = figures.map { key($0.credit) }.filter { !$0.isEmpty }
        return copy.indices.map { i in
            let line = copy.lines[i]
            if bodyLines.contains(line) { return .body }
            let k = key(line)
            if k.isEmpty { return .furniture }
            if k == titleKey { return .headline }
            if captions.contains(where: { k.contains($0) }) { return .caption }
            if copy.words[i].count <= Self.maxCreditWords, credits.contains(where: { k == $0 || (" " + k + " ").contains(" " + $0 + " ") }) {
                return .credit
            }
            return .furniture
        }
    }

    /// Kept body lines as the house-style tests count them: paragraphs and headings of `article`
    /// that are (`right`) or are not body lines, and the body lines it lost.
    public func score(_ article: Article) -> (right: Int, kept: Int, body: Int) {
        let kept = article.blocks.compactMap { block -> String? in
            switch block {
            case .paragraph(let t), .heading(_, let t): return t
            default: return nil
            }
        }
        return (kept.filter(body.contains).count, kept.count, body.count)
    }
}
