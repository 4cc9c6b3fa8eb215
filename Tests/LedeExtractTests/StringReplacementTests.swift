import Testing
import LedeTestSupport
@testable import LedeExtract

/// Literal search and replace in one pass over the bytes (`StringReplacement.swift`), and the
/// Markdown line built to make the old search quadratic.
@Suite struct StringReplacementTests {
    @Test func countsAndReplacesLeftToRightWithoutOverlaps() {
        #expect("a **b** c".occurrences(of: "**") == 2)
        #expect("aaa".occurrences(of: "aa") == 1)
        #expect("aaaa".replacingOccurrences(of: "aa", with: "b") == "bb")
        #expect("elementor-widget x_widget".replacingOccurrences(of: "-widget", with: "-block") == "elementor-block x_widget")
        #expect("no match here".replacingOccurrences(of: "**", with: "") == "no match here")
        #expect("".occurrences(of: "**") == 0)
        #expect("abc".occurrences(of: "") == 0)
        #expect("abc".replacingOccurrences(of: "", with: "x") == "abc")
        #expect("**".replacingOccurrences(of: "**", with: "") == "")
        #expect("ab".occurrences(of: "abc") == 0)
    }

    @Test func bytesAroundNonASCIITextAreKept() {
        #expect("**Zoë Brontë**, 北京".replacingOccurrences(of: "**", with: "") == "Zoë Brontë, 北京")
        #expect("café_au_lait".replacingOccurrences(of: "_", with: "-") == "café-au-lait")
        #expect("ëë".occurrences(of: "ë") == 2)
    }

    /// 600,000 bold marks on one line (2.4 MB). Each Foundation search from the last match copied the
    /// rest of the line: 200,000 took 21 s in a debug build, 16 times the time of a quarter of them,
    /// so these would take minutes and miss the deadline; in one pass they take under a second.
    @Test func aLineOfSixHundredThousandBoldMarksIsReadWhole() throws {
        let line = String(repeating: "**a ", count: 600_000)
        let plain = try Deadline.finishes(within: 120) { MarkdownMarks.plain(line) }
        #expect(plain?.count == 2 * 600_000 - 1)
        let marks = String(repeating: "__", count: 300_000) + "x"
        #expect(try Deadline.finishes(within: 120) { MarkdownMarks.plain(marks) } == "x")
    }
}
