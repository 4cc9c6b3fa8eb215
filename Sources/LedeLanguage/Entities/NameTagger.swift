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
        var workspace = Workspace()
        return spansAndMargins(words, window: window, workspace: &workspace)
    }

    /// The same, decoded in `workspace`'s arrays (reuse one workspace for the windows of an article).
    func spansAndMargins(_ words: [String], window: Range<Int>, workspace: inout Workspace) -> (spans: [NameSpan], margins: [Float]) {
        decode(words, window: window, workspace: &workspace)
        let lattice = workspace.lattice
        var spans: [NameSpan] = []
        var i = 0
        while i < lattice.count {
            let t = lattice.tags[i]
            guard t != .outside else { i += 1; continue }
            var j = i + 1
            var margin = lattice.margins[i]
            while j < lattice.count, lattice.tags[j].isInside, lattice.tags[j].kind == t.kind {
                margin = min(margin, lattice.margins[j])
                j += 1
            }
            spans.append(NameSpan(words: (i + window.lowerBound)..<(j + window.lowerBound), kind: t.kind, margin: margin))
            i = j
        }
        return (spans, lattice.margins)
    }

    /// The arrays a decoding fills (the word's feature list, seven scores, the lattice and its tables),
    /// kept from one window to the next: the story decodes thousands of small windows, and a dozen
    /// arrays allocated for each showed in the tagger's profile.
    ///
    /// ```swift
    /// var workspace = NameTagger.Workspace()
    /// for window in windows { let read = tagger.spansAndMargins(words, window: window, workspace: &workspace) }
    /// ```
    struct Workspace {
        var lattice = NameLattice(emissions: [], transitions: [], count: 0)
        var features: [UInt32] = []
        var scores = [Float](repeating: 0, count: NameTag.count)
        /// The scores of the tag before, whatever the word (`NameFeatures.previousTagFeature`), for
        /// each previous tag: `NameTag.count` rows of `NameTag.count`; empty until first needed.
        var previousRows: [Float] = []
        /// The transition scores into a word of each shape met (`NameFeatures.shapeKey`): the tag
        /// before and the tag before with the word's shape are all a transition reads, so a shape's
        /// `NameTag.count` rows of `NameTag.count` are scored once, not at every word (a fifth of the
        /// decoder's look-ups).
        var shapeRows: [UInt32: [Float]] = [:]
    }

    /// Tags of the words of `window` (all words when nil), in order, each with its margin.
    func decode(_ words: [String], window: Range<Int>? = nil) -> [(tag: NameTag, margin: Float)] {
        var workspace = Workspace()
        decode(words, window: window ?? words.indices, workspace: &workspace)
        return Array(zip(workspace.lattice.tags, workspace.lattice.margins))
    }

    /// Decodes the words of `range` into `workspace.lattice` (its `tags` and `margins`).
    func decode(_ words: [String], window range: Range<Int>, workspace: inout Workspace) {
        guard !range.isEmpty, model.featureCount > 0 else {
            workspace.lattice.count = range.count
            workspace.lattice.solveAllOutside()
            return
        }
        let features = NameFeatures(words: words, window: range, lists: lists)
        let model = model
        Self.fill(&workspace, features, range) { buffer, scores in model.score(buffer, into: &scores) }
        workspace.lattice.solve()
    }

    /// The lattice of the words of `range`: `score` adds the weights of a feature list to seven
    /// scores (the model's, or the trainer's current weights).
    static func lattice(_ features: NameFeatures, _ range: Range<Int>,
                        score: (_ features: [UInt32], _ scores: inout [Float]) -> Void) -> NameLattice {
        var workspace = Workspace()
        fill(&workspace, features, range, score: score)
        return workspace.lattice
    }

    /// Builds the lattice of the words of `range` in `workspace.lattice`, its arrays reused.
    static func fill(_ workspace: inout Workspace, _ features: NameFeatures, _ range: Range<Int>,
                     score: (_ features: [UInt32], _ scores: inout [Float]) -> Void) {
        let w = NameTag.count
        // The workspace's arrays, moved out while they are filled (each held once: no copy).
        // The lattice is filled in place: a placeholder lattice to move it out allocated its exits.
        var buffer = workspace.features, scores = workspace.scores
        workspace.features = []
        workspace.scores = []
        // The tag before, whatever the word: scored once for the workspace (the weights do not change
        // while it decodes; the trainer makes a new workspace for each sentence).
        if workspace.previousRows.isEmpty {
            var rows = [Float](repeating: 0, count: w * w)
            for p in NameTag.allCases {
                buffer.removeAll(keepingCapacity: true)
                buffer.append(NameFeatures.previousTagFeature(p))
                for t in 0..<w { scores[t] = 0 }
                score(buffer, &scores)
                for t in 0..<w { rows[Int(p.rawValue) * w + t] = scores[t] }
            }
            workspace.previousRows = rows
        }
        let previousRows = workspace.previousRows
        NameLattice.refill(&workspace.lattice.emissions, range.count * w, 0)
        NameLattice.refill(&workspace.lattice.transitions, range.count * w * w, 0)
        NameLattice.refill(&workspace.lattice.exits, w, 0)
        workspace.lattice.count = range.count
        var shapeRows = workspace.shapeRows
        workspace.shapeRows = [:]
        /// The transition scores into word `i` from each tag before (both of `NameFeatures.tagFeatures`):
        /// row `p` holds the scores from `p`. Scored once per shape (see `Workspace.shapeRows`).
        func transitionRows(_ i: Int) -> [Float] {
            let key = features.shapeKey(at: i)
            if let rows = shapeRows[key] { return rows }
            var rows = [Float](repeating: 0, count: w * w)
            for p in NameTag.allCases {
                buffer.removeAll(keepingCapacity: true)
                buffer.append(features.tagAndShapeFeature(at: i, previous: p))
                for t in 0..<w { scores[t] = previousRows[Int(p.rawValue) * w + t] }
                score(buffer, &scores)
                for t in 0..<w { rows[Int(p.rawValue) * w + t] = scores[t] }
            }
            shapeRows[key] = rows
            return rows
        }
        for (n, i) in range.enumerated() {
            buffer.removeAll(keepingCapacity: true)
            features.features(at: i, into: &buffer)
            for t in 0..<w { scores[t] = 0 }
            score(buffer, &scores)
            for t in 0..<w { workspace.lattice.emissions[n * w + t] = scores[t] }
            let rows = transitionRows(i)
            for p in NameTag.allCases {
                // The first word follows only an outside tag.
                if n == 0, p != .outside { continue }
                let base = (n * w + Int(p.rawValue)) * w, row = Int(p.rawValue) * w
                for t in 0..<w { workspace.lattice.transitions[base + t] = rows[row + t] }
            }
        }
        // A window ends where the sentence goes on: the word after it is read as outside.
        if range.upperBound < features.count {
            let rows = transitionRows(range.upperBound)
            for p in NameTag.allCases {
                workspace.lattice.exits[Int(p.rawValue)] = rows[Int(p.rawValue) * w + Int(NameTag.outside.rawValue)]
            }
        }
        workspace.features = buffer
        workspace.scores = scores
        workspace.shapeRows = shapeRows
    }
}
