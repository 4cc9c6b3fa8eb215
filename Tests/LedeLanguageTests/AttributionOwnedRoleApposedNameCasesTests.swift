import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the eighth round of real-news attribution (issue 13): a role
/// owned by someone ("Imhof’s rival") followed by a name set off by commas is that person, as "the
/// director, Dr. Emeka Obi," is. Invented text.
@Suite struct AttributionOwnedRoleApposedNameCasesTests {
    @Test func theNameAfterAnOwnedRoleSpeaks() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Councillor Carl Imhof voted against the budget on Monday.",
            "“We have the votes and we will use them,” said Imhof’s rival, Mayor Helen Droste.",
        ]) == ["Helen Droste"])
    }

    /// Before the verb too (read before this round as well; kept so the change to the look-back
    /// after a quotation does not lose it).
    @Test func beforeTheVerbToo() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Councillor Carl Imhof voted against the budget on Monday.",
            "“He never read the plan,” Imhof’s old deputy, Petra Lund, told the Gazette.",
        ]) == ["Petra Lund"])
    }

    /// Guard: an owned role with no name after it stays a description.
    @Test func anOwnedRoleAloneStaysADescription() {
        let quotes = AttributionLoneWitnessCasesTests.quotes([
            "Councillor Carl Imhof voted against the budget on Monday.",
            "“He never read the plan,” said Imhof’s rival.",
        ])
        #expect(quotes.map(\.speaker) == [nil])
        #expect(quotes.map(\.speakerDescription) == ["Imhof’s rival"])
    }
}
