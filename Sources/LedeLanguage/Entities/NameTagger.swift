/// Lede's statistical name tagger: an averaged perceptron read left to right (greedy), each word's tag
/// chosen from its features and the two tags before it, an inside tag allowed only after its own kind.
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
    func spans(_ words: [String], window: Range<Int>) -> [NameSpan] {
        let decoded = decode(words, window: window)
        return Self.spans(of: decoded).map { NameSpan(words: ($0.words.lowerBound + window.lowerBound)..<($0.words.upperBound + window.lowerBound), kind: $0.kind, margin: $0.margin) }
    }

    /// Tags of the words of `window` (all words when nil), in order.
    func decode(_ words: [String], window: Range<Int>? = nil) -> [(tag: NameTag, margin: Float)] {
        let range = window ?? words.indices
        guard !range.isEmpty, model.featureCount > 0 else { return range.map { _ in (.outside, 0) } }
        let features = NameFeatures(words: words, window: range, lists: lists)
        var out: [(tag: NameTag, margin: Float)] = []
        out.reserveCapacity(range.count)
        var buffer: [UInt32] = []
        buffer.reserveCapacity(40)
        var scores = [Float](repeating: 0, count: NameTag.count)
        var previous = NameTag.outside, previous2 = NameTag.outside
        for i in range {
            buffer.removeAll(keepingCapacity: true)
            features.features(at: i, into: &buffer)
            features.tagFeatures(at: i, previous: previous, previous2: previous2, into: &buffer)
            for t in 0..<NameTag.count { scores[t] = 0 }
            model.score(buffer, into: &scores)
            let (best, margin) = Self.best(scores, after: previous)
            out.append((best, margin))
            previous2 = previous
            previous = best
        }
        return out
    }

    /// The highest-scoring tag allowed after `previous`, and its lead over the next allowed tag.
    static func best(_ scores: [Float], after previous: NameTag) -> (NameTag, Float) {
        var best = NameTag.outside, bestScore = -Float.infinity, second = -Float.infinity
        for tag in NameTag.allCases where tag.mayFollow(previous) {
            let s = scores[Int(tag.rawValue)]
            if s > bestScore { second = bestScore; bestScore = s; best = tag } else if s > second { second = s }
        }
        return (best, bestScore - second)
    }
}
