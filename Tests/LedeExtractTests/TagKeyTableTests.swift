import Testing
@testable import LedeExtract

/// The markup scan looks names up in ``TagKeyTable``s; each must answer as a plain search of the
/// lists it was built from, for the names listed and for names that are not.
@Suite struct TagKeyTableTests {
    /// Listed names, every HTML element name, prefixes and extensions of listed names, case variants
    /// and lengths 0 to 17 (past what a key packs).
    static let probes: [String] = {
        let html = ["a", "abbr", "address", "area", "article", "aside", "audio", "b", "base", "bdi", "bdo", "blockquote", "body",
                    "br", "button", "canvas", "caption", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del",
                    "details", "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "footer",
                    "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img",
                    "input", "ins", "kbd", "label", "legend", "li", "link", "main", "map", "mark", "menu", "meta", "meter", "nav",
                    "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q",
                    "rp", "rt", "ruby", "s", "samp", "script", "section", "select", "slot", "small", "source", "span", "strong",
                    "style", "sub", "summary", "sup", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
                    "time", "title", "tr", "track", "u", "ul", "var", "video", "wbr", "svg", "math", "amp-img", "fb:like"]
        let attributes = ["onclick", "data-id", "aria-label", "aria-hidden", "data-srcset", "data-src-x", "clas", "classes",
                          "ids", "i", "hre", "hreff", "xml:lan", "http-equi", "data-hi-res-srcx", "data-hi-res-sr", "contents"]
        let listed = ReadAttributes.names + ["keygen", "frame", "basefont", "isindex", "bgsound", "optgroup"]
        var all = html + attributes + listed + listed.map { $0.uppercased() } + listed.map { String($0.dropLast()) } + listed.map { $0 + "s" }
        all += (0...17).map { String(repeating: "x", count: $0) }
        return all
    }()

    @Test func readAttributesAnswersAsItsList() {
        for name in Self.probes {
            let expected = ReadAttributes.names.contains(name.lowercased())
            let got = Array(name.utf8).withUnsafeBufferPointer { ReadAttributes.contains($0) }
            #expect(got == expected, "\(name)")
        }
    }

    @Test func tagFactsAnswerAsTheirLists() {
        for name in Self.probes where name.utf8.count <= 16 {
            let key = InputLimits.TagKey(name.lowercased())
            let facts = InputLimits.tagFacts[key]
            #expect(facts.isVoid == InputLimits.voidElements.contains(key), "\(name)")
            #expect(facts.isRawText == InputLimits.rawTextElements.contains(key), "\(name)")
            #expect(facts.endPriority == (InputLimits.endPriorities.first { $0.0 == key }?.1 ?? InputLimits.defaultEndPriority), "\(name)")
            let closes = InputLimits.closesItsKind.firstIndex { $0.0 == key } ?? -1
            #expect(facts.closesKind == closes, "\(name)")
        }
    }

    @Test func aLongNameIsInNoTable() {
        let long = InputLimits.TagKey(low: 0, high: 0, extra: InputLimits.TagKey.longName | 3)
        #expect(!ReadAttributes.table[long])
        #expect(!InputLimits.tagFacts[long].isVoid)
        #expect(InputLimits.tagFacts[long].endPriority == InputLimits.defaultEndPriority)
    }
}
