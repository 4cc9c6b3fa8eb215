import LedeCore

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
    /// when a word asked about first stands in the unit: overlapping ones joined, in text order, so a
    /// word's place is looked up by halving (a scan of every stretch for every use of a word made a
    /// paragraph of tens of thousands of quotations grow with its square).
    private var quotedStretches: [Int: [Range<Int>]] = [:]
    /// The uses counted for each word asked about.
    private var counts: [String: Int] = [:]

    /// The story's body units (the words are counted when asked about: a story asks of a few words,
    /// and counting every word of the body hashed thousands).
    init(units: [TextUnit]) {
        self.units = units.filter { $0.kind == .body }
    }

    /// Each body word's place (unit, sentence, token), made on the first question, chained by the hash
    /// of its lower case (`WordTable.lowercaseEqualityHash`): a question reads only the words of its
    /// hash's chain, so any number of different questions stays linear in the body.
    private var places: [(unit: Int, sentence: Int, token: Int)] = []
    /// Each place's hash, and the next place (plus one) of its chain; 0 ends a chain.
    private var hashes: [UInt64] = []
    private var next: [Int32] = []
    /// The first place (plus one) of each chain, by the hash's low bits.
    private var heads: [Int32] = []
    private var indexed = false

    /// How many times the body writes `word` (in lower case) outside quotation marks.
    mutating func uses(_ word: String) -> Int {
        if let known = counts[word] { return known }
        if !indexed { index() }
        let hash = WordTable.equalityHash(word)
        var n = 0
        var k = heads.isEmpty ? 0 : Int(heads[Int(truncatingIfNeeded: hash) & (heads.count - 1)])
        while k > 0 {
            let place = k - 1
            k = Int(next[place])
            guard hashes[place] == hash else { continue }
            let (u, s, t) = places[place]
            guard units[u].tokens[s][t].lower == word else { continue }
            if quotedStretches[u] == nil {
                let chars = units[u].chars
                quotedStretches[u] = Self.joined(QuoteScanner.spans(in: chars).map { $0.open..<(($0.close ?? chars.count - 1) + 1) })
            }
            if !Self.isInside(units[u].tokens[s][t].range.lowerBound, quotedStretches[u]!) { n += 1 }
        }
        counts[word] = n
        return n
    }

    /// Chains per word: this many chain heads for each word at least (a power of two), so chains are
    /// about one place long but for a word's own repeats.
    private static let headsPerWord = 2

    private mutating func index() {
        for (u, unit) in units.enumerated() {
            for (s, sentence) in unit.tokens.enumerated() {
                // Read in place (a Token copied per word retained its two Strings).
                sentence.withUnsafeBufferPointer { tokens in
                    for t in tokens.indices where tokens[t].isWord {
                        places.append((u, s, t))
                        hashes.append(WordTable.lowercaseEqualityHash(tokens[t].text))
                    }
                }
            }
        }
        var size = 1
        while size < places.count * Self.headsPerWord { size *= 2 }
        heads = [Int32](repeating: 0, count: size)
        next = [Int32](repeating: 0, count: places.count)
        // Built from the last place back, so each chain runs in text order.
        for place in places.indices.reversed() {
            let bucket = Int(truncatingIfNeeded: hashes[place]) & (size - 1)
            next[place] = heads[bucket]
            heads[bucket] = Int32(place + 1)
        }
        indexed = true
    }

    /// The stretches sorted, overlapping and touching ones made one: the same places, in order.
    static func joined(_ stretches: [Range<Int>]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        for r in stretches.sorted(by: { $0.lowerBound < $1.lowerBound }) where !r.isEmpty {
            if let last = out.last, r.lowerBound <= last.upperBound {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                out.append(r)
            }
        }
        return out
    }

    /// Whether `place` is in one of the `joined` stretches.
    static func isInside(_ place: Int, _ joined: [Range<Int>]) -> Bool {
        // The first stretch ending after the place holds it when it starts at or before it.
        let i = StoryAnalysis.partition(joined.count) { joined[$0].upperBound > place }
        return i < joined.count && joined[i].lowerBound <= place
    }

    /// Whether the story writes `word` (in lower case) outside quotation marks `storyTermUses` times or more.
    mutating func isStoryTerm(_ word: String) -> Bool { uses(word) >= Self.storyTermUses }
}
