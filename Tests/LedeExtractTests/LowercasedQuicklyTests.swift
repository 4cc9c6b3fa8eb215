import Testing
import LedeCore
@testable import LedeExtract

/// `lowercasedQuickly` against the standard library's `lowercased()`, byte for byte.
struct LowercasedQuicklyTests {
    /// Every Unicode scalar alone and between ASCII and non-ASCII neighbours (letters that change,
    /// a final-sigma position, a combining mark after it).
    @Test func everyScalarLowercasesAsTheStandardLibrary() {
        var mismatches: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let u = Unicode.Scalar(v) else { continue }
            for s in ["\(u)", "A\(u)ΣB", "Ω\(u)\u{301} x"] where Array(s.lowercasedQuickly.utf8) != Array(s.lowercased().utf8) {
                mismatches.append(v)
            }
        }
        #expect(mismatches.isEmpty)
    }

    @Test func wordsWrittenForTheCases() {
        for s in ["", "ASCII Only", "“Photo: AP” — CAFÉ", "ΟΔΟΣ ΚΑΙ ΣΑΣ.", "İstanbul", "ǅemal", "STRASSE ß", "Ⅻ ① Ａ",
                  "日本語のテキスト", "emoji 👍🏽 OK", "A\u{301}\u{327}"] {
            #expect(Array(s.lowercasedQuickly.utf8) == Array(s.lowercased().utf8))
        }
    }
}
