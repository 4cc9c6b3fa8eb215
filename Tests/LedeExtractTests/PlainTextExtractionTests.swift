import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// The plain-text path on the seed (read from ../shared at test time) and on copies written for
/// these tests in other publishers' styles.
@Suite struct PlainTextExtractionTests {
    static let seedPath = SharedData.path("seed/belarus-volunteers.txt")

    static func read(_ text: String) throws -> Article {
        try ArticleReader(options: ReadOptions(inputKind: .text)).read(Array(text.utf8))
    }

    static func nonEmptyLines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    @Test(.enabled(if: seedPath != nil, "../shared/seed is absent: the seed test needs the shared data"))
    func seedMatchesTheExpectedReadEdition() throws {
        let text = try String(contentsOfFile: Self.seedPath!, encoding: .utf8)
        let lines = Self.nonEmptyLines(text)
        let article = try Self.read(text)

        #expect(article.title == "Belarus volunteers fight for Ukraine against Russian invasion: ‘A long journey’")
        let bodyLines = [3, 4, 7, 10, 11, 14, 18, 21, 22, 25, 26, 29, 30, 33, 34, 37, 38, 39, 42, 44, 47, 48, 51, 53, 54, 55]
        let paragraphs = article.blocks.compactMap { if case .paragraph(let t) = $0 { return t } else { return nil } }
        #expect(paragraphs == bodyLines.map { lines[$0] })

        let figureLines = [5, 8, 12, 16, 19, 23, 27, 31, 35, 40, 45, 49]
        #expect(article.figures.map(\.caption) == figureLines.map { lines[$0] })
        #expect(article.figures.allSatisfy { $0.credit == "AP Photo/Michal Dyjuk" })
        #expect(Set(article.figures.compactMap(\.caption)).count == 11)

        // Each figure stands where it stood: right after the body line that preceded it.
        var cursor = 0
        var order: [Int] = []
        for block in article.blocks {
            let text: String
            switch block {
            case .paragraph(let t): text = t
            case .figure(let f): text = f.caption ?? ""
            default: Issue.record("unexpected block \(block.kind)"); continue
            }
            let found = try #require(lines[cursor...].firstIndex(of: text), "block out of order: \(text.prefix(40))")
            order.append(found)
            cursor = found + 1
        }
        #expect(order == (bodyLines + figureLines).sorted())

        let removed = article.removed.map { ($0.reason, $0.text) }
        #expect(removed.map(\.0) == [.duplicateHeadline, .banner, .relatedLink, .relatedLink, .promo])
        #expect(removed.map(\.1) == [lines[1], lines[2], lines[15], lines[43], lines[52]])
        #expect(article.removed.allSatisfy { $0.detail?.isEmpty == false })
    }

    @Test func wireStyleCopy() throws {
        let article = try Self.read(try Fixture.text("wire-style-copy.txt"))
        #expect(article.title == "Harbour authority approves second ferry berth after two-year review")
        #expect(article.figures.count == 2)
        #expect(article.figures.allSatisfy { $0.credit == "REUTERS/Lena Okafor" })
        #expect(article.blocks.compactMap(\.text).count == 5)
        #expect(article.removed.map(\.reason) == [.duplicateHeadline, .banner, .relatedLink, .promo])
        #expect(!article.bodyText.contains("newsletter"))
    }

    @Test func broadcasterStyleCopyKeepsInlineCredit() throws {
        let article = try Self.read(try Fixture.text("broadcaster-style-copy.txt"))
        #expect(article.title == "Village choir sings its way to national final")
        let figure = try #require(article.figures.first)
        #expect(figure.credit == "Getty Images")
        #expect(figure.caption?.hasPrefix("The choir rehearsing") == true)
        #expect(article.removed.map(\.reason).contains(.share))
        #expect(article.removed.contains { $0.text == "Related Topics" && $0.reason == .relatedLink })
        #expect(article.bodyText.contains("final takes place in Cardiff"))
        #expect(!article.bodyText.contains("Follow us"))
    }

    @Test func newspaperStyleCopy() throws {
        let article = try Self.read(try Fixture.text("newspaper-style-copy.txt"))
        #expect(article.title == "City library to stay open until midnight during exam season")
        #expect(article.figures.first?.credit == "Ana Duarte/The Courier")
        #expect(article.removed.map(\.reason).contains(.relatedLink))
        #expect(article.removed.map(\.reason).contains(.promo))
        #expect(article.bodyText.contains("Union representative Kay Moss"))
        #expect(!article.bodyText.contains("MORE STORIES"))
    }

    @Test func aBodyParagraphRepeatedByACaptionStays() throws {
        let text = """
        Headline of the story

        The mayor opened the new bridge on Friday, watched by hundreds of residents.

        The mayor opened the new bridge on Friday, watched by hundreds of residents.
        (AP Photo/Jane Roe)

        The bridge took three years to build.
        """
        let article = try Self.read(text)
        #expect(article.blocks.count == 3)
        #expect(article.figures.count == 1)
        #expect(article.bodyText.hasPrefix("The mayor opened"))
    }

    @Test func textWithOnlyFurnitureHasNoArticle() {
        #expect(throws: LedeError.self) { try Self.read("CLICK HERE TO GET THE APP\nSign up for our newsletter\n") }
    }
}
