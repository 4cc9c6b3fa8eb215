import Testing
import LedeCore
@testable import LedeLanguage

@Suite struct DateTests {
    func dates(_ text: String, published: String?) -> [DateMention] {
        var a = Article(title: "T", blocks: [.paragraph(text)])
        a.published = published
        return StoryBuilder().story(of: a).dates
    }

    @Test func fullDatesAndYears() {
        let d = dates("It began on Friday, May 20, 2022, and in 2016 it had failed; since 1994 nothing changed.", published: nil)
        #expect(d.map(\.text) == ["Friday, May 20, 2022", "in 2016", "since 1994"])
        #expect(d.map(\.resolved) == ["2022-05-20", "2016", "1994"])
    }

    @Test func relativeDatesNeedAPublicationDate() {
        // 2022-05-23 was a Monday.
        let d = dates("On Saturday the unit met. Last year it was smaller. Yesterday it left on March 3.", published: "2022-05-23T09:00:00Z")
        #expect(d.map(\.resolved) == ["2022-05-21", "2021", "2022-05-22", "2022-03-03"])
        let none = dates("On Saturday the unit met.", published: nil)
        #expect(none.map(\.text) == ["On Saturday"])
        #expect(none.first?.resolved == nil)
    }
}
