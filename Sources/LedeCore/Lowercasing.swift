extension String {
    /// U+2000–U+206F, General Punctuation: no scalar there changes when lower-cased
    /// (`lowercasedQuickly` copies them without asking the property table).
    static let generalPunctuation: ClosedRange<UInt32> = 0x2000...0x206F

    /// The same text as `lowercased()`, byte for byte, made without a String per scalar.
    ///
    /// ```swift
    /// "Minsk".lowercasedQuickly                   // "minsk"
    /// "“Photo: AP” — CAFÉ".lowercasedQuickly      // "“photo: ap” — café"
    /// ```
    ///
    /// Extraction and the language stage lower-case every word and line they test against their
    /// lists. An ASCII text with no capital is returned as it is and an ASCII one is mapped byte by
    /// byte. The standard library lower-cases a text holding any non-ASCII byte scalar by scalar,
    /// appending each scalar's `lowercaseMapping` (a String made per scalar): a line of news text
    /// with one curly quote cost tens of thousands of instructions. Here a scalar that lower-casing
    /// leaves as it is (`changesWhenLowercased` false, a table look-up: the punctuation, digits and
    /// symbols of most lines) is copied, and only the rest ask `lowercaseMapping`.
    /// `LowercasedQuicklyTests` checks it against `lowercased()` on every scalar.
    public var lowercasedQuickly: String {
        var copy = self
        return copy.withUTF8 { bytes -> String in
            var hasUpper = false, ascii = true
            for b in bytes {
                if b >= 0x80 { ascii = false; break }
                if b >= 0x41 && b <= 0x5A { hasUpper = true }
            }
            if ascii {
                guard hasUpper else { return self }
                return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                    for (at, b) in bytes.enumerated() { buffer[at] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
                    return bytes.count
                }
            }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                    i += 1
                    continue
                }
                // A String's bytes are valid UTF-8.
                let (scalar, length) = ValidUTF8.scalar(in: bytes, at: i)
                let value = scalar.value
                // General Punctuation (curly quotes, dashes, the apostrophe of "Lukashenko’s") holds
                // no cased letter: answered without the property table (a few hundred instructions).
                if !Self.generalPunctuation.contains(value), scalar.properties.changesWhenLowercased {
                    out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))
                }
                i += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
