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
                // A node's bytes are counted in a tight loop and kept with one append, up to and
                // including the byte that passes the bound (a byte appended at a time cost a
                // capacity and uniqueness check each).
                let content = node.contentBytes
                var end = content.count
                for k in 0..<content.count {
                    let c = content[k]
                    if c < 0x80, previous < 0x80, c > 0x20 {
                        starts += 1
                        if starts > bound { stopped = true; end = k + 1; break }
                    }
                    previous = c
                }
                if keep { buffer.append(contentsOf: UnsafeBufferPointer(rebasing: content[..<end])) }
                return stopped ? .stop : .continue
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
            if Self.holdsAnyLowercased(value, fragments) { return true }
        }
        return false
    }

    /// Whether `hay`, ASCII letters lower-cased, holds any of the fragments (lower-case ASCII; an
    /// empty one is held by anything): one pass over `hay` in which a position is compared only
    /// when its byte, folded, is some fragment's first byte (a pass per fragment showed in the
    /// byline walk over every element).
    static func holdsAnyLowercased(_ hay: UnsafeBufferPointer<UInt8>, _ fragments: [StaticString]) -> Bool {
        if fragments.contains(where: { $0.utf8CodeUnitCount == 0 }) { return true }
        // The fragments' first bytes, one bit each (ASCII: two words).
        var firstLow: UInt64 = 0, firstHigh: UInt64 = 0
        for f in fragments where f.utf8CodeUnitCount > 0 {
            let b = f.utf8Start.pointee
            if b < 64 { firstLow |= 1 << UInt64(b) } else if b < 128 { firstHigh |= 1 << UInt64(b - 64) }
        }
        for start in 0..<hay.count {
            let b = hay[start]
            let folded = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            let candidate = folded < 64 ? firstLow & (1 << UInt64(folded)) != 0
                : folded < 128 && firstHigh & (1 << UInt64(folded - 64)) != 0
            guard candidate else { continue }
            for f in fragments where Self.holdsLowercased(at: start, hay, f) { return true }
        }
        return false
    }

    /// Whether `needle` (lower-case) starts at `start` in `hay` with ASCII letters lower-cased.
    @inline(__always)
    private static func holdsLowercased(at start: Int, _ hay: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard n > 0, hay.count - start >= n else { return false }
        let p = needle.utf8Start
        for k in 0..<n {
            let b = hay[start + k]
            if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != p[k] { return false }
        }
        return true
    }
}
