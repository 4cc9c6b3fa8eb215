import Foundation
import Hummingbird
import LedeStore

extension LedeApp {
    /// Articles on a library page.
    static let pageSize = 50

    func addPages(to router: Router<BasicRequestContext>) {
        router.get("/") { request, _ -> Response in
            let offset = try RequestNumbers.offset(request)
            return try await cache.response(for: request.uri.description, headers: Self.pageHeaders) {
                let query = request.uri.queryParameters.get("q")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                if !query.isEmpty {
                    let hits = try await store.search(String(query.prefix(200)), limit: Self.pageSize)
                    return (LibraryPage.renderSearch(query: query, hits: hits), Self.htmlType)
                }
                async let articles = store.list(limit: Self.pageSize, offset: offset)
                async let total = store.count()
                return (LibraryPage.render(articles: try await articles, total: try await total, offset: offset,
                                           limit: Self.pageSize), Self.htmlType)
            }
        }
        router.get("/articles/{id}") { request, context -> Response in
            let id = try RequestNumbers.articleID(context)
            return try await cache.response(for: request.uri.description, headers: Self.pageHeaders) {
                try await onWorkThreads {
                    guard let stored = try await store.article(id: id) else { throw HTTPError(.notFound, message: "no article \(id)") }
                    return (try await rendering(stored, "rendering article \(id)") { ArticlePage.render(stored) }, Self.htmlType)
                }
            }
        }
        router.get("/static/player.js") { _, _ in
            JSONResponse.text(StaticAssets.playerScript, contentType: "text/javascript; charset=utf-8",
                              headers: [.cacheControl: "public, max-age=3600"])
        }
        router.get("/static/lede.css") { _, _ in
            JSONResponse.text(StaticAssets.stylesheet, contentType: "text/css; charset=utf-8",
                              headers: [.cacheControl: "public, max-age=3600"])
        }
    }

    static let htmlType = "text/html; charset=utf-8"
    static let pageHeaders: HTTPFields = [.cacheControl: "no-cache"]
}
