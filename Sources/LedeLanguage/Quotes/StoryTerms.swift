/// Words a story writes itself, outside quotation marks, often enough to be its own terms: a single
/// word it also puts in marks ("being able to “taste” and “smell” pathogens" in a story about taste
/// receptors) is a scare quote, the story's word held at a distance, not something someone said.
///
/// ```swift
/// let terms = StoryTerms(units: units)
/// terms.isStoryTerm("taste")   // true when the body writes "taste" unquoted three times or more
/// ```
struct StoryTerms {
    /// Uses outside quotation marks that make a word the story's own: a word someone is quoted
    /// saying ("called the plan “reckless”") is rarely written by the story itself even once or
    /// twice, where a story's subject ("taste", "smell") runs through it.
    static let storyTermUses = 3

    /// The body units, read when a word is asked about.
    private let units: [TextUnit]
    /// Each body unit's quoted stretches (a quotation left open runs to the end of its block), made
    /// when a word asked about first stands in the unit.
    private var quotedStretches: [Int: [Range<Int>]] = [:]
    /// The uses counted for each word asked about.
    private var counts: [String: Int] = [:]

    /// The story's body units (the words are counted when asked about: a story asks of a few words,
    /// and counting every word of the body hashed thousands).
    init(units: [TextUnit]) {
        self.units = units.filter { $0.kind == .body }
    }

    /// How many times the body writes `word` (in lower case) outside quotation marks.
    mutating func uses(_ word: String) -> Int {
        if let known = counts[word] { return known }
        let length = word.utf8.count
        var n = 0
        for (u, unit) in units.enumerated() {
            for sentence in unit.tokens {
                for token in sentence where token.isWord {
                    // An ASCII token's lower case has its length: most tokens are ruled out by it.
                    let bytes = token.text.utf8
                    if bytes.count != length, bytes.allSatisfy({ $0 < 0x80 }) { continue }
                    guard token.lower == word else { continue }
                    if quotedStretches[u] == nil {
                        quotedStretches[u] = QuoteScanner.spans(in: unit.chars).map { $0.open..<(($0.close ?? unit.chars.count - 1) + 1) }
                    }
                    if !quotedStretches[u]!.contains(where: { $0.contains(token.range.lowerBound) }) { n += 1 }
                }
            }
        }
        counts[word] = n
        return n
    }

    /// Whether the story writes `word` (in lower case) outside quotation marks `storyTermUses` times or more.
    mutating func isStoryTerm(_ word: String) -> Bool { uses(word) >= Self.storyTermUses }
}
