/// The role nouns a title before a name stands for when the story later names the person by role
/// alone: "Sen. Margaret Oyelowo" is "the senator" and "the lawmaker", "Gov. Daniel Pryce" is "the
/// governor", "Rep. Carla Nunez" is "the congresswoman". A title that is its own role ("Mayor",
/// "Judge") is that word in lower case.
///
/// ```swift
/// TitleRoles.nouns(for: "Sen")    // ["sen", "senator", "lawmaker"]
/// TitleRoles.nouns(for: "Mayor")  // ["mayor"]
/// ```
enum TitleRoles {
    /// Abbreviated titles and the nouns news uses for their holders later; full titles whose holders
    /// news also calls by another noun ("Representative" → "congressman"). Spelled as the names stage
    /// writes a title (no full stop).
    static let roles: [String: [String]] = [
        "Sen": ["senator", "lawmaker"], "Senator": ["lawmaker"],
        "Rep": ["representative", "congressman", "congresswoman", "lawmaker"],
        "Representative": ["congressman", "congresswoman", "lawmaker"],
        "Congressman": ["representative", "lawmaker"], "Congresswoman": ["representative", "lawmaker"],
        "Gov": ["governor"], "Gen": ["general"], "Adm": ["admiral"], "Col": ["colonel"], "Maj": ["major"],
        "Capt": ["captain"], "Lt": ["lieutenant"], "Sgt": ["sergeant"], "Cpl": ["corporal"],
        "Prof": ["professor"], "Dr": ["doctor"], "Rev": ["reverend"],
        "Councillor": ["councilor"], "Councilor": ["councillor"], "Councilman": ["councillor", "councilor"],
        "Councilwoman": ["councillor", "councilor"],
        "Chairman": ["chair"], "Chairwoman": ["chair"], "Chair": ["chairman", "chairwoman"],
        "Ambassador": ["envoy"],
        "Det": ["detective"], "Insp": ["inspector"], "Supt": ["superintendent"], "Cmdr": ["commander"],
        "Atty": ["attorney"],
    ]

    /// Abbreviated titles with their full stops right before a name ("Sen. Margaret Oyelowo", "Det.
    /// Sgt. Ruth Ellery"), which the names stage leaves outside the name's run and its prefix: nearest first.
    static func abbreviations(before index: Int, in tokens: [Token]) -> [String] {
        var titles: [String] = []
        var end = index
        while end >= 2, tokens[end - 1].text == ".", tokens[end - 1].range.lowerBound == tokens[end - 2].range.upperBound {
            let title = tokens[end - 2].text
            guard roles[title] != nil, title.count <= longestAbbreviation else { break }
            titles.append(title)
            end -= 2
        }
        return titles
    }

    /// Letters of the longest abbreviated title ("Supt", "Atty"): a longer word before a full stop is
    /// a sentence's last word, not a title.
    static let longestAbbreviation = 4

    /// Titles of two words whose holder news also calls by another noun: "Prime Minister Ana Soto" is
    /// "the premier".
    static let twoWordRoles: [String: [String]] = ["Prime Minister": ["premier"]]

    /// The nouns for the holder of a title of two words written before the name (`prefix`, the run's
    /// title words), or none.
    static func nouns(forPrefix prefix: [String]) -> [String] {
        guard prefix.count >= 2 else { return [] }
        return twoWordRoles[prefix.suffix(2).joined(separator: " ")] ?? []
    }

    /// The title in lower case (without a full stop) and the other nouns for its holder.
    static func nouns(for title: String) -> [String] {
        let bare = title.hasSuffix(".") ? String(title.dropLast()) : title
        return [bare.lowercased()] + (roles[bare] ?? [])
    }
}
