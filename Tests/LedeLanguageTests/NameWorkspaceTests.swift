import Testing
@testable import LedeLanguage

/// The decoder's reused arrays (``NameTagger/Workspace``): one workspace carried from window to window
/// must read every window exactly as a fresh one does, whatever the windows before it left behind
/// (a longer window, a window whose next word set the exits, a window at the sentence's end).
@Suite struct NameWorkspaceTests {
    /// Sentences written for this test, each with windows in an order that shrinks, grows and moves
    /// the window to and from the sentence's end.
    static let sentences: [[String]] = [
        "Mayor Ada Quist of Port Avery told the Harbour Board in Lund that Ferro Lines would stay .".split(separator: " ").map(String.init),
        "On Monday , Jane Roe and Tomas Varga met officials of the Northern Ferry Workers Union .".split(separator: " ").map(String.init),
        "Gull Island".split(separator: " ").map(String.init),
    ]

    static func windows(_ count: Int) -> [Range<Int>] {
        [0..<count, 1..<3, max(0, count - 2)..<count, 0..<1, 2..<min(count, 9), (count - 1)..<count, 0..<count]
            .filter { !$0.isEmpty && $0.upperBound <= count }
    }

    @Test func aReusedWorkspaceReadsEveryWindowAsAFreshOne() {
        let tagger = NameTagger()
        var workspace = NameTagger.Workspace()
        var compared = 0
        for words in Self.sentences {
            for window in Self.windows(words.count) {
                let reused = tagger.spansAndMargins(words, window: window, workspace: &workspace)
                let fresh = tagger.spansAndMargins(words, window: window)
                #expect(reused.spans == fresh.spans, "\(words) \(window)")
                #expect(reused.margins == fresh.margins, "\(words) \(window)")
                #expect(reused.margins.count == window.count)
                compared += 1
            }
        }
        #expect(compared > 15)
    }

    /// The lattice's own tables: solving a long lattice and then a short one in the same storage gives
    /// the short one's tags and margins, as `best()` on a new lattice does.
    @Test func aLatticeSolvedAgainForgetsTheLongerOne() {
        let w = NameTag.count
        var long = NameLattice(emissions: (0..<(4 * w)).map { Float(($0 * 7) % 5) - 2 }, transitions: [Float](repeating: 0.5, count: 4 * w * w), count: 4)
        long.exits[Int(NameTag.beginPlace.rawValue)] = -3
        long.solve()
        let shortEmissions: [Float] = (0..<(2 * w)).map { Float(($0 * 3) % 4) - 1 }
        let shortTransitions = [Float](repeating: -0.25, count: 2 * w * w)
        var reused = long
        reused.emissions = shortEmissions
        reused.transitions = shortTransitions
        reused.count = 2
        reused.exits = [Float](repeating: 0, count: w)
        reused.solve()
        let fresh = NameLattice(emissions: shortEmissions, transitions: shortTransitions, count: 2).best()
        #expect(reused.tags == fresh.tags)
        #expect(reused.margins == fresh.margins)
    }
}
