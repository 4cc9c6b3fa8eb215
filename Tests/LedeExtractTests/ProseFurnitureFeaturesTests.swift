import Foundation
import Testing
import LedeTestSupport
@testable import LedeCore
@testable import LedeExtract

/// The prose-furniture pass of the line model: what its features read of a copy (written for
/// this test), and that the shipped weights fit them.
@Suite struct ProseFurnitureFeaturesTests {
    static let copy = """
        The Harbour Gazette
        News
        Ferry returns to the islands after storm repairs
        By Ines Duarte
        The island ferry returned to service on Saturday after three weeks of repairs to its ramp.
        "We are glad to have it back," the harbour master said on the quay.
        Timetables will run as normal from Monday, with one extra crossing on weekday evenings.
        Ines Duarte covers the coast for The Harbour Gazette. You can reach her at ines@gazette.example or 555-0133.
        Never miss a sailing: sign up for our morning briefing and get the timetable first.
        © 2026 The Harbour Gazette
        """

    static func column(_ name: String) -> Int { ProseFurnitureFeatures.names.firstIndex(of: name)! }

    @Test func featuresReadAddressToTheReaderTheOutletAndContactDetails() {
        let copy = ScrapedLines(Self.copy)
        let body = [0.0, 0.0, 0.1, 0.1, 0.9, 0.9, 0.9, 0.6, 0.6, 0.0]
        let rows = ProseFurnitureFeatures.rows(copy, body: body, headline: 2)
        #expect(rows.allSatisfy { $0.count == ProseFurnitureFeatures.names.count })
        let bio = rows[7], pitch = rows[8], first = rows[4], quote = rows[5]
        #expect(bio[Self.column("addresses-reader")] == 1)
        #expect(bio[Self.column("names-the-outlet")] == 1)
        #expect(bio[Self.column("contact-details")] == 1)
        #expect(bio[Self.column("after-last-reported")] == 1)
        #expect(pitch[Self.column("imperative-opening")] == 1)
        #expect(pitch[Self.column("speaks-as-we")] == 1)
        #expect(pitch[Self.column("prev-cue")] == 1)
        #expect(pitch[Self.column("last-candidate")] == 1)
        #expect(pitch[Self.column("after-a-cue")] == 1)
        // The article's own lines: reported speech is not an address to the reader.
        #expect(quote[Self.column("reported")] == 1)
        #expect(quote[Self.column("speaks-as-we")] == 0)
        #expect(first[Self.column("after-last-reported")] == 0)
        #expect(first[Self.column("headline-overlap")] > 0)
        #expect(first[Self.column("past-tense-share")] > 0)
    }

    /// The pass moves only lines with a publisher's voice: the bio and the pitch of the copy above,
    /// not the article's closing sentence, which stands after the last reported line as they do.
    @Test func onlyLinesWithAPublishersVoiceAreReadAgain() {
        let copy = ScrapedLines(Self.copy)
        let body = [0.0, 0.0, 0.1, 0.1, 0.9, 0.9, 0.9, 0.6, 0.6, 0.0]
        let rows = ProseFurnitureFeatures.rows(copy, body: body, headline: 2)
        #expect(ProseFurnitureFeatures.showsAVoice(rows[7]))
        #expect(ProseFurnitureFeatures.showsAVoice(rows[8]))
        #expect(rows[6][Self.column("after-last-reported")] == 1)
        #expect(!ProseFurnitureFeatures.showsAVoice(rows[6]))
        #expect(!ProseFurnitureFeatures.showsAVoice(rows[4]))
    }

    @Test func contactDetailsAreAddressesAndNumbers() {
        #expect(ProseFurnitureFeatures.hasContact("write to desk@paper.example."))
        #expect(ProseFurnitureFeatures.hasContact("call 555-0147 after noon"))
        #expect(!ProseFurnitureFeatures.hasContact("the vote was 5-0 on tuesday"))
        #expect(!ProseFurnitureFeatures.hasContact("a $7.4 million contract"))
    }

    @Test func shippedWeightsFitTheFeatures() {
        let fourth = LineModel.standard.fourth
        #expect(fourth.isEmpty || (fourth.count == LineClass.allCases.count && fourth.allSatisfy { $0.count == ProseFurnitureFeatures.names.count }))
    }
}

extension ProseFurnitureFeaturesTests {
    /// A copy of 300,000 lines with two candidates, one at each end: each line's nearest candidate
    /// before and after was searched from the line (45 billion steps here), now read from two
    /// passes. No timing is asserted; the deadline only turns the square back into a failure.
    @Test func featuresOfAHugeCopyWithFewCandidatesStayLinear() throws {
        let prose = "The island ferry returned to service on Saturday after three weeks of repairs to its ramp."
        let lines = [prose] + Array(repeating: "Share", count: 300_000) + [prose]
        let copy = ScrapedLines(lines: lines)
        let body = [0.9] + Array(repeating: 0.05, count: 300_000) + [0.9]
        let rows = try Deadline.finishes(within: 60) { ProseFurnitureFeatures.rows(copy, body: body, headline: 0) }
        #expect(rows?.count == lines.count)
        // The line before the last candidate has that candidate next, and the first one before it.
        #expect(rows?[300_000][Self.column("next-cue")] == 0)
        #expect(rows?[150_000][Self.column("last-candidate")] == 0)
    }
}
