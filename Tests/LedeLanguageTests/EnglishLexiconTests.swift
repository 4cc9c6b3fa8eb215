import Testing
import LedeCore
@testable import LedeLanguage

/// The system word lists tell a common word opening a sentence from a name's first word.
@Suite struct EnglishLexiconTests {
    @Test func knowsWordsWrittenOnlyInLowerCase() {
        let lexicon = EnglishLexicon.shared
        #expect(lexicon.isAvailable, "the word lists of Debian's wamerican/wbritish are missing: run scripts/setup.sh")
        #expect(lexicon.isOnlyLowercase("Shopkeeper"))
        #expect(lexicon.isOnlyLowercase("district"))
        // Names that are also words stay open: the rest of the analysis decides.
        #expect(!lexicon.isOnlyLowercase("Grace"))
        #expect(!lexicon.isOnlyLowercase("Mark"))
        #expect(!lexicon.isOnlyLowercase("Kowalczyk"))
    }

    @Test func missingListsChangeNothing() {
        let empty = EnglishLexicon(paths: ["/nonexistent/word-list"])
        #expect(!empty.isAvailable)
        #expect(!empty.isOnlyLowercase("shopkeeper"))
    }

    /// A role noun opening the sentence is not part of the speaker's name.
    @Test func roleNounAtSentenceStartIsNotPartOfTheName() {
        let article = Article(blocks: [
            .paragraph("Shopkeeper Maude Ellery, who has sold hats on the square since 1988, said trade had halved. \"Some days nobody comes in at all,\" Ellery said."),
        ])
        let story = StoryBuilder().story(of: article)
        #expect(story.people.map(\.name) == ["Maude Ellery"])
        #expect(story.quotes.first?.speaker == "Maude Ellery")
    }
}
