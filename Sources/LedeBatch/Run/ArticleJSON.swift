import LedeCore

/// An ``Article`` as JSON bytes, written field by field: the same bytes as `CompactJSON` (and
/// Foundation's `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`) give for it.
///
/// ```swift
/// var out: [UInt8] = []
/// ArticleJSON.write(article, into: &out)   // {"authors":[…],"blocks":[…],…,"title":"…","url":"…"}
/// ```
///
/// `lede batch` writes one article a line; through `Encodable` every field went through the
/// generic coding machinery (existential containers, boxed nodes, a sort of each object's keys),
/// about a sixteenth of a whole batch run. An article holds only strings, integers, booleans and
/// arrays of them, so its JSON is written straight, keys in the sorted order spelled out below.
/// `ArticleJSONTests` compares it with `CompactJSON` and `JSONEncoder` on written articles (every
/// block kind, every optional absent and present, strings needing each escape) and on the article
/// of every benchmark page; a field added to ``Article`` without a line here fails that test.
enum ArticleJSON {
    static func write(_ a: Article, into out: inout [UInt8]) {
        // Keys in UTF-8 order: authors, blocks, image, language, modified, published, publisher,
        // removed, subtitle, title, url (nil optionals left out, as `encodeIfPresent` does).
        out.append(UInt8(ascii: "{"))
        key("authors", into: &out, first: true)
        strings(a.authors, into: &out)
        key("blocks", into: &out)
        out.append(UInt8(ascii: "["))
        for (i, block) in a.blocks.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            write(block, into: &out)
        }
        out.append(UInt8(ascii: "]"))
        optional("image", a.image, into: &out)
        optional("language", a.language, into: &out)
        optional("modified", a.modified, into: &out)
        optional("published", a.published, into: &out)
        optional("publisher", a.publisher, into: &out)
        key("removed", into: &out)
        out.append(UInt8(ascii: "["))
        for (i, removal) in a.removed.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            // detail, reason, text.
            out.append(UInt8(ascii: "{"))
            var first = true
            if let detail = removal.detail {
                key("detail", into: &out, first: true)
                string(detail, into: &out)
                first = false
            }
            key("reason", into: &out, first: first)
            string(removal.reason.rawValue, into: &out)
            key("text", into: &out)
            string(removal.text, into: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        optional("subtitle", a.subtitle, into: &out)
        key("title", into: &out)
        string(a.title, into: &out)
        optional("url", a.url, into: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// A block as `Block.encode(to:)` writes it; keys in UTF-8 order: caption, credit, image,
    /// items, level, ordered, text, type.
    static func write(_ block: Block, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        switch block {
        case .paragraph(let t), .quote(let t):
            key("text", into: &out, first: true)
            string(t, into: &out)
        case .heading(let level, let t):
            key("level", into: &out, first: true)
            out.append(contentsOf: String(level).utf8)
            key("text", into: &out)
            string(t, into: &out)
        case .list(let ordered, let items):
            key("items", into: &out, first: true)
            strings(items, into: &out)
            key("ordered", into: &out)
            out.append(contentsOf: (ordered ? "true" : "false").utf8)
        case .figure(let f):
            var first = true
            for (name, value) in [("caption", f.caption), ("credit", f.credit), ("image", f.image)] {
                guard let value else { continue }
                key(name, into: &out, first: first)
                string(value, into: &out)
                first = false
            }
            key("type", into: &out, first: first)
            string(block.kind, into: &out)
            out.append(UInt8(ascii: "}"))
            return
        }
        key("type", into: &out)
        string(block.kind, into: &out)
        out.append(UInt8(ascii: "}"))
    }

    private static func key(_ name: StaticString, into out: inout [UInt8], first: Bool = false) {
        if !first { out.append(UInt8(ascii: ",")) }
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        out.append(UInt8(ascii: "\""))
        out.append(UInt8(ascii: ":"))
    }

    private static func key(_ name: String, into out: inout [UInt8], first: Bool) {
        if !first { out.append(UInt8(ascii: ",")) }
        string(name, into: &out)
        out.append(UInt8(ascii: ":"))
    }

    private static func optional(_ name: StaticString, _ value: String?, into out: inout [UInt8]) {
        guard let value else { return }
        key(name, into: &out)
        string(value, into: &out)
    }

    private static func strings(_ values: [String], into out: inout [UInt8]) {
        out.append(UInt8(ascii: "["))
        for (i, s) in values.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            string(s, into: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// Quoted and escaped as Foundation does with unescaped slashes: `"` and `\`, the five short
    /// escapes, other control characters as `\u00xx`; everything else, non-ASCII included, as is.
    static func string(_ s: String, into out: inout [UInt8]) {
        CompactJSON.appendString(s, to: &out)
    }

}
