#if canImport(Glibc)
import Glibc
#endif
import LedeCore

/// Finds a page's character encoding: byte-order mark, HTTP header, `<meta>`, then a guess, with
/// labels read as browsers read them (``EncodingLabels``).
///
/// ```swift
/// let charset = CharsetDetector.detect(bytes, contentType: "text/html; charset=windows-1251")
/// ```
enum CharsetDetector {
    /// How far to look for `<meta charset>`: the HTML standard's prescan reads the first 1024 bytes;
    /// real pages often put the tag later, after long comments or scripts, so we look further.
    static let prescanLength = 8192

    struct Detection: Equatable {
        var charset: String
        var source: Source
        /// The bytes are valid UTF-8 (checked once here, so decoding need not check again).
        var validUTF8 = false
    }

    enum Source: String { case bom, header, meta, guess }

    static func detect(_ bytes: [UInt8], contentType: String?) -> Detection {
        // One validation pass serves both the guess and the decoder's fast path.
        let utf8 = UTF8Validation.check(bytes)
        var d = detectCharset(bytes, contentType: contentType, utf8: utf8)
        d.validUTF8 = d.charset == "utf-8" && utf8 != .invalid
        return d
    }

    /// Undeclared bytes that are not valid UTF-8 are still read as UTF-8 (bad sequences becoming
    /// U+FFFD) when valid multi-byte sequences are at least this many times the invalid ones: text
    /// in a single-byte charset almost never forms a valid UTF-8 sequence (an accented letter is
    /// followed by ASCII), so a page mostly of valid sequences is UTF-8 with a few stray bytes.
    static let utf8MajorityRatio = 1

    private static func detectCharset(_ bytes: [UInt8], contentType: String?, utf8: UTF8Validation.Result) -> Detection {
        if let bom = bomCharset(bytes) { return Detection(charset: bom, source: .bom) }
        // Labels browsers do not know (UTF-7, EBCDIC…) are ignored as browsers ignore them; labels of
        // the WHATWG "replacement" encoding are refused.
        var declared: Detection?
        for (label, source) in [(contentType.flatMap(charsetParameter), Source.header), (metaCharset(bytes), .meta)] {
            guard let label else { continue }
            switch EncodingLabels.resolve(label) {
            case .refused: return Detection(charset: refusedCharset, source: source)
            case .encoding(let name): declared = Detection(charset: name, source: source)
            case .unknown: continue
            }
            break
        }
        // Pages that declare a single-byte charset (or UTF-8) but are valid multi-byte UTF-8 are
        // common (templates copied between sites); random single-byte text is almost never valid
        // UTF-8, so valid UTF-8 with non-ASCII bytes wins over a non-UTF declaration.
        if let declared {
            let name = declared.charset
            if name.hasPrefix("utf-16") { return Detection(charset: utf8 == .invalid ? name : "utf-8", source: declared.source) }
            if utf8 == .validNonASCII { return Detection(charset: "utf-8", source: name == "utf-8" ? declared.source : .guess) }
            if name == "utf-8" && utf8 == .invalid {
                // WHATWG: declared UTF-8 decodes as UTF-8, each bad sequence a U+FFFD. A page with no
                // valid multi-byte sequence at all is single-byte text under a wrong label: decoding it
                // as that loses nothing, where U+FFFD would lose every accented letter.
                let tally = UTF8Validation.tally(bytes)
                if tally.multiByte > 0 { return Detection(charset: "utf-8", source: declared.source) }
                return Detection(charset: guessSingleByte(bytes), source: .guess)
            }
            return declared
        }
        if utf8 != .invalid { return Detection(charset: "utf-8", source: .guess) }
        if let utf16 = guessUTF16(bytes) { return Detection(charset: utf16, source: .guess) }
        let tally = UTF8Validation.tally(bytes)
        if tally.multiByte > 0, tally.multiByte >= tally.invalid * utf8MajorityRatio { return Detection(charset: "utf-8", source: .guess) }
        return Detection(charset: guessSingleByte(bytes), source: .guess)
    }

    /// The charset name of a refused declaration; ``TextDecoder`` turns it into a clear error.
    static let refusedCharset = "replacement"

    static func bomCharset(_ b: [UInt8]) -> String? {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return "utf-8" }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return "utf-16le" }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return "utf-16be" }
        return nil
    }

    /// `charset=` from a Content-Type value.
    static func charsetParameter(_ contentType: String) -> String? {
        for part in contentType.split(separator: ";").dropFirst() {
            let kv = part.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, kv[0].trimmingSpaces.lowercased() == "charset" else { continue }
            let value = kv[1].trimmingSpaces.trimmingCharacters(in: "\"'")
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…charset=…">` in the prescan
    /// window; the label comes back lower-cased. Scans the bytes in place (ASCII case folding as it
    /// compares), jumping from one `<` to the next.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { whole in
            guard let base = whole.baseAddress else { return nil }
            let n = min(whole.count, prescanLength)
            @inline(__always) func lower(_ k: Int) -> UInt8 { let b = base[k]; return b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
            func matches(_ word: StaticString, at k: Int) -> Bool {
                let count = word.utf8CodeUnitCount
                guard k + count <= n else { return false }
                for w in 0..<count where lower(k + w) != word.utf8Start[w] { return false }
                return true
            }
            var i = 0
            while i < n, let hit = memchr(base + i, 0x3C, n - i) {
                let m = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                guard matches("<meta", at: m) else { i = m + 1; continue }
                let tagEnd = memchr(base + m, 0x3E, n - m).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? n
                var c = m + 5
                while c < tagEnd, !matches("charset", at: c) { c += 1 }
                if c < tagEnd {
                    var j = c + 7
                    while j < tagEnd, base[j] == 0x20 { j += 1 }
                    if j < tagEnd, base[j] == 0x3D {
                        j += 1
                        while j < tagEnd, base[j] == 0x20 || base[j] == 0x22 || base[j] == 0x27 { j += 1 }
                        var k = j
                        while k < tagEnd, ![0x20, 0x22, 0x27, 0x3B, 0x2F, 0x3E].contains(base[k]) { k += 1 }
                        if k > j { return String(decoding: (j..<k).map { lower($0) }, as: UTF8.self) }
                    }
                }
                i = tagEnd
            }
            return nil
        }
    }

    /// Two-byte text with a zero in every other byte of ASCII characters is UTF-16 without a BOM.
    static func guessUTF16(_ b: [UInt8]) -> String? {
        let n = min(b.count, 512) & ~1
        guard n >= 8 else { return nil }
        var evenZero = 0, oddZero = 0
        for i in stride(from: 0, to: n, by: 2) {
            if b[i] == 0 { evenZero += 1 }
            if b[i + 1] == 0 { oddZero += 1 }
        }
        let pairs = n / 2
        if oddZero * 10 > pairs * 7 && evenZero * 10 < pairs { return "utf-16le" }
        if evenZero * 10 > pairs * 7 && oddZero * 10 < pairs { return "utf-16be" }
        return nil
    }

    /// Single-byte guess: Cyrillic text in windows-1251 is dominated by bytes 0xC0–0xFF (lower-case
    /// letters 0xE0–0xFF), while Western text in windows-1252 uses high bytes only for accents.
    static func guessSingleByte(_ b: [UInt8]) -> String {
        var high = 0, letters = 0, ascii = 0
        for x in b.prefix(65536) {
            if x >= 0x80 { high += 1; if x >= 0xC0 { letters += 1 } } else if (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A { ascii += 1 }
        }
        if letters > 20 && letters * 10 > high * 8 && letters * 2 > ascii / 4 { return "windows-1251" }
        return "windows-1252"
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        // Text that starts and ends with a printable ASCII byte has nothing to trim: a Character is
        // whitespace by its first scalar, and no Character ending in such a byte starts with a
        // space (spaces are never a cluster's prefix, printable ASCII never extends one). This
        // skips the grapheme and Unicode-property work (0.5 % of a batch run in a profile).
        let whole = String(self)
        if let first = whole.utf8.first, let last = whole.utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return whole
        }
        // All-ASCII text: every Character is a byte but CR LF, whitespace either way, and the
        // whitespace of ASCII is tab to carriage return and the space.
        if let ascii = whole.utf8.withContiguousStorageIfAvailable({ Self.asciiTrimmed($0, Self.asciiWhitespace) }), let ascii {
            return ascii
        }
        var s = Substring(whole)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    func trimmingCharacters(in set: String) -> String {
        // All-ASCII text and set without a carriage return: then no CR LF cluster is in either,
        // every Character of both is one byte, and the set is its bytes.
        if let mask = Self.asciiMask(set),
           let ascii = utf8.withContiguousStorageIfAvailable({ Self.asciiTrimmed($0, mask) }), let ascii {
            return ascii
        }
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }

    /// Tab, line feed, vertical tab, form feed, carriage return and space, one bit each.
    static var asciiWhitespace: (UInt64, UInt64) { (0x1_0000_3E00, 0) }

    /// The bytes of an all-ASCII set without a carriage return, one bit each (two words); nil otherwise.
    static func asciiMask(_ set: String) -> (UInt64, UInt64)? {
        var low: UInt64 = 0, high: UInt64 = 0
        for b in set.utf8 {
            guard b < 0x80, b != 0x0D else { return nil }
            if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
        }
        return (low, high)
    }

    /// `bytes` without the leading and trailing bytes in `mask`, when every byte is ASCII (and, for
    /// a set other than whitespace, none is a carriage return); nil otherwise.
    static func asciiTrimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ mask: (UInt64, UInt64)) -> String? {
        @inline(__always) func inMask(_ b: UInt8) -> Bool { b < 64 ? mask.0 & (1 << UInt64(b)) != 0 : mask.1 & (1 << UInt64(b - 64)) != 0 }
        let whitespace = mask == asciiWhitespace
        for b in bytes where b >= 0x80 || (b == 0x0D && !whitespace) { return nil }
        var lo = 0, hi = bytes.count
        while lo < hi, inMask(bytes[lo]) { lo += 1 }
        while hi > lo, inMask(bytes[hi - 1]) { hi -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)
    }
}
