import LedeCore

/// The author's biography that a page prints under the article ("Jane Roe is a freelance writer
/// based in Leeds…", "Jane has covered courts since 2018."): furniture about the writer, kept out
/// of the body as the byline is.
///
/// ```swift
/// AuthorBio.isBiography("Jane Roe is a reporter based in Leeds.", authors: ["Jane Roe"])  // true
/// AuthorBio.isBiography("Jane Roe said the vote was close.", authors: ["Jane Roe"])        // false
/// ```
enum AuthorBio {
    /// Only the last blocks of a body are looked at: an author box follows the article. (On the
    /// WCXB tune half every biography kept by mistake was among the last three blocks.)
    static let tailBlocks = 3
    /// A biography is a short paragraph; a longer one opening with the author's name is the
    /// article talking about its writer (a profile, a first-person piece).
    static let maxBytes = 1_200
    /// A name of at least this many words: a single name ("Reuters", "Staff") is too often the
    /// subject of an ordinary sentence.
    static let minNameWords = 2

    /// Words that follow a writer's name in a biography ("… is a", "… has covered", "… joined"),
    /// and not, as a rule, in a sentence quoting them ("… said", "… told").
    static let biographyVerbs: Set<String> = [
        "is", "was", "has", "had", "covers", "covered", "writes", "wrote", "worked", "works", "specializes",
        "specialises", "joined", "explores", "lives", "leads", "holds", "serves", "began", "earned", "graduated",
    ]

    /// Whether `text` opens with one of `authors` (the full name, or its first word) followed by a
    /// biography verb, or with the full name followed by a comma ("Jane Roe, an award-winning…").
    static func isBiography(_ text: String, authors: [String]) -> Bool {
        guard text.utf8.count <= maxBytes else { return false }
        for name in authors {
            let words = name.split(separator: " ")
            guard words.count >= minNameWords else { continue }
            for lead in [Substring(name), words[0]] where text.hasPrefix(lead) {
                let rest = text.dropFirst(lead.count)
                if lead.count == name.count, rest.hasPrefix(",") { return true }
                guard rest.hasPrefix(" ") else { continue }
                let next = rest.dropFirst().prefix { $0.isLetter }
                if biographyVerbs.contains(String(next)) { return true }
            }
        }
        return false
    }

    /// Drops the biographies among the last ``tailBlocks`` blocks, recording each.
    static func trim(_ blocks: inout [Block], authors: [String], into removed: inout [Removal]) {
        guard !authors.isEmpty, !blocks.isEmpty else { return }
        var i = blocks.count - 1
        let first = max(0, blocks.count - tailBlocks)
        while i >= first {
            if case .paragraph(let text) = blocks[i], isBiography(text, authors: authors) {
                removed.append(Removal(reason: .boilerplate, text: ContentExtractor.snippet(text),
                                       detail: "the author's biography under the article"))
                blocks.remove(at: i)
            }
            i -= 1
        }
    }
}
