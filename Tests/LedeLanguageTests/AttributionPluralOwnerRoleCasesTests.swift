import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the ninth round of real-news attribution (issue 13): a description
/// after a name whose owner is a plural's possessive ("Dana Whitfield, the Wolves’ coach,") is kept, so
/// "the coach said" paragraphs later is her. Invented text.
@Suite struct AttributionPluralOwnerRoleCasesTests {
    @Test func theCoachNamedFarBack() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Dana Whitfield, the Wolves’ coach, watched from the bench as the rain came down.",
            "The match was played before a crowd of four thousand.",
            "Berne Ostrava scored twice for the visitors. Okafor Lund was sent off late.",
            "“We were second to every ball,” the coach said.",
        ]) == ["Dana Whitfield"])
    }

    @Test func theDescriptionKeepsItsOwner() {
        let story = StoryBuilder().story(of: Article(blocks: [
            .paragraph("Dana Whitfield, the Wolves' coach, watched from the bench."),
        ]))
        #expect(story.people.first?.descriptions == ["Wolves' coach"])
    }
}
