import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the ninth round of real-news attribution (issue 13): a role that
/// stands for someone named far back ("the coach") is the person the story last gave that role, not
/// the person it named latest among those who had it; and it speaks before a colon as a name does
/// ("The coach was blunt: “…”"). Invented text.
@Suite struct AttributionLastGivenRoleCasesTests {
    @Test func theRoleLastGiven() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Dana Whitfield watched from the bench as the rain came down.",
            "Ian Marsh, the Rovers coach, had called the pitch unplayable on Friday.",
            "Whitfield, the Wolves coach since 2019, said little before kick-off.",
            "Berne Ostrava scored twice for the visitors. Okafor Lund was sent off late.",
            "“We were second to every ball,” the coach said.",
        ]) == ["Dana Whitfield"])
    }

    @Test func theRoleBeforeAColon() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Wolves coach Dana Whitfield watched from the bench as the rain came down.",
            "Berne Ostrava scored twice for the visitors. Okafor Lund was sent off late.",
            "The coach was blunt: “We were second to every ball.”",
        ]) == ["Dana Whitfield"])
    }

    /// Guard: a role no one was given before a colon names no one.
    @Test func anUnknownRoleBeforeAColon() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Wolves coach Dana Whitfield watched from the bench as the rain came down.",
            "The referee was blunt: “The pitch was fit to play.”",
        ]) != ["Dana Whitfield"])
    }
}
