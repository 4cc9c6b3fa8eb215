/// Lede's statistical name tagger: an averaged structured perceptron: each word's features score its tag,
/// the tag before it scores the pair, and the best sequence of the sentence wins (``NameLattice``), an
/// inside tag allowed only after its own kind.
///
/// ```swift
/// let tagger = NameTagger()
/// let spans = tagger.spans(["Mayor", "Jane", "Roe", "visited", "Gull", "Island", "."])
/// print(spans[0].words, spans[0].margin)   // 1..<3 and how sure the tagger was
/// ```
public struct NameTagger: Sendable {
    public let model: NameModel
    /// The installed place and given-name lists its features read (empty when not installed).
    public let lists: NameLists

    public init(model: NameModel = .shared, lists: NameLists = .shared) {
        self.model = model
        self.lists = lists
    }

    /// The tag of every word.
    public func tags(_ words: [String]) -> [NameTag] { decode(words).map(\.tag) }

    /// The tag of every word and how sure the tagger is of it (the best sequence's lead over the best
    /// one that tags the word otherwise).
    public func tagsAndMargins(_ words: [String]) -> [(tag: NameTag, margin: Float)] { decode(words) }

    /// A name the tagger found: its words, its kind, and how sure it was (the smallest margin of its tags).
    public struct NameSpan: Equatable, Sendable {
        public var words: Range<Int>
        var kind: EntityKind
        public var margin: Float
    }

    public func spans(_ words: [String]) -> [NameSpan] {
        Self.spans(of: decode(words))
    }

    static func spans(of decoded: [(tag: NameTag, margin: Float)]) -> [NameSpan] {
        var out: [NameSpan] = []
        var i = 0
        while i < decoded.count {
            let t = decoded[i].tag
            guard t != .outside else { i += 1; continue }
            var j = i + 1
            var margin = decoded[i].margin
            while j < decoded.count, decoded[j].tag.isInside, decoded[j].tag.kind == t.kind {
                margin = min(margin, decoded[j].margin)
                j += 1
            }
            out.append(NameSpan(words: i..<j, kind: t.kind, margin: margin))
            i = j
        }
        return out
    }

    /// The spans found when only the words of `window` are tagged (the tag before it taken as
    /// outside), the rest of the sentence read as context: what the story needs for one capitalised run.
    func spans(_ words: [String], window: Range<Int>) -> [NameSpan] { spansAndMargins(words, window: window).spans }

    /// ``spans(_:window:)`` and the margin of each word of `window`, in order (for a word outside every
    /// span, how surely the tagger reads it as no name), from one decoding.
    func spansAndMargins(_ words: [String], window: Range<Int>) -> (spans: [NameSpan], margins: [Float]) {
        let decoded = decode(words, window: window)
        let spans = Self.spans(of: decoded).map { NameSpan(words: ($0.words.lowerBound + window.lowerBound)..<($0.words.upperBound + window.lowerBound), kind: $0.kind, margin: $0.margin) }
        return (spans, decoded.map(\.margin))
    }

    /// Tags of the words of `window` (all words when nil), in order, each with its margin.
    func decode(_ words: [String], window: Range<Int>? = nil) -> [(tag: NameTag, margin: Float)] {
        let range = window ?? words.indices
        guard !range.isEmpty, model.featureCount > 0 else { return range.map { _ in (.outside, 0) } }
        let features = NameFeatures(words: words, window: range, lists: lists)
        let lattice = Self.lattice(features, range) { buffer, scores in model.score(buffer, into: &scores) }
        let (tags, margins) = lattice.best()
        return Array(zip(tags, margins))
    }

    /// The lattice of the words of `range`: `score` adds the weights of a feature list to seven
    /// scores (the model's, or the trainer's current weights).
    static func lattice(_ features: NameFeatures, _ range: Range<Int>,
                        score: (_ features: [UInt32], _ scores: inout [Float]) -> Void) -> NameLattice {
        let w = NameTag.count
        var emissions = [Float](repeating: 0, count: range.count * w)
        var transitions = [Float](repeating: 0, count: range.count * w * w)
        var buffer: [UInt32] = []
        buffer.reserveCapacity(48)
        var scores = [Float](repeating: 0, count: w)
        // The tag before, whatever the word: scored once for the sentence.
        var previousRows = [Float](repeating: 0, count: w * w)
        for p in NameTag.allCases {
            buffer.removeAll(keepingCapacity: true)
            buffer.append(NameFeatures.previousTagFeature(p))
            for t in 0..<w { scores[t] = 0 }
            score(buffer, &scores)
            for t in 0..<w { previousRows[Int(p.rawValue) * w + t] = scores[t] }
        }
        /// The transition scores into word `i` from `p` (both of `NameFeatures.tagFeatures`), into `scores`.
        func transition(_ i: Int, _ p: NameTag) {
            buffer.removeAll(keepingCapacity: true)
            buffer.append(features.tagAndShapeFeature(at: i, previous: p))
            for t in 0..<w { scores[t] = previousRows[Int(p.rawValue) * w + t] }
            score(buffer, &scores)
        }
        for (n, i) in range.enumerated() {
            buffer.removeAll(keepingCapacity: true)
            features.features(at: i, into: &buffer)
            for t in 0..<w { scores[t] = 0 }
            score(buffer, &scores)
            for t in 0..<w { emissions[n * w + t] = scores[t] }
            for p in NameTag.allCases {
                // The first word follows only an outside tag.
                if n == 0, p != .outside { continue }
                transition(i, p)
                let base = (n * w + Int(p.rawValue)) * w
                for t in 0..<w { transitions[base + t] = scores[t] }
            }
        }
        var lattice = NameLattice(emissions: emissions, transitions: transitions, count: range.count)
        // A window ends where the sentence goes on: the word after it is read as outside.
        if range.upperBound < features.count {
            for p in NameTag.allCases {
                transition(range.upperBound, p)
                lattice.exits[Int(p.rawValue)] = scores[Int(NameTag.outside.rawValue)]
            }
        }
        return lattice
    }
}
