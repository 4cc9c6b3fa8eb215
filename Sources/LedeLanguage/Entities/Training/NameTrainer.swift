/// Trains the name tagger: an averaged structured perceptron over `NameFeatures` (word, shape and
/// context features) and tag transitions, each sentence decoded whole (``NameLattice``) with the
/// current weights and corrected where its best sequence differs from the gold one; features seen fewer than
/// `minimumCount` times dropped before training and near-zero rows after it, to keep the model small.
///
/// ```swift
/// let model = NameTrainer(epochs: 16).train(sentences) { print($0) }
/// let bytes = model.encoded()
/// ```
public struct NameTrainer: Sendable {
    public var epochs: Int
    /// A feature must occur this often in the training data to get weights: rarer ones only memorise.
    public var minimumCount: Int
    /// Rows whose largest averaged weight is below this are dropped: they barely move a decision (1
    /// scores as 0.05 did on the tune parts with 28 % fewer rows; 2 loses 0.002, 4 loses 0.01).
    public var pruneBelow: Float
    /// The place and given-name lists the features read (the same the tagger will read when it runs).
    public var lists: NameLists

    public init(epochs: Int = 16, minimumCount: Int = 2, pruneBelow: Float = 1, lists: NameLists = .shared) {
        self.epochs = epochs
        self.minimumCount = minimumCount
        self.pruneBelow = pruneBelow
        self.lists = lists
    }

    public func train(_ sentences: [NameCorpus.Sentence], log: (String) -> Void = { _ in }) -> NameModel {
        // Static features of every word, computed once.
        let prepared: [(NameFeatures, [[UInt32]])] = sentences.map { s in
            let f = NameFeatures(words: s.words, lists: lists)
            return (f, s.words.indices.map { i in var out: [UInt32] = []; f.features(at: i, into: &out); return out })
        }
        var counts: [UInt32: Int] = [:]
        for (_, words) in prepared { for fs in words { for f in fs { counts[f, default: 0] += 1 } } }
        var rows: [UInt32: Int32] = [:]
        for (f, c) in counts where c >= minimumCount { rows[f] = Int32(rows.count) }
        // Tag features: every combination, always kept.
        let probe = NameFeatures(words: ["x"])
        for p in NameTag.allCases {
            var out: [UInt32] = []
            probe.tagFeatures(at: 0, previous: p, into: &out)
            for f in out where rows[f] == nil { rows[f] = Int32(rows.count) }
        }
        // Tag-and-shape features for every shape seen.
        for (features, words) in prepared {
            for i in words.indices {
                for p in NameTag.allCases {
                    var out: [UInt32] = []
                    features.tagFeatures(at: i, previous: p, into: &out)
                    for f in out where rows[f] == nil { rows[f] = Int32(rows.count) }
                }
            }
        }
        log("features: \(counts.count) seen, \(rows.count) kept (seen at least \(minimumCount) times)")

        let width = NameTag.count
        var w = [Float](repeating: 0, count: rows.count * width)
        var totals = [Float](repeating: 0, count: rows.count * width)
        var stamps = [Int](repeating: 0, count: rows.count * width)
        var clock = 0
        var order = Array(prepared.indices)
        var rng = SplitMix(seed: 13)
        var buffer: [UInt32] = []

        func update(_ features: [UInt32], _ tag: NameTag, _ delta: Float) {
            for f in features {
                guard let r = rows[f] else { continue }
                let k = Int(r) * width + Int(tag.rawValue)
                totals[k] += Float(clock - stamps[k]) * w[k]
                stamps[k] = clock
                w[k] += delta
            }
        }

        for epoch in 1...max(1, epochs) {
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
            var errors = 0, total = 0
            for s in order {
                clock += 1
                let (features, words) = prepared[s]
                let gold = sentences[s].tags
                let lattice = NameTagger.lattice(features, words.indices) { list, scores in
                    for f in list {
                        guard let r = rows[f] else { continue }
                        for t in 0..<width { scores[t] += w[Int(r) * width + t] }
                    }
                }
                let guess = lattice.best().tags
                total += words.count
                guard guess != gold else { continue }
                // The structured update: the gold sequence's features up, the guess's down, where they differ.
                for i in words.indices {
                    let goldPrevious = i > 0 ? gold[i - 1] : .outside, guessPrevious = i > 0 ? guess[i - 1] : .outside
                    if gold[i] != guess[i] {
                        errors += 1
                        update(words[i], gold[i], 1)
                        update(words[i], guess[i], -1)
                    }
                    if gold[i] != guess[i] || goldPrevious != guessPrevious {
                        buffer.removeAll(keepingCapacity: true)
                        features.tagFeatures(at: i, previous: goldPrevious, into: &buffer)
                        update(buffer, gold[i], 1)
                        buffer.removeAll(keepingCapacity: true)
                        features.tagFeatures(at: i, previous: guessPrevious, into: &buffer)
                        update(buffer, guess[i], -1)
                    }
                }
            }
            log("epoch \(epoch): \(errors) of \(total) words mistagged")
        }
        // Average, then drop rows that barely matter.
        var kept: [UInt32: Int32] = [:]
        var weights: [Float] = []
        for (f, r) in rows {
            var row = [Float](repeating: 0, count: width)
            var largest: Float = 0
            for t in 0..<width {
                let k = Int(r) * width + t
                let sum = totals[k] + Float(clock - stamps[k]) * w[k]
                row[t] = sum / Float(max(clock, 1))
                largest = max(largest, abs(row[t]))
            }
            guard largest >= pruneBelow else { continue }
            kept[f] = Int32(kept.count)
            weights += row
        }
        log("model: \(kept.count) features after pruning rows below \(pruneBelow)")
        return NameModel(rows: kept, weights: weights)
    }
}

/// A small deterministic random generator (SplitMix64) for shuffling the training order.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
