import Testing
import LedeCore
@testable import LedeLanguage

/// Issue 13, names: who wins between the rules and the tagger (`NameKnowledge`), the tagger's
/// run-of-capitals and word-list features (`NameFeatures`), and a surname met alone after the full
/// name. Every text here was written for these tests.
@Suite struct NameArbiterTests {
    static func story(_ paragraphs: [String]) -> Story {
        StoryBuilder().story(of: Article(title: "Harbour town votes", blocks: paragraphs.map { .paragraph($0) }))
    }

    /// The rules peel a nationality off a name as they do for "Russian President …", and read a
    /// listed country as a place wherever it stands; the tagger reads "Australian Labor Party" as one
    /// body and "United Kingdom" inside an election's name as no place, and its reading wins.
    @Test func taggerWinsOverTheRulesGuessFromTheNamesWords() {
        let story = Self.story([
            "Ilsa Brandvold, 61, stood for the Australian Labor Party in the 1998 United Kingdom general election, she said, and lost by a few hundred votes.",
            "The Italian Communist Party sent a letter of support from Rome.",
        ])
        let organisations = Set(story.organisations.map(\.name))
        #expect(organisations.isSuperset(of: ["Australian Labor Party", "Italian Communist Party"]), "\(organisations)")
        #expect(!organisations.contains("Labor Party") && !organisations.contains("Communist Party"), "\(organisations)")
        #expect(!story.places.map(\.name).contains("United Kingdom"), "\(story.places)")
        #expect(story.places.map(\.name).contains("Rome"), "\(story.places)")
    }

    /// What the article itself shows stays with the rules: an age makes a person, and the tagger's
    /// reading of part of a body's name as a person ("Workers Union") does not cut the body.
    @Test func theArticlesEvidenceAndBodiesWordsStay() {
        let story = Self.story([
            "Ilsa Brandvold, 61, later joined the Secure Harbour Workers Union, which runs the ferry pier.",
        ])
        #expect(story.people.map(\.name) == ["Ilsa Brandvold"], "\(story.people.map(\.name))")
        #expect(story.people.first?.age == 61)
        #expect(!story.people.contains { $0.name.hasSuffix("Union") })
    }

    /// A body's run that holds a person named in full before "of the" is cut there; a body's name
    /// joined by "of" with no person in it stays whole.
    @Test func aPersonIsCutOutOfABodysRunAtItsConnectors() {
        let story = Self.story([
            "The seat went to Jane Holt of the Coastal Unionist Party after a recount.",
            "Staff at the Bank of Tamsworth paid for the new pier.",
        ])
        #expect(story.people.map(\.name) == ["Jane Holt"], "\(story.people.map(\.name))")
        let organisations = Set(story.organisations.map(\.name))
        #expect(organisations.contains("Coastal Unionist Party"), "\(organisations)")
        #expect(!organisations.contains { $0.hasPrefix("Jane Holt") }, "\(organisations)")
    }

    /// "Maren Oakhurst" once, then "Oakhurst" alone three times (none of them speaking): one person,
    /// four mentions; a second person named in full then by surname is kept apart.
    @Test func surnameAloneAfterTheFullNameIsThatPerson() {
        let story = Self.story([
            "Maren Oakhurst has captained the island ferry for eleven years.",
            "Oakhurst wants the harbour board to build a second pier before the summer.",
            "The crew trusted Oakhurst with the night route, and the board has promised Oakhurst an answer by May.",
            "Tobiah Renwick, who sits on the board, was less sure. Renwick thinks the money should go to the breakwater first.",
        ])
        let people = Dictionary(uniqueKeysWithValues: story.people.map { ($0.name, $0) })
        #expect(people.keys.sorted() == ["Maren Oakhurst", "Tobiah Renwick"], "\(people.keys.sorted())")
        #expect(people["Maren Oakhurst"]?.mentions == 4)
        #expect(people["Tobiah Renwick"]?.mentions == 2)
    }

    /// Each capitalised word of a run learns the run's first and last words and where it stands:
    /// "Bank of Tamsworth" is one run across "of"; a single capitalised word is in no run.
    @Test func runContextSpansConnectors() {
        let words = ["Staff", "at", "the", "Bank", "of", "Tamsworth", "met", "Jane", "Roe", "and", "Avery", "."]
        let runs = NameFeatures.runs(words, words.indices)
        #expect(runs.map(\.position) == [0, 0, 0, 1, 0, 3, 0, 1, 2, 0, 3, 0])
        #expect(runs[3].last == runs[5].last && runs[3].first == runs[5].first)
        #expect(runs[3].last != runs[7].last)
        // A window inside a run still sees the whole run.
        let inside = NameFeatures.runs(words, 5..<6)
        #expect(inside[0].position == 3 && inside[0].first == runs[3].first)
    }

    /// The word-list feature: how the system's English lists write a word.
    @Test(.enabled(if: EnglishLexicon.shared.isAvailable, "the system word lists are not installed: run scripts/setup.sh"))
    func wordListUse() {
        let lexicon = EnglishLexicon.shared
        #expect(lexicon.use(ofLowercased: "shopkeeper") == .onlyLowercase)
        #expect(lexicon.use(ofLowercased: "rose") == .both)
        #expect(lexicon.use(ofLowercased: "qwxzvbnm") == .unknown)
        #expect(EnglishLexicon(paths: ["/nonexistent/word-list"]).use(ofLowercased: "rose") == .unknown)
    }

    /// A single listed place the tagger surely reads as part of no name ("the 2011 Ontario general
    /// election", an event) is no place in that article; the same place standing alone stays one.
    @Test func aSureSilenceOnASingleWordWins() {
        let inEvents = Self.story([
            "Ilsa Brandvold ran in the 2011 Ontario general election and again in the 2014 Ontario general election.",
        ])
        #expect(!inEvents.places.map(\.name).contains("Ontario"), "\(inEvents.places)")
        let alone = Self.story([
            "Ilsa Brandvold moved to Ontario in 2011 and has lived near the lake since.",
        ])
        #expect(alone.places.map(\.name).contains("Ontario"), "\(alone.places)")
    }
}
