import LedeCore

/// Article → Story: sentences with their offsets, quotations and who said them, people with what the
/// article says of them, places, organisations and dates. No model download: rules, a gazetteer and
/// the article's own structure.
///
/// ```swift
/// let story = StoryBuilder().story(of: article)
/// for q in story.quotes { print(q.speaker ?? "unknown", "—", q.text) }
/// ```
public struct StoryBuilder: Sendable {
    public var splitter: SentenceSplitter
    /// The statistical name tagger that helps the rules read names; nil for the rules alone.
    public var nameTagger: NameTagger?

    public init(splitter: SentenceSplitter = SentenceSplitter(), nameTagger: NameTagger? = NameTagger()) {
        self.splitter = splitter
        self.nameTagger = nameTagger
    }

    /// The sentences of the title (block -1) and every text block, in reading order.
    public func sentences(of article: Article) -> [Sentence] {
        sentences(in: units(of: article).filter { $0.kind != .caption })
    }

    public func story(of article: Article) -> Story {
        let all = units(of: article)
        let reading = all.filter { $0.kind != .caption }
        var analysis = StoryAnalysis(units: all, published: article.published, tagger: nameTagger)
        analysis.run()
        return Story(article: article, sentences: sentences(in: reading), captions: captionSentences(of: article), quotes: analysis.quotes,
                     people: analysis.registry.people, places: analysis.places.entities,
                     organisations: analysis.organisations.entities, dates: analysis.dates)
    }

    /// The sentences of every figure's caption, in the order of the figures; `span.block` is the
    /// figure's block, offsets are in the caption's `Character`s and runs of white space are one space.
    public func captionSentences(of article: Article) -> [Sentence] {
        var out: [Sentence] = []
        for (index, block) in article.blocks.enumerated() {
            guard case .figure(let figure) = block, let caption = figure.caption, !caption.isEmpty else { continue }
            let characters = Array(caption)
            for range in splitter.split(caption) {
                let text = String(characters[range]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                out.append(Sentence(id: out.count, span: TextSpan(block: index, charStart: range.lowerBound, charEnd: range.upperBound),
                                    text: text))
            }
        }
        return out
    }

    /// Every name the story reads, by position (block, scalar offsets in the block's text, kind).
    func mentions(of article: Article) -> [NameMention] {
        var analysis = StoryAnalysis(units: units(of: article), published: article.published, tagger: nameTagger)
        analysis.run()
        return analysis.mentions
    }

    func units(of article: Article) -> [TextUnit] {
        var out: [TextUnit] = []
        if !article.title.isEmpty { out.append(TextUnit(block: TextSpan.titleBlock, text: article.title, kind: .title, splitter: splitter)) }
        for (i, block) in article.blocks.enumerated() {
            switch block {
            case .figure(let f):
                if let c = f.caption, !c.isEmpty { out.append(TextUnit(block: i, text: c, kind: .caption, splitter: splitter)) }
            default:
                guard let t = block.text, !t.isEmpty else { continue }
                var unit = TextUnit(block: i, text: t, kind: .body, splitter: splitter)
                if case .heading = block { unit.isHeading = true }
                out.append(unit)
            }
        }
        return out
    }

    private func sentences(in units: [TextUnit]) -> [Sentence] {
        var out: [Sentence] = []
        for u in units {
            for r in u.sentences {
                let c = u.offsets.characterRange(r)
                out.append(Sentence(id: out.count, span: TextSpan(block: u.block, charStart: c.lowerBound, charEnd: c.upperBound),
                                    text: SentenceSplitter.collapsed(u.chars[r])))
            }
        }
        return out
    }
}

/// Counts of named places or organisations, in order of first mention.
struct EntityTally {
    private var order: [String] = []
    private var counts: [String: Int] = [:]

    mutating func add(_ name: String) {
        if counts[name] == nil { order.append(name) }
        counts[name, default: 0] += 1
    }

    var entities: [Entity] { order.map { Entity(name: $0, mentions: counts[$0] ?? 0) } }
}

/// A name found in a story's text: the block, the range of its words (scalar offsets), its kind.
struct NameMention: Equatable {
    var block: Int
    var range: Range<Int>
    var kind: EntityKind
}
