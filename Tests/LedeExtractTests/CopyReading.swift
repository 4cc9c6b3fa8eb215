@testable import LedeCore
@testable import LedeExtract

/// How the plain-text tests read a copy: the article the text path makes of it, and the text of
/// its blocks that hold the story's words.
///
/// ```swift
/// let article = try CopyReading.article("Headline\nBy Jo Roe\nFirst paragraph of the story.")
/// CopyReading.keptLines(article)   // paragraphs and headings, in order
/// ```
enum CopyReading {
    static func article(_ text: String) throws -> Article {
        try ArticleReader(options: ReadOptions(inputKind: .text)).read(Array(text.utf8))
    }

    /// The paragraphs' texts.
    static func paragraphs(_ article: Article) -> [String] {
        article.blocks.compactMap { if case .paragraph(let t) = $0 { return t } else { return nil } }
    }

    /// The paragraphs' and headings' texts: every line the text path kept as the story's.
    static func keptLines(_ article: Article) -> [String] {
        article.blocks.compactMap {
            switch $0 {
            case .paragraph(let t), .heading(_, let t): return t
            default: return nil
            }
        }
    }
}
