import LedeCore

/// Typed exact-match scores for names: a found name counts when its words and its kind (person,
/// place, organisation) are exactly the gold ones.
///
/// ```swift
/// let scores = NameEvaluation.story(sentences, builder: StoryBuilder())
/// print(scores.all.f1, scores.people.f1)
/// ```
public enum NameEvaluation {
    /// True positives, false positives and false negatives of one kind or of all.
    public struct Counts: Sendable, Equatable {
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    }

    /// Scores over people, places and organisations together and for each kind alone.
    public struct Scores: Sendable {
        public var all = Counts()
        public var people = Counts()
        public var places = Counts()
        public var organisations = Counts()

        private mutating func kind(_ k: EntityKind, _ update: (inout Counts) -> Void) {
            switch k {
            case .person: update(&people)
            case .place: update(&places)
            case .organisation: update(&organisations)
            case .none: break
            }
        }

        mutating func add(gold: Set<Mention>, found: Set<Mention>) {
            for m in found {
                let hit = gold.contains(m)
                if hit { all.truePositives += 1 } else { all.falsePositives += 1 }
                kind(m.kind) { if hit { $0.truePositives += 1 } else { $0.falsePositives += 1 } }
            }
            for m in gold where !found.contains(m) {
                all.falseNegatives += 1
                kind(m.kind) { $0.falseNegatives += 1 }
            }
        }
    }

    struct Mention: Hashable {
        var block: Int
        var range: Range<Int>
        var kind: EntityKind
    }

    /// The tagger alone, sentence by sentence, on the gold words.
    public static func tagger(_ sentences: [NameCorpus.Sentence], tagger: NameTagger = NameTagger()) -> Scores {
        var scores = Scores()
        for (n, s) in sentences.enumerated() {
            let gold = Set(NameTagger.spans(of: s.tags.map { ($0, 1) }).map { Mention(block: n, range: $0.words, kind: $0.kind) })
            let found = Set(tagger.spans(s.words).map { Mention(block: n, range: $0.words, kind: $0.kind) })
            scores.add(gold: gold, found: found)
        }
        return scores
    }

    /// The whole language stage: each document becomes an article of one paragraph per sentence (the
    /// words joined by spaces), its story is built, and the names it found are matched by position.
    /// `mistake` hears every name found but not gold ("extra") and gold but not found ("missed"):
    /// the sentence text, the name's words and its kind.
    /// With `beside`, each mistake says whether that tagger alone made it too ("extra+" / "missed+")
    /// or got it right ("extra-" / "missed-").
    public static func story(_ sentences: [NameCorpus.Sentence], builder: StoryBuilder, beside: NameTagger? = nil,
                             mistake: ((_ what: String, _ name: String, _ kind: String, _ sentence: String) -> Void)? = nil) -> Scores {
        var scores = Scores()
        documents(sentences, builder: builder, beside: mistake == nil ? nil : beside) { doc in
            scores.add(gold: doc.gold, found: doc.found)
            if let mistake {
                for (what, set, other) in [("extra", doc.found, doc.gold), ("missed", doc.gold, doc.found)] {
                    for m in set where !other.contains(m) {
                        let mark = beside == nil ? "" : doc.alone.contains(m) ? "+" : "-"
                        mistake(what + mark, doc.name(m), "\(m.kind)", doc.text(m.block))
                    }
                }
            }
        }
        return scores
    }

    /// One document of a corpus read both ways: the gold names, the story's (`found`) and, when a
    /// tagger is given, that tagger's alone on each whole sentence (`alone`), all by position.
    struct Document {
        var sentences: ArraySlice<NameCorpus.Sentence>
        var gold: Set<Mention> = [], found: Set<Mention> = [], alone: Set<Mention> = []

        /// The sentence of block `b`, its words joined by spaces (the article's paragraph).
        func text(_ b: Int) -> String { sentences[sentences.startIndex + b].words.joined(separator: " ") }

        /// The words a mention covers.
        func name(_ m: Mention) -> String {
            let text = Array(text(m.block).unicodeScalars)
            return String(String.UnicodeScalarView(text[m.range.clamped(to: 0..<text.count)]))
        }
    }

    /// Each document becomes an article of one paragraph per sentence (the words joined by spaces),
    /// its story is built, and its names are matched to the gold ones by position.
    static func documents(_ sentences: [NameCorpus.Sentence], builder: StoryBuilder, beside: NameTagger?, _ body: (Document) -> Void) {
        var start = 0
        while start < sentences.count {
            var end = start + 1
            while end < sentences.count, sentences[end].document == sentences[start].document { end += 1 }
            var doc = Document(sentences: sentences[start..<end])
            var blocks: [Block] = []
            for (b, s) in doc.sentences.enumerated() {
                var offsets: [Int] = []
                var at = 0
                for w in s.words { offsets.append(at); at += w.unicodeScalars.count + 1 }
                blocks.append(.paragraph(s.words.joined(separator: " ")))
                func mention(_ span: NameTagger.NameSpan) -> Mention {
                    let lo = offsets[span.words.lowerBound]
                    let hi = offsets[span.words.upperBound - 1] + s.words[span.words.upperBound - 1].unicodeScalars.count
                    return Mention(block: b, range: lo..<hi, kind: span.kind)
                }
                for span in NameTagger.spans(of: s.tags.map { ($0, 1) }) { doc.gold.insert(mention(span)) }
                if let beside { for span in beside.spans(s.words) { doc.alone.insert(mention(span)) } }
            }
            doc.found = Set(builder.mentions(of: Article(blocks: blocks)).map { Mention(block: $0.block, range: $0.range, kind: $0.kind) })
            body(doc)
            start = end
        }
    }
}
