import Testing
@testable import LedeCore

/// `WebURL.http`'s byte reading of ASCII values against its Character reading, on values written
/// for this test: every combination of a few schemes, authorities, paths and surrounding blanks.
@Suite struct WebURLFastPathTests {
    static let schemes = ["http", "HTTPS", "hTtP", "https", "ftp", "htt", "httpss", "", "h ttp", "javascript", "data"]
    static let separators = ["://", ":/", ":", "//", ":///", ":\\\\"]
    static let authorities = ["news.example", "user@news.example", "a@b@host:8080", "@host", "user@", ":80", "a@:80", "",
                              "host:", "HOST.Example", "ho st", "host\u{7F}", "xn--caf-dma.example"]
    static let tails = ["", "/", "/a/b?c=d#e", "?q=1", "#top", "/path with space", "/a\\b", "/tab\there", "/x:y", "/\r\n"]
    static let blanks = ["", " ", "\t", " \t ", "\r\n", "\n"]

    @Test func asciiReadingAgreesWithTheCharacterReading() {
        var accepted = 0, checked = 0
        for scheme in Self.schemes {
            for separator in Self.separators {
                for authority in Self.authorities {
                    for tail in Self.tails {
                        for (lead, trail) in zip(Self.blanks, Self.blanks.reversed()) {
                            let raw = lead + scheme + separator + authority + tail + trail
                            let fast = WebURL.http(raw)
                            #expect(fast == WebURL.generalHTTP(raw), "\(raw.debugDescription)")
                            #expect(WebURL.asciiHTTP(raw) != .notASCII)
                            if fast != nil { accepted += 1 }
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked == 11 * 6 * 13 * 10 * 6)
        // Both ways are exercised.
        #expect(accepted > 100 && accepted < checked / 2)
    }

    @Test func edgesOfTheByteReading() {
        #expect(WebURL.http("HTTPS://News.Example/A") == "https://News.Example/A")
        #expect(WebURL.http(" \thttp://a.example/x\t ") == "http://a.example/x")
        #expect(WebURL.http("http://a.example/x\r\n") == nil)
        let long = "http://a.example/" + String(repeating: "p", count: WebURL.maxLength - 17)
        #expect(WebURL.http(long) == long)
        #expect(WebURL.http(long + "p") == nil)
        #expect(WebURL.http("") == nil && WebURL.http("   ") == nil && WebURL.http(nil) == nil)
    }

    @Test func nonASCIIValuesTakeTheCharacterReading() {
        for raw in ["https://caf\u{E9}.example/", "https://a.example/\u{E9}t\u{E9}", "\u{A0}https://a.example", "https://a.example/\u{301}",
                    " \u{301}https://a.example", "https://a.example/ \u{301}", "\u{600} https://a.example"] {
            #expect(WebURL.asciiHTTP(raw) == .notASCII)
            #expect(WebURL.http(raw) == WebURL.generalHTTP(raw))
        }
        #expect(WebURL.http("https://caf\u{E9}.example/") == "https://caf\u{E9}.example/")
    }
}
