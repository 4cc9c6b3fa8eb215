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

/// Sentence-initial names and roles the suffix rule and the word lists used to get wrong.
@Suite struct SentenceStartNameTests {
    static func people(_ text: String) -> [String] {
        StoryBuilder().story(of: Article(blocks: [.paragraph(text)])).people.map(\.name)
    }

    /// "-ed" and "-ly" open sentences as verbs and adverbs, but Winifred and Mohammed are given names.
    @Test func givenNamesEndingLikeVerbsStartSentences() {
        #expect(Self.people("Winifred Ashdown, 81, started with two hives in 2004.") == ["Winifred Ashdown"])
        #expect(Self.people("Mohammed al-Rashid, who represented the Gulf states, said they would pay.") == ["Mohammed al-Rashid"])
        #expect(Self.people("Reportedly Vladimir Putin was angry.") == ["Vladimir Putin"])
    }

    /// A role the word lists do not know, before a given name and a surname.
    @Test func aRoleBeforeAGivenNameIsNoPartOfTheName() {
        #expect(Self.people("Headteacher Owain Pritchard said the response was overwhelming.") == ["Owain Pritchard"])
    }

    /// A title inside a run ends the role: body, title, then the name.
    @Test func aTitleInsideARunEndsTheRole() {
        #expect(Self.people("Harvard Professor Jane Roe said the study was sound.") == ["Jane Roe"])
        #expect(Self.people("Ford Foundation President Darren Walker announced the grants.") == ["Darren Walker"])
    }
}
