#if canImport(Glibc)
import Glibc
#endif
/// Whitespace handling shared by both extraction paths.
enum TextCleaner {
    /// Collapses runs of whitespace (including NBSP and other Unicode spaces) into one space and trims.
    static func collapse(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            var spaceLength = 0
            if b <= 0x20 { spaceLength = 1 }
            // U+00A0 no-break space.
            else if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 { spaceLength = 2 }
            // U+2000–U+200B spaces and zero-width space, U+2028/2029, U+202F, U+205F.
            else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] <= 0x8B || bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 || bytes[i + 2] == 0xAF { spaceLength = 3 }
            else if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x81, bytes[i + 2] == 0x9F { spaceLength = 3 }
            // U+3000 ideographic space, U+FEFF byte-order mark.
            else if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { spaceLength = 3 }
            else if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { spaceLength = 3 }
            if spaceLength > 0 {
                pendingSpace = !out.isEmpty
                i += spaceLength
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func collapse(_ s: String) -> String {
        collapse(Array(s.utf8))
    }
}

extension String {
    /// `count <= limit` without counting the Characters of a long text: a Character is at least
    /// one byte, and a text of more than eight bytes a Character for `limit` Characters is taken as
    /// longer (no script's prose runs that dense). Counting Characters walks grapheme breaks and
    /// showed in extraction profiles when done for every paragraph.
    @inline(__always)
    func fits(_ limit: Int) -> Bool {
        let bytes = utf8.count
        if bytes <= limit { return true }
        if bytes > limit * 8 { return false }
        return count <= limit
    }

    /// Byte-wise substring test over UTF-8: Foundation's `contains` goes through CFString and
    /// dominated extraction time when profiled.
    @inline(__always)
    func has(_ needle: String) -> Bool {
        byteOffset(of: needle) != nil
    }

    /// Byte offset of the last occurrence of `needle`.
    func lastByteOffset(of needle: String) -> Int? {
        var hay = self
        var ndl = needle
        return hay.withUTF8 { h in
            ndl.withUTF8 { n in
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
        var hay = self
        var ndl = needle
        return hay.withUTF8 { h in ndl.withUTF8 { n in ByteSearch.find(n, in: h) } }
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
