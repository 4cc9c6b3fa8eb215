import Testing
@testable import LedeLanguage

@Suite struct SentenceSplitterTests {
    let splitter = SentenceSplitter()

    @Test func quotationsThatEndSentences() {
        #expect(splitter.sentences("“It is over,” he said. “We go home now.” Nobody moved.")
            == ["“It is over,” he said.", "“We go home now.”", "Nobody moved."])
        #expect(splitter.sentences("“Are you sure?” she asked. He nodded.") == ["“Are you sure?” she asked.", "He nodded."])
    }

    @Test func newsAbbreviations() {
        #expect(splitter.sentences("Sen. Jane Doe, D-Calif., spoke at 3 p.m. Tuesday in Washington.").count == 1)
        #expect(splitter.sentences("The U.S. Army said No. 3 was missing. Gov. Reyes disagreed.")
            == ["The U.S. Army said No. 3 was missing.", "Gov. Reyes disagreed."])
        #expect(splitter.sentences("The deal closed on Jan. 6 after talks in Washington, D.C. It was late.")
            == ["The deal closed on Jan. 6 after talks in Washington, D.C.", "It was late."])
        #expect(splitter.sentences("Prices rose 2.5% to $1.5 million. Analysts were surprised.").count == 2)
    }

    /// A middle initial that is also a lower-case abbreviation ("p." page, "c." circa) is an initial.
    @Test func middleInitialsThatLookLikeAbbreviations() {
        #expect(splitter.sentences("Martin P. Osterby Jr., the county attorney, said the case matters.").count == 1)
        #expect(splitter.sentences("Ruth C. Aske opened the hearing. It ran late.")
            == ["Ruth C. Aske opened the hearing.", "It ran late."])
        #expect(splitter.sentences("The quote is on p. 12 of the report.").count == 1)
    }

    @Test func offsetsPointIntoTheText() {
        let text = "First one.  Second, with “quotes.”\nThird"
        let chars = Array(text)
        let ranges = splitter.split(text)
        #expect(ranges.map { String(chars[$0]) } == ["First one.", "Second, with “quotes.”", "Third"])
    }

    @Test func offsetsCountCharactersNotScalars() {
        // "é" written as e + combining accent, and a flag emoji: one Character each, several scalars.
        let text = "Cafe\u{301} closed. The 🇺🇦 flag flew. End."
        let chars = Array(text)
        let ranges = splitter.split(text)
        #expect(ranges.map { String(chars[$0]) } == ["Cafe\u{301} closed.", "The 🇺🇦 flag flew.", "End."])
        #expect(ranges[1] == 13..<29)
    }

    @Test func ellipsisCharacterAndMixedScripts() {
        #expect(splitter.sentences("He paused… Then he left.") == ["He paused…", "Then he left."])
        #expect(splitter.sentences("Officials named Алексей Навальный in the report. Олег agreed.")
            == ["Officials named Алексей Навальный in the report.", "Олег agreed."])
    }

    @Test func textWithoutPunctuationIsOneSentence() {
        let words = Array(repeating: "word", count: 5000).joined(separator: " ")
        #expect(splitter.split(words) == [0..<words.count])
    }

    @Test func emptyAndBlankText() {
        #expect(splitter.split("").isEmpty)
        #expect(splitter.split("   \n\n  ").isEmpty)
    }
}
