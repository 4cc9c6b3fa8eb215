import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// The house-style copies as training documents for the line model: labels from their hand-written
/// lists, and the index agreeing with the copies and with ``HouseStyleCopyTests``.
@Suite struct LabelledCopyTests {
    /// Body lines are body, the headline a headline, a line holding a caption a caption, a credit
    /// alone a credit, everything else furniture (on a copy written for this test).
    @Test func linesAreLabelledFromTheHandWrittenLists() {
        let copy = LabelledCopy(name: "test", round: 0, text: """
            Menu
            Harbour pool reopens after winter repairs
            By Ana Lima
            Swimmers at the reopened pool on Saturday morning. Photograph: Tom Reed
            Tom Reed
            Share this article
            The harbour pool opened again on Saturday after three months of repairs to its sea wall.
            Gift Article
            Most read
            """, body: ["The harbour pool opened again on Saturday after three months of repairs to its sea wall."],
            title: "Harbour pool reopens after winter repairs",
            figures: [(caption: "Swimmers at the reopened pool on Saturday morning.", credit: "Tom Reed")])
        let lines = ScrapedLines(copy.text)
        #expect(copy.labels(lines) == [.furniture, .headline, .furniture, .caption, .credit, .furniture, .body, .furniture, .furniture])
    }

    /// A long line holding the credit's name is no credit line (a paragraph quoting the photographer).
    @Test func aParagraphNamingThePhotographerIsNoCredit() {
        let copy = LabelledCopy(name: "test", round: 0, text: """
            Tom Reed, who took the photographs for the club's centenary book, said the pool had never looked better than it does now.
            """, body: [], title: nil, figures: [(caption: "Swimmers at the pool.", credit: "Tom Reed")])
        #expect(copy.labels(ScrapedLines(copy.text)) == [.furniture])
    }

    /// Every copy of the fixtures is in the index, its headline is one of its lines, and the
    /// titles and figures the tests hold it to are the index's.
    @Test func theIndexAgreesWithTheCopiesAndTheTests() throws {
        let copies = try LabelledCopy.load(folder: Fixture.url("house-styles").path)
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixture.url("house-styles").path)
            .filter { $0.hasSuffix(".body.txt") }.map { String($0.dropLast(9)) }
        #expect(Set(copies.map(\.name)) == Set(names))
        for c in copies {
            #expect(c.title.map { ScrapedLines(c.text).lines.contains($0) } == true, "\(c.name)")
            #expect(!c.body.isEmpty, "\(c.name)")
        }
        for style in HouseStyleCopyTests.styles {
            let c = try #require(copies.first { $0.name == style.name })
            #expect(c.title == style.title)
            #expect(c.figures.map(\.caption) == style.figures.map(\.0))
            #expect(c.figures.map(\.credit) == style.figures.map(\.1))
        }
    }
}
