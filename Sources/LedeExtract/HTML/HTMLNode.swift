#if canImport(Glibc)
import Glibc
#endif

/// A node of an ``HTMLDocument``: a view of one entry of its compact tree, cheap to copy.
///
/// ```swift
/// if node.is(.a), let href = node[.href] { print(href, node.text) }
/// ```
///
/// The view holds its document without retaining it (the document outlives every stage that
/// walks it), so passing nodes around costs no reference counting.
struct HTMLNode: Hashable {
    unowned(unsafe) let document: HTMLDocument
    let index: Int32

    init(_ document: HTMLDocument, _ index: Int32) {
        self.document = document
        self.index = index
    }

    static func == (a: HTMLNode, b: HTMLNode) -> Bool { a.index == b.index && a.document === b.document }
    func hash(into hasher: inout Hasher) { hasher.combine(index) }

    @inline(__always) private var record: UnsafeMutablePointer<HTMLNodeRecord> { document.nodes + Int(index) }
    @inline(__always) private func node(_ i: Int32) -> HTMLNode? { i < 0 ? nil : HTMLNode(document, i) }

    var isElement: Bool { record.pointee.kind == .element }
    /// Text or script/style data.
    var isText: Bool { record.pointee.kind == .text || record.pointee.kind == .cdata }
    /// Character data only (not the CDATA libxml2 makes of script and style bodies).
    var isTextNode: Bool { record.pointee.kind == .text }
    var isComment: Bool { record.pointee.kind == .comment }

    /// The element's lower-case tag name ("" for text and other nodes). libxml2's HTML parser already lower-cases names.
    var name: String { document.tagNames[Int(record.pointee.tag)] }

    /// Compares the tag name without building a String.
    func `is`(_ tag: StaticString) -> Bool {
        let r = record.pointee
        guard r.kind == .element else { return false }
        let spelled = document.tagSlices[Int(r.tag)]
        guard Int(spelled.count) == tag.utf8CodeUnitCount else { return false }
        let p = document.bytes + Int(spelled.start)
        // The first byte rules out most names without a call.
        guard p.pointee == tag.utf8Start.pointee else { return false }
        return memcmp(p, tag.utf8Start, Int(spelled.count)) == 0
    }

    /// Whether the node is an element of this name: one comparison of the interned id.
    @inline(__always)
    func `is`(_ tag: HTMLTag) -> Bool { record.pointee.tag == tag.rawValue }

    /// The element's name as an ``HTMLTag`` (nil for other names and for nodes that are not elements),
    /// for a `switch` over tags without the name's String.
    @inline(__always)
    var tag: HTMLTag? { HTMLTag(rawValue: record.pointee.tag) }

    func isAny(_ tags: Set<String>) -> Bool { isElement && tags.contains(name) }

    var parent: HTMLNode? {
        let p = record.pointee.parent
        guard p >= 0, document.nodes[Int(p)].kind == .element else { return nil }
        return HTMLNode(document, p)
    }

    var firstChild: HTMLNode? { node(record.pointee.firstChild) }
    var nextSibling: HTMLNode? { node(record.pointee.next) }
    var previousSibling: HTMLNode? { node(record.pointee.previous) }

    /// Direct children, elements and text alike.
    var children: [HTMLNode] {
        var out: [HTMLNode] = []
        var c = record.pointee.firstChild
        while c >= 0 { out.append(HTMLNode(document, c)); c = document.nodes[Int(c)].next }
        return out
    }

    var elementChildren: [HTMLNode] { children.filter(\.isElement) }

    /// How many attributes the element has.
    var attributeCount: Int { isElement ? Int(record.pointee.count) : 0 }

    /// Every attribute, in the order the page wrote them.
    var attributes: [(name: String, value: String)] {
        let r = record.pointee
        guard r.kind == .element else { return [] }
        return (Int(r.start)..<Int(r.start + r.count)).map { k in
            let a = document.attributes[k]
            return (String(decoding: UnsafeBufferPointer(start: document.bytes + Int(a.nameStart), count: Int(a.nameCount)), as: UTF8.self),
                    String(decoding: UnsafeBufferPointer(start: document.bytes + Int(a.valueStart), count: Int(a.valueCount)), as: UTF8.self))
        }
    }

    /// An attribute's value.
    subscript(attribute: String) -> String? {
        attribute.withUTF8Bytes { wanted in
            guard let value = attributeValue(wanted) else { return nil }
            return String(decoding: value, as: UTF8.self)
        }
    }

    /// An attribute's value.
    subscript(attribute: HTMLAttribute) -> String? {
        attributeValue(attribute).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether the element carries the attribute: one bit test.
    @inline(__always)
    func has(_ attribute: HTMLAttribute) -> Bool { record.pointee.attributeBits & attribute.bit != 0 }

    /// The bytes of an attribute's value, valid while the document lives; a bit test when the
    /// element does not carry it.
    func attributeValue(_ attribute: HTMLAttribute) -> UnsafeBufferPointer<UInt8>? {
        let r = record.pointee
        guard r.attributeBits & attribute.bit != 0 else { return nil }
        for k in Int(r.start)..<Int(r.start + r.count) {
            let a = document.attributes[k]
            guard a.id == attribute.rawValue else { continue }
            return UnsafeBufferPointer(start: document.bytes + Int(a.valueStart), count: Int(a.valueCount))
        }
        return nil
    }

    /// The bytes of an attribute's value, valid while the document lives.
    func attributeValue(_ wanted: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        assert(ReadAttributes.contains(wanted),
               "attribute \(String(decoding: wanted, as: UTF8.self)) is not in ReadAttributes.names, so the parse leaves it out: add it there")
        let r = record.pointee
        guard r.kind == .element, r.count > 0 else { return nil }
        let bytes = document.bytes
        for k in Int(r.start)..<Int(r.start + r.count) {
            let a = document.attributes[k]
            guard Int(a.nameCount) == wanted.count, memcmp(bytes + Int(a.nameStart), wanted.baseAddress!, wanted.count) == 0 else { continue }
            return UnsafeBufferPointer(start: bytes + Int(a.valueStart), count: Int(a.valueCount))
        }
        return nil
    }

    /// `class` and `id` together, lower-cased: what the class/id hints look at.
    /// Read straight from the attribute slices into one buffer (this runs for every element in
    /// several stages; building and joining two Strings showed in profiles).
    var classAndID: String {
        let r = record.pointee
        guard r.attributeBits & (HTMLAttribute.class.bit | HTMLAttribute.id.bit) != 0 else { return "" }
        let bytes = document.bytes
        var classValue: UnsafeBufferPointer<UInt8>?
        var idValue: UnsafeBufferPointer<UInt8>?
        for k in Int(r.start)..<Int(r.start + r.count) {
            let a = document.attributes[k]
            let value = UnsafeBufferPointer(start: bytes + Int(a.valueStart), count: Int(a.valueCount))
            if a.id == HTMLAttribute.class.rawValue { classValue = value }
            else if a.id == HTMLAttribute.id.rawValue { idValue = value }
        }
        let classCount = classValue?.count ?? 0, idCount = idValue?.count ?? 0
        guard classCount + idCount > 0 else { return "" }
        let joined = classCount > 0 && idCount > 0
        return String(unsafeUninitializedCapacity: classCount + idCount + (joined ? 1 : 0)) { out in
            var i = 0
            // ASCII lower-casing without Unicode tables: class names are almost always ASCII.
            for b in classValue ?? UnsafeBufferPointer(start: nil, count: 0) { out[i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b; i += 1 }
            if joined { out[i] = 0x20; i += 1 }
            for b in idValue ?? UnsafeBufferPointer(start: nil, count: 0) { out[i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b; i += 1 }
            return i
        }
    }

    /// A text node's own content.
    var content: String {
        guard record.pointee.kind != .element, record.pointee.kind != .document else { return "" }
        return String(decoding: contentBytes, as: UTF8.self)
    }

    /// A text, comment or instruction node's bytes, valid while the document lives (empty for elements).
    var contentBytes: UnsafeBufferPointer<UInt8> {
        let r = record.pointee
        guard r.kind != .element, r.kind != .document else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: document.bytes + Int(r.start), count: Int(r.count))
    }

    /// The same bytes as a NUL-terminated C string (nil for elements), for `strstr` and like.
    var rawContent: UnsafeMutablePointer<UInt8>? {
        let r = record.pointee
        guard r.kind != .element, r.kind != .document else { return nil }
        return document.bytes + Int(r.start)
    }

    /// All text below this node, whitespace collapsed to single spaces and trimmed.
    var text: String {
        var buffer: [UInt8] = []
        appendText(to: &buffer)
        return TextCleaner.collapse(buffer)
    }

    /// Appends the raw UTF-8 text of every text node below this one, iteratively (deep trees can't overflow the stack).
    func appendText(to buffer: inout [UInt8], skipping skip: ((HTMLNode) -> Bool)? = nil) {
        walk { node in
            if node.isText {
                buffer.append(contentsOf: node.contentBytes)
                return .continue
            }
            if node.isElement {
                if let skip, skip(node) { return .skipChildren }
                if node.is(.br) || node.is(.p) || node.is(.div) || node.is(.li) { buffer.append(0x20) }
                if node.is(.script) || node.is(.style) || node.is(.noscript) || node.is(.template) { return .skipChildren }
            }
            return .continue
        }
    }

    enum WalkStep { case `continue`, skipChildren, stop }

    /// Depth-first, document-order walk of this node and its descendants without recursion.
    func walk(_ visit: (HTMLNode) -> WalkStep) {
        let nodes = document.nodes
        let top = index
        var current = index
        while current >= 0 {
            let step = visit(HTMLNode(document, current))
            if step == .stop { return }
            let r = nodes[Int(current)]
            if step == .continue, r.firstChild >= 0, r.kind == .element || current == top {
                current = r.firstChild
                continue
            }
            // Next sibling, or climb until one exists, never above `top`.
            var m = current
            current = -1
            while m >= 0, m != top {
                let up = nodes[Int(m)]
                if up.next >= 0 { current = up.next; break }
                m = up.parent
            }
        }
    }

    /// Every element below this node (not itself), in document order.
    func descendants(_ name: String? = nil) -> [HTMLNode] {
        var out: [HTMLNode] = []
        walk { node in
            if node != self, node.isElement, name == nil || node.name == name { out.append(node) }
            return .continue
        }
        return out
    }

    func first(_ name: String) -> HTMLNode? {
        var found: HTMLNode?
        walk { node in
            if node.isElement, node.name == name { found = node; return .stop }
            return .continue
        }
        return found
    }

    /// True when an ancestor (not the node itself) satisfies the test.
    func hasAncestor(where test: (HTMLNode) -> Bool) -> Bool {
        var p = parent
        while let n = p { if test(n) { return true }; p = n.parent }
        return false
    }

    /// A slot a stage may use while it holds the document (0 until set).
    var scratch: Int32 {
        get { record.pointee.scratch }
        nonmutating set { record.pointee.scratch = newValue }
    }

    /// Detaches this node from the tree (its storage stays with the document).
    func remove() {
        let nodes = document.nodes
        let r = record.pointee
        if r.previous >= 0 { nodes[Int(r.previous)].next = r.next } else if r.parent >= 0 { nodes[Int(r.parent)].firstChild = r.next }
        if r.next >= 0 { nodes[Int(r.next)].previous = r.previous } else if r.parent >= 0 { nodes[Int(r.parent)].lastChild = r.previous }
        record.pointee.parent = -1
        record.pointee.next = -1
        record.pointee.previous = -1
    }
}
