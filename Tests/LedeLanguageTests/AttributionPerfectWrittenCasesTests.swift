import Testing
import LedeCore
@testable import LedeLanguage

/// `“…,” Tomas Lindqvist, a senior analyst at …, has written.`: the perfect of "wrote" is "written",
/// which no list of verbs of saying held ("said" and "told" are their own participles), so the
/// quotation went on in the voice of the paragraph before. Fails with "written" not read as a verb
/// of saying (the earlier speaker is given).
@Suite struct AttributionPerfectWrittenCasesTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        StoryBuilder().story(of: Article(blocks: paragraphs.map { .paragraph($0) })).quotes.map(\.speaker)
    }

    @Test func hasWrittenAfterAnApposition() {
        #expect(Self.speakers([
            "“We tightened the budget, the timetable and the design of the quay,” says Anika Strand of the port authority.",
            "“If the ferry fares rise, the cost falls on the islanders who have no other way to the mainland,” Tomas Lindqvist, a senior analyst at the Coastal Transport Institute, has written. “The operator pays nothing.”",
        ]) == ["Anika Strand", "Tomas Lindqvist", "Tomas Lindqvist"])
    }
}
