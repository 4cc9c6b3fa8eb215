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
    var emissions: [Float]
    /// `count × NameTag.count × NameTag.count` scores of word `i`'s tag features, for each previous
    /// tag (outer) and tag (inner); only the row of `outside` is read for the first word.
    var transitions: [Float]
    var count: Int
    /// Per tag of the last word, the score of an outside tag after it (the word after a window, taken
    /// as outside as the word before it is); zeros at the sentence's end.
    var exits = [Float](repeating: 0, count: NameTag.count)

    /// What `solve` wrote: the best tags and each one's margin (≥ 0), `count` of each.
    private(set) var tags: [NameTag] = []
    private(set) var margins: [Float] = []
    /// Viterbi's and the backward pass's tables, kept from one `solve` to the next (a story decodes
    /// thousands of small windows through one lattice: see ``NameTagger/Workspace``).
    private var alpha: [Float] = [], beta: [Float] = []
    private var back: [Int] = []

    init(emissions: [Float], transitions: [Float], count: Int) {
        self.emissions = emissions
        self.transitions = transitions
        self.count = count
    }

    private static let width = NameTag.count
    /// `allowed[p * width + t]`: tag t may follow tag p.
    private static let allowed: [Bool] = {
        var out: [Bool] = []
        for p in NameTag.allCases { for t in NameTag.allCases { out.append(t.mayFollow(p)) } }
        return out
    }()

    /// The best tags and each one's margin (≥ 0).
    func best() -> (tags: [NameTag], margins: [Float]) {
        var copy = self
        copy.solve()
        return (copy.tags, copy.margins)
    }

    /// Sets `a` to `n` copies of `value`, in the storage it has when that is large enough.
    @inline(__always)
    static func refill<T>(_ a: inout [T], _ n: Int, _ value: T) {
        if a.count > n { a.removeLast(a.count - n) } else if a.count < n { a.append(contentsOf: repeatElement(value, count: n - a.count)) }
        a.withUnsafeMutableBufferPointer { p in for i in p.indices { p[i] = value } }
    }

    /// Every word outside, with no margin (a tagger without weights).
    mutating func solveAllOutside() {
        Self.refill(&tags, count, .outside)
        Self.refill(&margins, count, 0)
    }

    /// Finds the best tags and their margins into `tags` and `margins`.
    mutating func solve() {
        let w = Self.width
        let count = count
        Self.refill(&tags, count, .outside)
        Self.refill(&margins, count, 0)
        guard count > 0 else { return }
        Self.refill(&alpha, count * w, -.infinity)
        Self.refill(&back, count * w, 0)
        Self.refill(&beta, count * w, 0)
        // The loops over raw buffers: the arrays' bounds checks were a third of the decoder's solve
        // (every index is below `count * w * w`, the sizes `NameTagger.fill` and `refill` set).
        precondition(emissions.count >= count * w && transitions.count >= count * w * w && exits.count >= w)
        Self.allowed.withUnsafeBufferPointer { allowed in
        emissions.withUnsafeBufferPointer { emissions in
        transitions.withUnsafeBufferPointer { transitions in
        exits.withUnsafeBufferPointer { exits in
        alpha.withUnsafeMutableBufferPointer { alpha in
        beta.withUnsafeMutableBufferPointer { beta in
        back.withUnsafeMutableBufferPointer { back in
        tags.withUnsafeMutableBufferPointer { tags in
        margins.withUnsafeMutableBufferPointer { margins in
            for t in 0..<w where allowed[t] {
                alpha[t] = emissions[t] + transitions[t]
            }
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
        }}}}}}}}}
    }
}
