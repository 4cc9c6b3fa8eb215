/// A short line cut at its first numeral word, the shape every reading time has ("Reading time: 4
/// min", "5 min read", "Lecture 3 min."): the words before the numeral (a label, if any) and the
/// words after it (the unit and what follows).
///
/// ```swift
/// let parts = ReadingTimeWords("reading time: 4 min", splitsAtHyphens: false)
/// // parts?.before == ["reading", "time"], parts?.after == ["min"]
/// ```
///
/// Both readers of reading times cut lines here and judge the parts their own way, because the
/// lines they see differ: ``Boilerplate/isReadingTime(_:)`` drops an element's short text and
/// wants "min…" then "read" at the end ("12 min. read", "5 minutes to read"), while
/// ``LineRules/isReadingTime(_:)`` classifies a dumped page's lines and wants a known label and a
/// known unit word ("4 mins", "4-Minute Listen", "Lesezeit 3 Min."). Neither accepts all the other does.
struct ReadingTimeWords {
    /// The words before the numeral.
    let before: ArraySlice<Substring>
    /// The words after the numeral.
    let after: ArraySlice<Substring>

    /// Cuts `lower` (lower-cased) into words at spaces and colons (and hyphens when
    /// `splitsAtHyphens`, for "4-minute read"); nil when no word is all digits.
    init?(_ lower: String, splitsAtHyphens: Bool) {
        let words = lower.split(whereSeparator: { $0 == " " || $0 == ":" || (splitsAtHyphens && $0 == "-") })
        guard let numeral = words.firstIndex(where: { $0.allSatisfy(\.isNumber) }) else { return nil }
        before = words[..<numeral]
        after = words[(numeral + 1)...]
    }
}
