import Foundation
import LedeCore
import Testing
@testable import LedeExtract

/// The byte-level shortcuts of the content and metadata stages against the String tests they
/// replace: on small markup written for these tests, and on every element of the extraction
/// benchmark's pages when ../shared is there.
@Suite struct ByteFastPathTests {
    // MARK: Character count bounds and `fits`

    /// Strings where grapheme clusters span several scalars: combining marks, CR LF, emoji with
    /// joiners and modifiers, flags, a prepended mark, Hangul jamo, zero-width joiners.
    static let awkward = [
        "", "a", "plain ASCII words", "e\u{301}te\u{301}", "line\r\nbreak\r\n", "\r\n\r\n", "👩‍👩‍👧 family",
        "👍🏽 ok", "🇫🇷🇩🇪 flags", "\u{600}123 prepended", "\u{1100}\u{1161}\u{11A8} jamo", "a\u{200D}b", "  spaced  ",
        "caf\u{E9} \u{A0}nbsp", "x\u{301}\u{302}\u{303}y", "\u{301}leading mark", "tab\there", "\u{85}next line",
    ]

    @Test func boundsHoldOnAwkwardStrings() {
        for s in Self.awkward {
            let b = s.characterCountBounds
            #expect(b.lower <= s.count, "\(s.debugDescription)")
            #expect(s.count <= b.upper, "\(s.debugDescription)")
            #expect(b.lowerNonSpace <= s.trimmingSpaces.count, "\(s.debugDescription)")
            for limit in 0...(s.utf8.count + 2) where s.surelyMoreNonSpaceCharacters(than: limit) {
                #expect(s.trimmingSpaces.count > limit, "\(s.debugDescription) \(limit)")
            }
            for limit in 0...(s.utf8.count + 2) {
                #expect(s.fits(limit) == (s.count <= limit), "\(s.debugDescription) \(limit)")
            }
        }
    }

    @Test func fitsDecidesLongTextsWithoutCounting() {
        // Bounds decide both ways on the cases the fast path is for.
        let ascii = String(repeating: "word ", count: 100)
        #expect(ascii.characterCountBounds.lower == 500)
        #expect(!ascii.fits(300) && ascii.fits(500))
        let accented = String(repeating: "é", count: 250)
        #expect(accented.characterCountBounds.upper == 250)
        #expect(accented.fits(250) && !accented.fits(249))
    }

    // MARK: Title keys and dates

    /// The key as first written: the whole string lower-cased, then letters and digits kept.
    static func naiveKey(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }

    @Test func titleKeyScalarByScalarEqualsLowercasingTheWhole() {
        for s in Self.awkward + ["Ça va — ÉTÉ 2024", "ΟΔΥΣΣΕΥΣ", "İstanbul’s Straße", "ﬁnal ǅ", "Ⅻ chapter", "日本語 ３月"] {
            #expect(TitleChoice.key(s) == Self.naiveKey(s), "\(s)")
        }
    }

    /// The year guard keeps every written form that has one and rejects those without.
    @Test func ownCommasCountedAsTheCStringCountDoes() throws {
        let doc = try Self.document("<p>a, b，c、d<b>e, f</b>, g \u{EF}</p><div>x,<i>,</i>,</div>")
        for node in Self.elements(doc) {
            #expect(NodeStats.ownTextCounts(node).commas == ContentExtractor.commas(node, ownOnly: true), "\(node.name)")
        }
        let p = Self.elements(doc).first { $0.is("p") }!
        #expect(NodeStats.ownTextCounts(p).commas == 4)
        // ASCII commas only (counted in the length pass), and wide letters whose lead bytes are a
        // wide comma's (ｅ is EF BD 85, 〜 E3 80 9C) with no wide comma: the byte-by-byte count.
        let other = try Self.document("<p>a, b, c</p><p>ｅ, 〜,x€</p><p>，</p>")
        for node in Self.elements(other) {
            #expect(NodeStats.ownTextCounts(node).commas == ContentExtractor.commas(node, ownOnly: true), "\(node.name)")
        }
        #expect(Self.elements(other).filter { $0.is("p") }.map { NodeStats.ownTextCounts($0).commas } == [2, 2, 1])
    }

    @Test func writtenDatesPassTheYearGuard() {
        let read = ["May 20, 2022", "20th May 2022", "Updated: 10/31/2024", "Tuesday, 3 December 2024"].map(DateParsing.written)
        #expect(read == ["2022-05-20", "2022-05-20", "2024-10-31", "2024-12-03"])
        for s in ["May 20", "Mai 2O22", "12/12/12", "２０２２年5月20日"] { #expect(DateParsing.written(s) == nil, "\(s)") }
    }

    // MARK: FragmentMatcher

    /// What the matcher answers, found the slow way: every fragment searched for on its own.
    static func naiveMatch(_ hints: String, negative: [[String]], positive: [String]) -> (Int?, Bool) {
        let group = negative.indices.first { g in negative[g].contains { hints.has($0) } }
        return (group, positive.contains { hints.has($0) })
    }

    /// The three-byte filter never hides a fragment: two-byte and one-byte fragments, fragments
    /// whose first three bytes share their low five bits with others ("-m" and "mm", "p" and "0"),
    /// non-ASCII fragments and hints, fragments at the very end of the hints.
    @Test func trigramFilterNeverHidesAFragment() {
        let negative = [["ok", "x"], ["-ma", "mma"], ["p0q", "\u{E9}t\u{E9}"], ["zz_", "_zz"]]
        let positive = ["r\u{E9}", "abc"]
        let matcher = FragmentMatcher(negative: negative, positive: positive)
        let hints = ["", "o", "ok", "xok", "a-ma", "mma", "Mma", "pp0q", "0p0q", "\u{E9}t\u{E9}", "caf\u{E9} r\u{E9}", "zz_", "_zz",
                     "yzz", "abc", "ab", "MMA -MA", "\u{4E2D}ok", "nothing here at all", "p0", "ma-mma", "r\u{E9}sum\u{E9}"]
        for h in hints {
            let m = matcher.match(h)
            let naive = Self.naiveMatch(h, negative: negative, positive: positive)
            #expect(m.negative == naive.0 && m.positive == naive.1, "\(h)")
            let groups = negative.indices.filter { g in negative[g].contains { h.has($0) } }.reduce(UInt64(0)) { $0 | 1 << UInt64($1) }
            #expect(matcher.groups(h) == groups, "\(h)")
        }
    }

    @Test func matcherAgreesWithSearchingEachFragment() {
        let negative = [["nav-", "menu"], ["share", "ad_"], ["a"]]
        let positive = ["article", "body"]
        let matcher = FragmentMatcher(negative: negative, positive: positive)
        for hints in ["", "a", "article-body", "nav-top share", "menu ad_slot", "xyz", "ad_", "sharearticle", "nav", "bod"] {
            let m = matcher.match(hints)
            let naive = Self.naiveMatch(hints, negative: negative, positive: positive)
            #expect(m.negative == naive.0 && m.positive == naive.1, "\(hints)")
            let groups = negative.indices.filter { g in negative[g].contains { hints.has($0) } }.reduce(UInt64(0)) { $0 | 1 << UInt64($1) }
            #expect(matcher.groups(hints) == groups, "\(hints)")
        }
    }

    // MARK: Node tests against the String code, on small markup

    static func document(_ html: String) throws -> HTMLDocument {
        try HTMLDocument(utf8: Array(html.utf8))
    }

    static func elements(_ document: HTMLDocument) -> [HTMLNode] {
        guard let root = document.root else { return [] }
        return [root] + root.descendants()
    }

    @Test func surelyLongerOnlyWhenTheTextIsLonger() throws {
        let doc = try Self.document("""
            <div id=a><p>short</p><p>\(String(repeating: "long text ", count: 20))</p>
            <span>e\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}</span>
            <script>\(String(repeating: "x", count: 500))</script><br>\(String(repeating: "y", count: 30))</div>
            """)
        for node in Self.elements(doc) {
            for limit in [0, 5, 10, 29, 30, 31, 80, 200, 250] where node.textSurelyLonger(than: limit) {
                #expect(node.text.count > limit, "\(node.name) \(limit)")
            }
        }
        let p = Self.elements(doc).filter { $0.is("p") }
        #expect(p.count == 2)
        #expect(!p[0].textSurelyLonger(than: 5) && p[0].textSurelyLonger(than: 4))
        #expect(p[1].textSurelyLonger(than: 80))
    }

    @Test func snippetTextIsTheSnippetOfTheWholeText() throws {
        let long = String(repeating: "word ", count: 80)
        let doc = try Self.document("""
            <div><p>\(long)</p><p>e\u{301}\(long)</p><script>x</script><br>tail</div><ul><li>a</li><li>b</li></ul><p> </p>
            <p>\(String(repeating: "é", count: 400))</p><p>\(String(repeating: "ab\u{301}", count: 200))</p>
            """)
        for node in Self.elements(doc) {
            for limit in [10, 40, 300] {
                let whole = node.text
                let expected = whole.count <= limit ? whole : String(whole.prefix(limit - 3)) + "…"
                #expect(node.snippetText(limit: limit) == expected, "\(node.name) \(limit)")
            }
        }
    }

    /// The byte cut of ASCII text gives the first Characters as `prefix` counts them, at every
    /// length, beside CR LF, combining marks, emoji and other non-ASCII text.
    @Test func characterPrefixIsThePrefixOfCharacters() {
        let texts = ["", "a", "plain words here", "line\r\nnext", "end\r", "\r\n\r\n", "cafe\u{301} au lait",
                     "e\u{301}", "ab\u{301}c", "flag 🇫🇷🇩🇪 here", "👩‍👩‍👧 family", "naïve", "tab\tand\nnewline", "x\u{200D}y"]
        for text in texts {
            for count in 0...(text.utf8.count + 2) {
                #expect(Array(text.characterPrefix(count).utf8) == Array(String(text.prefix(count)).utf8), "\(text.debugDescription) \(count)")
            }
        }
    }

    @Test func attributeComparedInPlaceAsLowercased() throws {
        let doc = try Self.document(#"<p rel="AUTHOR">a</p><p rel="Author ">b</p><p rel="authors">c</p><p itemprop="Creator">d</p><p>e</p>"#)
        let ps = Self.elements(doc).filter { $0.is("p") }
        #expect(ps.map { $0.attribute(.rel, equalsLowercased: "author") } == [true, false, false, false, false])
        #expect(ps.map { $0.attribute(.itemprop, equalsLowercased: "creator") } == [false, false, false, true, false])
    }

    @Test func classOrIDTestMatchesTheLowercasedHints() throws {
        let doc = try Self.document(#"<div class="ByLine" id="x"><span id="Writer-box"></span><i class="o" id="r"></i><b class="date"></b></div>"#)
        for node in Self.elements(doc) {
            let hints = node.classAndID
            for fragments: [StaticString] in [["or", "ter", "by"], ["author"], ["date", "time"]] {
                let expected = fragments.contains { hints.has(String(describing: $0)) }
                #expect(node.classOrIDMayHold(fragments) == expected, "\(hints)")
            }
        }
    }

    /// The one-pass fragment test against a search per fragment of the lower-cased String, on
    /// written values: upper case, a fragment at either end or twice, overlapping fragments,
    /// non-ASCII bytes (an "É" is not folded), a value shorter than every fragment, an empty value.
    @Test func oneFragmentPassEqualsASearchPerFragment() {
        let values = ["ByLine", "xxOR", "orxx", "WRITER-box", "terter", "bo", "", "caf\u{E9}-author", "\u{C9}crivain-BY",
                      "AUTHOR", "aut hor", "o", "by-line author", "\u{4E2D}\u{6587}or", "TeR", "xxxxxxxxxxxxxxxxxxxxxxxxb"]
        let lists: [[StaticString]] = [["or", "ter", "by"], ["author"], ["date", "time", "publish"], ["b"], []]
        for value in values {
            let lower = value.lowercased()
            var bytes = Array(value.utf8)
            for fragments in lists {
                let expected = fragments.contains { lower.has(String(describing: $0)) }
                let fast = bytes.withUnsafeMutableBufferPointer { HTMLNode.holdsAnyLowercased(UnsafeBufferPointer($0), fragments) }
                #expect(fast == expected, "\(value) \(fragments)")
            }
        }
    }

    /// `countIsAtMost(n)` is `count <= n` exactly, also where `fits(n)` takes a dense text as
    /// longer: ASCII, accents written both ways, CJK, CR LF, emoji sequences of many bytes a Character.
    @Test func countIsAtMostIsTheCount() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
        let texts = ["", "a", "short line", String(repeating: "word ", count: 30), "e\u{301}e\u{301}", "caf\u{E9}",
                     String(repeating: "\u{4E2D}", count: 90), "a\r\nb", String(repeating: family, count: 12),
                     String(repeating: "x\u{301}\u{302}", count: 40), "\u{0600}1", String(repeating: "ab", count: 41)]
        for text in texts {
            for limit in [0, 1, 2, 3, 4, 10, 12, 39, 40, 80, 81, 300] {
                #expect(text.countIsAtMost(limit) == (text.count <= limit), "\(text.debugDescription) \(limit)")
            }
        }
        // Where the two differ: twelve Characters of 18 bytes each.
        #expect(String(repeating: family, count: 12).countIsAtMost(12) && !String(repeating: family, count: 12).fits(12))
    }

    /// `node.tag` is the ``HTMLTag`` whose name the element has, nil for any other name and for text.
    @Test func tagIsTheElementsNamedTag() throws {
        let doc = try Self.document("<div><h4>a</h4><h6>b</h6><img src=x><em>c</em><table><tr><td>d</td></tr></table><form>e</form></div>")
        for node in Self.elements(doc) {
            #expect(node.tag == HTMLTag.allCases.first { $0.name == node.name }, "\(node.name)")
            #expect(node.firstChild.map { $0.isText ? $0.tag == nil : true } ?? true)
        }
        let headings = Self.elements(doc).filter { $0.is(.h4) || $0.is(.h6) }.map(BlockCollector.headingLevel)
        #expect(headings == [4, 6])
    }

    @Test func bylineLeadInFilterNeverRejectsALeadIn() throws {
        let doc = try Self.document("<p>By Jane</p><p> \n written by x</p><p>Posted by</p><p>Story by y</p><p>Hello</p><p>\u{A0}by</p><p>   </p>")
        let ps = Self.elements(doc).filter { $0.is("p") }
        #expect(ps.map(VisibleByline.mayOpenWithBy) == [true, true, true, true, false, true, false])
    }

    // MARK: Every element of the benchmark pages

    static func benchmarkDocuments() throws -> [HTMLDocument]? {
        guard let pages = try SharedData.benchmarkPages() else { return nil }
        return try pages.map { _, raw in
            let (utf8, _) = try TextDecoder.decodeToUTF8(raw, contentType: nil)
            var scripts = 0
            let (bytes, _) = InputLimits.apply(MarkupPrefilter.strip(utf8, jsonLDScripts: &scripts))
            return try HTMLDocument(utf8: bytes)
        }
    }

    @Test func shortcutsAgreeWithStringTestsOnBenchmarkPages() throws {
        guard let documents = try Self.benchmarkDocuments() else {
            print("skipped: ../shared/bench/extraction/pages is absent (the shared benchmark data)")
            return
        }
        #expect(documents.count > 0)
        var disagreements: [String] = []
        var decidedLonger = 0
        for document in documents {
            let tags = ContentTags(document)
            for node in Self.elements(document) {
                let name = node.name
                if tags.ignored.contains(node) != ClassHints.ignoredTags.contains(name) { disagreements.append("ignored \(name)") }
                if tags.block.contains(node) != BlockCollector.blockTags.contains(name) { disagreements.append("block \(name)") }
                if tags.scoring.contains(node) != ContentExtractor.scoringTags.contains(name) { disagreements.append("scoring \(name)") }
                let hints = node.classAndID
                let naive = Self.naiveMatch(hints, negative: ClassHints.negative.map(\.fragments), positive: ClassHints.positive)
                let fast = ClassHints.matcher.match(hints)
                if fast.negative != naive.0 || fast.positive != naive.1 { disagreements.append("matcher \(hints)") }
                if node.classOrIDMayHold(["or", "ter", "by"]) != ["or", "ter", "by"].contains(where: { hints.has($0) }) {
                    disagreements.append("class or id \(hints)")
                }
                if node.attribute(.rel, equalsLowercased: "author") != (node["rel"]?.lowercased() == "author") { disagreements.append("rel") }
                if node.attribute(.itemprop, equalsLowercased: "author") != (node["itemprop"]?.lowercased() == "author") { disagreements.append("itemprop") }
                if node.is("h1") || node.is("title"), TitleChoice.key(node.text) != Self.naiveKey(node.text) { disagreements.append("key \(node.text)") }
                if node.is("title") {
                    let t = node.text
                    var parts = [t]
                    for sep in TitleChoice.separators { parts = parts.flatMap { $0.parts(separatedBy: sep) } }
                    var naive: Set<String> = [TitleChoice.key(t)]
                    for i in parts.indices {
                        naive.insert(TitleChoice.key(parts[...i].joined(separator: " ")))
                        naive.insert(TitleChoice.key(parts[i...].joined(separator: " ")))
                    }
                    if TitleChoice.segmentKeys(t) != naive { disagreements.append("segments \(t)") }
                }
                let own = NodeStats.ownTextCounts(node)
                var ownLength = 0
                for child in node.children where child.isText { ownLength += child.contentBytes.filter { $0 > 0x20 }.count }
                if own.length != ownLength || own.commas != ContentExtractor.commas(node, ownOnly: true) { disagreements.append("own text \(name)") }
                if node.snippetText(limit: ContentExtractor.snippetLength) != ContentExtractor.snippet(node.text) { disagreements.append("snippet \(name)") }
                if node.textSurelyLonger(than: 80) {
                    decidedLonger += 1
                    if node.text.count <= 80 { disagreements.append("longer \(name)") }
                }
                if !VisibleByline.mayOpen(node, with: VisibleByline.bylineLabelFirstLetters), let label = VisibleByline.shortOwnText(node),
                   VisibleByline.bylineLabels.contains(label.lowercased()) {
                    disagreements.append("label \(label)")
                }
                let groups = ContentExtractor.rewrittenFragments.groups(hints)
                let rewritten: [[String]] = [["-widget", "_widget"], ["accordion", "collapse", "tab-pane", "tabpanel"], ["breaking-news", "news-ticker"]]
                for (g, fragments) in rewritten.enumerated() where ((groups >> UInt64(g)) & 1 == 1) != fragments.contains(where: { hints.has($0) }) {
                    disagreements.append("group \(g) \(hints)")
                }
                if !VisibleByline.mayOpenWithBy(node), let lead = VisibleByline.leadingOwnText(node),
                   VisibleByline.byLeadIns.contains(where: { lead == $0.trimmingSpaces || lead.hasPrefix($0) }) {
                    disagreements.append("lead-in \(lead)")
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
        #expect(decidedLonger > 0)
    }
}
