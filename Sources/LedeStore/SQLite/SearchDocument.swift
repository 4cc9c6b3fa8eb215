import LedeCore

/// The four searchable columns of an article: title, body text (captions included), the people
/// (names, aliases, descriptions) and the quotes with their speakers.
struct SearchDocument {
    var title: String
    var body: String
    var people: String
    var quotes: String

    init(article: Article, story: Story?) {
        title = article.title
        var parts = [article.subtitle ?? ""] + article.blocks.map { block in
            if case .figure(let figure) = block { return [figure.caption, figure.credit].compactMap { $0 }.joined(separator: " ") }
            return block.text ?? ""
        }
        parts.removeAll { $0.isEmpty }
        body = parts.joined(separator: "\n")
        people = (story?.people ?? []).map { ([$0.name] + $0.aliases + $0.descriptions).joined(separator: "; ") }
            .joined(separator: "\n")
        quotes = (story?.quotes ?? []).map { [$0.speaker ?? $0.speakerDescription ?? "", $0.text].joined(separator: ": ") }
            .joined(separator: "\n")
        title = Self.withoutMarks(title)
        body = Self.withoutMarks(body)
        people = Self.withoutMarks(people)
        quotes = Self.withoutMarks(quotes)
    }

    /// The snippet highlight characters, removed from the indexed text so only real matches carry them.
    static func withoutMarks(_ text: String) -> String {
        guard text.contains(SearchHit.markStart) || text.contains(SearchHit.markEnd) else { return text }
        return String(text.filter { $0 != SearchHit.markStart && $0 != SearchHit.markEnd })
    }
}
