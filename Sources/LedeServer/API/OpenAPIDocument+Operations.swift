import OpenAPIKit

extension OpenAPIDocument {
    static func idParameter(_ name: String = "id") -> OpenAPI.Parameter {
        .path(name: name, schema: .integer(format: .int64, minimum: (1, exclusive: false)))
    }

    static func query(_ name: String, _ description: String, required: Bool = false) -> OpenAPI.Parameter {
        .query(name: name, required: required, schema: .string, description: description)
    }

    /// A whole-number query parameter and the bounds ``RequestNumbers`` holds it to.
    static func number(_ name: String, _ description: String, range: ClosedRange<Int>) -> OpenAPI.Parameter {
        .query(name: name, schema: .integer(maximum: (range.upperBound, exclusive: false), minimum: (range.lowerBound, exclusive: false)),
               description: description)
    }

    static var offsetParameter: OpenAPI.Parameter {
        number("offset", "articles to skip, 0…\(RequestNumbers.maxOffset)", range: 0...RequestNumbers.maxOffset)
    }

    /// `ID.mp3` or `ID.vtt`.
    static var audioFileParameter: OpenAPI.Parameter {
        .path(name: "file", schema: .string(pattern: "^[0-9]+\\.(mp3|vtt)$"))
    }

    static func body(_ mediaType: String, required: Bool, _ schema: JSONSchema) -> OpenAPI.Request {
        OpenAPI.Request(content: [self.mediaType(mediaType): .content(OpenAPI.Content(schema: schema))], required: required)
    }

    static var operations: [Operation] { [
        Operation(method: .get, path: "/", summary: "The library page, newest first, or search results with ?q=", tag: "pages",
                  parameters: [query("q", "words to search for"), offsetParameter],
                  responses: [200: "HTML page", 400: "offset out of range"], contentType: "text/html"),
        Operation(method: .get, path: "/articles/{id}", summary: "The reader page of one article with its synced player",
                  tag: "pages", parameters: [idParameter()], responses: [200: "HTML page", 404: "no such article"],
                  contentType: "text/html"),
        Operation(method: .post, path: "/articles", summary: "The library page's add form (url or text, and token); answers 303 to the new article's page",
                  tag: "pages",
                  requestBody: body("application/x-www-form-urlencoded", required: true,
                                     object(["url": .string, "text": .string, "token": .string])),
                  responses: [303: "added; Location is the article page", 400: "bad form", 401: "bad token", 403: "writes disabled, or a read-only token",
                              413: "too large", 422: "no article found, the URL may not or could not be fetched, or over a limit (text, time)",
                              503: "busy with other pages: try again"],
                  contentType: "text/html"),
        Operation(method: .get, path: "/articles/{id}/chapters.json", summary: "Podcasting 2.0 JSON chapters of the narration",
                  tag: "feeds", parameters: [idParameter()], responses: [200: "chapters", 404: "not narrated"],
                  contentType: "application/json+chapters"),
        Operation(method: .get, path: "/static/player.js", summary: "The reader's player script", tag: "pages",
                  responses: [200: "JavaScript"], contentType: "text/javascript"),
        Operation(method: .get, path: "/static/lede.css", summary: "The reader's stylesheet", tag: "pages",
                  responses: [200: "CSS"], contentType: "text/css"),
        Operation(method: .get, path: "/api/articles", summary: "List articles, newest first", tag: "api",
                  parameters: [number("limit", "1…\(RequestNumbers.maxLimit), default 50", range: 1...RequestNumbers.maxLimit), offsetParameter],
                  responses: [200: "a page of article summaries", 400: "limit or offset out of range"], schema: "ArticleList"),
        Operation(method: .post, path: "/api/articles", summary: "Add an article from a URL, a saved page or text; queues its narration",
                  tag: "api", requestBody: body("application/json", required: true, reference("AddArticle")),
                  responses: [201: "added", 200: "already in the library (updated)", 400: "bad JSON or input, or a voice this server does not have; nothing is stored",
                              401: "no or bad token", 403: "writes disabled, or a read-only token", 413: "body too large",
                              422: "no article found, the URL may not or could not be fetched, or over a limit (1 MiB of text, 20 s of work)",
                              503: "busy with other pages (Retry-After): try again"],
                  schema: "AddArticleResult", writes: true),
        Operation(method: .get, path: "/api/articles/{id}", summary: "One article: Article, Story, narration and timing map",
                  tag: "api", parameters: [idParameter()], responses: [200: "the article", 404: "no such article",
                                                                        503: "busy (a long article is encoded on the work pool)"], schema: "StoredArticle"),
        Operation(method: .delete, path: "/api/articles/{id}", summary: "Delete an article, its narration and its files; a narration under way stops",
                  tag: "api", parameters: [idParameter()], responses: [204: "deleted", 401: "no or bad token",
                                                                      403: "writes disabled, or a read-only token", 404: "no such article"],
                  writes: true),
        Operation(method: .post, path: "/api/articles/{id}/narrate", summary: "Queue a (new) narration, optionally with another voice",
                  tag: "api", parameters: [idParameter()],
                  requestBody: body("application/json", required: false, object(["voice": voiceSchema, "quoteVoice": quoteVoiceSchema])),
                  responses: [202: "queued", 400: "bad or unknown voice", 401: "no or bad token",
                              403: "writes disabled, or a read-only token", 404: "no such article"],
                  schema: "NarrationJob", writes: true),
        Operation(method: .get, path: "/api/search", summary: "Full-text search over title, body, people and quotes", tag: "api",
                  parameters: [query("q", "words to search for (prefixes match)", required: true), number("limit", "1…\(RequestNumbers.maxLimit), default 20", range: 1...RequestNumbers.maxLimit)],
                  responses: [200: "results with highlighted snippets", 400: "no query, or limit out of range"], schema: "SearchResults"),
        Operation(method: .get, path: "/feed.xml", summary: "Podcast RSS 2.0 feed of the narrated articles", tag: "feeds",
                  parameters: [query("token", "a token of a private library; the feed's links carry its read-only twin")],
                  responses: [200: "RSS 2.0"], contentType: "application/rss+xml"),
        Operation(method: .get, path: "/feed.json", summary: "JSON Feed 1.1 of the narrated articles", tag: "feeds",
                  parameters: [query("token", "a token of a private library; the feed's links carry its read-only twin")],
                  responses: [200: "JSON Feed"], contentType: "application/feed+json"),
        Operation(method: .get, path: "/audio/{file}", summary: "Narration audio (ID.mp3) or transcript (ID.vtt); supports Range, ETag, If-None-Match",
                  tag: "feeds", parameters: [audioFileParameter],
                  responses: [200: "the file", 206: "a byte range", 304: "not modified", 404: "no such file", 416: "range not satisfiable"],
                  contentType: "audio/mpeg", alsoContentTypes: ["text/vtt"]),
        Operation(method: .head, path: "/audio/{file}", summary: "The headers of a narration file (length, ETag)",
                  tag: "feeds", parameters: [audioFileParameter],
                  responses: [200: "headers only", 404: "no such file"], contentType: "audio/mpeg", alsoContentTypes: ["text/vtt"]),
        Operation(method: .get, path: "/health", summary: "Liveness: the database answers (a private library gives no count)", tag: "operations",
                  responses: [200: "ok"]),
        Operation(method: .get, path: "/metrics", summary: "Prometheus metrics", tag: "operations",
                  responses: [200: "Prometheus text format"], contentType: "text/plain"),
        Operation(method: .get, path: "/openapi.json", summary: "This document", tag: "operations", responses: [200: "OpenAPI 3.1"]),
    ] }
}
