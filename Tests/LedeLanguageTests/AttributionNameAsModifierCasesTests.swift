import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the eighth round of real-news attribution (issue 13): a
/// description opened by a determiner or a number ("one Veltro commenter said") whose capitalised
/// word the names stage read as a person is an unnamed speaker, not that "person" and not the last
/// person named. Invented text.
@Suite struct AttributionNameAsModifierCasesTests {
    /// "Veltro" is first met as a service the names stage may read as someone; "one Veltro commenter"
    /// is no one named.
    @Test func aNumberedDescriptionAroundAName() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "The water board posted its notice on Veltro, a messaging service popular in the valley.",
            "An engineer, Marta Lindqvist, wrote on her own page that the pipes had been tested in March.",
            "“Nobody told us anything,” one Veltro commenter said. “We found out from the neighbours.”",
        ]) == [nil, nil])
    }

    /// The quotation after one that such a description speaks, in the same paragraph, is that
    /// speaker's too: not the "person" inside the description.
    @Test func theNextQuotationIsNotTheModifiersEither() {
        let quotes = AttributionLoneWitnessCasesTests.quotes([
            "The water board posted its notice on Veltro, a messaging service popular in the valley.",
            "“Nobody told us anything,” one Veltro commenter said, per the Valley Post. “We found out from the neighbours.”",
        ])
        #expect(quotes.map(\.speaker) == [nil, nil])
        #expect(quotes.map(\.speakerDescription) == ["one Veltro commenter", "one Veltro commenter"])
    }

    /// Plural and with a determiner: "two Veltro users", "a Veltro moderator".
    @Test func pluralAndDeterminedDescriptions() {
        let quotes = AttributionLoneWitnessCasesTests.quotes([
            "The water board posted its notice on Veltro, a messaging service popular in the valley.",
            "Marta Lindqvist, an engineer, said the pipes had been tested in March.",
            "“It was all over the feed by noon,” a Veltro moderator wrote.",
        ])
        #expect(quotes.map(\.speaker) == [nil])
        #expect(quotes.map(\.speakerDescription) == ["a Veltro moderator"])
    }

    /// Guard: a role before a name that then speaks is still that person ("engineer Marta Lindqvist
    /// said"), and so is a name set off after the role.
    @Test func aRoleBeforeTheSpeakersNameStillNamesThem() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "“The pipes were tested in March,” said the engineer Marta Lindqvist.",
            "“We will test them again,” a spokesman, Olof Berg, said.",
        ]) == ["Marta Lindqvist", "Olof Berg"])
    }
}
