import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LedeCore
import LedeNarrate
import LedeSpeech
import LedeStore
import Testing
@testable import LedeServer

/// Requests a careless client or an attacker sends: each must get a clear 4xx (or a sensible page),
/// never crash the server, never write when it fails, and always carry the security headers.
@Suite struct HostileHTTPTests {
    /// The edges of `Int`, numbers just past them, and things that are not numbers at all.
    static let numbers = [
        "\(Int.max)", "\(Int.min)", "\(Int.max - 50)", "9223372036854775758", "9223372036854775808", "-1", "0",
        String(repeating: "9", count: 400), "-" + String(repeating: "9", count: 40), "abc", "1e9", "0x10", "1.5", "", "%00", "+-1",
    ]

    static func expectSecurityHeaders(_ response: TestResponse, _ what: String) {
        #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true, "CSP on \(what)")
        #expect(response.headers[.xContentTypeOptions] == "nosniff", "nosniff on \(what)")
        #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", "Referrer-Policy on \(what)")
    }

    @Test func numbersAtTheEdgesOfIntGetA4xxOrAPageOnEveryRoute() async throws {
        let server = try TestServer()
        let id = try await server.addNarrated(ferryArticle())
        var uris: [(String, HTTPRequest.Method)] = []
        for n in Self.numbers {
            uris += [("/?offset=\(n)", .get), ("/api/articles?offset=\(n)", .get), ("/api/articles?limit=\(n)", .get),
                     ("/api/articles?limit=\(n)&offset=\(n)", .get), ("/api/search?q=ferry&limit=\(n)", .get),
                     ("/articles/\(n)", .get), ("/api/articles/\(n)", .get), ("/articles/\(n)/chapters.json", .get),
                     ("/audio/\(n).mp3", .get), ("/audio/\(n).vtt", .get), ("/feed.xml?offset=\(n)", .get),
                     ("/api/articles/\(n)", .delete), ("/api/articles/\(n)/narrate", .post)]
        }
        let requests = uris
        try await server.test { client in
            for (uri, method) in requests {
                let headers: HTTPFields = method == .get ? [:] : [.authorization: "Bearer \(writeToken)"]
                try await client.execute(uri: uri, method: method, headers: headers) { response in
                    #expect(response.status.code < 500, "\(method) \(uri) → \(response.status)")
                    Self.expectSecurityHeaders(response, uri)
                }
            }
            // A range header at the edges too (the audio route's other number).
            for range in ["bytes=0-\(Int.max)", "bytes=\(Int.max)-", "bytes=-\(Int.max)", "bytes=\(Int.max - 50)-\(Int.max)",
                          "bytes=99999999999999999999-", "bytes=5-1"] {
                try await client.execute(uri: "/audio/\(id).mp3", method: .get, headers: [.range: range]) { response in
                    #expect(response.status.code < 500, "\(range) → \(response.status)")
                }
            }
            // Out-of-range values say what the range is; in-range ones still work.
            try await client.execute(uri: "/?offset=9223372036854775758", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("0 to \(RequestNumbers.maxOffset)"))
            }
            try await client.execute(uri: "/api/articles?limit=0", method: .get) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/api/articles?limit=200&offset=1000000", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("\"articles\":[]"))
            }
            try await client.execute(uri: "/?offset=\(RequestNumbers.maxOffset)", method: .get) { #expect($0.status == .ok) }
        }
        // The deletes and narrations above touched nothing: the one article is still there, ready.
        #expect(try await server.store.count() == 1)
        #expect(try await server.store.article(id: id)?.edition != nil)
    }

    @Test func libraryPageArithmeticCannotOverflow() {
        // The renderer on its own, with numbers no request can give it any more.
        for (offset, total) in [(Int.max, Int.max), (Int.max - 50, Int.max), (Int.min, 10), (0, Int.max)] {
            let page = LibraryPage.render(articles: [], total: total, offset: offset, limit: LedeApp.pageSize)
            #expect(page.contains("<h1>Library</h1>"))
        }
    }

    @Test func securityHeadersOnErrorsAnd404sToo() async throws {
        let server = try TestServer(isPrivate: true)
        try await server.test { client in
            let cases: [(String, HTTPRequest.Method, HTTPFields, HTTPResponse.Status)] = [
                ("/no-such-page", .get, [.authorization: "Bearer \(writeToken)"], .notFound),
                ("/articles/999", .get, [.authorization: "Bearer \(writeToken)"], .notFound),
                ("/articles/abc", .get, [.authorization: "Bearer \(writeToken)"], .badRequest),
                ("/", .get, [:], .unauthorized),
                ("/api/articles", .post, [.authorization: "Bearer \(writeToken)", .contentType: "application/json"], .badRequest),
                ("/health", .get, [:], .ok),
            ]
            for (uri, method, headers, status) in cases {
                try await client.execute(uri: uri, method: method, headers: headers) { response in
                    #expect(response.status == status, "\(uri)")
                    Self.expectSecurityHeaders(response, uri)
                }
            }
        }
    }

    @Test func storageFailuresAre5xxAndInputFailures4xx() {
        #expect(LedeError.storage("disk full").status == .internalServerError)
        #expect(LedeError.unavailable("database down").status == .serviceUnavailable)
        #expect(LedeError.invalidInput("bad option").status == .badRequest)
        #expect(LedeError.notFound("no article 3").status == .notFound)
        #expect(LedeError.tooLarge(bytes: 10, limit: 5).status == .contentTooLarge)
    }

    @Test func aBadOrUnknownVoiceIsRefusedBeforeAnythingIsStored() async throws {
        let server = try TestServer(narrateOnAdd: true)
        let text = "Harbour reopens after storm\\n\\nThe harbour at Port Avery reopened on Monday after the storm."
        try await server.test { client in
            for voice in ["../../etc/passwd", "espeak:no-such-language-xx", "piper:no-such-voice", "festival:kal", "espeak:",
                          String(repeating: "a", count: 300), "espeak:en us"] {
                let body = #"{"text": "\#(text)", "voice": "\#(voice)"}"#
                try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: json(body)) { response in
                    #expect(response.status == .badRequest, "\(voice) → \(response.status)")
                    #expect(response.text.contains("voice"))
                }
                // Not even when narration is off: every field is checked first.
                let quiet = #"{"text": "\#(text)", "voice": "\#(voice)", "narrate": false}"#
                try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: json(quiet)) { response in
                    #expect(response.status == .badRequest, "\(voice) → \(response.status)")
                }
            }
            #expect(try await server.store.count() == 0)
            #expect(try await server.store.jobs(status: nil).isEmpty)
            // A voice the server has is taken, and the retry of a refused add is a fresh add (201).
            let body = #"{"text": "\#(text)", "voice": "espeak:en"}"#
            try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: json(body)) { response in
                #expect(response.status == .created)
                #expect(response.text.contains("espeak:en"))
            }
            try await client.execute(uri: "/api/articles/1/narrate", method: .post, headers: authorized,
                                     body: json(#"{"voice": "espeak:zz-unknown"}"#)) { #expect($0.status == .badRequest) }
        }
        #expect(try await server.store.count() == 1)
        #expect(try await server.store.jobs(status: nil).map(\.voice) == ["espeak:en"])
    }

    @Test func aBadURLInTheFormIsRefusedBeforeAnythingIsStored() async throws {
        let server = try TestServer()
        try await server.test { client in
            for url in ["javascript:alert(1)", "ftp://a.example/x", "//a.example/x", "http://"] {
                try await client.execute(uri: "/articles", method: .post, headers: AddFormTests.formHeaders,
                                         body: AddFormTests.form(["token": writeToken, "url": url])) { response in
                    #expect(response.status == .badRequest, "\(url) → \(response.status)")
                    Self.expectSecurityHeaders(response, url)
                }
            }
        }
        #expect(try await server.store.count() == 0)
    }

    @Test func feedLinksCarryAReadOnlyTokenThatCannotWrite() async throws {
        let server = try TestServer(isPrivate: true)
        let id = try await server.addNarrated(ferryArticle())
        let readToken = TokenCheck.derivedReadToken(writeToken)
        #expect(readToken != writeToken && readToken.hasPrefix(TokenCheck.readPrefix))
        try await server.test { client in
            for auth in [[HTTPField(name: .authorization, value: "Bearer \(writeToken)")], []] as [[HTTPField]] {
                let uri = auth.isEmpty ? "/feed.xml?token=\(writeToken)" : "/feed.xml"
                try await client.execute(uri: uri, method: .get, headers: HTTPFields(auth)) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("/audio/\(id).mp3?token=\(readToken)"))
                    #expect(!response.text.contains(writeToken), "a write token in the feed")
                }
            }
            try await client.execute(uri: "/feed.json?token=\(readToken)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("token=\(readToken)") && !response.text.contains(writeToken))
            }
            // The read token reads everything a podcast app needs…
            for uri in ["/audio/\(id).mp3", "/audio/\(id).vtt", "/articles/\(id)", "/api/articles/\(id)"] {
                try await client.execute(uri: uri + "?token=\(readToken)", method: .get) { #expect($0.status == .ok, "\(uri)") }
            }
            // …and writes nothing, by header, by query or through the form.
            let asReader: HTTPFields = [.authorization: "Bearer \(readToken)", .contentType: "application/json"]
            try await client.execute(uri: "/api/articles", method: .post, headers: asReader,
                                     body: json(#"{"text": "Headline\n\nA paragraph of text."}"#)) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/api/articles/\(id)", method: .delete, headers: asReader) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/api/articles/\(id)?token=\(readToken)", method: .delete) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/api/articles/\(id)/narrate", method: .post, headers: asReader) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/articles?token=\(readToken)", method: .post, headers: AddFormTests.formHeaders,
                                     body: AddFormTests.form(["token": readToken, "text": "Headline\n\nA paragraph."])) {
                #expect($0.status == .forbidden)
            }
        }
        #expect(try await server.store.count() == 1)
        #expect(try await server.store.jobs(status: nil).count == 1)
        #expect(server.app.privateFeedURLs == ["https://lede.example/feed.xml?token=\(readToken)"])
    }

    @Test func privateHealthTellsNothingAndTheCookieIsSecureOverHTTPS() async throws {
        let server = try TestServer(isPrivate: true)
        _ = try await server.store.add(NewArticle(article: ferryArticle()))
        try await server.test { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text == #"{"status":"ok"}"#)
            }
            try await client.execute(uri: "/?token=\(writeToken)", method: .get) { response in
                let cookie = try #require(response.headers[.setCookie])
                #expect(cookie.contains("Secure") && cookie.contains("HttpOnly"))
            }
        }
        let open = try TestServer()
        _ = try await open.store.add(NewArticle(article: ferryArticle()))
        try await open.test { client in
            try await client.execute(uri: "/health", method: .get) { #expect($0.text.contains("\"articles\":\"1\"")) }
        }
    }

    @Test func articleJSONCarriesOnlyWebURLs() async throws {
        let server = try TestServer()
        // Stored as an older version of the reader could have stored it.
        let article = Article(url: "javascript:alert(1)", title: "Ferry", image: "data:image/png;base64,AAAA",
                              blocks: [.paragraph("Text."), .figure(Figure(image: "vbscript:x", caption: "Deck")),
                                       .figure(Figure(image: "HTTPS://courier.example/a.jpg"))])
        let id = try await server.store.add(NewArticle(article: article)).id
        try await server.test { client in
            try await client.execute(uri: "/api/articles/\(id)", method: .get) { response in
                #expect(!response.text.contains("javascript:") && !response.text.contains("data:") && !response.text.contains("vbscript:"))
                #expect(response.text.contains("https://courier.example/a.jpg"))
                #expect(response.text.contains("\"caption\":\"Deck\""))
            }
        }
        #expect(WebURL.http("HTTP://News.example/a") == "http://News.example/a")
        #expect(WebURL.http(" https://a.example ") == "https://a.example")
        for bad in ["javascript:alert(1)", "//a.example/x", "/relative", "http://", "http://:80/", "https:a.example", "java\tscript:x",
                    "data:text/html,x", "http://a.example/\u{0}"] {
            #expect(WebURL.http(bad) == nil, "\(bad)")
        }
    }

    @Test func trackingParametersAreNotPartOfAnArticlesIdentity() async throws {
        let server = try TestServer()
        let base = "https://courier.example/ferry?page=2"
        let first = try await server.store.add(NewArticle(article: ferryArticle(url: base)))
        for variant in ["https://courier.example/ferry?utm_source=news&page=2&utm_medium=mail&fbclid=abc",
                        "HTTPS://Courier.Example/ferry?page=2&gclid=1&mc_cid=2&mc_eid=3&igshid=4#comments"] {
            let again = try await server.store.add(NewArticle(article: ferryArticle(url: variant)))
            #expect(again == AddResult(id: first.id, created: false), "\(variant)")
        }
        // A parameter that names the article is kept.
        let other = try await server.store.add(NewArticle(article: ferryArticle(url: "https://courier.example/ferry?page=3")))
        #expect(other.created)
        #expect(WebURL.identity("https://a.example/x?utm_source=a") == "https://a.example/x")
    }

    @Test func webVTTCueTextIsEscaped() {
        let line = "Profits <b>rose</b> & fell --> again"
        let script = Script(title: "T", segments: [
            Segment(id: 0, span: TextSpan(block: 0, charStart: 0, charEnd: line.count), text: line, spoken: line, pauseAfterMs: 0),
        ])
        let vtt = WebVTT.document(script: script, timings: [
            TimingEntry(id: 0, block: 0, charStart: 0, charEnd: 10, startMs: 0, endMs: 1000, voice: "v"),
        ])
        #expect(vtt.contains("Profits &lt;b&gt;rose&lt;/b&gt; &amp; fell \u{2192} again"))
        #expect(!vtt.contains("<b>"))
    }

    @Test func ssrfFormsOfLoopbackAndPrivateAddressesAreRefusedThroughTheAPI() async throws {
        let server = try TestServer()
        let forms = ["http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/", "http://127.1/", "http://0.0.0.0/",
                     "http://[::ffff:127.0.0.1]/", "http://[0:0:0:0:0:0:0:1]/", "http://169.254.169.254/latest/meta-data",
                     "http://metadata.google.internal/", "http://user@127.0.0.1:8080/", "HTTP://LOCALHOST/", "http://10.0.0.1/"]
        try await server.test { client in
            for url in forms {
                try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: json(#"{"url": "\#(url)"}"#)) { response in
                    #expect((400..<500).contains(response.status.code), "\(url) → \(response.status)")
                }
            }
        }
        #expect(try await server.store.count() == 0)
    }

    @Test func searchSyntaxAndOversizeFormsAreHarmless() async throws {
        let server = try TestServer(maxBodyBytes: 1000)
        _ = try await server.store.add(NewArticle(article: ferryArticle()))
        try await server.test { client in
            for query in ["%22", "ferry%22%20OR", "NEAR(", "*", "title:ferry", "-", "%5E", "a%20%26%20%7C%20b", "%27)%3B%20DROP%20TABLE%20article%3B%20--",
                          String(repeating: "x", count: 5000)] {
                for uri in ["/api/search?q=\(query)", "/?q=\(query)"] {
                    try await client.execute(uri: uri, method: .get) { response in
                        #expect(response.status.code < 500, "\(uri) → \(response.status)")
                    }
                }
            }
            let big = String(repeating: "word ", count: 400)
            try await client.execute(uri: "/articles", method: .post, headers: AddFormTests.formHeaders,
                                     body: AddFormTests.form(["token": writeToken, "text": big])) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
        #expect(try await server.store.count() == 1)
    }
}
