import LedeCore

/// Turns the bytes of a page or a text file into UTF-8 text.
///
/// ```swift
/// let (utf8, charset) = try TextDecoder.decodeToUTF8(bytes, contentType: "text/html; charset=koi8-r")
/// ```
enum TextDecoder {
    /// Share of control bytes (other than tab, CR, LF, FF, ESC) above which input is binary, not
    /// text: real text files have none, and 2 % tolerates a stray byte or two in a scraped copy.
    static let maxControlShare = 0.02

    static func decodeToUTF8(_ bytes: [UInt8], contentType: String?) throws -> (bytes: [UInt8], charset: String) {
        let detection = CharsetDetector.detect(bytes, contentType: contentType)
        if detection.charset == CharsetDetector.refusedCharset {
            throw LedeError.invalidInput("the page declares a charset browsers refuse to decode (WHATWG \"replacement\" encoding, e.g. ISO-2022-KR or HZ); re-save it as UTF-8")
        }
        var body = bytes
        if detection.source == .bom {
            body.removeFirst(detection.charset == "utf-8" ? 3 : 2)
        }
        if !detection.charset.hasPrefix("utf-16") { try rejectBinary(body) }
        if detection.validUTF8 { return (body, "utf-8") }
        let utf8 = try Iconv.toUTF8(body, from: EncodingLabels.iconvName(detection.charset))
        return (utf8, detection.charset)
    }

    static func decodePlainText(_ bytes: [UInt8], contentType: String?) throws -> String {
        let (utf8, _) = try decodeToUTF8(bytes, contentType: contentType)
        return String(decoding: utf8, as: UTF8.self)
    }

    /// How much of the input ``rejectBinary(_:)`` samples.
    static let binarySampleLength = 65536

    static func rejectBinary(_ bytes: [UInt8]) throws {
        let sampleCount = min(bytes.count, binarySampleLength)
        let control = controlBytes(bytes, count: sampleCount)
        if Double(control) > Double(sampleCount) * maxControlShare {
            throw LedeError.notText("\(control) control bytes in the first \(sampleCount): this looks like a binary file, not a page or text")
        }
    }

    /// Bytes below 0x20 other than tab, LF, FF, CR and ESC among the first `count`. Eight bytes at a
    /// time: a word with no byte below 0x20 (most of a page) costs one test.
    static func controlBytes(_ bytes: [UInt8], count: Int) -> Int {
        bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return 0 }
            var control = 0, i = 0
            @inline(__always) func test(_ b: UInt8) {
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { control += 1 }
            }
            while i + 8 <= count {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                // Sets a byte's high bit when the byte is below 0x20 (and may flag a byte after one
                // that is: those words are then checked byte by byte, so a false alarm costs time only).
                if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 != 0 {
                    for k in 0..<8 { test(base[i + k]) }
                }
                i += 8
            }
            while i < count { test(base[i]); i += 1 }
            return control
        }
    }
}
