import Foundation
import Hummingbird
import LedeStore

extension LedeApp {
    /// Episodes in a feed.
    static let feedSize = 100

    func addFeeds(to router: Router<BasicRequestContext>) {
        router.get("/feed.xml") { request, _ -> Response in
            let items = try await FeedItem.load(from: store, limit: Self.feedSize)
            let feed = PodcastFeed(baseURL: configuration.baseURL, token: feedToken(request))
            return JSONResponse.text(feed.xml(items), contentType: "application/rss+xml; charset=utf-8",
                                     headers: [.cacheControl: "\(cacheScope), max-age=60"])
        }
        router.get("/feed.json") { request, _ -> Response in
            let items = try await FeedItem.load(from: store, limit: Self.feedSize)
            let feed = PodcastFeed(baseURL: configuration.baseURL, token: feedToken(request))
            var response = try JSONResponse.make(JSONFeed(items, feed: feed), headers: [.cacheControl: "\(cacheScope), max-age=60"])
            response.headers[.contentType] = "application/feed+json; charset=utf-8"
            return response
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
