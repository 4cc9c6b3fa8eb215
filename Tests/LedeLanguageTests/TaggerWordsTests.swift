import Testing
@testable import LedeLanguage

/// The words the name tagger reads: an initial's or an abbreviation's full stop goes back onto its word,
/// as in the tagger's training data, and what the tagger finds is mapped back to the tokens.
@Suite struct TaggerWordsTests {
    static func tokens(_ text: String) -> [Token] {
        let chars = Array(text.unicodeScalars)
        return WordTokenizer.tokens(chars, in: 0..<chars.count)
    }

    @Test func initialsAndAbbreviationsKeepTheirStop() {
        let tokens = Self.tokens("Judge Mara T. Quennell of St. Albans met U.S. envoys and Ali.")
        let words = TaggerWords(tokens).words
        #expect(words.contains("T."))
        #expect(words.contains("St."))
        #expect(words.contains("U.S."))
        // A name that ends the sentence keeps its stop apart: it is the sentence's.
        #expect(words.suffix(2) == ["Ali", "."])
        #expect(words.count < tokens.count)
    }

    @Test func theTaggersNameCoversTheInitialsTokens() throws {
        let tokens = Self.tokens("Yesterday Mara T. Quennell opened the new library in town.")
        let name = try #require(tokens.firstIndex { $0.text == "Mara" })
        let end = try #require(tokens.firstIndex { $0.text == "Quennell" })
        let read = TaggerWords(tokens).read(NameTagger(), tokens: name..<(end + 1))
        // One person over "Mara T. Quennell": the stop's token inside it, not a break.
        #expect(read.spans.map(\.words) == [name..<(end + 1)])
        #expect(read.spans.first?.kind == .person)
        #expect(read.margins.count == end + 1 - name)
    }
}
