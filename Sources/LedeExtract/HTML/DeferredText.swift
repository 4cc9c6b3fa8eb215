#if canImport(Glibc)
import Glibc
#endif

/// Runs of text Lede hands to its tree itself instead of through libxml2.
///
/// libxml2 reads character data a character at a time: about 90 instructions a character, the
/// largest single cost of a parse (a third of libxml2's work on the WCXB pages). Yet all it does
/// with a run of plain text is decide whether the run is blank (a non-blank run may open an
/// implied `<p>`) and pass the bytes on. So ``InputLimits/applyDeferring(_:deferText:)`` writes one
/// marker character (``marker``, U+FDD0, a noncharacter no page uses) in place of each run it can
/// vouch for, and ``HTMLTreeBuilder`` puts the run back where libxml2 reports the marker: libxml2
/// sees a non-blank run either way and makes the same decisions.
///
/// A run qualifies (``deferrableEnd(_:_:)``) when it starts right after the `>` of a start or end
/// tag the scan kept and runs to the next `<` or `&` (where libxml2's character data ends too);
/// it has a non-blank byte among its first ``firstTextWithin`` bytes (so libxml2 would not hand
/// an all-blank first chunk of it on before deciding on a `<p>`); and every character of it is one
/// libxml2 passes on unchanged: printable, tab, line feed or carriage return, well-formed UTF-8,
/// not U+FFFE or U+FFFF. A page that holds the marker itself, written or as a character reference
/// (``pageAllows(_:)``), defers no text. Markers are matched to runs in order; should libxml2 not
/// report one as text (the scan misread the markup around it), fewer markers come back than were
/// written and the page is parsed again with nothing deferred (``HTMLDocument/parse(_:url:)``).
///
/// ```swift
/// let (bytes, _, deferred) = InputLimits.applyDeferring(page)      // runs of text out, markers in
/// let document = try HTMLDocument(utf8: bytes, deferred: deferred)  // the runs back in the tree
/// ```
enum DeferredText {
    /// U+FDD0, the marker written for a deferred run: a noncharacter, so no page means it.
    static let marker: [UInt8] = [0xEF, 0xB7, 0x90]

    /// The markers that may be written for a deferred blank run (blanks between two tags): a
    /// carriage return, else a tab, whichever the page holds none of (``pageAllows(_:)``), blank
    /// to libxml2 as the run is.
    static let blankMarkers: [UInt8] = [0x0D, 0x09]

    /// Blank runs this long or longer stay with libxml2: it hands character data on in chunks of
    /// 1,000 bytes (`HTML_PARSER_BIG_BUFFER_SIZE`), and a chunk cut inside a blank run is not
    /// followed by `<`, so libxml2 takes it as text (it may open an implied `<p>`) where the one
    /// marker would be blank.
    static let blankLengthLimit = 1000

    /// Blank runs shorter than this stay with libxml2 (a one-byte run gains nothing).
    static let minimumBlankLength = 2

    /// Runs shorter than this stay with libxml2: the marker is three bytes, and a run is looked
    /// at twice (by the scan and by the builder), so a short run gains nothing.
    static let minimumLength = 12

    /// libxml2 hands character data on in chunks of 1,000 bytes (`HTML_PARSER_BIG_BUFFER_SIZE`),
    /// deciding on an implied `<p>` only at a non-blank chunk; a run whose first non-blank byte is
    /// this early is non-blank in its first chunk, as the marker is.
    static let firstTextWithin = 900

    /// The end of the deferrable text starting at `range.lowerBound` (the first `&`, else
    /// `range.upperBound`, which must be the position of a `<`), or nil when it does not qualify.
    static func deferrableEnd(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard range.count >= minimumLength, let base = p.baseAddress else { return nil }
        let start = range.lowerBound
        let end = memchr(base + start, 0x26, range.count).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? range.upperBound
        guard end - start >= minimumLength else { return nil }
        // A non-blank byte early enough (libxml2's IS_BLANK_CH: space, tab, line feed, carriage return).
        var k = start
        let limit = min(end, start + firstTextWithin)
        while k < limit, base[k] == 0x20 || base[k] == 0x0A || base[k] == 0x09 || base[k] == 0x0D { k += 1 }
        guard k < limit else { return nil }
        return passesUnchanged(p, k..<end) ? end : nil
    }

    /// Whether every character of the bytes is one libxml2's character data passes on as it is:
    /// ASCII from space up, tab, line feed, carriage return; well-formed UTF-8 other than U+FFFE,
    /// U+FFFF and the marker. Eight bytes at a time while they are printable ASCII.
    static func passesUnchanged(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let base = p.baseAddress else { return true }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var k = range.lowerBound
        let end = range.upperBound
        while k < end {
            if k + 8 <= end {
                let x = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)
                // No byte with its high bit set and none below 0x20 (a false alarm only sends the
                // word to the byte loop).
                if (x | ((x &- 0x20 &* ones) & ~x)) & highs == 0 { k += 8; continue }
            }
            let b = base[k]
            if b < 0x80 {
                guard b >= 0x20 || b == 0x09 || b == 0x0A || b == 0x0D else { return false }
                k += 1
                continue
            }
            @inline(__always) func continuation(_ i: Int) -> Bool { i < end && base[i] & 0xC0 == 0x80 }
            switch b {
            case 0xC2...0xDF:
                guard continuation(k + 1) else { return false }
                k += 2
            case 0xE0...0xEF:
                guard k + 2 < end else { return false }
                let b1 = base[k + 1], b2 = base[k + 2]
                let low: UInt8 = b == 0xE0 ? 0xA0 : 0x80, high: UInt8 = b == 0xED ? 0x9F : 0xBF
                guard b1 >= low, b1 <= high, continuation(k + 2) else { return false }
                // U+FFFE and U+FFFF are no characters to libxml2 (dropped); U+FDD0 is the marker.
                if b == 0xEF, b1 == 0xBF, b2 >= 0xBE { return false }
                if b == 0xEF, b1 == 0xB7, b2 == 0x90 { return false }
                k += 3
            case 0xF0...0xF4:
                guard k + 3 < end else { return false }
                let b1 = base[k + 1]
                let low: UInt8 = b == 0xF0 ? 0x90 : 0x80, high: UInt8 = b == 0xF4 ? 0x8F : 0xBF
                guard b1 >= low, b1 <= high, continuation(k + 2), continuation(k + 3) else { return false }
                k += 4
            default:
                return false
            }
        }
        return true
    }

    /// Whether the run (from the `>` of a kept tag to the next `<`) is a blank run to defer: only
    /// libxml2's blanks (space, tab, line feed, carriage return), at least ``minimumBlankLength``
    /// and under ``blankLengthLimit`` bytes.
    static func isDeferrableBlank(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.count >= minimumBlankLength, range.count < blankLengthLimit else { return false }
        for k in range {
            let b = p[k]
            guard b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D else { return false }
        }
        return true
    }

    /// Calls `body` with the position of each text marker (``marker``) in `data`, in order.
    @inline(__always) static func forEachMarker(in data: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        guard let base = data.baseAddress else { return }
        let n = data.count
        var i = 0
        while i + 2 < n, let hit = memchr(base + i, 0xEF, n - i - 2) {
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if base[at + 1] == 0xB7, base[at + 2] == 0x90 {
                body(at)
                i = at + 3
            } else {
                i = at + 1
            }
        }
    }

    /// Calls `body` with the position of each marker in `data` and whether it is a blank run's
    /// (`blankMarker`, one byte) rather than a run of text's (``marker``, three), in order;
    /// `blankMarker` nil: text markers only.
    @inline(__always) static func forEachMarker(in data: UnsafeBufferPointer<UInt8>, blankMarker: UInt8?, _ body: (Int, Bool) -> Void) {
        guard let blankMarker, let base = data.baseAddress else {
            forEachMarker(in: data) { body($0, false) }
            return
        }
        guard memchr(base, Int32(blankMarker), data.count) != nil else {
            forEachMarker(in: data) { body($0, false) }
            return
        }
        var k = 0
        while k < data.count {
            let b = base[k]
            if b == blankMarker {
                body(k, true)
                k += 1
            } else if b == 0xEF, k + 2 < data.count, base[k + 1] == 0xB7, base[k + 2] == 0x90 {
                body(k, false)
                k += 3
            } else {
                k += 1
            }
        }
    }

    /// How many markers of each kind `data` holds.
    static func markerCounts(in data: UnsafeBufferPointer<UInt8>, blankMarker: UInt8?) -> (texts: Int, blanks: Int) {
        var counts = (texts: 0, blanks: 0)
        forEachMarker(in: data, blankMarker: blankMarker) { _, blank in
            if blank { counts.blanks += 1 } else { counts.texts += 1 }
        }
        return counts
    }

    /// Whether the page may defer runs of text, and the marker for its blank runs (nil: none
    /// deferred): a marker the page holds nowhere, neither as bytes nor as a character reference
    /// libxml2 would read as it (`&#64976;`, `&#xFDD0;`, `&#13;`, with leading zeros or without
    /// the semicolon). No text marker, no blank marker.
    static func pageAllows(_ p: UnsafeBufferPointer<UInt8>) -> (text: Bool, blankMarker: UInt8?) {
        guard let base = p.baseAddress, p.count > 0 else { return (true, blankMarkers[0]) }
        var written = false
        forEachMarker(in: p) { _ in written = true }
        if written { return (false, nil) }
        var free = blankMarkers.map { memchr(base, Int32($0), p.count) == nil }
        let n = p.count
        var i = 0
        while i < n, let hit = memchr(base + i, 0x26, n - i) {
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            i = at + 1
            guard at + 2 < n, base[at + 1] == 0x23 else { continue }
            let value = characterReference(p, at)
            if value == 0xFDD0 { return (false, nil) }
            for (k, m) in blankMarkers.enumerated() where value == Int(m) { free[k] = false }
        }
        return (true, blankMarkers.indices.first { free[$0] }.map { blankMarkers[$0] })
    }

    /// The value libxml2's `htmlParseCharRef` (2.9.14) reads from the `&#` at `at`: hex after
    /// `x` or `X`, else decimal, up to the first other byte, growing no further once it reaches 0x110000.
    static func characterReference(_ p: UnsafeBufferPointer<UInt8>, _ at: Int) -> Int {
        var k = at + 2
        var value = 0
        if k < p.count, p[k] | 0x20 == 0x78 {
            k += 1
            while k < p.count {
                let b = p[k]
                let digit: Int
                switch b {
                case 0x30...0x39: digit = Int(b - 0x30)
                case 0x61...0x66: digit = Int(b - 0x61) + 10
                case 0x41...0x46: digit = Int(b - 0x41) + 10
                default: return value
                }
                if value < 0x110000 { value = value * 16 + digit }
                k += 1
            }
        } else {
            while k < p.count, p[k] >= 0x30, p[k] <= 0x39 {
                if value < 0x110000 { value = value * 10 + Int(p[k] - 0x30) }
                k += 1
            }
        }
        return value
    }
}
