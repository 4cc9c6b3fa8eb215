import Foundation
import Hummingbird
import LedeCore
import LedeStore

extension LedeApp {
    func addAPI(to router: Router<BasicRequestContext>, tokens: TokenCheck) {
        let api = router.group("/api")
        api.get("/articles") { request, _ -> Response in
            let limit = try RequestNumbers.limit(request, default: 50)
            let offset = try RequestNumbers.offset(request)
            let articles = try await store.list(limit: limit, offset: offset)
            return try JSONResponse.make(ArticleListResponse(total: try await store.count(), offset: offset, limit: limit,
                                                             articles: articles))
        }
        api.get("/articles/{id}") { _, context -> Response in
            let id = try RequestNumbers.articleID(context)
            return try await onWorkThreads {
                guard let stored = try await store.article(id: id) else { throw HTTPError(.notFound, message: "no article \(id)") }
                return try await rendering(stored, "encoding article \(id)") { try JSONResponse.make(ArticleResponse(stored)) }
            }
        }
        api.get("/search") { request, _ -> Response in
            guard let query = request.uri.queryParameters.get("q"), !query.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw HTTPError(.badRequest, message: "give the words to search for: /api/search?q=WORDS")
            }
            let limit = try RequestNumbers.limit(request, default: 20)
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
            // Every field is checked before anything is fetched or written: a 400 changes nothing.
            let body = try await readJSON(AddArticleRequest.self, from: request, context: context)
            let source = try body.validatedSource()
            let narrate = body.narrate ?? configuration.narrateOnAdd
            let voice = try body.voice.map(VoiceCheck.validated) ?? configuration.voice
            let quoteVoice = try body.quoteVoice.map(VoiceCheck.validated) ?? configuration.quoteVoice
            let new = try await ingestor.article(from: source)
            let added = try await store.add(new)
            cache.removeAll()
            var job: NarrationJob?
            if narrate {
                job = try await enqueue(added, voice: voice, quoteVoice: quoteVoice)
            }
            return try JSONResponse.make(
                AddArticleResponse(id: added.id, created: added.created, title: new.article.title, job: job,
                                   location: "/api/articles/\(added.id)"),
                status: added.created ? .created : .ok, headers: [.location: "/api/articles/\(added.id)"])
        } }
        writes.delete("/articles/{id}") { _, context -> Response in
            let id = try RequestNumbers.articleID(context)
            guard try await store.delete(id: id) else { throw HTTPError(.notFound, message: "no article \(id)") }
            // A narration under way for it stops before its next sentence and leaves no file.
            narration.cancel(articleID: id)
            cache.removeAll()
            return Response(status: .noContent)
        }
        writes.post("/articles/{id}/narrate") { request, context -> Response in
            let id = try RequestNumbers.articleID(context)
            let body = try await readJSON(NarrateRequest.self, from: request, context: context, emptyAllowed: true)
            let voice = try body?.voice.map(VoiceCheck.validated) ?? configuration.voice
            let quoteVoice = try body?.quoteVoice.map(VoiceCheck.validated) ?? configuration.quoteVoice
            let job = try await store.enqueueNarration(articleID: id, voice: voice, quoteVoice: quoteVoice)
            cache.removeAll()
            narration.wake()
            return try JSONResponse.make(job, status: .accepted)
        }
    }

    /// Queues the narration of an article just added; when that fails, an article this request
    /// created is removed again, so a failed request leaves the library as it was.
    func enqueue(_ added: AddResult, voice: String, quoteVoice: String?) async throws -> NarrationJob {
        do {
            let job = try await store.enqueueNarration(articleID: added.id, voice: voice, quoteVoice: quoteVoice)
            cache.removeAll()
            narration.wake()
            return job
        } catch {
            if added.created { _ = try? await store.delete(id: added.id) }
            cache.removeAll()
            throw error
        }
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
