import Testing
@testable import LedeLanguage

/// The name tagger's decoder: the best tag sequence of a sentence, the inside-after-its-kind rule,
/// the margins, and the word after a window read as outside. Scores are written by hand here.
@Suite struct NameLatticeTests {
    static let w = NameTag.count

    /// Emissions from a list of (tag, score) per word; every other tag scores 0.
    static func emissions(_ words: [[(NameTag, Float)]]) -> [Float] {
        var out = [Float](repeating: 0, count: words.count * w)
        for (i, word) in words.enumerated() { for (t, s) in word { out[i * w + Int(t.rawValue)] = s } }
        return out
    }

    /// Transitions: `pairs` (previous, tag, score) for every word; the rest 0.
    static func transitions(_ count: Int, _ pairs: [(NameTag, NameTag, Float)]) -> [Float] {
        var out = [Float](repeating: 0, count: count * w * w)
        for i in 0..<count { for (p, t, s) in pairs { out[(i * w + Int(p.rawValue)) * w + Int(t.rawValue)] = s } }
        return out
    }

    /// Word by word, the first word is a place (2 against 1.8) and the second can then only go on as a
    /// weak place (0.5); the whole sequence reads a person of two words (1.8 + 3).
    @Test func theWholeSequenceWinsOverEachWordsBest() {
        let e = Self.emissions([[(.beginPlace, 2), (.beginPerson, 1.8)], [(.insidePerson, 3), (.insidePlace, 0.5)]])
        let (tags, margins) = NameLattice(emissions: e, transitions: Self.transitions(2, []), count: 2).best()
        #expect(tags == [.beginPerson, .insidePerson])
        // Best 4.8; the best sequence that tags either word otherwise is the place, 2 + 0.5.
        #expect(abs(margins[0] - 2.3) < 1e-5)
        #expect(abs(margins[1] - 2.3) < 1e-5)
    }

    @Test func anInsideTagNeverStartsAName() {
        let e = Self.emissions([[(.insideOrganisation, 9)], [(.insidePlace, 9)]])
        let (tags, _) = NameLattice(emissions: e, transitions: Self.transitions(2, []), count: 2).best()
        // The first word may not be inside anything; the second's inside place needs a place begun.
        #expect(tags == [.beginPlace, .insidePlace])
    }

    /// A place read on one word of a window: the word after the window is outside, and an outside
    /// tag after a place scores -2 here, so the sure lead of 1.5 becomes a loss.
    @Test func theWordAfterAWindowCounts() {
        let e = Self.emissions([[(.beginPlace, 1.5), (.beginPerson, -5), (.beginOrganisation, -5)]])
        var lattice = NameLattice(emissions: e, transitions: Self.transitions(1, []), count: 1)
        #expect(lattice.best().tags == [.beginPlace])
        lattice.exits[Int(NameTag.beginPlace.rawValue)] = -2
        #expect(lattice.best().tags == [.outside])
        #expect(abs(lattice.best().margins[0] - 0.5) < 1e-5)
    }

    @Test func noWordsNoTags() {
        let (tags, margins) = NameLattice(emissions: [], transitions: [], count: 0).best()
        #expect(tags.isEmpty && margins.isEmpty)
    }
}
