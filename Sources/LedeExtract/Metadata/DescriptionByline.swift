/// The writer named at the start of a page's summary (`description`, `og:description`), as wire
/// stories print it: "By Jane Roe DHAKA, Dec 20, 2025 (BSS) - The council…". Read only when
/// nothing else on the page names a person.
///
/// ```swift
/// DescriptionByline.name(in: "By Jane Roe DHAKA, Dec 20, 2025 (BSS) - The council met")  // "Jane Roe"
/// DescriptionByline.name(in: "By the end of the year, prices rose")                    // nil
/// ```
enum DescriptionByline {
    /// Characters of the summary read for a byline: the lead-in, a name and a dateline.
    static let window = 80

    static func name(in summary: String) -> String? {
        let head = summary.trimmingSpaces.prefix(window)
        guard head.hasPrefix("By ") || head.hasPrefix("by ") else { return nil }
        // The byline ends at the first comma or dash, or at a dateline in capitals after the name.
        var words: [Substring] = []
        for word in head.dropFirst(3).split(separator: " ") {
            let bare = word.hasSuffix(",") ? word.dropLast() : word
            if words.count >= 2, isDateline(bare) { break }
            if word.hasSuffix(",") { words.append(bare); break }
            if word == "-" || word == "–" || word == "—" { break }
            words.append(word)
            if words.count > maxNameWords { return nil }
        }
        let candidate = words.joined(separator: " ")
        guard (2...maxNameWords).contains(words.count), VisibleByline.looksLikeName(candidate),
              words.contains(where: { w in w.contains(where: \.isLowercase) }),
              let name = Byline.split(candidate, declared: true).first, name == candidate else { return nil }
        return name
    }

    /// Words in a name; a longer run of capitalised words is a sentence's subject, not a byline.
    static let maxNameWords = 4

    /// A place in capitals ("DHAKA", "NEW"), as a dateline starts: three letters or more, all capitals.
    static func isDateline(_ word: Substring) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 3 && letters.count == word.count && letters.allSatisfy(\.isUppercase)
    }
}
