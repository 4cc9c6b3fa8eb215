import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// Reader comments under a scraped article (each with its own time stamp) are dropped as comments;
/// an article's own published and updated stamps are not a comment section. Copies written for
/// these tests.
@Suite struct CommentStampsTests {
    static let article = """
        Home
        News
        Harbour ferry back in service after storm repairs
        By Ines Duarte
        The island ferry returned to service on Saturday after three weeks of repairs to its landing ramp, which a storm had bent out of shape.
        Islanders had relied on a small fishing boat for medicine and post while the ferry was out, the harbour office said.
        The operator said timetables would run as normal from Monday, with one extra crossing on weekday evenings until the backlog cleared.
        Share this:
        Facebook
        """

    static func paragraphs(_ text: String) throws -> [String] {
        let article = try ArticleReader(options: ReadOptions(inputKind: .text)).read(Array(text.utf8))
        return article.blocks.compactMap { if case .paragraph(let t) = $0 { return t } else { return nil } }
    }

    @Test func commentsUnderTheArticleAreDropped() throws {
        let copy = Self.article + """

            3 thoughts on “Harbour ferry back in service after storm repairs”
            1. islandgran says:
            May 2, 2026 at 6:34 am
            About time too. My neighbour waited nine days for her prescription and nobody at the council could tell her when the ferry would be back.
            Reply
            2. Tomas K. says:
            May 2, 2026 at 8:10 am
            Great news for the school run, though the evening crossing should stay on for good, not only until the backlog is cleared.
            Reply
            Leave a Reply
            """
        let kept = try Self.paragraphs(copy)
        #expect(kept.count == 3)
        #expect(!kept.contains { $0.contains("prescription") || $0.contains("school run") })
        let article = try ArticleReader(options: ReadOptions(inputKind: .text)).read(Array(copy.utf8))
        #expect(article.removed.contains { $0.reason == .comments && $0.text.contains("school run") })
    }

    @Test func publishedAndUpdatedStampsAreNoCommentSection() throws {
        let copy = """
            Harbour ferry back in service after storm repairs
            By Ines Duarte
            The island ferry returned to service on Saturday after three weeks of repairs to its landing ramp, which a storm had bent out of shape.
            Islanders had relied on a small fishing boat for medicine and post while the ferry was out, the harbour office said.
            Published May 2, 2026 at 6:34 am
            Updated May 2, 2026 at 9:15 am
            The operator said timetables would run as normal from Monday, with one extra crossing on weekday evenings until the backlog cleared.
            A spokesperson for the operator said the repaired ramp had passed its inspection on Friday afternoon and would be checked again in a month.
            """
        let kept = try Self.paragraphs(copy)
        #expect(kept.filter { $0.hasSuffix(".") }.count == 4)
        #expect(kept.contains { $0.hasPrefix("A spokesperson") })
    }

    @Test func aStampNeedsADateYearAndClockTime() {
        let copy = ScrapedLines("Comments\nMay 2, 2026 at 6:34 am\nNice.\n20 Nov 2019, 9:42am\nOk.\nMay 2, 2026\nRoom 12:30 was booked\n1:2345")
        #expect(CommentStamps.isStamp(copy, 1))
        #expect(CommentStamps.isStamp(copy, 3))
        #expect(!CommentStamps.isStamp(copy, 5))
        #expect(!CommentStamps.isStamp(copy, 6))
        #expect(!CommentStamps.isStamp(copy, 7))
        let stamps = CommentStamps(copy)
        #expect(stamps.opensComments(0))
        #expect(!stamps.opensComments(1) && !stamps.opensComments(3))
    }
}
