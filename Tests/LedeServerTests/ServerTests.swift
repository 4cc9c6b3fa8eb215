import Foundation
import Hummingbird
import HummingbirdTesting
import LedeCore
import LedeStore
import Testing
@testable import LedeServer

let writeToken = "test-token-0123456789abcdef"

/// A server on a library in a fresh temporary folder.
final class TestServer: @unchecked Sendable {
    let directory: URL
    let store: SQLiteStore
    let app: LedeApp

    init(tokens: Set<String> = [writeToken], isPrivate: Bool = false, narrateOnAdd: Bool = false, maxBodyBytes: Int? = nil) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-server-\(UUID().uuidString)")
        store = try SQLiteStore(directory: directory)
        var configuration = ServerConfiguration(dataDirectory: directory)
        configuration.tokens = tokens
        configuration.isPrivate = isPrivate
        configuration.voice = "espeak:en-us"
        configuration.narrateOnAdd = narrateOnAdd
        configuration.publicURL = "https://lede.example"
        if let maxBodyBytes { configuration.maxBodyBytes = maxBodyBytes }
        app = LedeApp(configuration: configuration, store: store, files: store.files)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    func test<T>(_ body: @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        try await Application(router: app.router()).test(.router, body)
    }

    /// An article with a fake narration: timings for its title and first sentence, and an audio
    /// file of known bytes.
    func addNarrated(_ article: Article, story: Story? = nil, audio: [UInt8] = Array(repeating: 0xFF, count: 4000)) async throws -> Int64 {
        let id = try await store.add(NewArticle(article: article, story: story)).id
        let job = try await store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        _ = try await store.claimNextJob()
        try store.files.write(audio, articleID: id, kind: .mp3)
        try store.files.write(Array("WEBVTT\n\n".utf8), articleID: id, kind: .vtt)
        let firstLength = article.blocks.first?.text.map { min($0.count, 40) } ?? 0
        try await store.completeJob(jobID: job.id, edition: Edition(
            articleID: id, voice: "espeak:en-us", durationMs: 5200, audioBytes: audio.count, audioETag: "\"\(id)-x\"",
            timings: [
                TimingEntry(id: 0, block: -1, charStart: 0, charEnd: article.title.count, startMs: 0, endMs: 2000, voice: "espeak:en-us"),
                TimingEntry(id: 1, block: 0, charStart: 0, charEnd: firstLength, startMs: 2500, endMs: 5200, voice: "espeak:en-us"),
            ],
            chapters: [EditionChapter(title: article.title, startMs: 0)]))
        return id
    }
}

func ferryArticle(url: String = "https://courier.example/ferry") -> Article {
    Article(url: url, title: "Night ferry returns to Port Avery", subtitle: "After twelve years, the crossing is back.",
            authors: ["Maren Oduya"], published: "2026-03-14T06:30:00Z", publisher: "The Avery Courier",
            blocks: [
                .paragraph("The overnight ferry sailed again. Crowds waved from the pier."),
                .figure(Figure(image: "https://courier.example/deck.jpg", caption: "Volunteers paint the deck rail.", credit: "Jonas Lind")),
                .heading(level: 2, text: "Tickets and times"),
                .list(ordered: false, items: ["Fridays at 22:00", "Sundays at 21:30"]),
            ])
}

extension TestResponse {
    var text: String { String(buffer: body) }
}

func json(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }

let authorized: HTTPFields = [.authorization: "Bearer \(writeToken)", .contentType: "application/json"]

@Suite struct PageTests {
    @Test func libraryListsNewestFirstWithStatus() async throws {
        let server = try TestServer()
        _ = try await server.store.add(NewArticle(article: ferryArticle(url: "https://x.example/old")))
        _ = try await server.addNarrated(Article(url: "https://x.example/new", title: "Budget vote delayed", publisher: "Courier",
                                                 blocks: [.paragraph("Councillors argued.")]))
        try await server.test { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
                let page = response.text
                let newer = try #require(page.range(of: "Budget vote delayed"))
                let older = try #require(page.range(of: "Night ferry returns"))
                #expect(newer.lowerBound < older.lowerBound)
                #expect(page.contains("narrated") && page.contains("not narrated"))
                #expect(page.contains("0:05"))
                #expect(page.contains("The Avery Courier"))
            }
        }
    }

    @Test func searchHighlightsMatches() async throws {
        let server = try TestServer()
        _ = try await server.store.add(NewArticle(article: ferryArticle()))
        try await server.test { client in
            try await client.execute(uri: "/?q=pier", method: .get) { response in
                #expect(response.text.contains("<mark>pier</mark>"))
                #expect(response.text.contains("1 article"))
            }
            try await client.execute(uri: "/api/search?q=crowds", method: .get) { response in
                let body = try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any]
                let results = try #require(body?["results"] as? [[String: Any]])
                #expect(results.count == 1)
                #expect((results[0]["snippetHTML"] as? String)?.contains("<mark>Crowds</mark>") == true)
            }
            try await client.execute(uri: "/api/search", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }

    @Test func articlePageWrapsTimedSentencesAndShowsFiguresAndQuotes() async throws {
        let server = try TestServer()
        let article = ferryArticle()
        let story = Story(article: article, quotes: [
            Quote(text: "The harbour feels alive again", span: TextSpan(block: 0, charStart: 0, charEnd: 10), speaker: "Ida Brenner"),
        ])
        let id = try await server.addNarrated(article, story: story)
        try await server.test { client in
            try await client.execute(uri: "/articles/\(id)", method: .get) { response in
                let page = response.text
                #expect(response.status == .ok)
                #expect(page.contains("<span data-id=\"0\" data-start-ms=\"0\" data-end-ms=\"2000\">Night ferry returns to Port Avery</span>"))
                #expect(page.contains("<span data-id=\"1\" data-start-ms=\"2500\" data-end-ms=\"5200\">The overnight ferry sailed again. Crowds</span> waved from the pier."))
                #expect(page.contains("<audio id=\"player\" controls"))
                #expect(page.contains("src=\"/audio/\(id).mp3\""))
                #expect(page.contains("<script src=\"/static/player.js\" defer></script>"))
                #expect(page.contains("<img src=\"https://courier.example/deck.jpg\""))
                #expect(page.contains("<figcaption>Volunteers paint the deck rail. <small class=\"credit\">Jonas Lind</small></figcaption>"))
                #expect(page.contains("Who said what"))
                #expect(page.contains("<dt>Ida Brenner</dt>"))
                #expect(page.contains("<li>Fridays at 22:00</li>"))
                #expect(page.contains("<h2>Tickets and times</h2>"))
                let csp = try #require(response.headers[.contentSecurityPolicy])
                #expect(csp.contains("script-src 'self'"))
                #expect(!page.contains("<script>"))
            }
            try await client.execute(uri: "/articles/999", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/articles/abc", method: .get) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/static/player.js", method: .get) { response in
                #expect(response.headers[.contentType]?.hasPrefix("text/javascript") == true)
                #expect(response.text.contains("data-start-ms"))
            }
        }
    }

    @Test func unnarratedArticleIsAPlainPageThatRefreshesWhileQueued() async throws {
        let server = try TestServer()
        let id = try await server.store.add(NewArticle(article: ferryArticle())).id
        _ = try await server.store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        try await server.test { client in
            try await client.execute(uri: "/articles/\(id)", method: .get) { response in
                #expect(!response.text.contains("<audio"))
                #expect(!response.text.contains("player.js"))
                #expect(response.text.contains("http-equiv=\"refresh\""))
                #expect(response.text.contains("Waiting to be narrated"))
            }
        }
    }
}

@Suite struct APITests {
    @Test func writesNeedAToken() async throws {
        let server = try TestServer()
        try await server.test { client in
            try await client.execute(uri: "/api/articles", method: .post, headers: [.contentType: "application/json"],
                                     body: json(#"{"text": "Headline here\n\nA body paragraph that says something."}"#)) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            }
            try await client.execute(uri: "/api/articles", method: .post,
                                     headers: [.authorization: "Bearer wrong-token-0123456789", .contentType: "application/json"],
                                     body: json(#"{"text": "x y"}"#)) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/api/articles/1", method: .delete) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/api/articles/1/narrate", method: .post) { #expect($0.status == .unauthorized) }
        }
        #expect(try await server.store.count() == 0)
    }

    @Test func withoutTokenFileWritesAreForbidden() async throws {
        let server = try TestServer(tokens: [])
        try await server.test { client in
            try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: json(#"{"text": "a b"}"#)) { response in
                #expect(response.status == .forbidden)
                #expect(response.text.contains("--token-file"))
            }
        }
    }

    @Test func addTextGetListDelete() async throws {
        let server = try TestServer()
        try await server.test { client in
            let id = try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: json("""
                {"text": "Harbour reopens after storm\\n\\nThe harbour at Port Avery reopened on Monday after the storm. \\"We are back,\\" said Ida Brenner, the harbour master."}
                """)) { response -> Int64 in
                #expect(response.status == .created)
                let body = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
                #expect(body["title"] as? String == "Harbour reopens after storm")
                #expect(body["created"] as? Bool == true)
                return try #require((body["id"] as? NSNumber)?.int64Value)
            }
            // The same text again is the same article.
            try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: json("""
                {"text": "Harbour reopens after storm\\n\\nThe harbour at Port Avery reopened on Monday after the storm. \\"We are back,\\" said Ida Brenner, the harbour master."}
                """)) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/articles/\(id)", method: .get) { response in
                let body = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
                let article = try #require(body["article"] as? [String: Any])
                #expect(article["title"] as? String == "Harbour reopens after storm")
                let story = try #require(body["story"] as? [String: Any])
                #expect((story["quotes"] as? [Any])?.isEmpty == false)
                #expect(body["timings"] as? [Any] != nil)
            }
            try await client.execute(uri: "/api/articles", method: .get) { response in
                let body = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
                #expect(body["total"] as? Int == 1)
            }
            try await client.execute(uri: "/api/articles/\(id)/narrate", method: .post, headers: authorized,
                                     body: json(#"{"voice": "espeak:en"}"#)) { response in
                #expect(response.status == .accepted)
                #expect(response.text.contains("\"status\":\"queued\""))
            }
            try await client.execute(uri: "/api/articles/\(id)/narrate", method: .post, headers: authorized,
                                     body: json(#"{"voice": "../../etc/passwd"}"#)) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/api/articles/\(id)", method: .delete, headers: authorized) { #expect($0.status == .noContent) }
            try await client.execute(uri: "/api/articles/\(id)", method: .delete, headers: authorized) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/api/articles/\(id)", method: .get) { #expect($0.status == .notFound) }
        }
    }

    @Test func badJSONGetsA400WithAMessage() async throws {
        let server = try TestServer()
        let cases: [(String, String)] = [
            ("{not json", "not valid JSON"),
            (#"{"url": 42}"#, "url"),
            (#"{}"#, "exactly one"),
            (#"{"html": "<p>a</p>", "text": "b c"}"#, "exactly one"),
            ("", "empty"),
            (#"{"text": "   "}"#, "empty input"),
            (#"{"url": "ftp://example.com/x"}"#, "only http and https"),
            (#"{"url": "http://127.0.0.1:9/secret"}"#, "127.0.0.1"),
            (#"{"html": "<p>x</p>", "url": "javascript:alert(1)"}"#, "url must be"),
        ]
        try await server.test { client in
            for (body, message) in cases {
                try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: json(body)) { response in
                    #expect((400..<600).contains(response.status.code), "\(body)")
                    #expect(response.status != .internalServerError, "\(body)")
                    #expect(response.text.contains(message), "\(body) → \(response.text)")
                }
            }
        }
        #expect(try await server.store.count() == 0)
    }

    @Test func bodiesOverTheLimitAreRefused() async throws {
        let server = try TestServer(maxBodyBytes: 1000)
        try await server.test { client in
            let big = #"{"text": ""# + String(repeating: "word ", count: 400) + #""}"#
            try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: json(big)) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }

    @Test func privateLibraryNeedsATokenToRead() async throws {
        let server = try TestServer(isPrivate: true)
        let id = try await server.addNarrated(ferryArticle())
        try await server.test { client in
            for uri in ["/", "/api/articles", "/feed.xml", "/audio/\(id).mp3", "/articles/\(id)"] {
                try await client.execute(uri: uri, method: .get) { #expect($0.status == .unauthorized, "\(uri)") }
            }
            try await client.execute(uri: "/health", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/static/lede.css", method: .get) { #expect($0.status == .ok) }
            // A browser opens the page once with ?token=; the cookie it gets lets the audio load.
            let cookie = try await client.execute(uri: "/articles/\(id)?token=\(writeToken)", method: .get) { response -> String in
                #expect(response.status == .ok)
                let setCookie = try #require(response.headers[.setCookie])
                #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"))
                return String(setCookie.split(separator: ";")[0])
            }
            try await client.execute(uri: "/audio/\(id).mp3", method: .get, headers: [.cookie: cookie]) { #expect($0.status == .ok) }
            try await client.execute(uri: "/audio/\(id).mp3", method: .get, headers: [.cookie: "lede_token=wrong-token-0000000000"]) {
                #expect($0.status == .unauthorized)
            }
            try await client.execute(uri: "/api/articles", method: .get, headers: [.authorization: "Bearer \(writeToken)"]) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/feed.xml?token=\(writeToken)", method: .get) { response in
                #expect(response.status == .ok)
                // Links in a private feed carry a token so a podcast app can fetch them: the
                // read-only twin of the one given, never the write token itself.
                #expect(response.text.contains("/audio/\(id).mp3?token=\(TokenCheck.derivedReadToken(writeToken))"))
                #expect(!response.text.contains(writeToken))
                #expect(response.headers[.cacheControl]?.contains("private") == true)
            }
        }
    }

    @Test func healthAndMetrics() async throws {
        let server = try TestServer()
        try await server.test { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("\"status\":\"ok\""))
            }
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("lede_narration_jobs{status=\"queued\"}"))
                #expect(response.text.contains("lede_articles"))
            }
        }
    }
}

@Suite struct AddFormTests {
    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    static func form(_ fields: [String: String]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return ByteBuffer(string: fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
            .joined(separator: "&"))
    }

    @Test func formAddsWithTheTokenAndSaysWhatIsWrongOtherwise() async throws {
        let server = try TestServer()
        let text = "Ferry fares rise\n\nFares on the night ferry will rise by a tenth in May, the Harbour Line said."
        try await server.test { client in
            try await client.execute(uri: "/", method: .get) { #expect($0.text.contains("<form method=\"post\" action=\"/articles\">")) }
            try await client.execute(uri: "/articles", method: .post, headers: Self.formHeaders,
                                     body: Self.form(["token": "wrong-token-0000000000", "text": text])) { response in
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("The article was not added"))
            }
            try await client.execute(uri: "/articles", method: .post, headers: Self.formHeaders,
                                     body: Self.form(["token": writeToken, "text": text, "url": "https://a.example/x"])) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("one of the two"))
            }
            try await client.execute(uri: "/articles", method: .post, headers: Self.formHeaders,
                                     body: Self.form(["token": writeToken, "text": text, "url": ""])) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/articles/1")
            }
            try await client.execute(uri: "/articles/1", method: .get) { #expect($0.text.contains("Ferry fares rise")) }
        }
    }
}
