import Testing
@testable import LedeCore
@testable import LedeExtract

/// The byte-level paths of charset detection and decoding: the `<meta>` prescan, the control-byte
/// count, one UTF-8 validation serving both the guess and the decoder, and the sniffer. Expected
/// values are written by hand from the rules (WHATWG labels, the documented guesses).
@Suite struct CharsetFastPathTests {
    @Test(arguments: [
        ("<html><head><meta charset=\"UTF-8\"><title>x</title>", "utf-8"),
        ("<HTML><HEAD><META CHARSET='Windows-1251'>", "windows-1251"),
        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", "iso-8859-1"),
        ("<meta name=viewport content=width><meta charset = koi8-r>", "koi8-r"),
        ("<meta name=\"charset-note\" charset=\"utf-8\">", nil),
        ("<meta property=x><p>charset=utf-8</p>", nil),
        ("<metadata charset=utf-8>", "utf-8"),
        ("<p>no meta at all</p>", nil),
        ("<meta charset=", nil),
    ] as [(String, String?)])
    func metaPrescan(_ head: String, _ expected: String?) {
        #expect(CharsetDetector.metaCharset(Array(head.utf8)) == expected)
    }

    @Test func metaPastThePrescanWindowIsNotRead() {
        let late = String(repeating: " ", count: CharsetDetector.prescanLength) + "<meta charset=koi8-r>"
        #expect(CharsetDetector.metaCharset(Array(late.utf8)) == nil)
        let straddling = String(repeating: " ", count: CharsetDetector.prescanLength - 10) + "<meta charset=koi8-r>"
        #expect(CharsetDetector.metaCharset(Array(straddling.utf8)) == nil)
    }

    /// The word-at-a-time count against the definition, byte by byte, on every alignment.
    @Test func controlByteCountMatchesTheDefinition() {
        var bytes: [UInt8] = []
        var state: UInt32 = 12345
        for _ in 0..<5000 {
            state = state &* 1_103_515_245 &+ 12345
            let r = UInt8(truncatingIfNeeded: state >> 16)
            // Mostly text, with tabs, newlines, ESC, NUL and other control bytes among it, and
            // bytes of 0x80 or more whose low seven bits are a control byte's.
            bytes.append(r < 170 ? 0x61 + r % 26 : r < 220 ? r % 0x22 : 0x80 | r % 0x22)
        }
        for offset in 0..<9 {
            let slice = Array(bytes[offset...])
            let expected = slice.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains($0) }.count
            #expect(TextDecoder.controlBytes(slice, count: slice.count) == expected)
        }
        #expect(TextDecoder.controlBytes([], count: 0) == 0)
    }

    /// Every byte value at every place of a word (and in the tail after the last whole word),
    /// beside text and beside another control byte, is counted as the definition counts it.
    @Test func controlByteCountReadsEveryByteValueAtEveryPlace() {
        for value in UInt8.min...UInt8.max {
            let counted = value < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains(value) ? 1 : 0
            for place in 0..<19 {
                var bytes = [UInt8](repeating: 0x61, count: 19)
                bytes[place] = value
                #expect(TextDecoder.controlBytes(bytes, count: bytes.count) == counted)
                bytes[(place + 1) % bytes.count] = 0x01
                #expect(TextDecoder.controlBytes(bytes, count: bytes.count) == counted + 1)
            }
        }
    }

    /// ``UTF8Validation/check(_:)`` read byte by byte, without skipping ASCII runs a word or more
    /// at a time: the definition the fast path must agree with.
    static func checkByteByByte(_ b: [UInt8]) -> UTF8Validation.Result {
        var i = 0, sawMulti = false
        while i < b.count {
            if b[i] < 0x80 { i += 1; continue }
            guard let (need, lo, hi) = UTF8Validation.sequence(startingWith: b[i]) else { return .invalid }
            if i + need >= b.count { return sawMulti ? .validNonASCII : .invalid }
            if b[i + 1] < lo || b[i + 1] > hi { return .invalid }
            if need >= 2, (2...need).contains(where: { b[i + $0] < 0x80 || b[i + $0] > 0xBF }) { return .invalid }
            sawMulti = true
            i += need + 1
        }
        return sawMulti ? .validNonASCII : .ascii
    }

    /// A valid sequence, a stray byte, a cut-off sequence and an overlong form, each at every place
    /// of a run longer than the widest ASCII skip, are judged as byte-by-byte reading judges them.
    @Test func utf8CheckMatchesByteByByteReadingAtEveryPlace() {
        let inserts: [[UInt8]] = [Array("é".utf8), Array("中".utf8), Array("😀".utf8), [0xFF], [0xC0, 0xAF], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0x80]]
        for insert in inserts {
            for length in [0, 7, 8, 31, 32, 33, 70] {
                for place in 0...length {
                    var bytes = [UInt8](repeating: 0x61, count: length)
                    bytes.insert(contentsOf: insert, at: place)
                    #expect(UTF8Validation.check(bytes) == Self.checkByteByByte(bytes))
                    let twice = bytes + Array("plain ascii text of some length, then é".utf8) + bytes
                    #expect(UTF8Validation.check(twice) == Self.checkByteByByte(twice))
                }
            }
        }
        #expect(UTF8Validation.check([UInt8](repeating: 0x61, count: 100)) == .ascii)
        #expect(UTF8Validation.check([UInt8](repeating: 0x61, count: 64) + Array("é".utf8) + [0x61]) == .validNonASCII)
    }

    @Test func binaryInputIsStillRefused() {
        let binary = [UInt8](repeating: 0x01, count: 300) + Array("<p>text</p>".utf8)
        #expect(throws: LedeError.self) { try TextDecoder.decodeToUTF8(binary, contentType: nil) }
    }

    /// Declared UTF-8 with a stray byte: decoded as UTF-8, the bad byte a U+FFFD, the rest kept.
    @Test func declaredUTF8WithAStrayByteGivesReplacementCharacter() throws {
        let bytes = Array("<meta charset=utf-8><p>café ".utf8) + [0xFF] + Array(" naïve</p>".utf8)
        let (utf8, charset) = try TextDecoder.decodeToUTF8(bytes, contentType: nil)
        #expect(charset == "utf-8")
        #expect(String(decoding: utf8, as: UTF8.self) == "<meta charset=utf-8><p>café \u{FFFD} naïve</p>")
    }

    /// A declaration that lies: valid multi-byte UTF-8 under a windows-1252 label is read as UTF-8;
    /// Latin-1 bytes with no valid sequence under a UTF-8 label are read as windows-1252.
    @Test func lyingDeclarations() throws {
        let utf8Page = Array("<meta charset=windows-1252><p>café naïve</p>".utf8)
        let (a, charsetA) = try TextDecoder.decodeToUTF8(utf8Page, contentType: nil)
        #expect(charsetA == "utf-8" && a == utf8Page)
        let latinPage = Array("<meta charset=utf-8><p>caf".utf8) + [0xE9] + Array(" na".utf8) + [0xEF] + Array("ve</p>".utf8)
        let (b, charsetB) = try TextDecoder.decodeToUTF8(latinPage, contentType: "text/html; charset=utf-8")
        #expect(charsetB == "windows-1252")
        #expect(String(decoding: b, as: UTF8.self) == "<meta charset=utf-8><p>café naïve</p>")
    }

    @Test(arguments: [
        ("<!DOCTYPE HTML><title>x</title>", ReadOptions.InputKind.html),
        ("<ht\u{0}ml><body>NUL bytes are skipped</body>", .html),
        ("Just a line of text.\nAnd <another> one.", .text),
        ("<P CLASS=x>upper case</P>", .html),
        ("if a < b and b > c then a < c", .text),
        ("<p class=x>lower case</p>", .html),
    ] as [(String, ReadOptions.InputKind)])
    func sniffer(_ input: String, _ expected: ReadOptions.InputKind) {
        #expect(InputSniffer.kind(of: Array(input.utf8), contentType: nil) == expected)
    }
}
