import LedeStore
import OpenAPIKit

extension OpenAPIDocument {
    /// An object schema whose properties may each be absent (Lede's JSON leaves nil fields out).
    static func object(description: String? = nil, _ properties: OrderedDictionary<String, JSONSchema>) -> JSONSchema {
        .object(description: description, properties: properties.mapValues { $0.optionalSchemaObject() })
    }

    static func reference(_ name: String) -> JSONSchema { .reference(.component(named: name)) }

    static let dateTime = JSONSchema.string(format: .dateTime)

    /// A voice id as ``VoiceCheck`` takes it (it must also be installed on the server).
    static var voiceSchema: JSONSchema {
        .string(description: "piper:NAME, hibari:NAME or espeak:LANGUAGE, installed on this server (400 otherwise)",
                pattern: voicePattern, examples: ["espeak:en-us"])
    }

    static var voicePattern: String { "^(piper|hibari|espeak):[A-Za-z0-9_.:-]{1,\(VoiceCheck.maxLength - 7)}$" }

    /// The voice for the words of direct quotations: a voice id like ``voiceSchema``'s.
    static var quoteVoiceSchema: JSONSchema {
        .string(description: "reads the words of direct quotations (the narrator reads the rest, with a short pause at each change); "
                    + "piper:NAME, hibari:NAME or espeak:LANGUAGE, installed on this server (400 otherwise); default: the server's --quote-voice, else none",
                pattern: voicePattern, examples: ["hibari:heart"])
    }

    static var schemas: OpenAPI.ComponentDictionary<JSONSchema> { [
        "AddArticle": object(description: "Exactly one of url, html or text (url may accompany html as its address).", [
            "url": .string(format: .uri), "html": .string, "text": .string,
            "narrate": .boolean, "voice": voiceSchema, "quoteVoice": quoteVoiceSchema,
        ]),
        "AddArticleResult": object([
            "id": .integer, "created": .boolean, "title": .string, "location": .string, "job": reference("NarrationJob"),
        ]),
        "ArticleSummary": object([
            "id": .integer, "title": .string, "publisher": .string, "published": .string, "added": dateTime,
            "durationMs": .integer, "status": .string(allowedValues: ArticleSummary.Status.allCases.map { .init($0.rawValue) }),
            "progress": .number,
        ]),
        "ArticleList": object([
            "total": .integer, "offset": .integer, "limit": .integer, "articles": .array(items: reference("ArticleSummary")),
        ]),
        "NarrationJob": object([
            "id": .integer, "articleID": .integer, "voice": .string, "quoteVoice": .string,
            "status": .string(allowedValues: NarrationJob.Status.allCases.map { .init($0.rawValue) }), "progress": .number,
            "attempts": .integer, "error": .string, "created": dateTime, "updated": dateTime,
        ]),
        "TimingEntry": object([
            "id": .integer, "block": .integer, "charStart": .integer, "charEnd": .integer,
            "startMs": .integer, "endMs": .integer, "voice": .string,
            "quoted": .boolean(description: "the words of a direct quotation, read in the quote voice (absent otherwise)"),
            "speaker": .string(description: "who said the quotation, when the article names them"),
        ]),
        "StoredArticle": object([
            "id": .integer, "added": dateTime, "sourceURL": .string,
            "article": .object(description: "The Article format of `lede read --format json`"),
            "story": .object(description: "The Story format of `lede story --format json`"),
            "narration": object([
                "voice": .string, "durationMs": .integer, "audio": .string, "audioBytes": .integer, "transcript": .string,
                "chapters": .array,
            ]),
            "job": reference("NarrationJob"),
            "timings": .array(items: reference("TimingEntry")),
        ]),
        "SearchResults": object([
            "query": .string,
            "results": .array(items: object([
                "article": reference("ArticleSummary"), "snippet": .string,
                "snippetHTML": .string(description: "escaped text with <mark> around the matches"),
            ])),
        ]),
    ] }
}
