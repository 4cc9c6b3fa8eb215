import Testing
@testable import LedeExtract

/// `node[.name]` and `node.has(.name)` (ids stored by the tree builder) against the spelled-name
/// look-up `node["name"]`, in the plain parse, the parse with unread attributes left out and the
/// deferred one.
struct HTMLAttributeTests {
    /// Every element of the document, for every ``HTMLAttribute``.
    static func disagreements(_ document: HTMLDocument) -> [String] {
        var out: [String] = []
        document.root?.walk { node in
            for attribute in HTMLAttribute.allCases {
                let spelled = node[attribute.name]
                if node[attribute] != spelled || node.has(attribute) != (spelled != nil) {
                    out.append("<\(node.name)> \(attribute.name): \(String(describing: node[attribute])) against \(String(describing: spelled))")
                }
            }
            return .continue
        }
        return out
    }

    /// The three parses the extractor and its tests make of the same bytes.
    static func parses(_ bytes: [UInt8]) throws -> [HTMLDocument] {
        return [try HTMLDocument(utf8: bytes),
                try HTMLDocument(utf8: InputLimits.apply(bytes, dropUnreadAttributes: true).bytes),
                try HTMLDocument.parse(bytes).document]
    }

    @Test func idsAreTheReadNamesInOrder() {
        #expect(HTMLAttribute.allCases.map(\.name) == ReadAttributes.names)
        #expect(HTMLAttribute.allCases.count <= 32, "the ids must fit HTMLNodeRecord.attributeBits")
        #expect(HTMLAttribute.ariaHidden.name == "aria-hidden" && HTMLAttribute.xmlLang.name == "xml:lang"
            && HTMLAttribute.dataURL.name == "data-url")
    }

    /// Written markup: every kind of value, upper-case and repeated names, unread attributes, a
    /// bare boolean, entities, non-ASCII, an element without attributes, a prefixed attribute name.
    @Test(arguments: DeferredAttributeTests.cases + [
        "<div CLASS=Upper ID=x data-x=1 role=main aria-hidden=true hidden style=\"display:none\">all</div><p>none</p>",
        "<a href=/a rel=\"author canonical\" type=t itemprop=author name=n property=p>links</a><meta http-equiv=x content=y value=z>",
        "<time datetime=2024-01-02 lang=en xml:lang=fr>t</time><img src=a srcset=b width=3 data-srcset=c data-src=d data-original=e data-lazy-src=f data-url=g data-hi-res-src=h>",
        "<p class=\"caf\u{E9} &eacute;\" id=\"\u{4E2D}\">non-ASCII</p><p xlink:href=x class=y>prefixed</p>",
    ]) func writtenMarkup(_ page: String) throws {
        for document in try Self.parses(Array(page.utf8)) {
            #expect(Self.disagreements(document).isEmpty)
        }
    }

    /// An element carrying an attribute has its bit; one without has none (the test can fail).
    @Test func bitsFollowTheMarkup() throws {
        let document = try HTMLDocument(utf8: Array("<div role=x><p class=y>a</p><span>b</span></div>".utf8))
        let div = try #require(document.first("div")), p = try #require(document.first("p")), span = try #require(document.first("span"))
        #expect(div.has(.role) && !div.has(.class) && div[.role] == "x")
        #expect(p.has(.class) && !p.has(.role) && p[.class] == "y")
        #expect(!span.has(.class) && span[.class] == nil)
    }

    @Test func benchmarkPages() throws {
        guard let pages = try SharedData.benchmarkPages() else { return }
        for (file, raw) in pages {
            let (utf8, _) = try TextDecoder.decodeToUTF8(raw, contentType: nil)
            for document in try Self.parses(utf8) {
                let wrong = Self.disagreements(document)
                #expect(wrong.isEmpty, "\(file): \(wrong.prefix(3))")
            }
        }
    }
}
