import LedeCore

/// Text as Unicode scalars, the form the language stage scans: comparing and classifying scalars is
/// several times cheaper than Characters (no grapheme breaking, no normalisation on `==`).
/// Offsets stay convertible to Character offsets, the unit of `TextSpan`.
///
/// ```swift
/// let s = Scalars("Café “déjà vu”")
/// s.characterOffset(5)   // 5 (one scalar per Character here)
/// ```
struct Scalars {
    let scalars: [Unicode.Scalar]
    /// Scalar offset → Character offset; nil when every Character is a single scalar (almost all news text).
    private let characterIndex: [Int]?

    init(_ text: String) {
        let s = Scalars.decode(text)
        scalars = s
        characterIndex = Scalars.needsMap(s) ? Scalars.map(text, count: s.count) : nil
    }

    /// `Array(text.unicodeScalars)` in one pass over the bytes: the array is sized by the byte count
    /// (never fewer than the scalars), where the general path walks the text once to count its
    /// scalars and again to copy them (2.5 % of the language stage).
    static func decode(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, written in
                var i = 0, k = 0
                let n = bytes.count
                while i < n {
                    // A String's bytes are valid UTF-8.
                    let (scalar, length) = ValidUTF8.scalar(in: bytes, at: i)
                    out[k] = scalar
                    i += length
                    k += 1
                }
                written = k
            }
        }
    }

    func characterOffset(_ scalarOffset: Int) -> Int {
        guard let map = characterIndex else { return scalarOffset }
        return scalarOffset < map.count ? map[scalarOffset] : (map.last.map { $0 + 1 } ?? 0)
    }

    func characterRange(_ r: Range<Int>) -> Range<Int> {
        guard characterIndex != nil else { return r }
        let lo = characterOffset(r.lowerBound)
        let hi = r.isEmpty ? lo : characterOffset(r.upperBound - 1) + 1
        return lo..<max(lo, hi)
    }

    /// A scalar that can join the Character before it: marks, joiners, variation selectors, emoji
    /// modifiers, regional indicators, Hangul jamo, or the LF of a CR LF.
    static func needsMap(_ s: [Unicode.Scalar]) -> Bool {
        var previous: UInt32 = 0
        for c in s {
            let v = c.value
            defer { previous = v }
            if v < 0x300 {
                if v == 0x0A && previous == 0x0D { return true }
                continue
            }
            // General Punctuation, super- and subscripts and currency signs (the most common scalars
            // of news text past U+0300: curly quotes, dashes, €): only the format controls of the
            // block join anything, and asking every scalar for its category showed in profiles.
            if v >= 0x2000 && v <= 0x20CF {
                switch v {
                case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F: return true
                default: continue
                }
            }
            switch v {
            case 0x200C, 0x200D, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0x1F1E6...0x1F1FF, 0x1100...0x11FF,
                 0xE0020...0xE007F, 0xE0100...0xE01EF:
                return true
            default:
                switch c.properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark, .format: return true
                default: continue
                }
            }
        }
        return false
    }

    private static func map(_ text: String, count: Int) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(count)
        for (i, ch) in text.enumerated() {
            for _ in ch.unicodeScalars { out.append(i) }
        }
        return out
    }
}

extension String {
    /// A string from a slice of scalars (lossless: every scalar is kept).
    ///
    /// The UTF-8 bytes are written straight into the new string's storage: appending scalars one at a
    /// time to a `UnicodeScalarView` was 7–8 % of the language stage (every token of every sentence).
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var byteCount = 0
        for s in scalars { byteCount += UTF8.width(s) }
        self = String(unsafeUninitializedCapacity: byteCount) { buffer in
            var k = 0
            for s in scalars {
                let v = s.value
                if v < 0x80 {
                    buffer[k] = UInt8(truncatingIfNeeded: v)
                    k += 1
                } else {
                    UTF8.encode(s) { unit in buffer[k] = unit; k += 1 }
                }
            }
            return k
        }
    }

    /// The general path `init(scalars:)` replaces (kept for tests that compare the two).
    init(scalarView scalars: ArraySlice<Unicode.Scalar>) {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars)
        self = String(v)
    }
}

/// Character-like classification with an ASCII fast path, and one for General Punctuation
/// (U+2000–U+206F: the curly quotes, apostrophes and dashes of news text, the most common scalars
/// beyond ASCII, whose property look-ups showed in profiles of the story): none of that block is a
/// letter, a number or a cased letter; its spaces are U+2000–U+200A, U+2028, U+2029, U+202F and U+205F.
extension Unicode.Scalar {
    @inline(__always) private var isGeneralPunctuation: Bool { value >= 0x2000 && value <= 0x206F }

    var isWhitespace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        // Below U+1680 (OGHAM SPACE MARK) the only spaces past ASCII are U+0085 and U+00A0.
        if value < 0x1680 { return value == 0x85 || value == 0xA0 }
        if isGeneralPunctuation { return value <= 0x200A || value == 0x2028 || value == 0x2029 || value == 0x202F || value == 0x205F }
        return properties.isWhitespace
    }
    var isNewline: Bool {
        switch value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
    var isLetter: Bool {
        if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
        // Latin-1 and Latin Extended-A/B (the accented letters of European names): every scalar from
        // U+00C0 to U+024F is a letter but × and ÷; below it only ª, µ and º are.
        if value < 0xC0 { return value == 0xAA || value == 0xB5 || value == 0xBA }
        if value <= 0x24F { return value != 0xD7 && value != 0xF7 }
        return !isGeneralPunctuation && properties.isAlphabetic
    }
    var isNumber: Bool {
        value < 0x80 ? (0x30...0x39).contains(value) : !isGeneralPunctuation && properties.numericType != nil
    }
    var isUppercase: Bool {
        value < 0x80 ? (0x41...0x5A).contains(value) : !isGeneralPunctuation && properties.isUppercase
    }
    var isLowercase: Bool {
        value < 0x80 ? (0x61...0x7A).contains(value) : !isGeneralPunctuation && properties.isLowercase
    }
    var isPunctuation: Bool {
        if value < 0x80 {
            switch value {
            case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: return true
            default: return false
            }
        }
        switch properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
    /// 0–9 for ASCII digits.
    var digitValue: Int? { (0x30...0x39).contains(value) ? Int(value - 0x30) : nil }
}
