/// Byte-level questions the metadata stage asks of every element, answered without building a
/// String: an element's text is read only as far as needed to know it is long, attribute values
/// are compared in place. Each returns exactly what the String test it replaces would.
///
/// ```swift
/// if !node.textSurelyLonger(than: 80) { /* node.text may be a short date line */ }
/// if node.attribute(.rel, equalsLowercased: "author") { /* rel=author link */ }
/// ```
extension HTMLNode {
    /// True when `text` (whitespace collapsed) certainly has more than `limit` Characters; false
    /// when it may have `limit` or fewer. Reads the text nodes below in document order and stops
    /// as soon as more than `limit` of their ASCII bytes surely start Characters of the text (see
    /// ``Swift/String/characterCountBounds``), so a long subtree costs `limit` bytes, not its length.
    func textSurelyLonger(than limit: Int) -> Bool {
        textPrefix(untilSureStartsExceed: limit, keep: false).stopped
    }

    /// The text `appendText` gathers (whitespace not yet collapsed), read in document order only
    /// until more than `bound` of its ASCII bytes surely start Characters (an ASCII byte after an
    /// ASCII byte always starts one). `stopped` tells whether that bound was passed; `bytes` holds
    /// what was read when `keep` is set (empty otherwise). Serves ``textSurelyLonger(than:)`` and
    /// ``snippetText(limit:)``, so a long subtree costs `bound` bytes, not its length.
    func textPrefix(untilSureStartsExceed bound: Int, keep: Bool) -> (bytes: [UInt8], stopped: Bool) {
        var buffer: [UInt8] = []
        var starts = 0
        // The byte before the current one in the text `appendText` builds (0: its start).
        var previous: UInt8 = 0
        var stopped = false
        walk { node in
            if node.isText {
                for c in node.contentBytes {
                    if keep { buffer.append(c) }
                    if c < 0x80, previous < 0x80, c > 0x20 {
                        starts += 1
                        if starts > bound { stopped = true; return .stop }
                    }
                    previous = c
                }
                return .continue
            }
            if node.isElement {
                // The same separators and skipped subtrees as `appendText`.
                if node.is(.br) || node.is(.p) || node.is(.div) || node.is(.li) {
                    if keep { buffer.append(0x20) }
                    previous = 0x20
                }
                if node.is(.script) || node.is(.style) || node.is(.noscript) || node.is(.template) { return .skipChildren }
            }
            return .continue
        }
        return (buffer, stopped)
    }

    /// Whether the attribute is present and its value, lower-cased, is `lowercased` (lower-case
    /// ASCII letters without "k"). Compared ASCII-case-insensitively in place: the one non-ASCII
    /// letter that lower-cases to ASCII alone is the Kelvin sign (to "k"), so for such targets
    /// this is `node[name]?.lowercased() == lowercased`.
    func attribute(_ name: HTMLAttribute, equalsLowercased lowercased: StaticString) -> Bool {
        guard let value = attributeValue(name) else { return false }
        let n = lowercased.utf8CodeUnitCount
        guard value.count == n else { return false }
        let target = lowercased.utf8Start
        for i in 0..<n {
            let b = value[i]
            if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != target[i] { return false }
        }
        return true
    }

    /// Whether the element's class or id, lower-cased (ASCII), holds any of the fragments, which
    /// must be lower-case ASCII without spaces (so no match can straddle the join of the two in
    /// ``classAndID``). A cheap test before building ``classAndID``.
    func classOrIDMayHold(_ fragments: [StaticString]) -> Bool {
        let record = document.nodes[Int(index)]
        guard record.attributeBits & (HTMLAttribute.class.bit | HTMLAttribute.id.bit) != 0 else { return false }
        let bytes = document.bytes
        // Every class and id attribute, as ``classAndID`` reads them (it keeps the last of each).
        for k in Int(record.start)..<Int(record.start + record.count) {
            let a = document.attributes[k]
            guard a.id == HTMLAttribute.class.rawValue || a.id == HTMLAttribute.id.rawValue else { continue }
            let value = UnsafeBufferPointer(start: bytes + Int(a.valueStart), count: Int(a.valueCount))
            for f in fragments where Self.holdsLowercased(value, f) { return true }
        }
        return false
    }

    private static func holdsLowercased(_ hay: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard n > 0, hay.count >= n else { return n == 0 }
        let p = needle.utf8Start
        for start in 0...(hay.count - n) {
            var k = 0
            while k < n {
                let b = hay[start + k]
                if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != p[k] { break }
                k += 1
            }
            if k == n { return true }
        }
        return false
    }
}
