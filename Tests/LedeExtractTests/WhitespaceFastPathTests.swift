import Testing
@testable import LedeExtract

/// The whitespace helpers written for speed against plain reference versions written here: the
/// collapse that writes into the string's storage against a byte-array build, and the trimming that
/// returns text with printable ASCII ends at once against trimming Character by Character.
@Suite struct WhitespaceFastPathTests {
    /// Texts with every kind of space the collapse knows, cut sequences, invalid UTF-8 and clusters.
    static let texts: [[UInt8]] = {
        var texts = ByteFastPathTests.awkward.map { Array($0.utf8) }
        texts += [
            [], [0x20], [0x20, 0x20, 0x41, 0x09, 0x0A, 0x42, 0x20],
            Array("a\u{A0}\u{2003}b\u{200B}c\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}\u{FEFF}d".utf8),
            [0x41, 0xC2], [0x41, 0xE2, 0x80], [0xE2, 0x80, 0x8C, 0x41], [0xC2, 0xA1, 0x20, 0x41],
            [0xFF, 0x20, 0x41, 0x80, 0x20], [0xE3, 0x80, 0x80, 0xEF, 0xBB, 0xBF], [0x41, 0xEF, 0xBB],
        ]
        // Every pair of bytes around a letter, spaces or not.
        for b in stride(from: 0, through: 255, by: 3) { texts.append([0x61, UInt8(b), 0xA0, 0x62]) }
        return texts
    }()

    /// The collapse as a byte array is built and then decoded.
    static func referenceCollapse(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var pendingSpace = false
        var i = 0
        let n = bytes.count
        func at(_ k: Int) -> UInt8? { k < n ? bytes[k] : nil }
        while i < n {
            let b = bytes[i]
            var space = 0
            if b <= 0x20 { space = 1 }
            else if b == 0xC2, at(i + 1) == 0xA0 { space = 2 }
            else if b == 0xE2, at(i + 1) == 0x80, let c = at(i + 2), c <= 0x8B || c == 0xA8 || c == 0xA9 || c == 0xAF { space = 3 }
            else if b == 0xE2, at(i + 1) == 0x81, at(i + 2) == 0x9F { space = 3 }
            else if b == 0xE3, at(i + 1) == 0x80, at(i + 2) == 0x80 { space = 3 }
            else if b == 0xEF, at(i + 1) == 0xBB, at(i + 2) == 0xBF { space = 3 }
            if space > 0 {
                pendingSpace = !out.isEmpty
                i += space
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func collapseEqualsTheByteArrayBuild() {
        for text in Self.texts {
            let expected = Self.referenceCollapse(text)
            #expect(TextCleaner.collapse(text) == expected, "\(text)")
            #expect(Array(TextCleaner.collapse(text).utf8) == Array(expected.utf8), "\(text)")
            let string = String(decoding: text, as: UTF8.self)
            #expect(TextCleaner.collapse(string) == Self.referenceCollapse(Array(string.utf8)))
        }
    }

    @Test func trimmingEqualsTrimmingCharacterByCharacter() {
        var strings = ByteFastPathTests.awkward + Self.texts.map { String(decoding: $0, as: UTF8.self) }
        strings += ["a", "ab", "!x!", "~", "a\u{301}", "x\u{600}1", "1\u{301}", " a", "a ", "\u{A0}a", "a\u{A0}", "a\r\n", "\u{85}a"]
        for s in strings {
            var t = Substring(s)
            while let f = t.first, f.isWhitespace { t = t.dropFirst() }
            while let l = t.last, l.isWhitespace { t = t.dropLast() }
            #expect(s.trimmingSpaces == String(t), "\(s.debugDescription)")
            #expect(s[...].trimmingSpaces == String(t), "\(s.debugDescription)")
        }
    }
}
