import Testing
@testable import LedeExtract

/// The scan's one-bit-per-byte name test against libxml2's rule as written out (`htmlParseHTMLName`:
/// ASCII letters, digits, `:`, `-`, `_`, `.`), for every byte value.
struct NameCharacterTests {
    @Test func everyByteAsTheWrittenRule() {
        for v in 0...255 {
            let b = UInt8(v)
            let letter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            let expected = letter || (b >= 0x30 && b <= 0x39) || b == 0x3A || b == 0x2D || b == 0x5F || b == 0x2E
            #expect(InputLimits.Scanner.isNameCharacter(b) == expected, "byte \(v)")
        }
    }
}
