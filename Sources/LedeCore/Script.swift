/// What the narrator will say: segments of spoken words in reading order, with pauses,
/// the voice role of each, and chapters. Made by `LedeNarrate` from a ``Story``.
///
/// ```swift
/// let script = Narrator().script(for: story)
/// for s in script.segments { print(s.spoken) }
/// ```
public struct Script: Sendable, Codable, Equatable {
    public var title: String
    public var segments: [Segment]
    public var chapters: [Chapter]
    /// How to say words the voice would get wrong, keyed by the word as it stands in `spoken`
    /// (case-sensitive, whole words). The speech engine applies these when it phonemizes.
    public var pronunciations: [String: Pronunciation]

    public init(title: String, segments: [Segment] = [], chapters: [Chapter] = [],
                pronunciations: [String: Pronunciation] = [:]) {
        self.title = title
        self.segments = segments
        self.chapters = chapters
        self.pronunciations = pronunciations
    }
}

/// A way to say one word.
///
/// JSON: `{"ipa": "kˈiːv"}` or `{"espeak": "pl", "text": "Tomysek"}`.
///
/// ```swift
/// let script = Script(title: "Kyiv", pronunciations: ["Kyiv": .ipa("kˈiːv"), "Tomysek": .espeak(voice: "pl", text: "Tomysek")])
/// ```
public enum Pronunciation: Sendable, Codable, Equatable, Hashable {
    /// IPA to pass to the voice as is: `ˈkiːv`.
    case ipa(String)
    /// Text to read with another eSpeak NG language's rules: `.espeak(voice: "pl", text: "Tomysek")`.
    case espeak(voice: String, text: String)

    private enum Keys: String, CodingKey { case ipa, espeak, text }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        if let ipa = try c.decodeIfPresent(String.self, forKey: .ipa) {
            self = .ipa(ipa)
        } else {
            self = .espeak(voice: try c.decode(String.self, forKey: .espeak), text: try c.decode(String.self, forKey: .text))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        switch self {
        case .ipa(let ipa): try c.encode(ipa, forKey: .ipa)
        case .espeak(let voice, let text):
            try c.encode(voice, forKey: .espeak)
            try c.encode(text, forKey: .text)
        }
    }
}

/// One spoken sentence (or a clause of a long one, or, with quotations in their own voice, one part
/// of a sentence that holds a quotation: the quoted words or the narration around them).
///
/// ```swift
/// let segment = Segment(id: 0, span: TextSpan(block: 0, charStart: 0, charEnd: 20), text: "It sails at 11:45 p.m.",
///                       spoken: "It sails at eleven forty-five p m.", role: .body, pauseAfterMs: 400)
/// ```
public struct Segment: Sendable, Codable, Equatable {
    public enum Role: String, Sendable, Codable {
        case title, byline, heading, body, quote, caption
    }

    /// Who says a segment: the narrator, or the voice given to direct quotations. The script names
    /// the part; the synthesizer maps it to a voice (`--voice`, `--quote-voice`).
    public enum Voice: String, Sendable, Codable {
        case narrator, quotation
    }

    /// Position in `Script.segments`; the timing map uses the same ids.
    public var id: Int
    /// Where the written sentence sits in the article.
    public var span: TextSpan
    /// The written text.
    public var text: String
    /// The text as it is to be spoken: numbers, dates and abbreviations expanded.
    public var spoken: String
    public var role: Role
    /// Silence after this segment, in milliseconds.
    public var pauseAfterMs: Int
    /// The narrator's words, or a direct quotation's.
    public var voice: Voice
    /// Who said the quotation, as the article names them (quoted parts only, when known).
    public var speaker: String?

    public init(id: Int, span: TextSpan, text: String, spoken: String, role: Role = .body, pauseAfterMs: Int = 0,
                voice: Voice = .narrator, speaker: String? = nil) {
        self.id = id
        self.span = span
        self.text = text
        self.spoken = spoken
        self.role = role
        self.pauseAfterMs = pauseAfterMs
        self.voice = voice
        self.speaker = speaker
    }

    private enum CodingKeys: String, CodingKey { case id, span, text, spoken, role, pauseAfterMs, voice, speaker }

    /// Scripts written before segments had voices read as the narrator's.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int.self, forKey: .id)
        span = try c.decode(TextSpan.self, forKey: .span)
        text = try c.decode(String.self, forKey: .text)
        spoken = try c.decode(String.self, forKey: .spoken)
        role = try c.decode(Role.self, forKey: .role)
        pauseAfterMs = try c.decode(Int.self, forKey: .pauseAfterMs)
        voice = try c.decodeIfPresent(Voice.self, forKey: .voice) ?? .narrator
        speaker = try c.decodeIfPresent(String.self, forKey: .speaker)
    }
}

/// A chapter of the narration: a heading of the article, or a run of paragraphs when it has none.
///
/// ```swift
/// let chapters = Narrator().script(for: story).chapters   // one at the heading "Tickets and times"
/// ```
public struct Chapter: Sendable, Codable, Equatable {
    public var title: String
    /// The first segment of the chapter.
    public var firstSegment: Int

    public init(title: String, firstSegment: Int) {
        self.title = title
        self.firstSegment = firstSegment
    }
}
