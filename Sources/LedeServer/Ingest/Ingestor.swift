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
/// let new = try await Ingestor().article(from: .html(page, url: "https://courier.example/ferry"))
/// let added = try await store.add(new)   // .url(…) fetches the page first
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
    /// Where the reading and the story are made: the server's pool of CPU threads (so they never
    /// hold the threads that answer requests, and each page has a time budget), or nil for the
    /// caller's own thread (the command line).
    public var pool: WorkPool?

    public init(limits: FetchLimits = FetchLimits(), pool: WorkPool? = nil) {
        self.limits = limits
        self.pool = pool
    }

    /// Runs CPU-bound work on the pool, or here without one.
    func cpu<T: Sendable>(_ what: String, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        guard let pool else { return try work() }
        return try await pool.run(what, work)
    }

    public func article(from source: Source) async throws -> NewArticle {
        let reader = ArticleReader(options: ReadOptions(maxBytes: limits.maxBytes))
        switch source {
        case .url(let url):
            let page = try await URLFetcher(limits: limits).fetch(url)
            return try await cpu("reading \(url)") {
                try Self.built(try reader.read(page.body, contentType: page.contentType, url: page.finalURL), sourceURL: url)
            }
        case .html(let html, let url):
            if let url, HTMLSanitizer.safeURL(url) == nil {
                throw LedeError.invalidInput("url must be an absolute http(s) URL, not \(url)")
            }
            return try await cpu("reading the page") {
                try Self.built(try reader.read(Array(html.utf8), contentType: "text/html; charset=utf-8", url: url), sourceURL: url)
            }
        case .bytes(let bytes):
            return try await cpu("reading the file") { try Self.built(try reader.read(bytes), sourceURL: nil) }
        case .text(let text):
            let reader = ArticleReader(options: ReadOptions(maxBytes: limits.maxBytes, inputKind: .text))
            return try await cpu("reading the text") {
                try Self.built(try reader.read(Array(text.utf8), contentType: "text/plain; charset=utf-8"), sourceURL: nil)
            }
        }
    }

    /// Text an article may hold, in UTF-8 bytes. The longest long reads on the benchmarks hold
    /// under 100 KB; ten times that is room for any article, while every later cost of an article
    /// (its story, page, JSON, feed entry, search index, narration) grows with its text.
    public static let maxTextBytes = 1 << 20

    /// The article with its story, or an error when it has neither title nor text, or more text than
    /// an article holds.
    static func built(_ article: Article, sourceURL: String?) throws -> NewArticle {
        guard !article.title.isEmpty || !article.textBlocks.isEmpty else {
            throw LedeError.noArticle("no title and no text were found")
        }
        let bytes = textBytes(of: article)
        if bytes > maxTextBytes {
            throw LedeError.overBudget("the text is \(bytes) bytes, more than the \(maxTextBytes) bytes (1 MiB) an article may hold")
        }
        return NewArticle(article: article, story: StoryBuilder().story(of: article), sourceURL: sourceURL)
    }

    /// UTF-8 bytes of an article's title, subtitle, blocks and captions.
    public static func textBytes(of article: Article) -> Int {
        var bytes = article.title.utf8.count + (article.subtitle?.utf8.count ?? 0)
        for block in article.blocks {
            if case .figure(let figure) = block {
                bytes += (figure.caption?.utf8.count ?? 0) + (figure.credit?.utf8.count ?? 0)
            } else {
                bytes += block.text?.utf8.count ?? 0
            }
        }
        return bytes
    }
}
