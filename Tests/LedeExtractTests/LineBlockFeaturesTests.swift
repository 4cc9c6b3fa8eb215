import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// The block features of the line classifier (runs of like lines, a comment section below its
/// header, time stamps around a line), on a copy written for this test.
@Suite struct LineBlockFeaturesTests {
    static let copy = [
        "Menu",                                                                                            // 0
        "Volunteers rebuild the river path after the spring floods",                                      // 1
        "Volunteers spent four weekends clearing mud and fallen trees from the river path, the parish council said on Monday.",  // 2
        "The crews brought their own tools and asked walkers to keep to the marked side while they worked.",  // 3
        "1. Wear boots",                                                                                  // 4
        "2. Bring gloves",                                                                                // 5
        "3. Sign in at the gate",                                                                         // 6
        "The path will reopen fully once the last bridge plank is replaced, which the council expects next month.",  // 7
        "3 Comments",                                                                                     // 8
        "1. ferrylover says:",                                                                            // 9
        "March 4, 2025 at 9:12 am",                                                                       // 10
        "Great work by everyone, the path looks better than before the floods.",                          // 11
        "2. hillwalker says:",                                                                            // 12
        "March 4, 2025 at 10:40 am",                                                                      // 13
    ]

    /// An article followed by a column of teaser headlines (and nothing after it).
    static let teasers = [
        "Volunteers rebuild the river path after the spring floods",
        "Volunteers spent four weekends clearing mud and fallen trees from the river path, the parish council said on Monday.",
        "The crews brought their own tools and asked walkers to keep to the marked side while they worked.",
        "More From The Valley Post",
        "Bakery Wins County Bread Prize",
        "New Bus Timetable For Spring",
        "School Choir Heads To The Finals",
    ]

    static func feature(_ rows: [[Double]], _ i: Int, _ name: String) -> Double {
        rows[i][LineFeatures.names.firstIndex(of: name)!]
    }

    @Test func aListBetweenParagraphsIsARunBetweenProse() {
        let rows = LineFeatures.rows(Self.copy)
        for i in 4...6 {
            #expect(Self.feature(rows, i, "list-run") > 0)
            #expect(Self.feature(rows, i, "run-between-prose") == 1)
        }
        // A paragraph is in no run.
        #expect(Self.feature(rows, 3, "list-run") == 0 && Self.feature(rows, 3, "short-run") == 0)
    }

    @Test func aColumnOfTeaserHeadlinesIsATitleCasedRunAfterTheArticle() {
        let rows = LineFeatures.rows(Self.teasers)
        for i in 3...6 {
            #expect(Self.feature(rows, i, "short-run") > 0)
            #expect(Self.feature(rows, i, "run-title-case") == 1)
            #expect(Self.feature(rows, i, "title-run-outside-main") == 1)
            #expect(Self.feature(rows, i, "run-between-prose") == 0)
        }
    }

    @Test func aCommentSectionIsBelowItsHeaderAmongTimeStamps() {
        let rows = LineFeatures.rows(Self.copy)
        #expect((0...8).allSatisfy { Self.feature(rows, $0, "below-comment-header") == 0 })
        #expect((9...13).allSatisfy { Self.feature(rows, $0, "below-comment-header") == 1 })
        #expect(Self.feature(rows, 9, "says-colon") == 1 && Self.feature(rows, 11, "says-colon") == 0)
        #expect(Self.feature(rows, 11, "near-dates") > Self.feature(rows, 3, "near-dates"))
    }

    /// A comment count printed under the headline ("New, 6 comments"), after a cookie notice's prose
    /// and before the article, opens no comment section: the article below it is not in one.
    @Test func aCommentCountAboveTheArticleOpensNoCommentSection() {
        let copy = [
            "We use cookies and similar tools to improve your visit to our site, show content and measure our audience.",  // 0
            "By choosing Accept, you agree to our use of cookies and similar tools on this site.",                  // 1
            "Accept",                                                                                               // 2
            "Home", "News", "Sport", "Weather", "Local", "Events", "About",                                          // 3-9
            "Volunteers rebuild the river path after the spring floods",                                            // 10
            "New, 6 comments",                                                                                      // 11
            "Volunteers spent four weekends clearing mud and fallen trees from the river path, the parish council said on Monday.",  // 12
            "The crews brought their own tools and asked walkers to keep to the marked side while they worked.",    // 13
            "The path will reopen fully once the last bridge plank is replaced, which the council expects next month.",  // 14
            "Some of the volunteers have walked the path every morning for twenty years and wanted it back before summer.",  // 15
        ]
        let rows = LineFeatures.rows(copy)
        #expect((12...15).allSatisfy { Self.feature(rows, $0, "below-comment-header") == 0 })
        // The same count after the article still opens its comment section.
        let after = LineFeatures.rows(Array(copy[0...10] + copy[12...15]) + ["6 comments", "Great work by everyone on the path."])
        #expect(Self.feature(after, 16, "below-comment-header") == 1)
    }

    @Test func doubledTextAndPlaceholders() {
        #expect(LineFeatures.endsDoubled("Lamps at dusk on the pier.Lamps at dusk on the pier."))
        #expect(LineFeatures.endsDoubled("[icon] Best river walks 8 Best river walks 8"))
        #expect(!LineFeatures.endsDoubled("The river rose by two metres overnight, flooding the lower town."))
        // A short echo ("no, no") is not a doubled caption.
        #expect(!LineFeatures.endsDoubled("He said no no."))
        #expect(LineFeatures.isPlaceholder("[harbour-ferry-1024x683]"))
        #expect(!LineFeatures.isPlaceholder("[1] A note on sources") && !LineFeatures.isPlaceholder("The ferry [left] and the pier"))
    }

    @Test func numberedEntriesAreListItemsButDecimalsAreNot() {
        #expect(LineFeatures.startsWithNumbering("1. Wear boots") && LineFeatures.startsWithNumbering("12) Pack a map"))
        #expect(!LineFeatures.startsWithNumbering("3.5 million people") && !LineFeatures.startsWithNumbering("2025 was wet"))
    }
}
