import CLibXML2
import LedeCore

/// A page parsed by libxml2's HTML parser (error-recovering, no network, errors silenced) into
/// Lede's own compact tree.
///
/// ```swift
/// let doc = try HTMLDocument(utf8: Array("<p>Hello</p>".utf8))
/// for node in doc.root?.descendants() ?? [] where node.is(.p) { print(node.text) }
/// ```
///
/// libxml2 tokenises the page and decides its structure; its SAX events are recorded by
/// ``HTMLTreeBuilder`` into flat arrays (nodes linked by index, every text and attribute a slice of
/// one byte buffer, tag names interned), so no `xmlNode` is allocated or freed. The document owns
/// the arrays; ``HTMLNode`` values are views into them and must not outlive it.
final class HTMLDocument {
    let nodes: UnsafeMutablePointer<HTMLNodeRecord>
    let nodeCount: Int
    let bytes: UnsafeMutablePointer<UInt8>
    let attributes: UnsafeMutablePointer<HTMLAttributeRecord>
    /// Tag names by id (id 0 is "", for nodes that are not elements).
    let tagNames: [String]
    let tagSlices: UnsafeMutablePointer<HTMLByteSlice>
    /// How many JSON-LD scripts the bytes hold, when ``MarkupPrefilter`` counted them (nil: not known),
    /// so the metadata stage stops looking once it has them all.
    var jsonLDScripts: Int?
    /// Whether everything deferred before the parse came back at its marker, in step: every run
    /// of text (``DeferredText``) and every element's attributes (``DeferredAttributes``). False
    /// means libxml2 read some marker otherwise than the scan expected, and the tree may not be
    /// the tree of the plain parse.
    let deferredReturned: Bool

    /// libxml2's global state (its dictionaries' mutex and random seed) must be set up once before
    /// threads parse at the same time: two first parses racing each set it up and one lock is lost,
    /// which hung `lede batch` with two jobs. A static initialiser runs exactly once.
    private static let libraryInitialized: Void = xmlInitParser()

    /// Parses UTF-8 bytes (the caller has already decoded the page's charset into UTF-8); `deferred`:
    /// the attributes ``InputLimits/applyDeferring(_:)`` took out of them.
    init(utf8 input: [UInt8], url: String? = nil, deferred: DeferredAttributes? = nil) throws {
        _ = Self.libraryInitialized
        // libxml2 refuses an empty buffer; so did the tree-building parse this replaces.
        guard !input.isEmpty, let context = htmlNewParserCtxt() else { throw LedeError.noArticle("the page could not be parsed as HTML") }
        defer { htmlFreeParserCtxt(context) }
        context.pointee.sax.pointee = Self.handler()
        var builder = HTMLTreeBuilder(expectedBytes: input.count)
        builder.context = context
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)
        let pinned = deferred ?? DeferredAttributes()
        pinned.withUnsafeBuffers { elements, attributes, texts, blanks, source in
            builder.markersAreDeferred = deferred != nil
            builder.deferredElements = elements
            builder.deferredAttributes = attributes
            builder.textRuns = texts
            builder.blankRuns = blanks
            builder.blankMarker = blanks.isEmpty ? nil : pinned.blankMarker
            builder.textSource = source.baseAddress
            withUnsafeMutablePointer(to: &builder) { state in
                context.pointee.userData = UnsafeMutableRawPointer(state)
                let leftover: htmlDocPtr? = input.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                        htmlCtxtReadMemory(context, chars, Int32(clamping: buffer.count), url, "UTF-8", options)
                    }
                }
                // The handler builds no libxml2 document; free one should a future libxml2 make it anyway.
                if let leftover { xmlFreeDoc(leftover) }
                context.pointee.userData = UnsafeMutableRawPointer(context)
            }
            // The pointers are good only inside this closure.
            builder.deferredElements = UnsafeBufferPointer(start: nil, count: 0)
            builder.deferredAttributes = UnsafeBufferPointer(start: nil, count: 0)
            builder.textRuns = UnsafeBufferPointer(start: nil, count: 0)
            builder.blankRuns = UnsafeBufferPointer(start: nil, count: 0)
            builder.textSource = nil
        }
        deferredReturned = builder.textRunsUsed == pinned.texts.count && builder.blankRunsUsed == pinned.blanks.count
            && builder.elementsUsed == pinned.elements.count && !builder.elementsSlipped
        // The builder's storage becomes the document's as it is.
        nodeCount = builder.nodes.count
        nodes = builder.nodes.take()
        bytes = builder.bytes.take()
        attributes = builder.attributes.take()
        tagSlices = builder.tagSlices.take()
        tagNames = builder.tagNames
    }

    /// Parses a page with the unread attributes left out and the read ones and plain runs of text
    /// deferred (``InputLimits/applyDeferring(_:deferText:)``): the tree of the plain parse, built
    /// faster. Should anything deferred not come back in step, the page is parsed again with
    /// everything it reads left in the bytes.
    static func parse(_ utf8: [UInt8], url: String? = nil) throws -> (document: HTMLDocument, report: InputLimits.Report) {
        let (capped, report, deferred) = InputLimits.applyDeferring(utf8)
        let document = try HTMLDocument(utf8: capped, url: url, deferred: deferred)
        if document.deferredReturned { return (document, report) }
        return (try HTMLDocument(utf8: InputLimits.apply(utf8, dropUnreadAttributes: true).bytes, url: url), report)
    }

    deinit {
        nodes.deallocate()
        bytes.deallocate()
        attributes.deallocate()
        tagSlices.deallocate()
    }

    /// The `<html>` element (or whatever the parser made the root): the document's first element child.
    var root: HTMLNode? {
        var c = nodes[0].firstChild
        while c >= 0 {
            if nodes[Int(c)].kind == .element { return HTMLNode(self, c) }
            c = nodes[Int(c)].next
        }
        return nil
    }

    /// The first element with this (lower-case) name, in document order.
    func first(_ name: String) -> HTMLNode? {
        root?.first(name)
    }

    /// The SAX handler: each event goes to the ``HTMLTreeBuilder`` passed as user data. Events a
    /// tree does not keep (entity declarations, document start and end, errors) have no callback.
    private static func handler() -> htmlSAXHandler {
        var h = htmlSAXHandler()
        h.startElement = { state, name, pairs in
            guard let state, let name else { return }
            state.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee.startElement(name, pairs)
        }
        h.endElement = { state, _ in
            state?.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee.endElement()
        }
        h.characters = { state, chars, length in
            guard let state, let chars else { return }
            state.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee.characters(chars, Int(length), kind: .text)
        }
        h.cdataBlock = { state, chars, length in
            guard let state, let chars else { return }
            state.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee.characters(chars, Int(length), kind: .cdata)
        }
        h.comment = { state, value in
            state?.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee.leaf(.comment, content: value)
        }
        h.processingInstruction = { state, _, data in
            state?.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee.leaf(.other, content: data)
        }
        h.internalSubset = { state, _, _, _ in
            state?.assumingMemoryBound(to: HTMLTreeBuilder.self).pointee.doctype()
        }
        h.initialized = 1
        return h
    }
}
