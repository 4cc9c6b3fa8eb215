import CLibXML2
import LedeCore

/// A page parsed by libxml2's HTML parser (error-recovering, no network, errors silenced).
///
/// ```swift
/// let doc = try HTMLDocument(utf8: Array("<p>Hello</p>".utf8))
/// for node in doc.root?.descendants() ?? [] where node.is("p") { print(node.text) }
/// ```
///
/// The document owns the libxml2 tree; ``HTMLNode`` values point into it and must not outlive it.
final class HTMLDocument {
    let pointer: htmlDocPtr
    /// How many JSON-LD scripts the bytes hold, when ``MarkupPrefilter`` counted them (nil: not known),
    /// so the metadata stage stops looking once it has them all.
    var jsonLDScripts: Int?

    /// Parses UTF-8 bytes (the caller has already decoded the page's charset into UTF-8).
    init(utf8 bytes: [UInt8], url: String? = nil) throws {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                htmlReadMemory(chars, Int32(clamping: buffer.count), url, "UTF-8", options)
            }
        }
        guard let doc else { throw LedeError.noArticle("the page could not be parsed as HTML") }
        pointer = doc
    }

    deinit { xmlFreeDoc(pointer) }

    /// The `<html>` element (or whatever the parser made the root).
    var root: HTMLNode? {
        xmlDocGetRootElement(pointer).map(HTMLNode.init)
    }

    /// The first element with this (lower-case) name, in document order.
    func first(_ name: String) -> HTMLNode? {
        root?.first(name)
    }
}
