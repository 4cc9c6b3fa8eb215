import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// A short line ending in a colon introduces what follows ("Here is the plan:", "Ingredients:"):
/// it is the article's own text, not a label of the page. The page is written for this test.
@Suite struct IntroducingLineTests {
    @Test func aLineEndingInAColonIsKept() throws {
        let paragraphs = [
            "The school garden will double in size next spring, the head teacher told parents at the autumn meeting on Tuesday evening.",
            "Pupils in every year will look after a bed of their own, with a rota for the summer holidays agreed with the families who live nearby.",
        ]
        let html = "<html lang=\"en\"><head><title>School garden to double in size</title></head><body>"
            + "<h1>School garden to double in size</h1><div class=\"story\">"
            + paragraphs.map { "<p>\($0)</p>" }.joined()
            + "<p>Here is the plan:</p><ul><li>Raised beds along the south wall, built by the parents' group</li>"
            + "<li>A water butt for every bed, paid for by the summer fair</li></ul><p>Ingredients:</p>"
            + "<p>The harvest will go to the school kitchen, which will cook it for lunches in the first week of term.</p>"
            + "</div></body></html>"
        let a = try ArticleReader().read(Array(html.utf8), url: nil)
        #expect(a.bodyText.contains("Here is the plan:"))
        #expect(a.bodyText.contains("Ingredients:"))
        #expect(a.bodyText.contains("Raised beds along the south wall"))
    }
}
