import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// Scraped copies written for these tests in five publishers' house styles (broadcaster "Image
/// caption," blocks, newspaper topic lists, wire "Reporting by" lines, agency photo credits, a
/// local paper), each with a hand-written list of its body lines (`NAME.body.txt`).
@Suite struct HouseStyleCopyTests {
    /// Kept body lines: precision and recall against the hand-written list.
    static let minPrecision = 0.95, minRecall = 0.95

    struct Style: Sendable, CustomStringConvertible {
        var name: String
        var title: String
        /// Each photo as (caption, credit), in order.
        var figures: [(String, String)]
        var description: String { name }
    }

    static let styles = [
        Style(name: "bbc-style", title: "Coastal town votes to rebuild its Victorian pier", figures: [
            ("The pier closed in 2019 after storm damage left its deck unsafe", "Getty Images"),
            ("Volunteers have kept the pier's ticket office open as a small museum", "Harbour Trust"),
        ]),
        Style(name: "guardian-style", title: "Otters return to city river for first time in 60 years", figures: [
            ("An otter photographed by a camera trap on the river last month.", "River Restoration Trust"),
        ]),
        Style(name: "reuters-style", title: "Copper hits two-month high as Chilean mine strike drags on", figures: [
            ("Miners work at an open-pit copper mine in northern Chile, March 3, 2026.", "REUTERS/Carla Mendez"),
        ]),
        Style(name: "ap-style", title: "Farmers in drought-hit valley turn to old irrigation canals", figures: [
            ("Farmer Luis Ortega opens a gate on a century-old irrigation canal near his fields, Thursday, May 7, 2026.", "AP Photo/Rafael Gomez"),
            ("A volunteer crew removes silt from a canal outside Fresno, Calif., Friday, May 8, 2026.", "AP Photo/Rafael Gomez"),
        ]),
        Style(name: "local-paper-style", title: "High school robotics team heads to world championship", figures: [
            ("Members of the Millbrook High robotics team test their machine in the school gym on Tuesday.", "Jenny Kowalczyk"),
        ]),
    ]

    static func read(_ name: String) throws -> (Article, [String]) {
        let copy = try Fixture.text("house-styles/\(name).txt")
        let body = try Fixture.text("house-styles/\(name).body.txt").split(separator: "\n").map(String.init)
        return (try ArticleReader(options: ReadOptions(inputKind: .text)).read(Array(copy.utf8)), body)
    }

    @Test(arguments: styles)
    func keptBodyLinesArePreciseAndComplete(style: Style) throws {
        let (article, body) = try Self.read(style.name)
        let kept = article.blocks.compactMap { if case .paragraph(let t) = $0 { return t } else { return nil } }
        let right = kept.filter(body.contains).count
        let precision = Double(right) / Double(max(1, kept.count)), recall = Double(right) / Double(body.count)
        #expect(precision >= Self.minPrecision, "kept but not body: \(kept.filter { !body.contains($0) })")
        #expect(recall >= Self.minRecall, "body but not kept: \(body.filter { !kept.contains($0) })")
        #expect(article.title == style.title)
    }

    @Test(arguments: styles)
    func everyCaptionAndCreditIsAFigureAndNoBodyLineIsACaption(style: Style) throws {
        let (article, body) = try Self.read(style.name)
        let figures = article.figures.map { ($0.caption ?? "", $0.credit ?? "") }
        #expect(figures.map(\.0) == style.figures.map(\.0))
        #expect(figures.map(\.1) == style.figures.map(\.1))
        #expect(!article.figures.contains { body.contains($0.caption ?? "") })
    }

    @Test(arguments: styles)
    func everyDroppedLineSaysWhy(style: Style) throws {
        let (article, _) = try Self.read(style.name)
        #expect(!article.removed.isEmpty)
        #expect(article.removed.allSatisfy { $0.detail?.hasPrefix("line ") == true })
    }
}
