import LedeCore

/// The plain-text path: a scraped copy of a news page, one paragraph a line (blank lines between
/// or not), with the page's furniture mixed in.
///
/// ```swift
/// let article = try PlainTextArticleExtractor(options: ReadOptions()).extract(text, url: nil)
/// ```
///
/// Line numbers in `Removal.detail` count non-empty lines from 0, as a user sees them in an editor
/// that skips blanks.
struct PlainTextArticleExtractor {
    var options: ReadOptions

    func extract(_ text: String, url: String?) throws -> Article {
        let lines = text.split(whereSeparator: \.isNewline).map { TextCleaner.collapse(String($0)) }.filter { !$0.isEmpty }
        guard !lines.isEmpty else { throw LedeError.emptyInput("the text has no lines") }
        var article = Article(url: url)
        var start = 0
        // The headline: the first line, when it reads as one (short, not a credit or furniture).
        if lines[0].count <= LineRules.maxHeadlineLength, LineRules.furniture(lines[0]) == nil, !LineRules.isCreditLine(lines[0]) {
            article.title = lines[0]
            start = 1
        }
        let titleKey = TitleChoice.key(article.title)
        var consumed = Set<Int>()
        var i = start
        while i < lines.count {
            defer { i += 1 }
            let line = lines[i]
            if i == start, !titleKey.isEmpty, TitleChoice.key(line) == titleKey {
                article.removed.append(Removal(reason: .duplicateHeadline, text: line, detail: "line \(i): the headline again"))
                continue
            }
            if let (reason, detail) = LineRules.furniture(line) {
                article.removed.append(Removal(reason: reason, text: line, detail: "line \(i): \(detail)"))
                continue
            }
            // A caption is the line before a credit line; the pair becomes one figure where it stood.
            if i + 1 < lines.count, LineRules.isCreditLine(lines[i + 1]), LineRules.furniture(lines[i + 1]) == nil {
                article.blocks.append(.figure(Figure(caption: line, credit: CreditParser.clean(lines[i + 1]))))
                consumed.insert(i + 1)
                i += 1
                continue
            }
            if LineRules.isCreditLine(line) {
                // A credit with no caption before it still marks a photo.
                article.blocks.append(.figure(Figure(credit: CreditParser.clean(line))))
                continue
            }
            // A caption with its credit on the same line: "Caption text. (Photo: Jane Roe/Agency)".
            let split = CreditParser.split(line)
            if let credit = split.credit, split.caption.count >= 20, line.hasSuffix(")") || line.count < 400 {
                article.blocks.append(.figure(Figure(caption: split.caption, credit: credit)))
                continue
            }
            article.blocks.append(.paragraph(line))
        }
        guard article.blocks.contains(where: { if case .paragraph = $0 { return true } else { return false } }) else {
            throw LedeError.noArticle("no paragraph of article text among \(lines.count) lines")
        }
        if article.title.isEmpty, case .paragraph(let first)? = article.blocks.first {
            article.title = String(first.prefix(80))
        }
        return article
    }
}
