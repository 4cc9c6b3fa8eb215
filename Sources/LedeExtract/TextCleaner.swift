#if canImport(Glibc)
import Glibc
#endif
/// Whitespace handling shared by both extraction paths.
enum TextCleaner {
    /// Collapses runs of whitespace (including NBSP and other Unicode spaces) into one space and trims.
    static func collapse(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { collapse($0) }
    }

    static func collapse(_ s: String) -> String {
        s.withUTF8Bytes { collapse($0) }
    }

    /// The bytes are written straight into the new string's storage (never more than the input:
    /// a space is written only for a run of at least one whitespace byte), which then checks them
    /// as UTF-8 once, as `String(decoding:as:)` does, repairing what is not.
    static func collapse(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let n = bytes.count
        guard n > 0 else { return "" }
        return String(unsafeUninitializedCapacity: n) { out in
            var written = 0
            var pendingSpace = false
            var i = 0
            while i < n {
                let b = bytes[i]
                var spaceLength = 0
                if b <= 0x20 { spaceLength = 1 }
                // Every other byte below 0xC2 is itself (the spaces below start with C2, E2, E3, EF).
                else if b < 0xC2 {}
                // U+00A0 no-break space.
                else if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 { spaceLength = 2 }
                // U+2000–U+200B spaces and zero-width space, U+2028/2029, U+202F, U+205F.
                else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] <= 0x8B || bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 || bytes[i + 2] == 0xAF { spaceLength = 3 }
                else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x81, bytes[i + 2] == 0x9F { spaceLength = 3 }
                // U+3000 ideographic space, U+FEFF byte-order mark.
                else if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { spaceLength = 3 }
                else if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { spaceLength = 3 }
                if spaceLength > 0 {
                    pendingSpace = written > 0
                    i += spaceLength
                    continue
                }
                if pendingSpace {
                    out[written] = 0x20
                    written += 1
                    pendingSpace = false
                }
                out[written] = b
                written += 1
                i += 1
            }
            return written
        }
    }
}

extension String {
    /// `count <= limit` without counting the Characters of a long text: a Character is at least
    /// one byte, and a text of more than eight bytes a Character for `limit` Characters is taken as
    /// longer (no script's prose runs that dense). Counting Characters walks grapheme breaks and
    /// showed in extraction profiles when done for every paragraph.
    ///
    /// Between the two, the exact count is needed only when a byte scan cannot decide: more
    /// Characters than `limit` surely start with an ASCII byte (``characterCountBounds``), or
    /// at most `limit` scalars (a Character holds at least one).
    @inline(__always)
    func fits(_ limit: Int) -> Bool {
        let bytes = utf8.count
        if bytes <= limit { return true }
        if bytes > limit * 8 { return false }
        return countIsAtMost(limit)
    }

    /// `count <= limit` exactly (no eight-bytes-a-Character cut-off): decided by the byte scan of
    /// ``fits(_:)`` when it can, else by counting.
    ///
    /// ```swift
    /// "caf\u{E9}".countIsAtMost(4)   // true, read from the bytes
    /// ```
    func countIsAtMost(_ limit: Int) -> Bool {
        if utf8.count <= limit { return true }
        switch surelyLongerOrShorter(than: limit) {
        case true?: return false
        case false?: return true
        case nil: return count <= limit
        }
    }

    /// True when more than `limit` Characters that are not spaces surely start with an ASCII byte
    /// (``characterCountBounds``' `lowerNonSpace`, stopping once past `limit`): trimmed, the text
    /// still has more than `limit` Characters.
    func surelyMoreNonSpaceCharacters(than limit: Int) -> Bool {
        let scan = { (b: UnsafeBufferPointer<UInt8>) -> Bool in
            var lower = 0
            var previous: UInt8 = 0
            for c in b {
                if c > 0x20, c < 0x80, previous < 0x80 {
                    lower += 1
                    if lower > limit { return true }
                }
                previous = c
            }
            return false
        }
        if let r = utf8.withContiguousStorageIfAvailable(scan) { return r }
        return Array(utf8).withUnsafeBufferPointer(scan)
    }

    /// True when more than `limit` Characters surely start with an ASCII byte (stopping there),
    /// false when there are at most `limit` scalars, nil when only counting can tell.
    private func surelyLongerOrShorter(than limit: Int) -> Bool? {
        let scan = { (b: UnsafeBufferPointer<UInt8>) -> Bool? in
            var lower = 0, scalars = 0
            var previous: UInt8 = 0
            for c in b {
                if c & 0xC0 != 0x80 { scalars += 1 }
                if c < 0x80, previous < 0x80, !(c == 0x0A && previous == 0x0D) {
                    lower += 1
                    if lower > limit { return true }
                }
                previous = c
            }
            return scalars <= limit ? false : nil
        }
        if let r = utf8.withContiguousStorageIfAvailable(scan) { return r }
        return Array(utf8).withUnsafeBufferPointer(scan)
    }

    /// Bounds on `count` from one pass over the bytes, with no grapheme breaking: `upper` is the
    /// number of Unicode scalars; `lower` the number of ASCII bytes that surely start a
    /// Character, and `lowerNonSpace` those of them above U+0020 (Characters that are not spaces,
    /// which trimming cannot remove).
    ///
    /// An ASCII byte starts a new Character when it opens the text or follows another ASCII byte,
    /// except a line feed after a carriage return: the rules that join a scalar to the one before
    /// it (combining marks, joiners, prepended marks, regional indicators) all involve non-ASCII
    /// scalars.
    var characterCountBounds: (lower: Int, lowerNonSpace: Int, upper: Int) {
        let scan = { (b: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int) in
            var lower = 0, nonSpace = 0, scalars = 0
            var previous: UInt8 = 0
            for (i, c) in b.enumerated() {
                if c & 0xC0 != 0x80 { scalars += 1 }
                if c < 0x80, i == 0 || previous < 0x80, !(c == 0x0A && previous == 0x0D && i > 0) {
                    lower += 1
                    if c > 0x20 { nonSpace += 1 }
                }
                previous = c
            }
            return (lower, nonSpace, scalars)
        }
        if let r = utf8.withContiguousStorageIfAvailable(scan) { return r }
        return Array(utf8).withUnsafeBufferPointer(scan)
    }

    /// Byte-wise substring test over UTF-8: Foundation's `contains` goes through CFString and
    /// dominated extraction time when profiled.
    @inline(__always)
    func has(_ needle: String) -> Bool {
        byteOffset(of: needle) != nil
    }

    /// Byte offset of the last occurrence of `needle`.
    func lastByteOffset(of needle: String) -> Int? {
        withUTF8Bytes { h in
            needle.withUTF8Bytes { n in
                var found: Int?
                var start = 0
                while start <= h.count, let i = ByteSearch.find(n, in: UnsafeBufferPointer(rebasing: h[start...])) {
                    found = start + i
                    start += i + 1
                }
                return found
            }
        }
    }

    func byteOffset(of needle: String) -> Int? {
        withUTF8Bytes { h in needle.withUTF8Bytes { n in ByteSearch.find(n, in: h) } }
    }

    /// The string's UTF-8 bytes, read in place when its storage is contiguous (native and small
    /// strings): `withUTF8` needs a mutable copy, whose retain and release cost more than the
    /// search of a short text. A bridged string is copied as `withUTF8` would.
    ///
    /// ```swift
    /// let n = "a, b".withUTF8Bytes { $0.filter { $0 == 0x2C }.count }   // 1
    /// ```
    @inline(__always)
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = self
        return copy.withUTF8(body)
    }
}

/// First-byte scan then compare: the needles are short class fragments and phrases.
enum ByteSearch {
    static func find(_ n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>) -> Int? {
        let nc = n.count, hc = h.count
        guard nc > 0 else { return 0 }
        guard hc >= nc else { return nil }
        let first = n[0]
        var i = 0
        let last = hc - nc
        let base = h.baseAddress!
        while i <= last {
            // memchr finds candidate first bytes with vector instructions.
            guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var k = 1
            while k < nc && h[i + k] == n[k] { k += 1 }
            if k == nc { return i }
            i += 1
        }
        return nil
    }
}
