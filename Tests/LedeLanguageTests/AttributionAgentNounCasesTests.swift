import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the seventh round of real-news attribution (issue 13): "the
/// chairman said" is the person described as "who chairs the board", "the owner" the one "who owns
/// the cafe": a relative clause's verb names the role of whoever does it. Invented text.
@Suite struct AttributionAgentNounCasesTests {
    @Test func theRoleAVerbNames() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Paul Dunne, who chairs the board of the housing trust, defended the rent rise on Monday.",
            "Tenants marched to the office. “We have no choice,” the chairman said.",
            "Anna Dale, who owns the cafe on the corner, has rented from the trust for ten years.",
            "Rents went up twice last year. “I cannot pay more,” the owner said.",
        ]) == ["Paul Dunne", "Anna Dale"])
    }

    @Test func nounsOfAClause() {
        #expect(PeopleRegistry.agentNouns(of: "chairs the board").contains("chairman"))
        #expect(PeopleRegistry.agentNouns(of: "founded the bakery in 1990").contains("founder"))
        #expect(PeopleRegistry.agentNouns(of: "teaches the choir").contains("teacher"))
        #expect(PeopleRegistry.agentNouns(of: "manages a hotel").contains("manager"))
    }

    /// Guards: no role without an object after a determiner, nor from an auxiliary or a verb of saying.
    @Test func clausesThatNameNoRole() {
        #expect(PeopleRegistry.agentNouns(of: "lives in Leeds").isEmpty)
        #expect(PeopleRegistry.agentNouns(of: "has a dog").isEmpty)
        #expect(PeopleRegistry.agentNouns(of: "said the plan would fail").isEmpty)
        #expect(PeopleRegistry.agentNouns(of: "spokeswoman for the ministry").isEmpty)
    }
}
