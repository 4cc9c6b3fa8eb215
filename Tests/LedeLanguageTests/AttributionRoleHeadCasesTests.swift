import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the sixth round of real-news attribution (issue 13): "the
/// spokeswoman said" paragraphs after "Olga Ivanova, a spokeswoman for the ministry," is Ivanova: a
/// description's role is the word before its first preposition, not only its last word. Invented text.
@Suite struct AttributionRoleHeadCasesTests {
    /// The role opens the description and a body follows it: the role later stands for the person.
    @Test func theRoleBeforeAPreposition() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Olga Ivanova, a spokeswoman for the ministry, said the talks would resume.",
            "The delegations left Vienna late on Monday.",
            "“Nothing has been agreed yet,” the spokeswoman added.",
        ]) == ["Olga Ivanova"])
    }

    /// A place after the role ("a farmer near the border") works as a body does.
    @Test func theRoleBeforeAPlace() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Tomas Lind, a farmer near the border, has lost half his crop to the drought.",
            "“We cannot wait for the rain,” the farmer said.",
        ]) == ["Tomas Lind"])
    }

    /// The role word must be the description's: "the engineer" is no one described only by a body.
    @Test func aRoleNoOneHoldsStaysADescription() {
        let quotes = AttributionLoneWitnessCasesTests.quotes([
            "Tomas Lind, a farmer near the border, has lost half his crop to the drought.",
            "“The dam is too old,” the engineer said.",
        ])
        #expect(quotes.map(\.speaker) == [nil])
        #expect(quotes.map(\.speakerDescription) == ["the engineer"])
    }

    @Test func headNounOfADescription() {
        #expect(PeopleRegistry.headNoun(of: "spokeswoman for the ministry") == "spokeswoman")
        #expect(PeopleRegistry.headNoun(of: "senior lecturer at Leeds") == "lecturer")
        #expect(PeopleRegistry.headNoun(of: "board's chief engineer") == nil)
        #expect(PeopleRegistry.headNoun(of: "Minister of Health") == nil)
    }
}
