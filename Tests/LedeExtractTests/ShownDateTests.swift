import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// The date printed by the headline against the one the page declares in its metadata, each on a
/// page written for this test.
@Suite struct ShownDateTests {
    static let declared = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Why the ferry runs at night\",\"datePublished\":\"2019-05-06T08:00:00Z\"}</script>"

    static func page(dateLine: String) -> String {
        "<h1>Why the ferry runs at night</h1><p>By Ana Lima</p><p>\(dateLine)</p><p>The crossing takes nine hours and the crew sleeps in turns below the car deck.</p>"
    }

    @Test func aDatePrintedByTheHeadlineOverridesAnOlderDeclaredOne() throws {
        let a = try MetadataTests.read(Self.declared, Self.page(dateLine: "March 4, 2024"))
        #expect(a.published == "2024-03-04")
    }

    @Test func anUpdateLineLeavesTheDeclaredDate() throws {
        for line in ["Updated March 4, 2024", "Last modified: March 4, 2024"] {
            let a = try MetadataTests.read(Self.declared, Self.page(dateLine: line))
            #expect(a.published?.hasPrefix("2019-05-06") == true, "\(line)")
        }
    }

    @Test func aLabelJustBeforeTheDateCounts() throws {
        let body = "<h1>Why the ferry runs at night</h1><p><span>Last updated:</span> <span>March 4, 2024</span></p><p>The crossing takes nine hours.</p>"
        let a = try MetadataTests.read(Self.declared, body)
        #expect(a.published?.hasPrefix("2019-05-06") == true)
    }

    @Test func aDayFirstOrMonthFirstNumericDateLeavesTheDeclaredDate() throws {
        let a = try MetadataTests.read(Self.declared, Self.page(dateLine: "04/03/2024"))
        #expect(a.published?.hasPrefix("2019-05-06") == true)
        // 25 cannot be a month: the printed date is read.
        let b = try MetadataTests.read(Self.declared, Self.page(dateLine: "25/03/2024"))
        #expect(b.published == "2024-03-25")
    }

    @Test func aDateInTheArticleURLKeepsTheDeclaredDate() throws {
        let a = try MetadataTests.read(Self.declared, Self.page(dateLine: "March 4, 2024"),
                                       url: "https://example.org/2019/05/06/night-ferry")
        #expect(a.published?.hasPrefix("2019-05-06") == true)
    }

    @Test func oneDayApartKeepsTheDeclaredTimestamp() throws {
        let a = try MetadataTests.read(Self.declared, Self.page(dateLine: "May 7, 2019"))
        #expect(a.published?.hasPrefix("2019-05-06") == true)
    }
}
