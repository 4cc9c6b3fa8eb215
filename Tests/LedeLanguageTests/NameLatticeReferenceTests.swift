import Testing
@testable import LedeLanguage

/// `NameLattice.solve` over raw buffers against the array version it replaced (kept here as the
/// reference): the same tags and bit-identical margins on lattices of generated scores.
@Suite struct NameLatticeReferenceTests {
    static let w = NameTag.count

    /// The solve of before the buffers, on plain arrays.
    static func reference(_ emissions: [Float], _ transitions: [Float], _ exits: [Float], _ count: Int) -> (tags: [NameTag], margins: [Float]) {
        let w = Self.w
        guard count > 0 else { return ([], []) }
        var allowed: [Bool] = []
        for p in NameTag.allCases { for t in NameTag.allCases { allowed.append(t.mayFollow(p)) } }
        var alpha = [Float](repeating: -.infinity, count: count * w), beta = [Float](repeating: 0, count: count * w)
        var back = [Int](repeating: 0, count: count * w)
        var tags = [NameTag](repeating: .outside, count: count), margins = [Float](repeating: 0, count: count)
        for t in 0..<w where allowed[t] { alpha[t] = emissions[t] + transitions[t] }
        for i in 1..<max(count, 1) {
            let a = (i - 1) * w, e = i * w, tr = i * w * w
            for t in 0..<w {
                var best = -Float.infinity, arg = 0
                for p in 0..<w where allowed[p * w + t] {
                    let s = alpha[a + p] + transitions[tr + p * w + t]
                    if s > best { best = s; arg = p }
                }
                alpha[e + t] = best + emissions[e + t]
                back[e + t] = arg
            }
        }
        for t in 0..<w { beta[(count - 1) * w + t] = exits[t] }
        if count > 1 {
            for i in stride(from: count - 2, through: 0, by: -1) {
                let n = (i + 1) * w, tr = (i + 1) * w * w
                for p in 0..<w {
                    var best = -Float.infinity
                    for t in 0..<w where allowed[p * w + t] {
                        best = max(best, transitions[tr + p * w + t] + emissions[n + t] + beta[n + t])
                    }
                    beta[i * w + p] = best
                }
            }
        }
        var last = 0
        let end = (count - 1) * w
        for t in 1..<w where alpha[end + t] + exits[t] > alpha[end + last] + exits[last] { last = t }
        tags[count - 1] = NameTag(rawValue: UInt8(last))!
        if count > 1 {
            for i in stride(from: count - 1, to: 0, by: -1) {
                last = back[i * w + last]
                tags[i - 1] = NameTag(rawValue: UInt8(last))!
            }
        }
        for i in 0..<count {
            let chosen = Int(tags[i].rawValue)
            let score = alpha[i * w + chosen] + beta[i * w + chosen]
            var other = -Float.infinity
            for t in 0..<w where t != chosen { other = max(other, alpha[i * w + t] + beta[i * w + t]) }
            margins[i] = other == -.infinity ? .greatestFiniteMagnitude : max(0, score - other)
        }
        return (tags, margins)
    }

    /// Lattices of 1 to 12 words with scores from a fixed generator (ties included: scores are
    /// multiples of 0.25), each solved fresh and through one reused lattice, as the story does.
    @Test func solveMatchesTheArrayVersion() {
        var rng = SplitMix(seed: 7)
        var reused = NameLattice(emissions: [], transitions: [], count: 0)
        for _ in 0..<2_000 {
            let count = Int(rng.next() % 12) + 1
            func score() -> Float { Float(Int(rng.next() % 81) - 40) * 0.25 }
            let e = (0..<(count * Self.w)).map { _ in score() }
            let t = (0..<(count * Self.w * Self.w)).map { _ in score() }
            let exits = rng.next() % 2 == 0 ? [Float](repeating: 0, count: Self.w) : (0..<Self.w).map { _ in score() }
            let expected = Self.reference(e, t, exits, count)
            var fresh = NameLattice(emissions: e, transitions: t, count: count)
            fresh.exits = exits
            let got = fresh.best()
            #expect(got.tags == expected.tags)
            #expect(got.margins.map(\.bitPattern) == expected.margins.map(\.bitPattern))
            reused.emissions = e
            reused.transitions = t
            reused.exits = exits
            reused.count = count
            reused.solve()
            #expect(reused.tags == expected.tags)
            #expect(reused.margins.map(\.bitPattern) == expected.margins.map(\.bitPattern))
        }
    }
}
