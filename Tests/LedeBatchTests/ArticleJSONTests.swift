import Foundation
@testable import LedeBatch
import LedeCore
import LedeExtract
import LedeTestSupport
import Testing

/// `BatchLine` writes an article's line straight (``ArticleJSON``); it must give the bytes the
/// generic path (`Encodable` through `CompactJSON`) gives, and the article part the bytes of
/// Foundation's `JSONEncoder` with sorted keys and unescaped slashes.
@Suite struct ArticleJSONTests {
    /// Every block kind, each optional field present, and strings that need every kind of escape.
    static let full = Article(
        url: "https://harbour.example/news/ferry?id=7&x=\"y\"", title: "Ferry \"Morning Star\" returns\t\\ to the quay",
        subtitle: "Line one\nline two\r\u{0008}\u{000C}\u{0001}\u{001F}", authors: ["Ada Byrne", "Tomás Ó Briain", ""],
        published: "2026-03-14", modified: "2026-03-15T09:00:00Z", publisher: "Harbour Courier 🚢", language: "en-IE",
        image: "https://harbour.example/i/ferry.jpg",
        blocks: [
            .heading(level: 2, text: "Timetable / fares"), .paragraph("A cabin costs €85 — “a bargain”, said one."),
            .quote("We are back.\u{2028}Truly."), .list(ordered: true, items: ["one", "two\u{7F}"]), .list(ordered: false, items: []),
            .figure(Figure(image: "https://harbour.example/a.jpg", caption: "The deck", credit: "Jonas Lind")),
            .figure(Figure(image: nil, caption: "No image", credit: nil)), .figure(Figure(image: nil, caption: nil, credit: nil)),
            .figure(Figure(image: "https://harbour.example/b.jpg", caption: nil, credit: "Credit only")),
        ],
        removed: [Removal(reason: .promo, text: "SUBSCRIBE", detail: "newsletter promotion"),
                  Removal(reason: .excessMarkup, text: "", detail: nil)])

    /// The same with every optional field absent.
    static let bare = Article(url: nil, title: "", blocks: [.paragraph("Only a line.")])

    static let sources = [BatchSource(url: "https://harbour.example/a"),
                          BatchSource(url: "https://harbour.example/b", recordID: "<urn:uuid:1>", date: "2026-03-14T09:00:00Z"),
                          BatchSource(url: "pages/a\\b \"c\".html", recordID: nil, date: "2026")]

    static func foundationBytes(_ article: Article) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(article))
    }

    @Test(arguments: [full, bare])
    func writtenArticlesMatchTheGenericPath(_ article: Article) throws {
        var direct: [UInt8] = []
        ArticleJSON.write(article, into: &direct)
        #expect(String(decoding: direct, as: UTF8.self) == String(decoding: try Self.foundationBytes(article), as: UTF8.self))
        for source in Self.sources {
            let line = try BatchLine.encode(source: source, article: article, story: nil)
            let generic = try BatchLine.encodedGenerically(source: source, article: article, story: nil)
            #expect(String(decoding: line, as: UTF8.self) == String(decoding: generic, as: UTF8.self))
        }
    }

    @Test func aLineWithAStoryMatchesTheGenericPath() throws {
        let story = Story(article: Self.full, people: [Person(name: "Ada Byrne")])
        for source in Self.sources {
            let line = try BatchLine.encode(source: source, article: Self.full, story: story)
            let generic = try BatchLine.encodedGenerically(source: source, article: Self.full, story: story)
            #expect(String(decoding: line, as: UTF8.self) == String(decoding: generic, as: UTF8.self))
        }
    }

    /// A field added to `Article` must be written here too: its encoded keys are the ones listed.
    @Test func everyArticleFieldIsWritten() throws {
        let object = try JSONSerialization.jsonObject(with: Data(try Self.foundationBytes(Self.full))) as? [String: Any]
        #expect(object.map { Set($0.keys) } == ["authors", "blocks", "image", "language", "modified", "published", "publisher",
                                                  "removed", "subtitle", "title", "url"])
        #expect(Mirror(reflecting: Self.full).children.count == 11)
    }

    @Test(arguments: ["bench/extraction/pages", "bench/extraction-wcxb/pages"])
    func everyBenchmarkArticleMatchesTheGenericPath(_ folder: String) throws {
        guard let pages = try SharedData.benchmarkPages(folder) else {
            print("ArticleJSONTests: ../shared/\(folder) is absent; the benchmark pages were not compared")
            return
        }
        var compared = 0
        for page in pages {
            guard let article = try? ArticleReader().read(page.bytes, contentType: "text/html", url: "https://example.org/\(page.name)") else { continue }
            let source = BatchSource(url: "https://example.org/\(page.name)", recordID: "<urn:uuid:\(compared)>", date: "2026-03-14T09:00:00Z")
            let line = try BatchLine.encode(source: source, article: article, story: nil)
            let generic = try BatchLine.encodedGenerically(source: source, article: article, story: nil)
            #expect(line == generic, "\(page.name)")
            compared += 1
        }
        #expect(compared > pages.count * 9 / 10)
    }
}
