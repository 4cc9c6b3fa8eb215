/// Renders a ``Story`` for people: the headline, then people, quotations, places, organisations and dates.
///
/// ```swift
/// print(StoryRenderer.text(story))
/// print(StoryRenderer.quotes(story))   // who said what, in order
/// ```
public enum StoryRenderer {
    public static func text(_ s: Story) -> String {
        var out: [String] = [s.article.title]
        if let line = ArticleRenderer.bylineLine(s.article) { out.append(line) }
        out.append("\(s.sentences.count) sentences, \(s.quotes.count) quotations")
        if !s.people.isEmpty {
            out.append("People\n" + s.people.map { "  " + person($0) }.joined(separator: "\n"))
        }
        if !s.quotes.isEmpty { out.append("Quotations\n" + quoteLines(s, indent: "  ")) }
        if !s.places.isEmpty { out.append("Places\n  " + entityList(s.places)) }
        if !s.organisations.isEmpty { out.append("Organisations\n  " + entityList(s.organisations)) }
        if !s.dates.isEmpty {
            out.append("Dates\n" + s.dates.map { "  " + $0.text + ($0.resolved.map { " → " + $0 } ?? "") }.joined(separator: "\n"))
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    /// One line per quotation: speaker (or "unattributed"), the verb, and the words.
    public static func quotes(_ s: Story) -> String {
        quoteLines(s, indent: "") + (s.quotes.isEmpty ? "" : "\n")
    }

    static func quoteLines(_ s: Story, indent: String) -> String {
        s.quotes.map { q in
            let who = q.speaker ?? q.speakerDescription ?? "unattributed"
            let cue = q.cue.map { " (\($0))" } ?? ""
            let where_ = q.span.block == TextSpan.titleBlock ? "headline" : "¶\(q.span.block)"
            return "\(indent)\(where_) \(who)\(cue): “\(q.text)”"
        }.joined(separator: "\n")
    }

    static func person(_ p: Person) -> String {
        var facts: [String] = []
        if let age = p.age { facts.append("\(age)") }
        facts += p.descriptions
        var line = p.name
        if !facts.isEmpty { line += " — " + facts.joined(separator: "; ") }
        line += " (\(p.mentions) mention\(p.mentions == 1 ? "" : "s")\(p.inCaptionsOnly ? ", in captions only" : ""))"
        return line
    }

    static func entityList(_ list: [Entity]) -> String {
        list.map { "\($0.name) (\($0.mentions))" }.joined(separator: ", ")
    }
}
