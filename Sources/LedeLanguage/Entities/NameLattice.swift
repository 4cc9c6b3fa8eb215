/// The best sequence of name tags for a sentence (Viterbi over first-order transitions), with how
/// sure each word's tag is: the lead of the best sequence over the best one that tags that word
/// otherwise (max-marginals from a forward and a backward pass). An inside tag may only follow a tag
/// of its own kind; the word before the first is outside, and so is the word after the last when
/// only a window of the sentence is read.
///
/// ```swift
/// // 2 words: per word seven emission scores, per word seven-by-seven transition scores.
/// let lattice = NameLattice(emissions: e, transitions: t, count: 2)
/// let (tags, margins) = lattice.best()
/// ```
struct NameLattice {
    /// `count × NameTag.count` scores of each word's own features for each tag.
    let emissions: [Float]
    /// `count × NameTag.count × NameTag.count` scores of word `i`'s tag features, for each previous
    /// tag (outer) and tag (inner); only the row of `outside` is read for the first word.
    let transitions: [Float]
    let count: Int
    /// Per tag of the last word, the score of an outside tag after it (the word after a window, taken
    /// as outside as the word before it is); zeros at the sentence's end.
    var exits = [Float](repeating: 0, count: NameTag.count)

    private static let width = NameTag.count
    /// `allowed[p * width + t]`: tag t may follow tag p.
    private static let allowed: [Bool] = {
        var out: [Bool] = []
        for p in NameTag.allCases { for t in NameTag.allCases { out.append(t.mayFollow(p)) } }
        return out
    }()

    /// The best tags and each one's margin (≥ 0).
    func best() -> (tags: [NameTag], margins: [Float]) {
        let w = Self.width
        guard count > 0 else { return ([], []) }
        var alpha = [Float](repeating: -.infinity, count: count * w)
        var back = [Int](repeating: 0, count: count * w)
        for t in 0..<w where Self.allowed[t] {
            alpha[t] = emissions[t] + transitions[t]
        }
        for i in 1..<max(count, 1) {
            let a = (i - 1) * w, e = i * w, tr = i * w * w
            for t in 0..<w {
                var best = -Float.infinity, arg = 0
                for p in 0..<w where Self.allowed[p * w + t] {
                    let s = alpha[a + p] + transitions[tr + p * w + t]
                    if s > best { best = s; arg = p }
                }
                alpha[e + t] = best + emissions[e + t]
                back[e + t] = arg
            }
        }
        var beta = [Float](repeating: 0, count: count * w)
        for t in 0..<w { beta[(count - 1) * w + t] = exits[t] }
        if count > 1 {
            for i in stride(from: count - 2, through: 0, by: -1) {
                let n = (i + 1) * w, tr = (i + 1) * w * w
                for p in 0..<w {
                    var best = -Float.infinity
                    for t in 0..<w where Self.allowed[p * w + t] {
                        best = max(best, transitions[tr + p * w + t] + emissions[n + t] + beta[n + t])
                    }
                    beta[i * w + p] = best
                }
            }
        }
        var tags = [NameTag](repeating: .outside, count: count)
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
        var margins = [Float](repeating: 0, count: count)
        for i in 0..<count {
            let chosen = Int(tags[i].rawValue)
            let score = alpha[i * w + chosen] + beta[i * w + chosen]
            var other = -Float.infinity
            for t in 0..<w where t != chosen { other = max(other, alpha[i * w + t] + beta[i * w + t]) }
            margins[i] = other == -.infinity ? .greatestFiniteMagnitude : max(0, score - other)
        }
        return (tags, margins)
    }
}
