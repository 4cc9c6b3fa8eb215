import Testing
import LedeCore
@testable import LedeLanguage

/// `“…,” comments Robin Varnhoek of the PDA.`: a person's name before "of the" and their body opens
/// with a given name the gender list leaves out because it is given to both ("Robin", "Jordan"); the
/// name list knows it as a common one. Read as a title before a body ("Mayor of London"), the name
/// was dropped and the quotations of the paragraph and the next had no speaker. Needs the installed
/// name lists (`scripts/setup.sh`); says so and passes without them.
@Suite struct AttributionGivenToBothCasesTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        StoryBuilder().story(of: Article(blocks: paragraphs.map { .paragraph($0) })).quotes.map(\.speaker)
    }

    static var installed: Bool {
        NameLists.shared.givenNameFrequency("Robin") >= NameFeatures.commonGivenName
            && NameLists.shared.givenNameFrequency("Jordan") >= NameFeatures.commonGivenName
    }

    @Test func aNameGivenToBothBeforeOfTheBody() {
        guard Self.installed else {
            print("skipped: the name lists are not installed (scripts/setup.sh)")
            return
        }
        #expect(Self.speakers([
            "Engineers at the design centre studied how sleeping crews would change a ship bound for the outer planets.",
            "“We reworked the hull, the shielding and the power budget of the whole vessel,” comments Robin Varnhoek of the PDA.",
            "“We looked at every berth before we settled on the final layout of the ship.”",
        ]) == ["Robin Varnhoek", "Robin Varnhoek"])
    }

    @Test func aNameGivenToBothBeforeOfABodyOfSeveralWords() {
        guard Self.installed else {
            print("skipped: the name lists are not installed (scripts/setup.sh)")
            return
        }
        #expect(Self.speakers([
            "“The cranes on the east quay are old and far too slow for the new ships,” said Jordan Oudekerk of the Kestrel Harbour Board.",
        ]) == ["Jordan Oudekerk"])
    }
}
