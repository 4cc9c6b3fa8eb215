import CLibXML2

/// A node of an ``HTMLDocument``: a thin view over a libxml2 `xmlNode`, cheap to copy.
///
/// ```swift
/// if node.is("a"), let href = node["href"] { print(href, node.text) }
/// ```
struct HTMLNode: Hashable {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) { self.pointer = pointer }

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's lower-case tag name ("" for text and other nodes). libxml2's HTML parser already lower-cases names.
    var name: String {
        guard isElement, let n = pointer.pointee.name else { return "" }
        return String(cString: n)
    }

    /// Compares the tag name without building a String.
    func `is`(_ tag: StaticString) -> Bool {
        guard isElement, let n = pointer.pointee.name else { return false }
        // The first byte rules out most names without a call.
        guard n.pointee == tag.utf8Start.pointee else { return false }
        return strcmp(n, tag.utf8Start) == 0
    }

    func isAny(_ tags: Set<String>) -> Bool { isElement && tags.contains(name) }

    var parent: HTMLNode? {
        guard let p = pointer.pointee.parent, p.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(p)
    }

    var firstChild: HTMLNode? { pointer.pointee.children.map(HTMLNode.init) }
    var nextSibling: HTMLNode? { pointer.pointee.next.map(HTMLNode.init) }

    /// Direct children, elements and text alike.
    var children: [HTMLNode] {
        var out: [HTMLNode] = []
        var c = pointer.pointee.children
        while let n = c { out.append(HTMLNode(n)); c = n.pointee.next }
        return out
    }

    var elementChildren: [HTMLNode] { children.filter(\.isElement) }

    /// An attribute's value, read straight from the attribute list (no allocation by libxml2).
    subscript(attribute: String) -> String? {
        guard isElement else { return nil }
        var a = pointer.pointee.properties
        return attribute.withCString { wanted in
            while let attr = a {
                if let n = attr.pointee.name, strcmp(n, wanted) == 0 {
                    guard let first = attr.pointee.children else { return "" }
                    // Almost every attribute value is one text node: read it without joining.
                    if first.pointee.next == nil, let content = first.pointee.content { return String(cString: content) }
                    var value = ""
                    var c: xmlNodePtr? = first
                    while let t = c {
                        if let content = t.pointee.content { value += String(cString: content) }
                        c = t.pointee.next
                    }
                    return value
                }
                a = attr.pointee.next
            }
            return nil
        }
    }

    /// `class` and `id` together, lower-cased: what the class/id hints look at.
    /// Read straight from the attribute list into one buffer (this runs for every element in
    /// several stages; building and joining two Strings showed in profiles).
    var classAndID: String {
        guard isElement else { return "" }
        var classBytes: [UInt8] = []
        var idBytes: [UInt8] = []
        var a = pointer.pointee.properties
        while let attr = a {
            if let n = attr.pointee.name {
                let isClass = strcmp(n, "class") == 0
                if isClass || strcmp(n, "id") == 0 {
                    var c = attr.pointee.children
                    while let t = c {
                        if var p = t.pointee.content {
                            while p.pointee != 0 {
                                // ASCII lower-casing without Unicode tables: class names are almost always ASCII.
                                let b = p.pointee >= 0x41 && p.pointee <= 0x5A ? p.pointee | 0x20 : p.pointee
                                if isClass { classBytes.append(b) } else { idBytes.append(b) }
                                p += 1
                            }
                        }
                        c = t.pointee.next
                    }
                }
            }
            a = attr.pointee.next
        }
        if idBytes.isEmpty { return String(decoding: classBytes, as: UTF8.self) }
        if classBytes.isEmpty { return String(decoding: idBytes, as: UTF8.self) }
        return String(decoding: classBytes + [0x20] + idBytes, as: UTF8.self)
    }

    /// A text node's own content.
    var content: String {
        guard let c = pointer.pointee.content else { return "" }
        return String(cString: c)
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
            if node.isText, let c = node.pointer.pointee.content {
                var p = c
                while p.pointee != 0 { buffer.append(p.pointee); p += 1 }
                return .continue
            }
            if node.isElement {
                if let skip, skip(node) { return .skipChildren }
                if node.is("br") || node.is("p") || node.is("div") || node.is("li") { buffer.append(0x20) }
                if node.is("script") || node.is("style") || node.is("noscript") || node.is("template") { return .skipChildren }
            }
            return .continue
        }
    }

    enum WalkStep { case `continue`, skipChildren, stop }

    /// Depth-first, document-order walk of this node and its descendants without recursion.
    func walk(_ visit: (HTMLNode) -> WalkStep) {
        var current: xmlNodePtr? = pointer
        let top = pointer
        while let n = current {
            let step = visit(HTMLNode(n))
            if step == .stop { return }
            if step == .continue, let child = n.pointee.children, n.pointee.type == XML_ELEMENT_NODE || n == top {
                current = child
                continue
            }
            // Next sibling, or climb until one exists, never above `top`.
            var m: xmlNodePtr? = n
            current = nil
            while let up = m, up != top {
                if let s = up.pointee.next { current = s; break }
                m = up.pointee.parent
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

    /// Detaches this node from the tree and frees it.
    func remove() {
        xmlUnlinkNode(pointer)
        xmlFreeNode(pointer)
    }
}
