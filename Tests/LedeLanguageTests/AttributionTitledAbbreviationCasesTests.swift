import Testing
import LedeCore
@testable import LedeLanguage

/// `“…,” said U.S. Attorney Dana Holloway.`: a role holding a dotted initialism ("U.S.", "U.N.")
/// between the verb of saying and the name; the initialism's last full stop belongs to the role, as
/// the stop of an abbreviated title does. Both cases give no speaker with the stop not read so.
@Suite struct AttributionTitledAbbreviationCasesTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        StoryBuilder().story(of: Article(blocks: paragraphs.map { .paragraph($0) })).quotes.map(\.speaker)
    }

    @Test func aDottedInitialismInACapitalisedRole() {
        #expect(Self.speakers([
            "The jury returned its verdict on Friday after two days.",
            "“We believe the verdict is fair and the case was made,” said U.S. Attorney Dana Holloway.",
        ]) == ["Dana Holloway"])
    }

    @Test func aDottedInitialismInALowerCaseRole() {
        #expect(Self.speakers([
            "“The crossings must stay open through the winter,” said U.N. envoy Mirela Castaneda.",
        ]) == ["Mirela Castaneda"])
    }
}
