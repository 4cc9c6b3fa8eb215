import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// Bad input gets a clear error or a sensible result, never a crash.
@Suite struct RobustnessTests {
    static let paragraph = "<p>The council voted on Tuesday to keep the night ferry running for another three years, after a long debate.</p>"

    @Test func binaryJunkIsNotText() {
        var generator = SystemRandomNumberGenerator()
        let junk = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(throws: LedeError.self) { try ArticleReader().read(junk) }
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52] + [UInt8](repeating: 0, count: 200)
        do {
            _ = try ArticleReader().read(png)
            Issue.record("a PNG was read as an article")
        } catch let error as LedeError {
            guard case .notText = error else { Issue.record("expected notText, got \(error)"); return }
        } catch { Issue.record("unexpected error \(error)") }
    }

    @Test func pageWithNoArticleSaysSo() {
        let page = "<html><body><nav><a href='/'>Home</a><a href='/a'>About</a></nav><footer>© 2026 Site</footer></body></html>"
        #expect {
            try ArticleReader().read(Array(page.utf8))
        } throws: { error in
            guard case LedeError.noArticle = error else { return false }
            return true
        }
    }

    @Test func unclosedAndBrokenMarkupStillReads() throws {
        let page = "<html><body><article><h1>Broken page headline<p>First paragraph of the story, which never closes its tags <b>bold <i>both\n<p>Second paragraph of the story, also left open, with enough words to count as prose.<div><span>"
        let article = try ArticleReader().read(Array(page.utf8))
        #expect(article.bodyText.contains("First paragraph of the story"))
        #expect(article.bodyText.contains("Second paragraph of the story"))
    }

    @Test func deeplyNestedMarkupDoesNotOverflow() throws {
        let depth = 100_000
        let page = "<html><body><article>" + String(repeating: "<div>", count: depth) + Self.paragraph
            + String(repeating: "</div>", count: depth) + Self.paragraph + "</article></body></html>"
        let article = try ArticleReader().read(Array(page.utf8))
        #expect(article.bodyText.contains("night ferry"))
    }

    @Test func fiftyMegabytePageIsReadWithinTheLimit() throws {
        // 50 MB of real-looking markup: a page that is mostly a huge comment thread of paragraphs.
        let head = Array("<html><head><title>Big page</title></head><body><article><h1>A very large page for testing</h1>".utf8)
        let chunk = Array(("<div class=\"row\"><p>" + String(repeating: "Filler paragraph with some words, some commas, and a <a href=\"/x\">link</a> in it. ", count: 5) + "</p></div>\n").utf8)
        let bytes = head + Array(repeating: chunk, count: (50 << 20) / chunk.count + 1).joined() + Array("</article></body></html>".utf8)
        #expect(bytes.count >= 50 << 20)
        let article = try ArticleReader().read(bytes)
        #expect(!article.blocks.isEmpty)
        // Over the configured limit it is refused before parsing.
        #expect(throws: LedeError.tooLarge(bytes: bytes.count, limit: 1 << 20)) {
            try ArticleReader(options: ReadOptions(maxBytes: 1 << 20)).read(bytes)
        }
    }

    @Test func nulBytesInsideAPageAreSurvived() throws {
        let page = "<html><body><article>\u{0}" + Self.paragraph + "\u{0}" + Self.paragraph + "</article></body></html>"
        let article = try ArticleReader().read(Array(page.utf8))
        #expect(article.bodyText.contains("night ferry"))
    }
}
