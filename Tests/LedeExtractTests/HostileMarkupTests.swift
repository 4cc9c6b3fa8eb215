import Foundation
import Testing
import LedeTestSupport
@testable import LedeCore
@testable import LedeExtract

/// Pages built to make the parser or the content stage worse than linear (issue 15): each is read
/// to the end, with what was dropped reported. No timings are asserted; a very generous deadline
/// only turns a hang into a failure.
@Suite struct HostileMarkupTests {
    static let paragraph = "<p>The council voted on Tuesday to keep the night ferry running for another three years, after a long debate.</p>"

    /// Elements and the deepest nesting of a parsed document.
    static func shape(_ document: HTMLDocument) -> (elements: Int, depth: Int, maxAttributes: Int) {
        var elements = 0, depth = 0, maxAttributes = 0
        document.root?.walk { node in
            guard node.isElement else { return .continue }
            elements += 1
            var d = 0
            var p = node.parent
            while let n = p { d += 1; p = n.parent; if d > 100_000 { break } }
            depth = max(depth, d)
            maxAttributes = max(maxAttributes, node.attributeCount)
            return .continue
        }
        return (elements, depth, maxAttributes)
    }

    @Test func twoHundredThousandAttributesOnOneElementAreCappedBeforeParsing() throws {
        let attributes = (0..<200_000).map { "a\($0)=\"x\"" }.joined(separator: " ")
        let page = "<html><body><article><div \(attributes)>" + Self.paragraph + "</div></article></body></html>"
        let (bytes, report) = InputLimits.apply(Array(page.utf8))
        #expect(report.attributesDropped == 200_000 - InputLimits.maxAttributesPerElement)
        let document = try HTMLDocument(utf8: bytes)
        #expect(Self.shape(document).maxAttributes == InputLimits.maxAttributesPerElement)
        let article = try Deadline.finishes(within: 120) { try ArticleReader().read(Array(page.utf8)) }
        #expect(article?.bodyText.contains("night ferry") == true)
        #expect(article?.removed.contains { $0.reason == .excessMarkup && ($0.detail ?? "").contains("199744 attributes") } == true)
    }

    @Test func nestingIsCappedAndTheTextKept() throws {
        let depth = 105_000
        let page = "<html><body><article><p>" + String(repeating: "<span>word, ", count: depth) + "end"
            + String(repeating: "</span>", count: depth) + "</p>" + Self.paragraph + "</article></body></html>"
        let (bytes, report) = InputLimits.apply(Array(page.utf8))
        #expect(report.tagsTooDeep > depth - InputLimits.maxDepth - 10)
        let shape = Self.shape(try HTMLDocument(utf8: bytes))
        #expect(shape.depth <= InputLimits.maxDepth + 2)
        let article = try Deadline.finishes(within: 120) { try ArticleReader().read(Array(page.utf8)) }
        #expect(article?.bodyText.contains("night ferry") == true)
        // Every nested word is still there.
        #expect(article.map { $0.bodyText.components(separatedBy: "word,").count - 1 } == depth)
    }

    @Test func endTagsThatCloseNothingCannotPileUpDepth() throws {
        // libxml2 searches its whole stack for each end tag that matches nothing open.
        let page = "<html><body><article>" + String(repeating: "<b>", count: 100_000) + Self.paragraph
            + String(repeating: "</i>", count: 100_000) + "</article></body></html>"
        let (bytes, _) = InputLimits.apply(Array(page.utf8))
        #expect(Self.shape(try HTMLDocument(utf8: bytes)).depth <= InputLimits.maxDepth + 2)
        let article = try Deadline.finishes(within: 120) { try ArticleReader().read(Array(page.utf8)) }
        #expect(article?.bodyText.contains("night ferry") == true)
    }

    @Test func elementsPastTheCountAreDroppedTheirTextKept() throws {
        let extra = 20_000
        let items = String(repeating: "<b>x</b> ", count: InputLimits.maxElements + extra)
        let page = "<html><body><article>" + Self.paragraph + "<p>" + items + "</p></article></body></html>"
        let (bytes, report) = InputLimits.apply(Array(page.utf8))
        // The page's own html, body, article and p come first, so a few more than `extra` go.
        #expect(report.tagsOverCount >= extra && report.tagsOverCount <= extra + 5)
        #expect(Self.shape(try HTMLDocument(utf8: bytes)).elements <= InputLimits.maxElements + 3)
        #expect(String(decoding: bytes, as: UTF8.self).components(separatedBy: "x").count - 1 == InputLimits.maxElements + extra)
    }

    @Test func pagesWithinTheCapsPassUnchanged() throws {
        let examples = try FileManager.default.contentsOfDirectory(atPath: SharedData.packageRoot.appendingPathComponent("Examples").path)
            .filter { $0.hasSuffix(".html") }
        #expect(!examples.isEmpty)
        for name in examples {
            let bytes = Array(try Data(contentsOf: SharedData.packageRoot.appendingPathComponent("Examples/\(name)")))
            let (out, report) = InputLimits.apply(bytes)
            #expect(report.isEmpty, "\(name): \(report.summary)")
            #expect(out == bytes)
        }
        // Quoted `>` and `<` in attribute values and JSON-LD are not tags.
        let tricky = "<div title=\"a > b\" data-x='<p>'><script type=\"application/ld+json\">{\"a\":\"</div><div>\"}</script>text</div>"
        let (out, report) = InputLimits.apply(Array(tricky.utf8))
        #expect(report.isEmpty && out == Array(tricky.utf8))
    }

    /// The content stage alone, on a parse without the caps: 105,000 nested inline elements used to
    /// take 16.5 s (each candidate's subtree was walked for its commas).
    @Test func contentStageIsLinearOnDeeplyNestedInlineElements() throws {
        let depth = 105_000
        let page = "<html><body><article><p>" + String(repeating: "<span>word, ", count: depth) + "end"
            + String(repeating: "</span>", count: depth) + "</p></article></body></html>"
        let result = try Deadline.finishes(within: 60) { () -> Int in
            let document = try HTMLDocument(utf8: Array(page.utf8))
            return ContentExtractor(document: document, title: "", baseURL: nil).extract().blocks.count
        }
        #expect((result ?? 0) > 0)
    }

    /// Commas counted once, children before parents, agree with a walk of each element.
    @Test func commaCountsMatchAWalkOfEachElement() throws {
        let page = "<html><body><div>one, two<p>three, four, five<span>six,</span></p><noscript>a, b</noscript><script>x, y</script>"
            + "<section>，、<b>c, d</b> e,</section></div></body></html>"
        let document = try HTMLDocument(utf8: Array(page.utf8))
        var stats = NodeStats(root: document.root!)
        defer { stats.reset() }
        stats.computeCommas()
        for i in stats.infos.indices where !ClassHints.ignoredTags.contains(stats.nodes[i].name) {
            #expect(stats[i].commas == ContentExtractor.commas(stats.nodes[i], ownOnly: false), "\(stats.nodes[i].name)")
            #expect(stats[i].ownCommas == ContentExtractor.commas(stats.nodes[i], ownOnly: true), "\(stats.nodes[i].name)")
        }
    }

    @Test func readingStopsAtTheWorkBudget() throws {
        let page = "<html><body><article>" + String(repeating: Self.paragraph, count: 20_000) + "</article></body></html>"
        #expect(throws: LedeError.self) {
            try WorkBudget(seconds: 0).run("reading the page") { try ArticleReader().read(Array(page.utf8)) }
        }
        let article = try WorkBudget(seconds: 600).run("reading the page") { try ArticleReader().read(Array(page.utf8)) }
        #expect(article.bodyText.contains("night ferry"))
    }
}
