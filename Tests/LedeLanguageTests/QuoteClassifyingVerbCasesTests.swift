import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the ninth round of real-news attribution (issue 13): a short
/// quoted phrase after a verb that puts a thing in a class and "as" ("counts as “severe duty”",
/// "qualifies as a “small business”") names the class, and is no one's words. Invented text.
@Suite struct QuoteClassifyingVerbCasesTests {
    @Test func aClassNamedAfterCountsAs() {
        #expect(AttributionLoneWitnessCasesTests.quotes([
            "If your garage says you need more visits, push back if you do not think your commute counts as “heavy use.”",
            "The minister said a farm shop with six staff still qualifies as a “small business” under the scheme.",
        ]).isEmpty)
    }

    /// Guard: "described as" may report someone's words, and stays as before.
    @Test func describedAsIsNoClass() {
        #expect(!QuotedTitles.classifying.contains("described"))
        #expect(!QuotedTitles.classifying.contains("called"))
    }
}
