import Foundation
import Hummingbird
import LedeCore
import LedeStore

extension LedeApp {
    func addAPI(to router: Router<BasicRequestContext>, tokens: TokenCheck) {
        let api = router.group("/api")
        api.get("/articles") { request, _ -> Response in
            let limit = min(200, max(1, request.uri.queryParameters.get("limit", as: Int.self) ?? 50))
            let offset = max(0, request.uri.queryParameters.get("offset", as: Int.self) ?? 0)
            let articles = try await store.list(limit: limit, offset: offset)
            return try JSONResponse.make(ArticleListResponse(total: try await store.count(), offset: offset, limit: limit,
                                                             articles: articles))
        }
        api.get("/articles/{id}") { _, context -> Response in
            let id = try context.parameters.require("id", as: Int64.self)
            return try await onWorkThreads {
                guard let stored = try await store.article(id: id) else { throw HTTPError(.notFound, message: "no article \(id)") }
                return try await rendering(stored, "encoding article \(id)") { try JSONResponse.make(ArticleResponse(stored)) }
            }
        }
        api.get("/search") { request, _ -> Response in
            guard let query = request.uri.queryParameters.get("q"), !query.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw HTTPError(.badRequest, message: "give the words to search for: /api/search?q=WORDS")
            }
            let limit = min(200, max(1, request.uri.queryParameters.get("limit", as: Int.self) ?? 20))
            let hits = try await store.search(String(query.prefix(200)), limit: limit)
            let h = HTMLSanitizer()
            return try JSONResponse.make(SearchResponse(query: query, results: hits.map { hit in
                SearchResultItem(article: hit.article,
                                 snippetHTML: h.snippet(hit.snippet, start: SearchHit.markStart, end: SearchHit.markEnd).markup,
                                 snippet: String(hit.snippet.filter { $0 != SearchHit.markStart && $0 != SearchHit.markEnd }))
            }))
        }

        let writes = api.group().add(middleware: WriteAuthMiddleware(check: tokens))
        writes.post("/articles") { request, context -> Response in try await onWorkThreads {
            let body = try await readJSON(AddArticleRequest.self, from: request, context: context)
            // `url` may come with `html` as the page's address; otherwise one source only.
            let sources = [body.html, body.text, body.html == nil ? body.url : nil].compactMap { $0 }
            guard sources.count == 1 else {
                throw HTTPError(.badRequest, message: "give exactly one of \"url\", \"html\" or \"text\"")
            }
            let source: Ingestor.Source
            if let html = body.html {
                source = .html(html, url: body.url)
            } else if let url = body.url {
                source = .url(url)
            } else {
                source = .text(body.text ?? "")
            }
            let new = try await ingestor.article(from: source)
            let added = try await store.add(new)
            cache.removeAll()
            var job: NarrationJob?
            if body.narrate ?? configuration.narrateOnAdd {
                job = try await store.enqueueNarration(articleID: added.id, voice: try voice(body.voice))
                cache.removeAll()
                narration.wake()
            }
            return try JSONResponse.make(
                AddArticleResponse(id: added.id, created: added.created, title: new.article.title, job: job,
                                   location: "/api/articles/\(added.id)"),
                status: added.created ? .created : .ok, headers: [.location: "/api/articles/\(added.id)"])
        } }
        writes.delete("/articles/{id}") { _, context -> Response in
            let id = try context.parameters.require("id", as: Int64.self)
            guard try await store.delete(id: id) else { throw HTTPError(.notFound, message: "no article \(id)") }
            cache.removeAll()
            return Response(status: .noContent)
        }
        writes.post("/articles/{id}/narrate") { request, context -> Response in
            let id = try context.parameters.require("id", as: Int64.self)
            let body = try await readJSON(NarrateRequest.self, from: request, context: context, emptyAllowed: true)
            let job = try await store.enqueueNarration(articleID: id, voice: try voice(body?.voice))
            cache.removeAll()
            narration.wake()
            return try JSONResponse.make(job, status: .accepted)
        }
    }

    /// A voice id as `VoiceLibrary` writes them; the engine itself is loaded by the worker.
    func voice(_ requested: String?) throws -> String {
        guard let requested else { return configuration.voice }
        let parts = requested.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, ["piper", "hibari", "espeak"].contains(parts[0]), !parts[1].isEmpty, requested.count <= 100,
              requested.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_:.".contains($0)) }) else {
            throw HTTPError(.badRequest, message: "voice \"\(requested)\": write piper:NAME, hibari:heart or espeak:LANGUAGE")
        }
        return requested
    }

    /// The request's body, refused with 413 and `tooLarge` as the message beyond the size limit.
    func collectBody(of request: Request, tooLarge: String) async throws -> ByteBuffer {
        var request = request
        do {
            return try await request.collectBody(upTo: configuration.maxBodyBytes)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw HTTPError(.contentTooLarge, message: tooLarge)
        }
    }

    /// The body as JSON, within the size limit; errors say what is wrong with it.
    func readJSON<T: Decodable>(_ type: T.Type, from request: Request, context: BasicRequestContext,
                                emptyAllowed: Bool = false) async throws -> T? {
        let buffer = try await collectBody(of: request, tooLarge: "the body is larger than \(configuration.maxBodyBytes) bytes")
        if buffer.readableBytes == 0 {
            if emptyAllowed { return nil }
            throw HTTPError(.badRequest, message: "the body is empty: send JSON such as {\"url\": \"https://…\"}")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            throw HTTPError(.badRequest, message: "bad JSON: \(Self.describe(error))")
        }
    }

    func readJSON<T: Decodable>(_ type: T.Type, from request: Request, context: BasicRequestContext) async throws -> T {
        try await readJSON(type, from: request, context: context, emptyAllowed: false)!
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.isEmpty ? "the top level" : keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "bad value at \(path(context.codingPath))"
        case .keyNotFound(let key, let context): return "missing \"\(key.stringValue)\" at \(path(context.codingPath))"
        case .typeMismatch(let type, let context): return "\(path(context.codingPath)) should be \(type)"
        case .valueNotFound(let type, let context): return "\(path(context.codingPath)) should be \(type), not null"
        @unknown default: return "\(error)"
        }
    }
}
