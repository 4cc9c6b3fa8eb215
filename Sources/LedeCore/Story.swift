/// An article understood: its sentences, quotations with speakers, people, places, organisations
/// and dates. Made by `LedeLanguage` from an ``Article``; read by narration, search and the reader.
///
/// ```swift
/// let story = StoryBuilder().story(of: article)
/// for q in story.quotes { print(q.speaker ?? "unknown", "—", q.text) }
/// ```
public struct Story: Sendable, Codable, Equatable {
    public var article: Article
    /// Sentences of every text block (title is block -1), in reading order.
    public var sentences: [Sentence]
    /// Sentences of the photo captions, in the order of their figures: `span.block` is the figure's
    /// block and `id` the position in this list. Apart from ``sentences``: a caption is read only
    /// where a reader asks for it.
    public var captions: [Sentence]
    public var quotes: [Quote]
    public var people: [Person]
    public var places: [Entity]
    public var organisations: [Entity]
    public var dates: [DateMention]

    public init(article: Article, sentences: [Sentence] = [], captions: [Sentence] = [], quotes: [Quote] = [],
                people: [Person] = [], places: [Entity] = [], organisations: [Entity] = [], dates: [DateMention] = []) {
        self.article = article
        self.sentences = sentences
        self.captions = captions
        self.quotes = quotes
        self.people = people
        self.places = places
        self.organisations = organisations
        self.dates = dates
    }

    /// Reads stories stored before `captions` existed (their captions are empty).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        article = try container.decode(Article.self, forKey: .article)
        sentences = try container.decode([Sentence].self, forKey: .sentences)
        captions = try container.decodeIfPresent([Sentence].self, forKey: .captions) ?? []
        quotes = try container.decode([Quote].self, forKey: .quotes)
        people = try container.decode([Person].self, forKey: .people)
        places = try container.decode([Entity].self, forKey: .places)
        organisations = try container.decode([Entity].self, forKey: .organisations)
        dates = try container.decode([DateMention].self, forKey: .dates)
    }
}

/// Where a span of text sits: the block index in `Article.blocks` (-1 for the title) and
/// character offsets (in `Character`s of the block's `text`) of its start and end.
///
/// ```swift
/// let span = story.sentences[0].span                                 // the title: block -1
/// let title = Array(article.title)[span.charStart..<span.charEnd]
/// ```
public struct TextSpan: Sendable, Codable, Equatable, Hashable {
    public var block: Int
    public var charStart: Int
    public var charEnd: Int

    public init(block: Int, charStart: Int, charEnd: Int) {
        self.block = block
        self.charStart = charStart
        self.charEnd = charEnd
    }

    /// Block index used for the article's title.
    public static let titleBlock = -1
    /// Block index used for the byline and date line the narrator may read after the title.
    public static let bylineBlock = -2
}

/// One sentence of the article, where it sits and its text.
///
/// ```swift
/// for sentence in story.sentences where sentence.span.block == 0 { print(sentence.id, sentence.text) }
/// ```
public struct Sentence: Sendable, Codable, Equatable {
    /// Position in `Story.sentences`.
    public var id: Int
    public var span: TextSpan
    public var text: String

    public init(id: Int, span: TextSpan, text: String) {
        self.id = id
        self.span = span
        self.text = text
    }
}

/// A quotation in running text, with who said it when the article tells.
///
/// ```swift
/// let mayor = story.quotes.filter { $0.speaker == "Tom Reyes" }
/// for quote in mayor { print(quote.cue ?? "", quote.text) }   // said: It is cheaper than the bridge…
/// ```
public struct Quote: Sendable, Codable, Equatable {
    /// The quoted words, without the quotation marks.
    public var text: String
    public var span: TextSpan
    /// The speaker's full name as written in the article, when known.
    public var speaker: String?
    /// The verb of attribution: "said", "told", "according to".
    public var cue: String?
    /// 0…1: how sure the attribution is.
    public var confidence: Double
    /// Who spoke when the article names no person: "a police spokesman", "Police".
    public var speakerDescription: String?
    /// This part continues the quotation of the previous paragraph (news style: a quotation over
    /// several paragraphs opens each one and closes only at the end).
    public var continuesPrevious: Bool

    public init(text: String, span: TextSpan, speaker: String? = nil, cue: String? = nil, confidence: Double = 0,
                speakerDescription: String? = nil, continuesPrevious: Bool = false) {
        self.text = text
        self.span = span
        self.speaker = speaker
        self.cue = cue
        self.confidence = confidence
        self.speakerDescription = speakerDescription
        self.continuesPrevious = continuesPrevious
    }
}

/// A person the article names, with what it says of them.
///
/// ```swift
/// let carvalho = story.people.first { $0.name == "Ines Carvalho" }   // age 67, "retired marine engineer"
/// ```
public struct Person: Sendable, Codable, Equatable {
    /// Full name, as first written in the article.
    public var name: String
    public var age: Int?
    /// What the article says the person is: "businessman", "President of Belarus", "half-brother of Pavel Kukhta".
    public var descriptions: [String]
    /// Other forms of the name seen in the article ("Lukashenko", "President Alexander Lukashenko").
    public var aliases: [String]
    /// Number of mentions, pronouns resolved where possible.
    public var mentions: Int
    /// True when the person appears only in captions.
    public var inCaptionsOnly: Bool

    public init(name: String, age: Int? = nil, descriptions: [String] = [], aliases: [String] = [],
                mentions: Int = 1, inCaptionsOnly: Bool = false) {
        self.name = name
        self.age = age
        self.descriptions = descriptions
        self.aliases = aliases
        self.mentions = mentions
        self.inCaptionsOnly = inCaptionsOnly
    }
}

/// A place or an organisation.
///
/// ```swift
/// let places = story.places.map(\.name)   // ["Port Avery", "Gull Island"]
/// ```
public struct Entity: Sendable, Codable, Equatable {
    public var name: String
    public var mentions: Int

    public init(name: String, mentions: Int = 1) {
        self.name = name
        self.mentions = mentions
    }
}

/// A date the article mentions, resolved against its publication date when it can be.
///
/// ```swift
/// for date in story.dates { print(date.text, date.resolved ?? "?") }   // "on Friday 2026-03-20" …
/// ```
public struct DateMention: Sendable, Codable, Equatable {
    /// As written: "on Saturday", "May 20, 2022", "in 2020".
    public var text: String
    public var span: TextSpan
    /// ISO 8601 date (or year, or year-month) when it could be resolved.
    public var resolved: String?

    public init(text: String, span: TextSpan, resolved: String? = nil) {
        self.text = text
        self.span = span
        self.resolved = resolved
    }
}
