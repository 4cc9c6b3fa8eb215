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

    /// A body the rules read from its own last word ("Council", "Festival") is no name where the tagger
    /// tags none of its words (an election's or an event's name), and a body it does read keeps the
    /// rules' kind and words.
    @Test func theTaggersSilenceUnmakesABodyReadFromItsWords() {
        let silent = Self.story(["Mara Quill lost the 2014 Northfield County Council election by four votes. Tickets for the Lakeside Music Festival concert went on sale on Monday."])
        #expect(silent.organisations.isEmpty, "\(silent.organisations)")
        #expect(silent.people.map(\.name) == ["Mara Quill"], "\(silent.people)")
        let read = Self.story(["Join the Best Weekend Choir Service in the Region today, the flyer said."])
        #expect(read.organisations.map(\.name) == ["Best Weekend Choir Service"], "\(read.organisations)")
    }

    /// A body read from its own last word that the article shows acting (the subject of the verb right
    /// after it) or owning something stays a body where the tagger tags none of its words; the same
    /// words qualifying a noun ("… Line timetable") are still asked.
    @Test func aBodyTheArticleShowsActingStays() {
        let acting = Self.story(["The Brightwater Tram Line expects about 4,000 riders a day once its trams run, the council said."])
        #expect(acting.organisations.map(\.name) == ["Brightwater Tram Line"], "\(acting.organisations)")
        let owning = Self.story(["Riders praised the Brightwater Tram Line's new cars on the first morning of the service."])
        #expect(owning.organisations.map(\.name) == ["Brightwater Tram Line"], "\(owning.organisations)")
        func acts(_ text: String) -> Bool {
            let chars = Array(text.unicodeScalars)
            let tokens = WordTokenizer.tokens(chars, in: 0..<chars.count)
            return NameRun.find(in: tokens).last.map { NameKnowledge.actsOrOwns($0, tokens) } ?? false
        }
        #expect(acts("after the Brightwater Tram Line cancelled the route"))
        #expect(acts("when the Brightwater Tram Line has enough drivers"))
        #expect(!acts("she lost the 2014 Northfield County Council election"))
        #expect(!acts("the best Newsgroup Service in town"))
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

    /// Bare initials the tagger surely reads as part of no name ("SVP", a job; "MMOG", a kind of game)
    /// are no body; initials the article introduces as a body's ("the PVK") stay one where the tagger
    /// is silent too.
    @Test func bareInitialsTheTaggerSurelyLeavesOutAreNoBody() {
        let story = Self.story([
            "In March she takes a new position as SVP of trading at the bank.",
            "The shop sells cheap MMOG accounts and game keys.",
            "Officials at the PVK said they would appeal. He sent the file to PVK staff on Monday.",
        ])
        let organisations = Set(story.organisations.map(\.name))
        #expect(!organisations.contains("SVP") && !organisations.contains("MMOG"), "\(organisations)")
        #expect(organisations.contains("PVK"), "\(organisations)")
    }

    /// A body the tagger reads over several of the rules' runs, across a possessive, an apostrophe,
    /// "of", "on" or a small word between ("Workers' Party of Belgium", "Institution of Civil
    /// Engineers", "Christian Social Union in Bavaria"), is one name: no piece of it is a person or a
    /// body of its own.
    @Test func aBodyReadAcrossTheRulesRunsIsOneName() {
        let story = Self.story([
            "Delegates of the Catholic People's Party and the Workers' Party of Belgium met members of the Institution of Civil Engineers in Ghent on Monday.",
            "The Council on Foreign Relations sent a letter.",
            "Marta Quell, who chairs the Christian Social Union in Bavaria, said the talks would go on.",
        ])
        let organisations = Set(story.organisations.map(\.name))
        #expect(organisations.isSuperset(of: ["Catholic People's Party", "Workers' Party of Belgium", "Institution of Civil Engineers",
                                              "Council on Foreign Relations", "Christian Social Union in Bavaria"]), "\(organisations)")
        #expect(!organisations.contains("Party of Belgium") && !organisations.contains("Christian Social Union"), "\(organisations)")
        #expect(story.people.map(\.name) == ["Marta Quell"], "\(story.people.map(\.name))")
        #expect(!story.places.map(\.name).contains("Bavaria"), "\(story.places)")
    }

    /// Only a body is joined across an apostrophe: "Birmingham's Handsworth" names two places.
    @Test func onlyABodyIsJoinedAcrossAnApostrophe() {
        let tokens = WordTokenizer.tokens(Array("riots in Birmingham's Handsworth and the Workers' Party".unicodeScalars), in: 0..<55)
        #expect(tokens.map(\.text) == ["riots", "in", "Birmingham's", "Handsworth", "and", "the", "Workers", "'", "Party"])
        #expect(NameKnowledge.crossesApostrophe(2..<4, tokens))
        #expect(NameKnowledge.crossesApostrophe(6..<9, tokens))
        #expect(!NameKnowledge.crossesApostrophe(3..<4, tokens) && !NameKnowledge.crossesApostrophe(0..<2, tokens))
    }

    /// "the U.S.": a place or body in dotted initials keeps its last full stop (the tokenizer leaves it
    /// out of the word), in the story's places and in the name's position; "U.S" before a space does not.
    @Test func dottedInitialsKeepTheirStop() {
        let story = Self.story(["The ferry company moved its offices from the U.S. to Canada and back to the U.S.A. in May."])
        let places = story.places.map(\.name)
        #expect(places.contains("U.S.") && places.contains("Canada"), "\(places)")
        #expect(!places.contains("U.S"), "\(places)")
        let tokens = WordTokenizer.tokens(Array("from the U.S. to D.C to".unicodeScalars), in: 0..<23)
        let runs = NameRun.find(in: tokens)
        #expect(runs.map { StoryAnalysis.endsInDottedInitials($0, tokens) } == [true, false], "\(runs.map(\.name))")
    }

    /// Initials are a body's when Lede's lists know them, when the article writes "the" before them or
    /// brackets them after a name, or when they are three capitals or more that are no shouted English
    /// word; two bare capitals ("PS", "DM") and a shouted word ("HUGE") are no body.
    @Test func initialsNeedTheArticlesWordOrThreeCapitals() {
        let story = Self.story([
            "PS the ferry to the island leaves at noon, so DM me if you want a seat.",
            "Ilsa Brandvold said a HUGE crowd came, and members of the QRL met the Harbour Engineers Guild (HG) on the pier.",
            "In the spring vote the TKPA lost half its seats, and NATO sent observers.",
        ])
        let organisations = Set(story.organisations.map(\.name))
        #expect(organisations.isSuperset(of: ["QRL", "HG", "TKPA", "NATO"]), "\(organisations)")
        #expect(organisations.isDisjoint(with: ["PS", "DM", "HUGE"]), "\(organisations)")
    }

    /// A body's run joined by connectors whose first or last word the tagger surely leaves out of every
    /// name ("Member", "Fellow": roles) is cut into the tagger's names; a body's run it reads whole
    /// stays whole.
    @Test func aRoleBeforeABodysNameIsCutOff() {
        let story = Self.story([
            "Ilsa Brandvold was elected a Member of the Scottish Parliament in 2011 and a Fellow of the Royal Society of Edinburgh in 2015.",
            "The International Legion for the Territorial Defense of Ukraine took in new recruits.",
        ])
        let organisations = Set(story.organisations.map(\.name))
        #expect(organisations == ["Scottish Parliament", "Royal Society of Edinburgh", "International Legion for the Territorial Defense of Ukraine"],
                "\(organisations)")
    }
}
