/// Attribute values Lede hands to its tree itself instead of through libxml2.
///
/// libxml2 reads an attribute value a character at a time, its slowest path: on a `lede batch` run
/// the values of the attributes Lede keeps (``ReadAttributes``) took about a sixth of all
/// instructions. For a start tag whose kept attributes libxml2 would pass on exactly as written —
/// each value closed, printable ASCII (tab and line feed allowed), no `&` (so no entity to decode) —
/// ``InputLimits/applyDeferring(_:)`` writes one bare marker attribute in their place (` _17`: an
/// attribute of that name never survives the scan, as it is not in ``ReadAttributes``) and records
/// them here; ``HTMLTreeBuilder`` gives the element these attributes as libxml2 would have: in
/// order, the first of a repeated name only, a value-less one valued as libxml2's builder values it.
///
/// ```swift
/// let (bytes, _, deferred) = InputLimits.applyDeferring(page)
/// let document = try HTMLDocument(utf8: bytes, deferred: deferred)   // the tree of the plain parse
/// ```
struct DeferredAttributes {
    /// One recorded attribute: its name (an index into ``ReadAttributes/names``) and its value's
    /// bytes in `source` (`valueCount` -1: written without a value).
    struct Attribute {
        var name: Int16
        var valueStart: Int32
        var valueCount: Int32
    }

    /// The bytes the values point into: the scan's input.
    var source: [UInt8] = []
    /// Each marked element's first attribute in `attributes` (its last is before the next element's first).
    var elements: [Int32] = []
    var attributes: [Attribute] = []

    /// The attributes of marked element `k`.
    func attributes(ofElement k: Int) -> ArraySlice<Attribute> {
        let end = k + 1 < elements.count ? Int(elements[k + 1]) : attributes.count
        return attributes[Int(elements[k])..<end]
    }

    /// The marker written for element `k`: a blank, `_` and the number.
    static func marker(_ k: Int) -> [UInt8] { Array(" _\(k)".utf8) }

    /// The element number of a marker attribute name (`_17` → 17), nil for any other name.
    static func element(ofMarker name: UnsafePointer<UInt8>) -> Int? {
        guard name.pointee == 0x5F else { return nil }
        var k = 0, i = 1
        while name[i] >= 0x30 && name[i] <= 0x39 {
            k = k * 10 + Int(name[i] - 0x30)
            i += 1
            if i > 10 { return nil }
        }
        return i > 1 && name[i] == 0 ? k : nil
    }

    /// Whether libxml2 would pass the value bytes on unchanged: printable ASCII, tab or line feed,
    /// and no `&`. Eight bytes at a time: a word with no byte below 0x20, above 0x7F or `&` (most
    /// of every value) costs a few operations; a word with one is looked at byte by byte.
    @inline(__always)
    static func passesUnchanged(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let base = p.baseAddress else { return true }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var k = range.lowerBound
        while k + 8 <= range.upperBound {
            let x = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)
            let amp = x ^ (0x26 &* ones), del = x ^ (0x7F &* ones)
            // A byte with its high bit set, a byte below 0x20, or a byte equal to `&` or DEL (the
            // usual "has a zero byte" test on x ^ that byte); a false alarm only sends the word to
            // the byte loop.
            if (x | ((x &- 0x20 &* ones) & ~x) | ((amp &- ones) & ~amp) | ((del &- ones) & ~del)) & highs != 0 {
                for j in k..<(k + 8) where !passes(base[j]) { return false }
            }
            k += 8
        }
        while k < range.upperBound {
            if !passes(base[k]) { return false }
            k += 1
        }
        return true
    }

    @inline(__always)
    private static func passes(_ b: UInt8) -> Bool { b != 0x26 && b <= 0x7E && (b >= 0x20 || b == 0x09 || b == 0x0A) }
}
