import Foundation
import LedeTestSupport
import Testing
@testable import LedeExtract

/// Runs of text taken out of the bytes before the parse (``DeferredText``) must come back as
/// libxml2 would have given them: the tree of the deferring parse is the tree of the parse that
/// leaves every attribute and all text in the bytes (unread attributes aside), node for node.
@Suite struct DeferredTextTests {
    /// The outlines of the plain parse and of the deferring one, how many runs were deferred, and
    /// whether they all came back at their markers on the first parse.
    static func both(_ bytes: [UInt8]) throws -> (plain: String, deferred: String, runs: Int, returned: Bool) {
        let plain = try HTMLDocument(utf8: InputLimits.apply(bytes, dropUnreadAttributes: true).bytes)
        let (reduced, _, deferred) = InputLimits.applyDeferring(bytes)
        let first = try HTMLDocument(utf8: reduced, deferred: deferred)
        return (DeferredAttributeTests.outline(plain), DeferredAttributeTests.outline(try HTMLDocument.parse(bytes).document),
                deferred.texts.count, first.deferredReturned)
    }

    /// Noncharacters, which Swift's string literals refuse: the marker, U+FFFE and U+FFFF.
    static let marker = String(Unicode.Scalar(UInt32(0xFDD0))!)
    static let fffe = String(Unicode.Scalar(UInt32(0xFFFE))!), ffff = String(Unicode.Scalar(UInt32(0xFFFF))!)

    static let long = String(repeating: "a long line of words ", count: 60)
    static let blanks = String(repeating: " ", count: 950)

    /// Markup written for each place a run of text can stand and each thing in it that libxml2
    /// does not pass on as written.
    static let cases: [String] = [
        "<p>plain words in a paragraph</p><div>and in a div, <b>bold words here</b> after</div>",
        "<html><head><title>a title of a page</title>text straight in the head</head><body>body text here</body></html>",
        "text before every tag at all<p>then a paragraph here</p>",
        "<html><body><p>last words of the page</p></body></html>text after the html end tag",
        "<p>an entity &amp; then more words</p><p>&lt;a reference first, then words</p><p>words then &#233;t&#xE9;</p>",
        "<p>caf\u{E9} cr\u{E8}me br\u{FB}l\u{E9}e \u{4E2D}\u{6587} \u{1F600} emoji</p>",
        "<p>a control \u{01} byte in the words</p><p>a form \u{0C} feed in the words</p>",
        "<p>a noncharacter " + fffe + " in words</p><p>and " + ffff + " another one</p>",
        "<p>carriage\r\nreturns and\ttabs in words</p>\n  <p>a blank run</p>",
        "<div>\r\n  <p>carriage returns, no tab: tabs mark the blanks</p>\r\n</div>\r\n",
        "<div>\n\t<p>neither, a page of line feeds and tabs</p>\n\t\t<p>second</p>\n</div>\n",
        "<html>\n  <head>\n    <title>blank runs in the head</title>\n  </head>\n  <body>\n  <p>body</p>\n  </body>\n</html>",
        "<html><head>" + String(repeating: " ", count: 999) + "<title>a blank run of 999</title></head></html>",
        "<html><head>" + String(repeating: " ", count: 1_000) + "<title>a blank run of 1,000</title></head></html>",
        "<p>a reference to a tab &#9; and one to a return &#13; here</p>\n   <p>after a blank run</p>",
        "<p>" + blanks + "late text after many blanks</p><p>" + String(repeating: " ", count: 800) + "early enough text</p>",
        "<div>" + long + "</div><pre>  preformatted\n    lines of text  </pre>",
        "<p>short</p><p>x</p><b>bold</b> tail words of the run",
        "<table>text in a table before any cell<tr><td>cell words in the cell</td></tr></table>",
        "<ul>text in a list before an item<li>item words in the item</li></ul>",
        "<p>a stray < in the words</p><p>a stray </ end in words</p><p>and <_x> a name</p>",
        "<p>words before a comment<!-- a comment with words --> words after the comment</p>",
        "<p>a script follows here<script>var x = \"<p>not text</p>\";</script> words after script</p>",
        "<div class=\"a\" id=b>after deferred attributes</div><a href=\"/x\" title=t>after kept ones</a>",
        "<p>an end tag with junk</p foo=\"bar\">words after the junk</p>",
        "<p title=\"x>y\">a quoted greater-than sign</p><p title='a>b' class=c>and single quotes</p>",
        "<html><body><p>first body</p><body class=x>after a misplaced body tag</body></html>",
        "<textarea>words in a text area box</textarea><title>a second title here</title>",
        "<p>marker-like text written " + String(Unicode.Scalar(UInt32(0xFDD1))!) + " beside it</p>",
    ]

    @Test(arguments: cases) func deferredTreeIsThePlainTree(_ page: String) throws {
        let result = try Self.both(Array(page.utf8))
        #expect(result.deferred == result.plain)
        #expect(result.returned)
    }

    @Test func plainRunsAreDeferredAndOthersAreNot() throws {
        let page = "<p>plain words in a paragraph</p><p>x</p><p>words and words then &amp; more words</p><p>a \u{01} control byte here</p>"
        let (reduced, _, deferred) = InputLimits.applyDeferring(Array(page.utf8))
        let text = String(decoding: reduced, as: UTF8.self)
        #expect(text == "<p>" + Self.marker + "</p><p>x</p><p>" + Self.marker + "&amp; more words</p><p>a \u{01} control byte here</p>")
        #expect(deferred.texts.count == 2)
        #expect(InputLimits.applyDeferring(Array(page.utf8), deferText: false).deferred.texts.isEmpty)
    }

    /// Blank runs are marked with a carriage return, else a tab, whichever the page holds none of
    /// (written or as a reference); a page with both marks none.
    @Test func blankMarkerIsOneThePageLacks() {
        for (page, marker) in [("<div>\n  <p>line feeds only</p>\n</div>", UInt8(0x0D)), ("<div>\r\n  <p>returns</p>\r\n</div>", 0x09),
                               ("<div>\n  <p>a return &#13; by reference</p>\n</div>", 0x09), ("<div>\r\n\t<p>both</p></div>", nil),
                               ("<div>\n  <p>&#xD; and &#9; by reference</p>\n</div>", nil)] as [(String, UInt8?)] {
            let deferred = InputLimits.applyDeferring(Array(page.utf8)).deferred
            #expect(deferred.blankMarker == marker, "\(page)")
            #expect(deferred.blanks.isEmpty == (marker == nil), "\(page)")
        }
    }

    /// A page that holds the marker, written or as a reference, defers no text.
    @Test(arguments: ["<p>the marker " + marker + " written</p><p>other words here</p>",
                      "<p>as a reference &#xFDD0; here</p><p>other words here</p>",
                      "<p>as a decimal &#64976 without semicolon</p><p>other words here</p>",
                      "<p>with zeros &#x000fdd0; here</p><p>other words here</p>",
                      "<p title=\"&#64976;\">in an attribute</p><p>other words here</p>"])
    func pagesHoldingTheMarkerDeferNoText(_ page: String) throws {
        #expect(InputLimits.applyDeferring(Array(page.utf8)).deferred.texts.isEmpty)
        let result = try Self.both(Array(page.utf8))
        #expect(result.deferred == result.plain)
    }

    /// A marker libxml2 reads as other than text (here written into an attribute value by hand)
    /// is missed, and the page is parsed again with its text in the bytes.
    @Test func aMissedMarkerParsesAgain() throws {
        let page = Array("<p>some words in a paragraph</p>".utf8)
        var (reduced, _, deferred) = InputLimits.applyDeferring(page)
        #expect(deferred.texts.count == 1)
        reduced = Array(("<p title=\"" + Self.marker + "\">x</p>").utf8)
        let document = try HTMLDocument(utf8: reduced, deferred: deferred)
        #expect(!document.deferredReturned)
        #expect(try HTMLDocument.parse(page).document.first("p")?.text == "some words in a paragraph")
    }

    /// The eight-bytes-at-a-time test against a plain rule (the scalars Swift decodes from valid
    /// UTF-8, each printable, tab, line feed or carriage return, and not U+FFFE, U+FFFF or the
    /// marker), on every byte value at every position of runs of each length up to 20, and on
    /// every scalar of the Basic Multilingual Plane and a sample beyond, alone and among ASCII.
    @Test func wordTestMatchesThePlainRule() {
        func reference(_ bytes: [UInt8]) -> Bool {
            guard let text = String(validating: bytes, as: UTF8.self) else { return false }
            return text.unicodeScalars.allSatisfy { s in
                let v = s.value
                return (v >= 0x20 || v == 0x09 || v == 0x0A || v == 0x0D) && v != 0xFFFE && v != 0xFFFF && v != 0xFDD0
            }
        }
        func fast(_ bytes: [UInt8]) -> Bool {
            bytes.withUnsafeBufferPointer { DeferredText.passesUnchanged($0, 0..<bytes.count) }
        }
        for length in 1...20 {
            for position in 0..<length {
                for byte in 0...255 {
                    var value = [UInt8](repeating: 0x61, count: length)
                    value[position] = UInt8(byte)
                    #expect(fast(value) == reference(value), "length \(length), byte \(byte) at \(position)")
                    if fast(value) != reference(value) { return }
                }
            }
        }
        var scalars = Array(0x80...0xD7FF) + Array(0xE000...0xFFFF)
        scalars += stride(from: 0x10000, through: 0x10FFFF, by: 97).map { $0 }
        for v in scalars {
            let bytes = Array(String(Unicode.Scalar(UInt32(v))!).utf8)
            for context in [bytes, Array("abcdefg".utf8) + bytes + Array("hijklmnop".utf8)] {
                #expect(fast(context) == reference(context), "U+\(String(v, radix: 16))")
            }
        }
        // Sequences cut short, overlong forms and surrogates are not well-formed.
        for bad: [UInt8] in [[0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF]] {
            #expect(!fast(bad) && !reference(bad))
        }
    }

    /// Character references read as libxml2's `htmlParseCharRef` reads them: a value stops growing
    /// once it reaches 0x110000 (`&#x1100001;` is 0x110000; `&#99999999;` grows to 9,999,999, then stops).
    @Test func referencesReadAsLibxml2ReadsThem() {
        for (written, value) in [("&#64976;", 0xFDD0), ("&#xFDD0;", 0xFDD0), ("&#Xfdd0", 0xFDD0), ("&#x00fdd0;", 0xFDD0),
                                 ("&#0064976;", 0xFDD0), ("&#233;", 233), ("&#x;", 0), ("&#;", 0), ("&#12a", 12),
                                 ("&#x110000;", 0x110000), ("&#x1100001;", 0x110000), ("&#99999999;", 9_999_999)] {
            let bytes = Array(written.utf8)
            let read = bytes.withUnsafeBufferPointer { DeferredText.characterReference($0, 0) }
            #expect(read == value, "\(written)")
        }
    }

    /// The scan's output written straight into storage, against the assembly it replaced (slices
    /// and markers appended to an array), on the written cases and every benchmark page.
    @Test func outputIsTheSimpleAssembly() throws {
        func reference(_ input: [UInt8], _ scanner: InputLimits.Scanner) -> [UInt8] {
            guard !scanner.cuts.isEmpty else { return input }
            var out: [UInt8] = []
            var from = 0
            var nextMarker = 0
            for (c, cut) in scanner.cuts.enumerated() {
                if cut.lowerBound > from { out.append(contentsOf: input[from..<cut.lowerBound]) }
                from = max(from, cut.upperBound)
                if nextMarker < scanner.markers.count, scanner.markers[nextMarker].cut == c {
                    let element = scanner.markers[nextMarker].element
                    if element >= 0 { out += DeferredAttributes.marker(element) }
                    else if element == -1 { out += DeferredText.marker }
                    else { out.append(scanner.deferred.blankMarker!) }
                    nextMarker += 1
                }
            }
            if from < input.count { out.append(contentsOf: input[from...]) }
            return out
        }
        var inputs = (Self.cases + DeferredAttributeTests.cases).map { Array($0.utf8) }
        for set in ["bench/extraction/pages", "bench/extraction-wcxb/pages"] {
            for (_, raw) in try SharedData.benchmarkPages(set) ?? [] {
                var scripts = 0
                inputs.append(MarkupPrefilter.strip(try TextDecoder.decodeToUTF8(raw, contentType: nil).bytes, jsonLDScripts: &scripts))
            }
        }
        if inputs.count < 100 { print("benchmark pages skipped: ../shared/bench is absent (the shared benchmark data)") }
        for input in inputs {
            var scanner = InputLimits.Scanner()
            scanner.dropUnreadAttributes = true
            scanner.deferValues = true
            input.withUnsafeBufferPointer { p in
                let allowed = DeferredText.pageAllows(p)
                scanner.deferText = allowed.text
                scanner.deferred.blankMarker = allowed.blankMarker
                scanner.scan(p)
            }
            #expect(InputLimits.output(input, scanner) == reference(input, scanner))
        }
    }

    /// Every page of both extraction benchmarks, after the pre-pass the extractor runs: the same
    /// tree, most runs of text deferred, and every deferred run back at its marker.
    @Test func benchmarkPagesKeepTheirTree() throws {
        var pages: [(name: String, bytes: [UInt8])] = []
        for set in ["bench/extraction/pages", "bench/extraction-wcxb/pages"] {
            if let found = try SharedData.benchmarkPages(set) { pages += found }
        }
        guard !pages.isEmpty else {
            print("skipped: ../shared/bench/extraction/pages is absent (the shared benchmark data)")
            return
        }
        var mismatched: [String] = [], missed: [String] = []
        var runs = 0
        for (file, raw) in pages {
            let (utf8, _) = try TextDecoder.decodeToUTF8(raw, contentType: nil)
            var scripts = 0
            let result = try Self.both(MarkupPrefilter.strip(utf8, jsonLDScripts: &scripts))
            runs += result.runs
            if result.plain != result.deferred { mismatched.append(file) }
            if !result.returned { missed.append(file) }
        }
        print("DeferredTextTests: \(pages.count) pages, \(runs) runs deferred, \(missed.count) parsed again")
        #expect(runs > pages.count * 20)
        #expect(mismatched.isEmpty)
        #expect(missed.isEmpty)
    }
}
