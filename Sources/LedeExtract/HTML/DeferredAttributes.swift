/// Attribute values Lede hands to its tree itself instead of through libxml2.
///
/// libxml2 reads an attribute value a character at a time, its slowest path: on a `lede batch` run
/// the values of the attributes Lede keeps (``ReadAttributes``) took about a sixth of all
/// instructions. For a start tag whose kept attributes libxml2 would pass on exactly as written —
/// each value closed, printable ASCII (tab and line feed allowed), no `&` but in `&amp;` (which
/// libxml2 reads as `&`, and so does the builder here) —
/// ``InputLimits/applyDeferring(_:)`` writes one bare marker attribute in their place (` _7`: an
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
        /// The value holds `&amp;`, to be read as `&`.
        var hasAmpersands = false
    }

    /// The bytes the values point into: the scan's input.
    var source: [UInt8] = []
    /// Each marked element's first attribute in `attributes` (its last is before the next element's first).
    var elements: [Int32] = []
    var attributes: [Attribute] = []
    /// The runs of text taken out (``DeferredText``), in order, as slices of `source`.
    var texts: [HTMLByteSlice] = []
    /// The blank runs taken out, in order, as slices of `source`, and the byte that marks them
    /// (one of ``DeferredText/blankMarkers``; nil: none taken out).
    var blanks: [HTMLByteSlice] = []
    var blankMarker: UInt8?

    /// Calls `body` with the storage of every array, for the length of one parse.
    func withUnsafeBuffers<R>(_ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Attribute>, UnsafeBufferPointer<HTMLByteSlice>,
                                       UnsafeBufferPointer<HTMLByteSlice>, UnsafeBufferPointer<UInt8>) -> R) -> R {
        elements.withUnsafeBufferPointer { e in
            attributes.withUnsafeBufferPointer { a in
                texts.withUnsafeBufferPointer { t in
                    blanks.withUnsafeBufferPointer { b in
                        source.withUnsafeBufferPointer { s in body(e, a, t, b, s) }
                    }
                }
            }
        }
    }

    /// The attributes of marked element `k`.
    func attributes(ofElement k: Int) -> ArraySlice<Attribute> {
        let end = k + 1 < elements.count ? Int(elements[k + 1]) : attributes.count
        return attributes[Int(elements[k])..<end]
    }

    /// The marker written for element `k`: a blank, `_` and the last digit of `k`. Markers are
    /// matched to elements in order (the `k`-th marker libxml2 reports is element `k`'s); the digit
    /// lets ``HTMLTreeBuilder`` notice a marker libxml2 did not report, and the ten names cost
    /// libxml2's name dictionary ten entries a page instead of one per deferred element.
    static func marker(_ k: Int) -> [UInt8] {
        precondition(k >= 0)
        return [0x20, 0x5F, 0x30 + UInt8(k % 10)]
    }

    /// The digit of a marker attribute name (`_7` → 7), nil for any other name.
    @inline(__always) static func digit(ofMarker name: UnsafePointer<UInt8>) -> Int? {
        guard name[0] == 0x5F, name[1] >= 0x30, name[1] <= 0x39, name[2] == 0 else { return nil }
        return Int(name[1] - 0x30)
    }

    /// Start tags whose attributes are never deferred: libxml2 drops a misplaced `<html>`,
    /// `<head>` or `<body>` (attributes and all), and a marker it drops would put every later
    /// element's attributes on the element before it (the document would parse again).
    static let neverDeferred: [InputLimits.TagKey] = ["html", "head", "body"].map(InputLimits.TagKey.init)

    /// What libxml2 makes of a value's bytes.
    enum Reading {
        /// It passes them on as they are.
        case unchanged
        /// It passes them on with each `&amp;` read as `&` (there is no other `&`).
        case ampersands
        /// Something else: an entity, a character reference, a byte it may change or reject.
        case other
    }

    /// What libxml2 makes of the value bytes: unchanged when they are printable ASCII, tab or line
    /// feed, and no `&`; `&amp;` is read as `&`. Eight bytes at a time: a word with no byte below
    /// 0x20, above 0x7E or `&` (most of every value) costs a few operations; a word with one is
    /// looked at byte by byte.
    static func reading(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Reading {
        guard let base = p.baseAddress else { return .unchanged }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var ampersands = false
        var k = range.lowerBound
        let end = range.upperBound
        /// Checks the byte at k and moves past it (past the whole `&amp;` for an ampersand).
        @inline(__always) func step() -> Bool {
            let b = base[k]
            if b == 0x26 {
                guard k + 4 < end, base[k + 1] == 0x61, base[k + 2] == 0x6D, base[k + 3] == 0x70, base[k + 4] == 0x3B else { return false }
                ampersands = true
                k += 5
                return true
            }
            k += 1
            return b <= 0x7E && (b >= 0x20 || b == 0x09 || b == 0x0A)
        }
        while k + 8 <= end {
            let x = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)
            let amp = x ^ (0x26 &* ones), del = x ^ (0x7F &* ones)
            // A byte with its high bit set, a byte below 0x20, or a byte equal to `&` or DEL (the
            // usual "has a zero byte" test on x ^ that byte); a false alarm only sends the word to
            // the byte loop.
            if (x | ((x &- 0x20 &* ones) & ~x) | ((amp &- ones) & ~amp) | ((del &- ones) & ~del)) & highs != 0 {
                let wordEnd = k + 8
                while k < wordEnd { guard step() else { return .other } }
            } else {
                k += 8
            }
        }
        while k < end { guard step() else { return .other } }
        return ampersands ? .ampersands : .unchanged
    }

    /// The value of `a` as libxml2 gives it, appended to `out`; returns its length.
    static func appendValue(_ a: Attribute, from source: UnsafePointer<UInt8>, to out: inout GrowingBuffer<UInt8>) -> Int32 {
        let range = Int(a.valueStart)..<Int(a.valueStart + a.valueCount)
        guard a.hasAmpersands else {
            out.append(contentsOf: UnsafeBufferPointer(start: source + range.lowerBound, count: range.count))
            return a.valueCount
        }
        var count: Int32 = 0
        var k = range.lowerBound
        while k < range.upperBound {
            out.append(source[k])
            // `&amp;` (the only `&` a recorded value holds) is one `&`.
            k += source[k] == 0x26 ? 5 : 1
            count += 1
        }
        return count
    }
}
