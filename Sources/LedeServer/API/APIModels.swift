import Foundation
import Hummingbird
import LedeCore
import LedeStore

/// `POST /api/articles`: exactly one of `url`, `html` or `text`.
///
/// ```json
/// {"url": "https://example.com/story"}
/// {"html": "<html>…</html>", "url": "https://example.com/story", "narrate": false}
/// {"text": "Headline\n\nFirst paragraph…", "voice": "espeak:en-us"}
/// {"url": "https://example.com/story", "voice": "piper:en_US-joe-medium", "quoteVoice": "hibari:heart"}
/// ```
struct AddArticleRequest: Decodable {
    var url: String?
    var html: String?
    var text: String?
    /// Queue a narration (default: the server's setting).
    var narrate: Bool?
    var voice: String?
    /// The voice for the words of direct quotations (default: the server's `--quote-voice`, if any).
    var quoteVoice: String?

    /// The one source the request names, its URL checked: 400 for anything else.
    func validatedSource() throws -> Ingestor.Source {
        // `url` may come with `html` as the page's address; otherwise one source only.
        let sources = [html, text, html == nil ? url : nil].compactMap { $0 }
        guard sources.count == 1 else {
            throw HTTPError(.badRequest, message: "give exactly one of \"url\", \"html\" or \"text\"")
        }
        if let url, WebURL.http(url) == nil {
            throw HTTPError(.badRequest, message: "url must be an absolute URL: only http and https URLs with a host are read, not \"\(RequestNumbers.shown(url))\"")
        }
        if let html { return .html(html, url: url) }
        if let url { return .url(url) }
        return .text(text ?? "")
    }
}

/// `POST /api/articles/{id}/narrate`: optional body `{"voice": "…", "quoteVoice": "…"}`.
struct NarrateRequest: Decodable {
    var voice: String?
    var quoteVoice: String?
}

/// `GET /api/articles/{id}`: the article, its story, its narration and the timing map.
struct ArticleResponse: Encodable {
    var id: Int64
    var added: Date
    var sourceURL: String?
    var article: Article
    var story: Story?
    var narration: NarrationInfo?
    var job: NarrationJob?
    var timings: [TimingEntry]

    init(_ stored: StoredArticle) {
        id = stored.id
        added = stored.added
        sourceURL = stored.sourceURL
        // Rows stored before the reader kept only http(s) URLs are held to the same rule here.
        article = stored.article.keepingOnlyWebURLs
        story = stored.story
        narration = stored.edition.map { NarrationInfo($0) }
        job = stored.job
        timings = stored.edition?.timings ?? []
    }
}

struct NarrationInfo: Encodable {
    var voice: String
    var durationMs: Int
    var audio: String
    var audioBytes: Int
    var transcript: String
    var chapters: [EditionChapter]
    var created: Date

    init(_ edition: Edition) {
        voice = edition.voice
        durationMs = edition.durationMs
        audio = "/audio/\(edition.articleID).mp3"
        audioBytes = edition.audioBytes
        transcript = "/audio/\(edition.articleID).vtt"
        chapters = edition.chapters
        created = edition.created
    }
}

struct ArticleListResponse: Encodable {
    var total: Int
    var offset: Int
    var limit: Int
    var articles: [ArticleSummary]
}

struct SearchResponse: Encodable {
    var query: String
    var results: [SearchResultItem]
}

struct SearchResultItem: Encodable {
    var article: ArticleSummary
    /// The matching text with each match between `<mark>` and `</mark>`, the rest HTML-escaped.
    var snippetHTML: String
    /// The same text without markup.
    var snippet: String
}

struct AddArticleResponse: Encodable {
    var id: Int64
    var created: Bool
    var title: String
    var job: NarrationJob?
    var location: String
}
