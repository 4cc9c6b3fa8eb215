import Foundation
import Testing
import LedeCore
@testable import LedeExtract

/// The ninth speed round's in-place byte reads against the copies they replace: `withUTF8Bytes`
/// against `withUTF8` on a copy, the credit test's tail against the String it was built as, the
/// title key's ASCII path against the array it was built in. Texts written for these tests.
@Suite struct InPlaceBytesTests {
    /// Small (at most 15 bytes) and large strings, ASCII and not, a Substring made String, and a
    /// string bridged through NSString (which may not be contiguous).
    static let texts: [String] = [
        "", "a", "short words", "caf\u{E9}", String(repeating: "long ascii text ", count: 8),
        String(repeating: "d\u{E9}j\u{E0} vu, ", count: 12), String("xx a slice of text yy".dropFirst(3).dropLast(3)),
        NSString(string: "bridged caf\u{E9} text, longer than fifteen bytes") as String,
    ]

    @Test func withUTF8BytesReadsWhatWithUTF8Reads() {
        for s in Self.texts {
            var copy = s
            let expected = copy.withUTF8 { Array($0) }
            #expect(s.withUTF8Bytes { Array($0) } == expected, "\(s.debugDescription)")
            #expect(Array(s.utf8) == expected)
        }
    }

    @Test func byteOffsetsFindTheSameBytes() {
        let hay = "the cat sat on the mat, the end \u{E9}t\u{E9} the"
        for needle in ["the", "at", "\u{E9}t", "end", "xyz", "", "the end \u{E9}"] {
            let h = Array(hay.utf8), n = Array(needle.utf8)
            let all = n.isEmpty ? [0] : (0...(h.count - n.count)).filter { Array(h[$0..<($0 + n.count)]) == n }
            #expect(hay.byteOffset(of: needle) == all.first, "\(needle)")
            if !n.isEmpty { #expect(hay.lastByteOffset(of: needle) == all.last, "\(needle)") }
        }
    }

    /// `mayEndWithCredit` as it was: the last 80 bytes lower-cased (ASCII), decoded with repairs.
    static func creditReference(_ text: String) -> Bool {
        let tail = String(decoding: text.utf8.suffix(80).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        return CreditParser.creditMatcher.match(tail).negative != nil
    }

    @Test func creditTailMatchesTheStringItReplaced() {
        // The 80-byte cut falls at a character, inside a two-byte one and inside a four-byte one,
        // with the credit words near and across the cut.
        let endings = ["Photo: Jane Roe", "PHOTO BY JOHN DOE", "a quiet street at dusk", "(Reuters)", "credit\u{2026} staff",
                       "\u{A9} 2024 The Owner", "Bildquelle: Foto: privat"]
        var checked = 0
        for ending in endings {
            for pad in 0..<8 {
                for filler in ["e", "\u{E9}", "\u{1F600}", "\u{E9}\u{301}"] {
                    let text = String(repeating: filler, count: 30 + pad) + " " + ending
                    #expect(CreditParser.mayEndWithCredit(text) == Self.creditReference(text), "\(text.debugDescription)")
                    checked += 1
                }
            }
            #expect(CreditParser.mayEndWithCredit(ending) == Self.creditReference(ending))
        }
        #expect(checked == endings.count * 32)
        #expect(CreditParser.mayEndWithCredit("A street. Photo: Jane Roe"))
        #expect(!CreditParser.mayEndWithCredit("A street at dusk"))
    }

    /// `TitleChoice.key` as it was for ASCII text: kept bytes appended to an array, then decoded.
    @Test func asciiKeyMatchesTheArrayItReplaced() {
        for s in Self.texts + ["Breaking: The Title, 2024!", "ALL CAPS HEADLINE", "  ", "123-456", "a\u{7F}b"] where s.utf8.allSatisfy({ $0 < 0x80 }) {
            var out: [UInt8] = []
            for b in s.utf8 {
                if b >= 0x41 && b <= 0x5A { out.append(b | 0x20) } else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { out.append(b) }
            }
            #expect(TitleChoice.key(s) == String(decoding: out, as: UTF8.self), "\(s.debugDescription)")
        }
        // Non-ASCII text still takes the scalar path.
        #expect(TitleChoice.key("Caf\u{C9} Cr\u{E8}me") == "caf\u{E9}cr\u{E8}me")
    }

    /// `InputSniffer.kind` as it was: the head appended byte by byte.
    static func sniffReference(_ bytes: [UInt8]) -> ReadOptions.InputKind {
        var head = [UInt8]()
        for b in bytes.prefix(InputSniffer.sniffLength) where b != 0 { head.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
        let markers = ["<!doctype html", "<html", "<head", "<body", "<article", "<meta ", "<div", "<p>", "<p "]
        return markers.contains { m in head.indices.contains { i in head[i...].starts(with: Array(m.utf8)) } } ? .html : .text
    }

    @Test func snifferHeadMatchesTheAppendedOne() {
        // Markup before, across and after the 4,096-byte limit, with NUL bytes (left out) before it.
        for pad in [0, 1, 4080, 4088, 4090, 4091, 4092, 4095, 4096, 5000] {
            for nuls in [0, 3] {
                for marker in ["<DIV class=x>", "<p>", "<Meta charset=utf-8>", "plain words"] {
                    let bytes = Array(repeating: UInt8(0x61), count: pad) + Array(repeating: 0, count: nuls) + Array(marker.utf8)
                    #expect(InputSniffer.kind(of: bytes, contentType: nil) == Self.sniffReference(bytes), "\(pad) \(nuls) \(marker)")
                }
            }
        }
        #expect(InputSniffer.kind(of: [], contentType: nil) == .text)
    }

    @Test func jsonLDTypeIsFoundInMixedCase() throws {
        let body = "<article><p>The river rose by two metres overnight, flooding the lower town and closing the bridge, officials said.</p><p>Residents were moved to the school hall, where volunteers served soup until the morning.</p></article>"
        // (An upper-case "LD+JSON" is not read at all: `MarkupPrefilter` finds the type's first
        // letter with `memchr` before folding case, and empties the script. Left for the lead.)
        for type in ["application/ld+json", "Application/ld+JSON", " APPLICATION/ld+Json; charset=utf-8"] {
            let page = "<html><head><script type=\"text/javascript\">var x = 1;</script><script type=\"\(type)\">{\"@type\":\"NewsArticle\",\"headline\":\"Bridge shut as river rises\",\"author\":{\"name\":\"Ana Lima\"}}</script></head><body>\(body)</body></html>"
            let a = try ArticleReader().read(Array(page.utf8))
            #expect(a.title == "Bridge shut as river rises", "\(type)")
            #expect(a.authors == ["Ana Lima"], "\(type)")
        }
        let other = "<html><head><title>Bridge</title><script type=\"application/json\">{\"@type\":\"NewsArticle\",\"headline\":\"Not this one\"}</script></head><body>\(body)</body></html>"
        #expect(try ArticleReader().read(Array(other.utf8)).title != "Not this one")
    }

    @Test func asciiWordTokensMatchTheCharacterSplit() {
        let lines = ["Updated: May 20, 2022 at 10:31 a.m. EDT", "20.05.2022", "", "   ", "By JANE ROE | 3rd June 2024\r\nUpdated",
                     "Posted on 2024-06-03T10:00:00Z", "tab\tseparated\u{7F}words", "caf\u{E9} 2 mai 2024", "12\u{301}3 2024",
                     "2026\u{5E74}3\u{6708}14\u{65E5}", "x", "!!", "a1b2-c3"]
        for line in lines {
            let reference = line.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            #expect(DateParsing.wordTokens(line) == reference, "\(line.debugDescription)")
        }
        #expect(DateParsing.eastAsian("2026 3 14") == nil)
        #expect(DateParsing.eastAsian("2026\u{5E74}3\u{6708}14\u{65E5}") == "2026-03-14")
        #expect(DateParsing.written("Updated: May 20, 2022") == "2022-05-20")
    }

    /// `ContentExtractor.elementorWidgetKinds` as it was: split at Character spaces, prefix by Characters.
    static func elementorReference(_ hints: String) -> [Substring] {
        hints.split(separator: " ").filter { $0.hasPrefix("elementor-widget-") }.map { $0.dropFirst("elementor-widget-".count) }
    }

    @Test func elementorKindsMatchTheCharacterSplit() {
        let hints = ["elementor-widget elementor-widget-posts", "elementor-widget-text-editor  elementor-widget-heading",
                     "x elementor-widget-", "elementor-widget-", "elementor-widget-nav-menu\r\nelementor-widget-image",
                     "elementor-widget-divider--view-line elementor-widget-image__caption", "  ", "", "elementor-widgets-x",
                     "elementor-widget-caf\u{E9} elementor-widget-posts", "elementor-widget-\u{301}posts elementor-widget-image",
                     "elementor-widget-posts \u{301}elementor-widget-image", "ELEMENTOR-WIDGET-POSTS elementor-widget-posts"]
        for h in hints {
            #expect(ContentExtractor.elementorWidgetKinds(h) == Self.elementorReference(h), "\(h.debugDescription)")
            let reference = Self.elementorReference(h).map(String.init).first { ContentExtractor.elementorFurnitureKinds.contains($0) }
            #expect(ContentExtractor.elementorFurnitureKind(h) == (h.has("elementor-widget-") ? reference : nil), "\(h.debugDescription)")
        }
        #expect(ContentExtractor.elementorFurnitureKind("elementor-widget elementor-widget-posts") == "posts")
        #expect(ContentExtractor.isElementorContentBlock("elementor-widget-text-editor elementor-widget-image__caption"))
        #expect(!ContentExtractor.isElementorContentBlock("elementor-widget-text-editor elementor-widget-posts"))
    }

    @Test func revisionWordsAreFoundAsFoundationFindsThem() {
        for line in ["Updated May 2, 2024", "Last modified: 2024-05-02", "Published 2 May 2024", "UPDAT\u{301}ED 2024",
                     "r\u{E9}vis\u{E9} 2024", "Revised\u{301} 2024", "edited", "", "refreshed daily"] {
            let lower = line.lowercasedQuickly
            let reference = HeadlineDate.revisionWords.contains { lower.contains($0) }
            #expect(HeadlineDate.marksRevision(line) == reference, "\(line.debugDescription)")
        }
        #expect(HeadlineDate.marksRevision("Updated May 2, 2024"))
        #expect(!HeadlineDate.marksRevision("Published 2 May 2024"))
    }

    @Test func asciiTrimsMatchTheCharacterTrims() {
        let texts = ["", " ", "\r\n", "\r\nx\r\n", " \t(12) Comments: ", "x\r", "\rx\n", "\u{0B}\u{0C}word\u{1C}", "(a)", ")(",
                     "caf\u{E9} ", " \u{301}x", "x \u{301}", "\u{A0}x\u{A0}", "\u{85}x", "a\r\n\r\n", ".,:;x;:,.", "--x--", "\n\nx\n"]
        let sets = [" ()+0123456789:", ".:,", " )", "\n ", "\r\n", "\r", " |\u{2013}\u{2014}-(", "", "x"]
        for t in texts {
            var s = Substring(t)
            while let f = s.first, f.isWhitespace { s = s.dropFirst() }
            while let l = s.last, l.isWhitespace { s = s.dropLast() }
            #expect(t.trimmingSpaces == String(s), "\(t.debugDescription)")
            #expect(Substring(t).trimmingSpaces == String(s), "\(t.debugDescription)")
            for set in sets {
                var r = Substring(t)
                while let f = r.first, set.contains(f) { r = r.dropFirst() }
                while let l = r.last, set.contains(l) { r = r.dropLast() }
                #expect(t.trimmingCharacters(in: set) == String(r), "\(t.debugDescription) \(set.debugDescription)")
            }
        }
    }

    /// Paragraph keys compared by their bytes: equal texts (bridged or not) are one key, different
    /// texts two, and a hash collision alone never merges them.
    @Test func exactTextKeysAreTheBytes() {
        var seen: Set<ExactText> = []
        for s in Self.texts { seen.insert(ExactText(s)) }
        #expect(seen.count == Set(Self.texts).count)
        for s in Self.texts { #expect(!seen.insert(ExactText(String(decoding: Array(s.utf8), as: UTF8.self))).inserted, "\(s)") }
        #expect(ExactText("abc") != ExactText("abd"))
        #expect(ExactText("") == ExactText(""))
    }

    /// The first-byte gate lets through every credit lead-in in its own case, and the credit tests
    /// answer as the lead-in lists do.
    @Test func leadInGatePassesEveryLeadIn() {
        for lead in CreditParser.leadIns { #expect(CreditParser.mayOpenWithLeadIn(lead), "\(lead)") }
        #expect(!CreditParser.mayOpenWithLeadIn("the council voted"))
        #expect(!CreditParser.mayOpenWithLeadIn(""))
        #expect(CreditParser.isCredit("Photo: Jane Roe"))
        #expect(CreditParser.isCredit("© Harbour Trust"))
        #expect(LineRules.isCreditLine("Illustration by Jane Roe"))
        #expect(CreditParser.describedCredit("Staff photo by Jane Roe") == "Jane Roe")
        #expect(CreditParser.describedCredit("Staff photo by") == nil)
        #expect(!LineRules.isCreditLine("The council voted on Tuesday to keep the ferry"))
    }
}
