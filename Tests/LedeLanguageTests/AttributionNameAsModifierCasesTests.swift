import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the eighth round of real-news attribution (issue 13): a
/// description opened by a determiner or a number whose name only describes the noun after it ("one
/// Imhof supporter said", "a Droste aide told") is an unnamed speaker: not that person, and not the
/// last person named. Invented text.
@Suite struct AttributionNameAsModifierCasesTests {
    static let rally = [
        "Mayor Helen Droste spoke at the rally on Monday. “We will win this,” Droste said.",
        "Councillor Carl Imhof watched from the back.",
    ]

    @Test func aNumberedDescriptionAroundAName() {
        let quotes = AttributionLoneWitnessCasesTests.quotes(Self.rally + [
            "“She has never once listened to us,” one Imhof supporter said.",
        ])
        #expect(quotes.map(\.speaker) == ["Helen Droste", nil])
        #expect(quotes.last?.speakerDescription == "one Imhof supporter")
    }

    /// The quotation after one that such a description speaks, in the same paragraph, is that
    /// speaker's too: not the person whose name describes them.
    @Test func theNextQuotationIsNotTheNamedPersons() {
        let quotes = AttributionLoneWitnessCasesTests.quotes(Self.rally + [
            "“She has never once listened to us,” one Imhof supporter said, per the Valley Post. “Not once.”",
        ])
        #expect(quotes.map(\.speaker) == ["Helen Droste", nil, nil])
    }

    /// With "a" and with a plural: "a Droste aide told", "two Droste volunteers said".
    @Test func determinedAndPluralDescriptions() {
        let quotes = AttributionLoneWitnessCasesTests.quotes(Self.rally + [
            "“The numbers are on our side,” a Droste aide told reporters.",
            "“It was a good night,” two Droste volunteers said.",
        ])
        #expect(quotes.map(\.speaker) == ["Helen Droste", nil, nil])
        #expect(quotes.dropFirst().map(\.speakerDescription) == ["a Droste aide", "two Droste volunteers"])
    }

    /// Guard: a role before a name that then speaks is still that person ("the engineer Marta
    /// Lindqvist"), and so is a name set off after the role.
    @Test func aRoleBeforeTheSpeakersNameStillNamesThem() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "“The pipes were tested in March,” said the engineer Marta Lindqvist.",
            "“We will test them again,” a spokesman, Olof Berg, said.",
        ]) == ["Marta Lindqvist", "Olof Berg"])
    }
}
