import LedeCore

/// Story → Script: what the narrator says, in reading order, with pauses, roles and chapters.
///
/// Reading order is the title, then (if asked) the byline and date, then the body blocks. Captions
/// are read only when asked, and nothing in `article.removed` ever is: it is not in the blocks.
/// The narrator reads the story's sentences as the language stage (LedeLanguage) made them, the
/// captions' too: it splits no text itself.
///
/// ```swift
/// let story = StoryBuilder().story(of: article)      // LedeLanguage
/// let script = Narrator().script(for: story)
/// for segment in script.segments { print(segment.spoken, segment.pauseAfterMs) }
/// ```
public struct Narrator: Sendable {
    public var options: NarrationOptions
    public var lexicon: Lexicon
    /// Written → spoken form of one sentence (numbers, dates, abbreviations expanded).
    public var spokenForm: @Sendable (String) -> String

    public init(options: NarrationOptions = NarrationOptions(), lexicon: Lexicon = .builtIn,
                spokenForm: @escaping @Sendable (String) -> String = NarrationDefaults.spokenForm) {
        self.options = options
        self.lexicon = lexicon
        self.spokenForm = spokenForm
    }

    public func script(for story: Story) -> Script {
        let article = story.article
        var builder = ScriptBuilder(options: options, spokenForm: spokenForm)
        let captions = options.readCaptions ? captionsByBlock(story) : [:]

        var lastBlock: Int? = nil
        var quotes = QuotationParts.Index(story.quotes)
        var blockText: (block: Int, characters: [Character]?)? = nil  // made once a block, not once a sentence
        for sentence in story.sentences {
            // Past the work budget the script is cut short; whoever set the budget drops it.
            if WorkBudget.isOver { break }
            if sentence.span.block != lastBlock {
                if let last = lastBlock, let after = captions[last] {
                    for caption in after { builder.add(caption, role: .caption, blockKind: .caption) }
                }
                if lastBlock == TextSpan.titleBlock || (lastBlock == nil && sentence.span.block != TextSpan.titleBlock) {
                    addFrontMatter(article, to: &builder)
                }
                lastBlock = sentence.span.block
            }
            if options.quotationsInOwnVoice, blockText?.block != sentence.span.block {
                blockText = (sentence.span.block, blockCharacters(sentence.span.block, in: article))
            }
            add(sentence, of: story, blockText: blockText?.characters, quotes: &quotes, to: &builder)
        }
        if lastBlock == TextSpan.titleBlock || lastBlock == nil { addFrontMatter(article, to: &builder) }
        if let last = lastBlock, let after = captions[last] {
            for caption in after { builder.add(caption, role: .caption, blockKind: .caption) }
        }

        var script = builder.finish(title: article.title)
        script.pronunciations = pronunciations(for: script, people: story.people)
        return script
    }

    // MARK: - Parts

    /// A sentence of the story, cut at its quotations when they are read in their own voice
    /// (`blockText`: the characters of its block, given only then).
    private func add(_ sentence: Sentence, of story: Story, blockText: [Character]?, quotes: inout QuotationParts.Index,
                     to builder: inout ScriptBuilder) {
        let article = story.article
        let role = role(of: sentence, in: article)
        let kind = kind(of: sentence.span.block, in: article)
        guard options.quotationsInOwnVoice, let chars = blockText,
              let parts = QuotationParts.parts(of: sentence.span, in: chars, quotes: quotes.quotes(near: sentence.span)) else {
            builder.add(sentence, role: role, blockKind: kind)
            return
        }
        for (i, part) in parts.enumerated() {
            let text = String(chars[part.range]).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let span = TextSpan(block: sentence.span.block, charStart: part.range.lowerBound, charEnd: part.range.upperBound)
            builder.add(Sentence(id: sentence.id, span: span, text: text), role: role, blockKind: kind,
                        voice: part.quoted ? .quotation : .narrator, speaker: part.quoted ? part.speaker : nil,
                        continuesSentence: i > 0, wholeSentence: sentence.text)
        }
    }

    /// The text a block's spans count in: the title, or a text block's.
    private func blockCharacters(_ block: Int, in article: Article) -> [Character]? {
        if block == TextSpan.titleBlock { return Array(article.title) }
        guard block >= 0, block < article.blocks.count, let text = article.blocks[block].text else { return nil }
        return Array(text)
    }

    private func addFrontMatter(_ article: Article, to builder: inout ScriptBuilder) {
        guard options.readByline else { return }
        var parts: [String] = []
        if !article.authors.isEmpty { parts.append("By " + ListPhrase.join(article.authors) + ".") }
        if let day = SpokenDate.day(of: article.published) { parts.append("Published " + day + ".") }
        guard !parts.isEmpty else { return }
        let text = parts.joined(separator: " ")
        builder.add(Sentence(id: -1, span: TextSpan(block: TextSpan.bylineBlock, charStart: 0, charEnd: text.count), text: text),
                    role: .byline, blockKind: .byline)
    }

    /// The story's caption sentences, keyed by the block they follow in reading order (the nearest
    /// text block before the figure), so each is read where the photo stands.
    private func captionsByBlock(_ story: Story) -> [Int: [Sentence]] {
        var previousText: [Int: Int] = [:]
        var last = TextSpan.titleBlock
        for (index, block) in story.article.blocks.enumerated() {
            if case .figure = block { previousText[index] = last } else if block.text != nil { last = index }
        }
        var out: [Int: [Sentence]] = [:]
        for caption in story.captions {
            out[previousText[caption.span.block] ?? TextSpan.titleBlock, default: []].append(caption)
        }
        return out
    }

    private func kind(of block: Int, in article: Article) -> ScriptBuilder.BlockKind {
        guard block >= 0, block < article.blocks.count else { return block == TextSpan.titleBlock ? .title : .body }
        if case .heading = article.blocks[block] { return .heading }
        return .body
    }

    private func role(of sentence: Sentence, in article: Article) -> Segment.Role {
        let block = sentence.span.block
        if block == TextSpan.titleBlock { return .title }
        guard block >= 0, block < article.blocks.count else { return .body }
        switch article.blocks[block] {
        case .heading: return .heading
        case .quote: return .quote
        default: return .body
        }
    }

    /// The lexicon's entries for words the script says, plus a reading in a better-suited eSpeak
    /// language for foreign personal names the lexicon does not know.
    private func pronunciations(for script: Script, people: [Person]) -> [String: Pronunciation] {
        var words = Set<String>()
        for segment in script.segments { words.formUnion(WordList.words(in: segment.spoken)) }
        var out: [String: Pronunciation] = [:]
        for word in words {
            if let p = lexicon.entry(for: word) { out[word] = p }
        }
        guard options.foreignNames else { return out }
        for person in people {
            for part in person.name.split(separator: " ").map(String.init) where words.contains(part) && out[part] == nil {
                if let p = ForeignNames.reading(of: part) { out[part] = p }
            }
        }
        return out
    }
}

/// The defaults the narrator starts from.
///
/// ```swift
/// let spoken = NarrationDefaults.spokenForm("A cabin costs $85.")   // "A cabin costs eighty-five dollars."
/// ```
public enum NarrationDefaults {
    /// The text normaliser's spoken form.
    public static let spokenForm: @Sendable (String) -> String = { TextNormalizer().spoken($0) }
}
