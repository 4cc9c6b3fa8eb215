import LedeCore

/// A person the story names by one name after a ruler's or a noble's title ("Prince Andrew", "Pope
/// Francis", "King Charles III", "Lady Gaga", "Lord Sugar") and never by a surname: the reader knows
/// them by the title and the name together, so the people list and the quotations show both. A
/// person whose full name has a surname ("Sir Keir Starmer") keeps it, the title left off as for any
/// other title ("Senator").
///
/// ```swift
/// var titles = TitledOneNames()
/// titles.note(id, title: "Prince")           // "Prince Andrew said" read
/// let name = titles.displayName(of: id, named: "Andrew")   // "Prince Andrew"
/// ```
struct TitledOneNames {
    /// The ruler's or noble's title each person was first named after, by person id.
    private var titles: [Int: String] = [:]

    /// Records that the person `id` was named right after `title`, when it is a ruler's or a noble's
    /// (`NameRun.titlesOfRulers`, a closed list); the first such title is kept.
    mutating func note(_ id: Int, title: String) {
        guard NameRun.titlesOfRulers.contains(title), titles[id] == nil else { return }
        titles[id] = title
    }

    /// The name to show for the person `id` whose full name is `name`: the title before it when the
    /// name is one word, a regnal numeral allowed after it ("Charles III"); nil otherwise.
    func displayName(of id: Int, named name: String) -> String? {
        guard let title = titles[id] else { return nil }
        let words = name.split(separator: " ")
        guard words.count == 1 || words.count == 2 && Self.isRegnalNumeral(words[1]) else { return nil }
        return title + " " + name
    }

    /// "II", "XIV": the numeral after a ruler's name (Roman capitals only).
    static func isRegnalNumeral(_ word: Substring) -> Bool {
        !word.isEmpty && word.allSatisfy { "IVXLC".contains($0) }
    }

    /// Gives every person so titled their display name in `people` (the title dropped from their
    /// descriptions, where it stood alone) and in the quotations they speak.
    func apply(people: inout [Person], quotes: inout [Quote]) {
        guard !titles.isEmpty else { return }
        var renamed: [String: String] = [:]
        for (id, title) in titles where id < people.count {
            guard let shown = displayName(of: id, named: people[id].name) else { continue }
            renamed[people[id].name] = shown
            people[id].name = shown
            people[id].descriptions.removeAll { $0 == title }
        }
        guard !renamed.isEmpty else { return }
        for index in quotes.indices {
            if let speaker = quotes[index].speaker, let shown = renamed[speaker] { quotes[index].speaker = shown }
        }
    }
}
