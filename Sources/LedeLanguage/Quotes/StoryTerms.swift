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

    private var counts: [String: Int] = [:]

    /// Counts the words of the body units outside their quotation marks (a quotation left open runs
    /// to the end of its block).
    init(units: [TextUnit]) {
        for unit in units where unit.kind == .body {
            let quoted = QuoteScanner.spans(in: unit.chars).map { $0.open..<(($0.close ?? unit.chars.count - 1) + 1) }
            for sentence in unit.tokens {
                for token in sentence where token.isWord && !quoted.contains(where: { $0.contains(token.range.lowerBound) }) {
                    counts[token.lower, default: 0] += 1
                }
            }
        }
    }

    /// How many times the body writes `word` (in lower case) outside quotation marks.
    func uses(_ word: String) -> Int { counts[word, default: 0] }

    /// Whether the story writes `word` (in lower case) outside quotation marks `storyTermUses` times or more.
    func isStoryTerm(_ word: String) -> Bool { uses(word) >= Self.storyTermUses }
}
