import Foundation
import Hummingbird
import LedeStore

extension LedeApp {
    /// Episodes in a feed.
    static let feedSize = 100

    func addFeeds(to router: Router<BasicRequestContext>) {
        router.get("/feed.xml") { request, _ -> Response in
            try await cache.response(for: request.uri.description, headers: [.cacheControl: "\(cacheScope), max-age=60"]) {
                let items = try await FeedItem.load(from: store, limit: Self.feedSize)
                let feed = PodcastFeed(baseURL: configuration.baseURL, token: feedToken(request))
                return (feed.xml(items), "application/rss+xml; charset=utf-8")
            }
        }
        router.get("/feed.json") { request, _ -> Response in
            try await cache.response(for: request.uri.description, headers: [.cacheControl: "\(cacheScope), max-age=60"]) {
                let items = try await FeedItem.load(from: store, limit: Self.feedSize)
                let feed = PodcastFeed(baseURL: configuration.baseURL, token: feedToken(request))
                let json = String(decoding: try JSONResponse.encoder.encode(JSONFeed(items, feed: feed)), as: UTF8.self)
                return (json, "application/feed+json; charset=utf-8")
            }
        }
        router.get("/articles/{id}/chapters.json") { _, context -> Response in
            let id = try context.parameters.require("id", as: Int64.self)
            guard let edition = try await store.article(id: id)?.edition else {
                throw HTTPError(.notFound, message: "article \(id) has no narration")
            }
            var response = try JSONResponse.make(ChaptersDocument(edition))
            response.headers[.contentType] = "application/json+chapters; charset=utf-8"
            return response
        }
    }

    var cacheScope: String { configuration.isPrivate ? "private" : "public" }

    /// A private library's feed carries the token it was fetched with into its links.
    func feedToken(_ request: Request) -> String? {
        configuration.isPrivate ? request.uri.queryParameters.get("token") : nil
    }
}
