/// Trains the name tagger: an averaged perceptron over `NameFeatures` (word, shape and context features), decoded greedily with the
/// tags it predicted itself (so it learns to recover from its own mistakes), features seen fewer than
/// `minimumCount` times dropped before training and near-zero rows after it, to keep the model small.
///
/// ```swift
/// let model = NameTrainer(epochs: 8).train(sentences) { print($0) }
/// let bytes = model.encoded()
/// ```
public struct NameTrainer: Sendable {
    public var epochs: Int
    /// A feature must occur this often in the training data to get weights: rarer ones only memorise.
    public var minimumCount: Int
    /// Rows whose largest averaged weight is below this are dropped: they barely move a decision.
    public var pruneBelow: Float
    /// The place and given-name lists the features read (the same the tagger will read when it runs).
    public var lists: NameLists

    public init(epochs: Int = 8, minimumCount: Int = 2, pruneBelow: Float = 0.05, lists: NameLists = .shared) {
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
            for p2 in NameTag.allCases {
                var out: [UInt32] = []
                probe.tagFeatures(at: 0, previous: p, previous2: p2, into: &out)
                for f in out where rows[f] == nil { rows[f] = Int32(rows.count) }
            }
        }
        // Tag-and-shape features for every shape seen.
        for (features, words) in prepared {
            for i in words.indices {
                for p in NameTag.allCases {
                    var out: [UInt32] = []
                    features.tagFeatures(at: i, previous: p, previous2: .outside, into: &out)
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
        var scores = [Float](repeating: 0, count: width)
        var live: [Int] = []

        func update(_ features: [Int], _ tag: Int, _ delta: Float) {
            for r in features {
                let k = r * width + tag
                totals[k] += Float(clock - stamps[k]) * w[k]
                stamps[k] = clock
                w[k] += delta
            }
        }

        for epoch in 1...max(1, epochs) {
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
            var errors = 0, total = 0
            for s in order {
                let (features, words) = prepared[s]
                let gold = sentences[s].tags
                var previous = NameTag.outside, previous2 = NameTag.outside
                for i in words.indices {
                    clock += 1
                    buffer = words[i]
                    features.tagFeatures(at: i, previous: previous, previous2: previous2, into: &buffer)
                    live.removeAll(keepingCapacity: true)
                    for f in buffer { if let r = rows[f] { live.append(Int(r)) } }
                    for t in 0..<width { scores[t] = 0 }
                    for r in live { for t in 0..<width { scores[t] += w[r * width + t] } }
                    let (guess, _) = NameTagger.best(scores, after: previous)
                    let truth = gold[i]
                    if guess != truth {
                        errors += 1
                        update(live, Int(truth.rawValue), 1)
                        update(live, Int(guess.rawValue), -1)
                    }
                    total += 1
                    previous2 = previous
                    previous = guess
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
