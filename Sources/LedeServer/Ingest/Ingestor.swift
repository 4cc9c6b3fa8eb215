import Foundation
import LedeCore
import LedeExtract
import LedeLanguage
import LedeStore

/// Turns what a user adds (a URL, a saved page, pasted text) into an article and its story, ready
/// for the store. URLs go through LedeExtract's fetcher, which refuses private, loopback and
/// link-local targets (after every redirect too) and caps size and time.
///
/// ```swift
/// let new = try await Ingestor().article(from: .url("https://example.com/story"))
/// let added = try await store.add(new)
/// ```
public struct Ingestor: Sendable {
    public enum Source: Sendable {
        case url(String)
        case html(String, url: String?)
        case text(String)
        /// A file's bytes: the reader tells a page from a plain-text copy itself.
        case bytes([UInt8])
    }

    public var limits: FetchLimits

    public init(limits: FetchLimits = FetchLimits()) {
        self.limits = limits
    }

    public func article(from source: Source) async throws -> NewArticle {
        let reader = ArticleReader(options: ReadOptions(maxBytes: limits.maxBytes))
        let article: Article
        var sourceURL: String?
        switch source {
        case .url(let url):
            let page = try await URLFetcher(limits: limits).fetch(url)
            article = try reader.read(page.body, contentType: page.contentType, url: page.finalURL)
            sourceURL = url
        case .html(let html, let url):
            if let url, HTMLSanitizer.safeURL(url) == nil {
                throw LedeError.invalidInput("url must be an absolute http(s) URL, not \(url)")
            }
            article = try reader.read(Array(html.utf8), contentType: "text/html; charset=utf-8", url: url)
            sourceURL = url
        case .bytes(let bytes):
            article = try reader.read(bytes)
        case .text(let text):
            article = try ArticleReader(options: ReadOptions(maxBytes: limits.maxBytes, inputKind: .text))
                .read(Array(text.utf8), contentType: "text/plain; charset=utf-8")
        }
        guard !article.title.isEmpty || !article.textBlocks.isEmpty else {
            throw LedeError.noArticle("no title and no text were found")
        }
        return NewArticle(article: article, story: StoryBuilder().story(of: article), sourceURL: sourceURL)
    }
}
