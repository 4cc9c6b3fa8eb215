import Foundation

/// `/openapi.json`: OpenAPI 3.1 for every route of ``LedeApp/router()``; a test checks that the
/// router and this document list the same operations.
enum OpenAPIDocument {
    struct Operation {
        var method: String
        var path: String
        var summary: String
        var tag: String
        var parameters: [[String: Any]] = []
        var requestBody: [String: Any]? = nil
        var responses: [String: String]
        var contentType = "application/json"
        var schema: String? = nil
        var writes = false
        /// Other media types a success may have (the audio route also serves WebVTT).
        var alsoContentTypes: [String] = []
    }

    static func idParameter(_ name: String = "id") -> [String: Any] {
        ["name": name, "in": "path", "required": true, "schema": ["type": "integer", "format": "int64", "minimum": 1]]
    }

    static func query(_ name: String, _ type: String, _ description: String, required: Bool = false) -> [String: Any] {
        ["name": name, "in": "query", "required": required, "description": description, "schema": ["type": type]]
    }

    /// A whole-number query parameter and the bounds ``RequestNumbers`` holds it to.
    static func number(_ name: String, _ description: String, range: ClosedRange<Int>) -> [String: Any] {
        ["name": name, "in": "query", "required": false, "description": description,
         "schema": ["type": "integer", "minimum": range.lowerBound, "maximum": range.upperBound]]
    }

    /// A voice id as ``VoiceCheck`` takes it (it must also be installed on the server).
    static var voiceSchema: [String: Any] {
        ["type": "string", "pattern": "^(piper|hibari|espeak):[A-Za-z0-9_.:-]{1,\(VoiceCheck.maxLength - 7)}$", "example": "espeak:en-us",
         "description": "piper:NAME, hibari:NAME or espeak:LANGUAGE, installed on this server (400 otherwise)"]
    }

    /// The voice for the words of direct quotations: a voice id like ``voiceSchema``'s.
    static var quoteVoiceSchema: [String: Any] {
        var schema = voiceSchema
        schema["example"] = "hibari:heart"
        schema["description"] = "reads the words of direct quotations (the narrator reads the rest, with a short pause at each change); "
            + "piper:NAME, hibari:NAME or espeak:LANGUAGE, installed on this server (400 otherwise); default: the server's --quote-voice, else none"
        return schema
    }

    static var offsetParameter: [String: Any] {
        number("offset", "articles to skip, 0…\(RequestNumbers.maxOffset)", range: 0...RequestNumbers.maxOffset)
    }

    static var operations: [Operation] { [
        Operation(method: "get", path: "/", summary: "The library page, newest first, or search results with ?q=", tag: "pages",
                  parameters: [query("q", "string", "words to search for"), offsetParameter],
                  responses: ["200": "HTML page", "400": "offset out of range"], contentType: "text/html"),
        Operation(method: "get", path: "/articles/{id}", summary: "The reader page of one article with its synced player",
                  tag: "pages", parameters: [idParameter()], responses: ["200": "HTML page", "404": "no such article"],
                  contentType: "text/html"),
        Operation(method: "post", path: "/articles", summary: "The library page's add form (url or text, and token); answers 303 to the new article's page",
                  tag: "pages",
                  requestBody: ["required": true, "content": ["application/x-www-form-urlencoded": ["schema": ["type": "object", "properties": [
                      "url": ["type": "string"], "text": ["type": "string"], "token": ["type": "string"]]]]]],
                  responses: ["303": "added; Location is the article page", "400": "bad form", "401": "bad token", "403": "writes disabled, or a read-only token",
                              "413": "too large", "422": "no article found, the URL may not or could not be fetched, or over a limit (text, time)",
                              "503": "busy with other pages: try again"],
                  contentType: "text/html"),
        Operation(method: "get", path: "/articles/{id}/chapters.json", summary: "Podcasting 2.0 JSON chapters of the narration",
                  tag: "feeds", parameters: [idParameter()], responses: ["200": "chapters", "404": "not narrated"],
                  contentType: "application/json+chapters"),
        Operation(method: "get", path: "/static/player.js", summary: "The reader's player script", tag: "pages",
                  responses: ["200": "JavaScript"], contentType: "text/javascript"),
        Operation(method: "get", path: "/static/lede.css", summary: "The reader's stylesheet", tag: "pages",
                  responses: ["200": "CSS"], contentType: "text/css"),
        Operation(method: "get", path: "/api/articles", summary: "List articles, newest first", tag: "api",
                  parameters: [number("limit", "1…\(RequestNumbers.maxLimit), default 50", range: 1...RequestNumbers.maxLimit), offsetParameter],
                  responses: ["200": "a page of article summaries", "400": "limit or offset out of range"], schema: "ArticleList"),
        Operation(method: "post", path: "/api/articles", summary: "Add an article from a URL, a saved page or text; queues its narration",
                  tag: "api", requestBody: ["required": true, "content": ["application/json": ["schema": ["$ref": "#/components/schemas/AddArticle"]]]],
                  responses: ["201": "added", "200": "already in the library (updated)", "400": "bad JSON or input, or a voice this server does not have; nothing is stored",
                              "401": "no or bad token", "403": "writes disabled, or a read-only token", "413": "body too large",
                              "422": "no article found, the URL may not or could not be fetched, or over a limit (1 MiB of text, 20 s of work)",
                              "503": "busy with other pages (Retry-After): try again"],
                  schema: "AddArticleResult", writes: true),
        Operation(method: "get", path: "/api/articles/{id}", summary: "One article: Article, Story, narration and timing map",
                  tag: "api", parameters: [idParameter()], responses: ["200": "the article", "404": "no such article",
                                                                        "503": "busy (a long article is encoded on the work pool)"], schema: "StoredArticle"),
        Operation(method: "delete", path: "/api/articles/{id}", summary: "Delete an article, its narration and its files; a narration under way stops",
                  tag: "api", parameters: [idParameter()], responses: ["204": "deleted", "401": "no or bad token",
                                                                      "403": "writes disabled, or a read-only token", "404": "no such article"],
                  writes: true),
        Operation(method: "post", path: "/api/articles/{id}/narrate", summary: "Queue a (new) narration, optionally with another voice",
                  tag: "api", parameters: [idParameter()],
                  requestBody: ["required": false, "content": ["application/json": ["schema": ["type": "object", "properties": ["voice": voiceSchema, "quoteVoice": quoteVoiceSchema]]]]],
                  responses: ["202": "queued", "400": "bad or unknown voice", "401": "no or bad token",
                              "403": "writes disabled, or a read-only token", "404": "no such article"],
                  schema: "NarrationJob", writes: true),
        Operation(method: "get", path: "/api/search", summary: "Full-text search over title, body, people and quotes", tag: "api",
                  parameters: [query("q", "string", "words to search for (prefixes match)", required: true), number("limit", "1…\(RequestNumbers.maxLimit), default 20", range: 1...RequestNumbers.maxLimit)],
                  responses: ["200": "results with highlighted snippets", "400": "no query, or limit out of range"], schema: "SearchResults"),
        Operation(method: "get", path: "/feed.xml", summary: "Podcast RSS 2.0 feed of the narrated articles", tag: "feeds",
                  parameters: [query("token", "string", "a token of a private library; the feed's links carry its read-only twin")],
                  responses: ["200": "RSS 2.0"], contentType: "application/rss+xml"),
        Operation(method: "get", path: "/feed.json", summary: "JSON Feed 1.1 of the narrated articles", tag: "feeds",
                  parameters: [query("token", "string", "a token of a private library; the feed's links carry its read-only twin")],
                  responses: ["200": "JSON Feed"], contentType: "application/feed+json"),
        Operation(method: "get", path: "/audio/{file}", summary: "Narration audio (ID.mp3) or transcript (ID.vtt); supports Range, ETag, If-None-Match",
                  tag: "feeds", parameters: [["name": "file", "in": "path", "required": true, "schema": ["type": "string", "pattern": "^[0-9]+\\.(mp3|vtt)$"]]],
                  responses: ["200": "the file", "206": "a byte range", "304": "not modified", "404": "no such file", "416": "range not satisfiable"],
                  contentType: "audio/mpeg", alsoContentTypes: ["text/vtt"]),
        Operation(method: "head", path: "/audio/{file}", summary: "The headers of a narration file (length, ETag)",
                  tag: "feeds", parameters: [["name": "file", "in": "path", "required": true, "schema": ["type": "string", "pattern": "^[0-9]+\\.(mp3|vtt)$"]]],
                  responses: ["200": "headers only", "404": "no such file"], contentType: "audio/mpeg", alsoContentTypes: ["text/vtt"]),
        Operation(method: "get", path: "/health", summary: "Liveness: the database answers (a private library gives no count)", tag: "operations",
                  responses: ["200": "ok"]),
        Operation(method: "get", path: "/metrics", summary: "Prometheus metrics", tag: "operations",
                  responses: ["200": "Prometheus text format"], contentType: "text/plain"),
        Operation(method: "get", path: "/openapi.json", summary: "This document", tag: "operations", responses: ["200": "OpenAPI 3.1"]),
    ] }

    static var schemas: [String: Any] { [
        "AddArticle": [
            "type": "object",
            "description": "Exactly one of url, html or text (url may accompany html or text as its address). "
                + "Adding the same source again updates the article and narrates it again (in its edition's voice "
                + "unless voice is given), rendering only the sentences whose spoken words changed.",
            "properties": [
                "url": ["type": "string", "format": "uri"], "html": ["type": "string"], "text": ["type": "string"],
                "narrate": ["type": "boolean"], "voice": voiceSchema, "quoteVoice": quoteVoiceSchema,
            ],
        ],
        "AddArticleResult": ["type": "object", "properties": [
            "id": ["type": "integer"], "created": ["type": "boolean"], "title": ["type": "string"], "location": ["type": "string"],
            "job": ["$ref": "#/components/schemas/NarrationJob"],
        ]],
        "ArticleSummary": ["type": "object", "properties": [
            "id": ["type": "integer"], "title": ["type": "string"], "publisher": ["type": "string"], "published": ["type": "string"],
            "added": ["type": "string", "format": "date-time"], "durationMs": ["type": "integer"],
            "status": ["type": "string", "enum": ["queued", "running", "ready", "failed"]], "progress": ["type": "number"],
        ]],
        "ArticleList": ["type": "object", "properties": [
            "total": ["type": "integer"], "offset": ["type": "integer"], "limit": ["type": "integer"],
            "articles": ["type": "array", "items": ["$ref": "#/components/schemas/ArticleSummary"]],
        ]],
        "NarrationJob": ["type": "object", "properties": [
            "id": ["type": "integer"], "articleID": ["type": "integer"], "voice": ["type": "string"], "quoteVoice": ["type": "string"],
            "status": ["type": "string", "enum": ["queued", "running", "done", "failed"]], "progress": ["type": "number"],
            "attempts": ["type": "integer"], "error": ["type": "string"],
            "created": ["type": "string", "format": "date-time"], "updated": ["type": "string", "format": "date-time"],
        ]],
        "TimingEntry": ["type": "object", "properties": [
            "id": ["type": "integer"], "block": ["type": "integer"], "charStart": ["type": "integer"], "charEnd": ["type": "integer"],
            "startMs": ["type": "integer"], "endMs": ["type": "integer"], "voice": ["type": "string"],
            "quoted": ["type": "boolean", "description": "the words of a direct quotation, read in the quote voice (absent otherwise)"],
            "speaker": ["type": "string", "description": "who said the quotation, when the article names them"],
        ]],
        "StoredArticle": ["type": "object", "properties": [
            "id": ["type": "integer"], "added": ["type": "string", "format": "date-time"], "sourceURL": ["type": "string"],
            "article": ["type": "object", "description": "The Article format of `lede read --format json`"],
            "story": ["type": "object", "description": "The Story format of `lede story --format json`"],
            "narration": ["type": "object", "properties": [
                "voice": ["type": "string"], "durationMs": ["type": "integer"], "audio": ["type": "string"],
                "audioBytes": ["type": "integer"], "transcript": ["type": "string"], "chapters": ["type": "array"],
                "created": ["type": "string", "format": "date-time"],
                "sentencesReused": ["type": "integer", "description": "sentences whose audio came from an earlier narration (the sentence audio cache)"],
                "sentencesTotal": ["type": "integer", "description": "sentences spoken in this narration (with a quote voice, each part of a sentence a voice reads counts)"],
            ]],
            "job": ["$ref": "#/components/schemas/NarrationJob"],
            "timings": ["type": "array", "items": ["$ref": "#/components/schemas/TimingEntry"]],
        ]],
        "SearchResults": ["type": "object", "properties": [
            "query": ["type": "string"],
            "results": ["type": "array", "items": ["type": "object", "properties": [
                "article": ["$ref": "#/components/schemas/ArticleSummary"], "snippet": ["type": "string"],
                "snippetHTML": ["type": "string", "description": "escaped text with <mark> around the matches"],
            ]]],
        ]],
    ] }

    static let json: String = {
        var paths: [String: [String: Any]] = [:]
        for op in operations {
            var responses: [String: Any] = [:]
            for (code, description) in op.responses {
                var response: [String: Any] = ["description": description]
                if code.hasPrefix("2"), code != "204" {
                    var media: [String: Any] = [:]
                    if let schema = op.schema { media["schema"] = ["$ref": "#/components/schemas/\(schema)"] }
                    var content: [String: Any] = [op.contentType: media]
                    for other in op.alsoContentTypes { content[other] = [String: Any]() }
                    response["content"] = content
                }
                responses[code] = response
            }
            // Every route with an id answers 400 when it is not an integer.
            if op.path.contains("{id}"), responses["400"] == nil { responses["400"] = ["description": "the id is not a whole number from 1"] }
            var operation: [String: Any] = [
                "summary": op.summary, "tags": [op.tag], "responses": responses,
                "operationId": op.method + op.path.replacingOccurrences(of: "[^A-Za-z0-9]+", with: "_", options: .regularExpression),
            ]
            if !op.parameters.isEmpty { operation["parameters"] = op.parameters }
            if let body = op.requestBody { operation["requestBody"] = body }
            if op.writes { operation["security"] = [["bearer": [String]()]] }
            paths[op.path, default: [:]][op.method] = operation
        }
        let document: [String: Any] = [
            "openapi": "3.1.0",
            "info": ["title": "Lede", "version": "0.1.0",
                     "description": "A library of news articles to read and listen to. Writes need a bearer write token; reads are public unless the server runs with --private, when any token (a read-only one too) reads."],
            "paths": paths,
            "components": ["schemas": schemas,
                           "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]]],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }()
}
