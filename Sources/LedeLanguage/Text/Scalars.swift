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
        let s = Array(text.unicodeScalars)
        scalars = s
        characterIndex = Scalars.needsMap(s) ? Scalars.map(text, count: s.count) : nil
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
    private static func needsMap(_ s: [Unicode.Scalar]) -> Bool {
        var previous: UInt32 = 0
        for c in s {
            let v = c.value
            defer { previous = v }
            if v < 0x300 {
                if v == 0x0A && previous == 0x0D { return true }
                continue
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
        value < 0x80 ? ((0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)) : !isGeneralPunctuation && properties.isAlphabetic
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
