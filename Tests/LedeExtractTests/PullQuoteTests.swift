import Testing
@testable import LedeExtract

/// Pull quotes in a scraped copy: a sentence printed in full by a longer line a little further
/// down is dropped; the test is bounded (by words) so a copy of ever longer lines stays linear.
@Suite struct PullQuoteTests {
    @Test func aPullQuoteBeforeItsParagraphIsFound() {
        let quote = "“The bees were telling us about a dry spell ten days early.”"
        let copy = ScrapedLines(lines: [quote, "Short line", "Prakash said: " + quote + " He did not say more."])
        var joined = [String?](repeating: nil, count: copy.count)
        #expect(PlainTextArticleExtractor.pullQuoteSource(copy, 0, joined: &joined) == 2)
        // A heading the text names again, and a line too far down, are not.
        let heading = ScrapedLines(lines: ["Graphic design certificate by the city college"] + Array(repeating: "x", count: 25)
            + ["The graphic design certificate by the city college runs for a year."])
        var joined2 = [String?](repeating: nil, count: heading.count)
        #expect(PlainTextArticleExtractor.pullQuoteSource(heading, 0, joined: &joined2) == nil)
    }

    @Test func longLinesAreNotSearched() {
        let long = (0..<(PlainTextArticleExtractor.maxPullQuoteWords + 1)).map { "word\($0)" }.joined(separator: " ") + "."
        let copy = ScrapedLines(lines: [long, "Before it: " + long])
        var joined = [String?](repeating: nil, count: copy.count)
        #expect(PlainTextArticleExtractor.pullQuoteSource(copy, 0, joined: &joined) == nil)
        #expect(joined.allSatisfy { $0 == nil })
    }
}
