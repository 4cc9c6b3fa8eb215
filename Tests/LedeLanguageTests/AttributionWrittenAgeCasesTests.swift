import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the seventh round of real-news attribution (issue 13): "the
/// 31-year-old wrote" is the person the story gave that age, however it was written: "Tom Reeve, aged
/// 31,", "Tom Reeve (31)", "31-year-old Tom Reeve", "Tom Reeve, who is 31,". Invented text.
@Suite struct AttributionWrittenAgeCasesTests {
    static func story(_ person: String) -> [String] {
        [
            "A bakery opened on Mill Lane in March. \(person) opened it with a loan from his parents. Anna Dale, who owns the cafe next door, welcomed it.",
            "The bakery now sells 400 loaves a day. “We never expected this,” the 31-year-old wrote on his blog.",
        ]
    }

    @Test(arguments: ["Tom Reeve, aged 31,", "Tom Reeve (31)", "31-year-old Tom Reeve", "Tom Reeve, who is 31,"])
    func anAgeWrittenAnotherWay(_ person: String) {
        #expect(AttributionLoneWitnessCasesTests.speakers(Self.story(person)) == ["Tom Reeve"])
    }

    /// No one was given 31, but the person last named was given 45: "the 31-year-old" is the latest
    /// person with no age, not her.
    @Test func someoneGivenAnotherAgeIsNotTheSpeaker() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "A bakery opened on Mill Lane in March. Tom Reeve opened it with a loan from his parents. Anna Dale, 45, who owns the cafe next door, welcomed it.",
            "The bakery now sells 400 loaves a day. “We never expected this,” the 31-year-old wrote on his blog.",
        ]) == ["Tom Reeve"])
    }

    /// Guards: a number in brackets that is not alone, or a clause that goes on, states no age.
    @Test func whatIsNoAge() {
        let tokens = Self.tokens("Tom Reeve (31 May) and Tom Reeve, who is 31 today, and Tom Reeve, aged 200,")
        #expect(Appositives.writtenAge(after: 2, tokens) == nil)
        #expect(Appositives.writtenAge(after: 9, tokens) == nil)
        #expect(Appositives.writtenAge(after: 18, tokens) == nil)
        #expect(Appositives.writtenAge(after: 2, Self.tokens("Tom Reeve (31) and")) == 31)
    }

    static func tokens(_ text: String) -> [Token] {
        let chars = Array(text.unicodeScalars)
        return WordTokenizer.tokens(chars, in: 0..<chars.count)
    }
}
