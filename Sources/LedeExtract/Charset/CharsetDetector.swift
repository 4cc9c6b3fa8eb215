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
        var d = detectCharset(bytes, contentType: contentType)
        d.validUTF8 = d.charset == "utf-8" && UTF8Validation.check(bytes) != .invalid
        return d
    }

    /// Undeclared bytes that are not valid UTF-8 are still read as UTF-8 (bad sequences becoming
    /// U+FFFD) when valid multi-byte sequences are at least this many times the invalid ones: text
    /// in a single-byte charset almost never forms a valid UTF-8 sequence (an accented letter is
    /// followed by ASCII), so a page mostly of valid sequences is UTF-8 with a few stray bytes.
    static let utf8MajorityRatio = 1

    private static func detectCharset(_ bytes: [UInt8], contentType: String?) -> Detection {
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
        let utf8 = UTF8Validation.check(bytes)
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

    /// `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…charset=…">` in the prescan window.
    static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(prescanLength).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        let meta = Array("<meta".utf8), charset = Array("charset".utf8)
        var i = 0
        while let m = find(meta, in: head, from: i) {
            let tagEnd = head[m...].firstIndex(of: 0x3E) ?? head.count
            if let c = find(charset, in: head, from: m), c < tagEnd {
                var j = c + charset.count
                while j < tagEnd, head[j] == 0x20 { j += 1 }
                if j < tagEnd, head[j] == 0x3D {
                    j += 1
                    while j < tagEnd, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
                    var k = j
                    while k < tagEnd, ![0x20, 0x22, 0x27, 0x3B, 0x2F, 0x3E].contains(head[k]) { k += 1 }
                    if k > j { return String(decoding: head[j..<k], as: UTF8.self) }
                }
            }
            i = tagEnd
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard needle.count <= hay.count else { return nil }
        var i = from
        while i + needle.count <= hay.count {
            if hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
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
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }

    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
