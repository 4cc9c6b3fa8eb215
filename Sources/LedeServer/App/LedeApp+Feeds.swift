import Foundation
import Hummingbird
import LedeStore

extension LedeApp {
    /// Episodes in a feed.
    static let feedSize = 100

    func addFeeds(to router: Router<BasicRequestContext>, tokens: TokenCheck) {
        router.get("/feed.xml") { request, _ -> Response in
            let token = feedToken(request, tokens: tokens)
            return try await cache.response(for: "/feed.xml?" + (token ?? ""), headers: [.cacheControl: "\(cacheScope), max-age=60"]) {
                let items = try await FeedItem.load(from: store, limit: Self.feedSize)
                let feed = PodcastFeed(baseURL: configuration.baseURL, token: token)
                return (feed.xml(items), "application/rss+xml; charset=utf-8")
            }
        }
        router.get("/feed.json") { request, _ -> Response in
            let token = feedToken(request, tokens: tokens)
            return try await cache.response(for: "/feed.json?" + (token ?? ""), headers: [.cacheControl: "\(cacheScope), max-age=60"]) {
                let items = try await FeedItem.load(from: store, limit: Self.feedSize)
                let feed = PodcastFeed(baseURL: configuration.baseURL, token: token)
                let json = String(decoding: try JSONResponse.encoder.encode(JSONFeed(items, feed: feed)), as: UTF8.self)
                return (json, "application/feed+json; charset=utf-8")
            }
        }
        router.get("/articles/{id}/chapters.json") { _, context -> Response in
            let id = try RequestNumbers.articleID(context)
            guard let edition = try await store.article(id: id)?.edition else {
                throw HTTPError(.notFound, message: "article \(id) has no narration")
            }
            var response = try JSONResponse.make(ChaptersDocument(edition))
            response.headers[.contentType] = "application/json+chapters; charset=utf-8"
            return response
        }
    }

    var cacheScope: String { configuration.isPrivate ? "private" : "public" }

    /// A private library's feed carries a read-only token into its links (the read twin of the
    /// token it was fetched with, never a write token), so a podcast app can fetch what it lists.
    func feedToken(_ request: Request, tokens: TokenCheck) -> String? {
        configuration.isPrivate ? tokens.readToken(for: request.readerToken(tokens)) : nil
    }

    /// The podcast feed's address for each write token, with the token's read-only twin: what a
    /// private library's owner gives a podcast app (`lede serve --private` prints them at start).
    public var privateFeedURLs: [String] {
        let tokens = TokenCheck(writeTokens: configuration.tokens)
        return configuration.tokens.sorted().compactMap { tokens.readToken(for: $0) }
            .map { PodcastFeed(baseURL: configuration.baseURL, token: $0).url("/feed.xml") }
    }
}
