import Foundation
import Hummingbird
import HummingbirdTesting
import LedeCore
import LedeExtract
import LedeStore
import Testing
@testable import LedeServer

/// Well-known script-injection payloads, in the places a page can carry them.
enum XSSPayloads {
    static let fragments = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2)>",
        "<a href=\"javascript:alert(3)\">a link</a>",
        "<a href=\"  JaVaScRiPt:alert(4)\">spaced link</a>",
        "<a href=\"java&#x09;script:alert(5)\">entity link</a>",
        "<svg onload=alert(6)><circle r=\"1\"/></svg>",
        "<svg><script>alert(7)</script></svg>",
        "<p style=\"background:url(javascript:alert(8))\">styled</p>",
        "<div style=\"width: expression(alert(9))\">css expression</div>",
        "<iframe src=\"javascript:alert(10)\"></iframe>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxMSk8L3NjcmlwdD4=\"></object>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMTIpPg==\" alt=\"x\">",
        "<body onload=alert(13)>",
        "<scr<script>ipt>alert(14)</script>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(15)></style></mglyph></table></mtext></math>",
        "<details open ontoggle=alert(16)>",
        "\"><script>alert(17)</script>",
        "</span><script>alert(18)</script><span>",
        "<a href=\"vbscript:msgbox(19)\">vb</a>",
        "<form action=\"javascript:alert(20)\"><button>go</button></form>",
        "<base href=\"javascript:alert(21)//\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(22)\">",
        "<p>unclosed <b>markup <i>here",
    ]

    static var page: String {
        """
        <!doctype html><html><head>
        <title>Harbour news "><script>alert(100)</script></title>
        <meta property="og:title" content="Harbour reopens &lt;script&gt;alert(101)&lt;/script&gt;">
        <meta property="og:image" content="javascript:alert(102)">
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour reopens <img src=x onerror=alert(103)>",
          "image": "javascript:alert(104)", "author": {"@type": "Person", "name": "<script>alert(105)</script>"},
          "datePublished": "2026-03-14"}</script>
        </head><body><article>
        <h1>Harbour reopens <img src=x onerror=alert(106)></h1>
        <p>The harbour at Port Avery reopened on Monday after the winter storms, and the first boats went out before dawn
        with their crews cheering from the decks. \(fragments[0]) Fishermen said the catch was good.</p>
        <p>Harbour master Ida Brenner said the repairs took longer than planned because of the weather, the supply of
        stone and the tides. \(fragments[1...6].joined(separator: " ")) The new wall is two metres higher.</p>
        <figure><img src="javascript:alert(107)" alt="x"><figcaption>The new wall at dawn \(fragments[7]) (Photo: Jonas Lind)</figcaption></figure>
        <figure><img src="data:image/png;base64,AAAA"><figcaption>Boats leaving <svg onload=alert(108)></figcaption></figure>
        <p>"We are back in business," said Brenner, who has worked at the harbour for thirty years and remembers the last
        great storm. \(fragments[8...14].joined(separator: " ")) She thanked the volunteers.</p>
        <p>The council will meet next week to discuss the cost of the repairs, which came in over budget by a fifth.
        \(fragments[15...].joined(separator: " ")) A decision is expected in the spring.</p>
        </article></body></html>
        """
    }
}

/// Checks a rendered page: every tag is one the page frame or the allowlist makes, no attribute is
/// an event handler or a style, no URL attribute is anything but http(s) or a path of this server.
func checkNoScript(_ page: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let allowedTags = HTMLSanitizer.allowedElements.union([
        "html", "head", "meta", "title", "link", "body", "main", "form", "input", "button", "audio", "track", "script", "nav",
        "details", "summary", "label", "textarea",
    ])
    let tag = try! NSRegularExpression(pattern: "<\\s*/?\\s*([A-Za-z][A-Za-z0-9-]*)([^>]*)>")
    let attribute = try! NSRegularExpression(pattern: "([^\\s=\"'/]+)\\s*(?:=\\s*\"([^\"]*)\")?")
    let text = page as NSString
    for match in tag.matches(in: page, range: NSRange(location: 0, length: text.length)) {
        let name = text.substring(with: match.range(at: 1)).lowercased()
        #expect(allowedTags.contains(name), "tag <\(name)> in the page", sourceLocation: sourceLocation)
        if name == "script" {
            let whole = text.substring(with: match.range)
            #expect(whole == "<script src=\"/static/player.js\" defer>" || whole == "</script>", "\(whole)", sourceLocation: sourceLocation)
        }
        let attributes = text.substring(with: match.range(at: 2))
        let attributeText = attributes as NSString
        for a in attribute.matches(in: attributes, range: NSRange(location: 0, length: attributeText.length)) {
            let key = attributeText.substring(with: a.range(at: 1)).lowercased()
            #expect(!key.hasPrefix("on"), "event handler \(key) on <\(name)>", sourceLocation: sourceLocation)
            #expect(key != "style", "style on <\(name)>", sourceLocation: sourceLocation)
            guard a.range(at: 2).location != NSNotFound else { continue }
            let value = attributeText.substring(with: a.range(at: 2)).lowercased()
            if ["href", "src", "action", "content", "data", "formaction"].contains(key), name != "meta" || key != "content" {
                #expect(value.hasPrefix("https://") || value.hasPrefix("http://") || value.hasPrefix("/"),
                        "URL \(value) in \(key) on <\(name)>", sourceLocation: sourceLocation)
            }
            #expect(!value.contains("javascript:") && !value.contains("data:") && !value.contains("vbscript:"),
                    "\(key)=\(value) on <\(name)>", sourceLocation: sourceLocation)
        }
    }
    // No payload tag survives unescaped anywhere (as text, "onerror=" is harmless and may stay).
    for needle in ["<script>", "<svg", "<iframe", "<object", "<img src=x", "<base", "<details open", "<math", "<style"] {
        #expect(!page.lowercased().contains(needle), "\(needle) in the page", sourceLocation: sourceLocation)
    }
}

@Suite struct XSSTests {
    @Test func craftedHTMLThroughTheReaderLeavesNoScript() async throws {
        let server = try TestServer()
        let article = try ArticleReader().read(Array(XSSPayloads.page.utf8), contentType: "text/html", url: "https://courier.example/x")
        #expect(article.bodyText.contains("Fishermen said the catch was good"))
        // A fake narration so the sentence spans and the player are on the page too.
        let id = try await server.addNarrated(article, story: Story(article: article, quotes: [
            Quote(text: "<script>alert(200)</script>", span: TextSpan(block: 0, charStart: 0, charEnd: 5), speaker: "<img src=x onerror=alert(201)>"),
        ]))
        try await server.test { client in
            for uri in ["/articles/\(id)", "/", "/?q=harbour", "/?q=%3Cscript%3E"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok)
                    checkNoScript(response.text)
                }
            }
        }
    }

    @Test func payloadsInJSONTextAndHTMLLeaveNoScript() async throws {
        let server = try TestServer()
        let text = "Harbour reopens <script>alert(300)</script>\n\n" + XSSPayloads.fragments.joined(separator: " words between ") +
            "\n\nThe harbour at Port Avery reopened on Monday. <img src=x onerror=alert(301)> said the master."
        let body = try JSONSerialization.data(withJSONObject: ["text": text])
        let htmlBody = try JSONSerialization.data(withJSONObject: ["html": XSSPayloads.page, "url": "https://courier.example/y"])
        try await server.test { client in
            var ids: [Int64] = []
            for payload in [body, htmlBody] {
                try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: ByteBuffer(bytes: payload)) { response in
                    #expect(response.status == .created)
                    let json = try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any]
                    ids.append(try #require((json?["id"] as? NSNumber)?.int64Value))
                }
            }
            for id in ids {
                try await client.execute(uri: "/articles/\(id)", method: .get) { response in
                    #expect(response.text.contains("&lt;script&gt;") || response.text.contains("Harbour"))
                    checkNoScript(response.text)
                }
            }
            for uri in ["/", "/?q=script", "/?q=alert"] {
                try await client.execute(uri: uri, method: .get) { checkNoScript($0.text) }
            }
            try await client.execute(uri: "/api/search?q=alert", method: .get) { response in
                // `snippet` is plain text (JSON data); `snippetHTML` is markup and must be escaped.
                let json = try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any]
                let results = try #require(json?["results"] as? [[String: Any]])
                #expect(!results.isEmpty)
                for result in results {
                    let html = try #require(result["snippetHTML"] as? String)
                    #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<svg"), "\(html)")
                }
            }
        }
    }

    @Test func sanitizerDropsWhatIsNotAllowed() {
        let h = HTMLSanitizer()
        #expect(h.element("script", children: [h.text("alert(1)")]) == .empty)
        #expect(h.element("svg") == .empty)
        #expect(h.element("p", attributes: [("onclick", "alert(1)"), ("style", "x"), ("class", "a\"b")]).markup == "<p class=\"a&quot;b\"></p>")
        #expect(h.element("a", attributes: [("href", "javascript:alert(1)")], children: [h.text("x")]).markup == "<a>x</a>")
        #expect(h.element("a", attributes: [("href", "java\tscript:alert(1)")]).markup == "<a></a>")
        #expect(h.element("a", attributes: [("href", "//evil.example/x")]).markup == "<a></a>")
        #expect(h.element("img", attributes: [("src", "data:image/png;base64,AA")]) == .empty)
        #expect(h.element("img", attributes: [("src", "https://a.example/p.jpg"), ("onerror", "x")]).markup == "<img src=\"https://a.example/p.jpg\">")
        #expect(h.text("<b>&\"'\u{0}").markup == "&lt;b&gt;&amp;&quot;&#39;")
        #expect(h.snippet("a \u{E000}<b>\u{E001}", start: "\u{E000}", end: "\u{E001}").markup == "a <mark>&lt;b&gt;</mark>")
    }
}
