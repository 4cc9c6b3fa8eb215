import Foundation
import LedeTestSupport
import Testing
@testable import LedeExtract

/// Leaving out the attributes no stage reads (``InputLimits/apply(_:dropUnreadAttributes:)``) must
/// give the tree libxml2 builds from the whole markup, minus those attributes: same nodes, same
/// text, same values for every attribute in ``ReadAttributes``. The reference is the parse of the
/// untouched bytes, filtered here by name.
@Suite struct UnreadAttributeTests {
    /// The tree below the root, one line a node; `keepOnlyRead` drops unread attributes from the outline.
    static func outline(_ bytes: [UInt8], keepOnlyRead: Bool) throws -> String {
        let document = try HTMLDocument(utf8: bytes)
        guard let root = document.root else { return "(no root)" }
        var lines: [String] = []
        func visit(_ node: HTMLNode, depth: Int) {
            let pad = String(repeating: " ", count: depth)
            if node.isElement {
                let attributes = node.attributes.filter { a in
                    !keepOnlyRead || Array(a.name.utf8).withUnsafeBufferPointer { ReadAttributes.contains($0) }
                }
                lines.append("\(pad)<\(node.name)> " + attributes.map { "\($0.name)=\($0.value)" }.joined(separator: " "))
                for child in node.children { visit(child, depth: depth + 1) }
            } else {
                lines.append("\(pad)\(node.isText ? "text" : "other") \(node.content)")
            }
        }
        visit(root, depth: 0)
        return lines.joined(separator: "\n")
    }

    static func reduced(_ page: String) -> [UInt8] {
        InputLimits.apply(Array(page.utf8), dropUnreadAttributes: true).bytes
    }

    /// Markup written to reach each way libxml2 (2.9.14, `htmlParseStartTag`) splits a tag into attributes.
    static let cases: [String] = [
        "<div class=\"lead\" style=\"color:red\" onclick=\"go()\" data-track='{\"a\":1}'>text</div>",
        "<p title=\"a > b\" class=x data-x='<p class=y>'>quoted brackets</p>",
        "<a href=/story/ rel=author target=_blank>unquoted</a><img src=a.png/>after",
        "<div a=\"1\"b=\"2\"class=\"glued\">no blanks between</div>",
        "<div \"quoted\" @click=\"f()\" :bind=x class=c>bogus tokens</div>",
        "<div " + String(repeating: "z", count: 100) + "class=c id=i>libxml2 cuts a name after 100 characters: class is the next attribute</div>",
        "<div data-long=" + String(repeating: "q", count: 300) + " class=c>long unquoted value</div>",
        "<div CLASS=Upper Data-Src=x.png ID=main>upper-case names</div>",
        "<div class=a style=x class=b>the first of two wins</div>",
        "<input hidden checked aria-hidden=true><span  class = \"spaced\"  >blanks around =</span>",
        "<div\u{0C}class=ff\u{0C}title=t>form feed is not a blank to libxml2</div>",
        "<div/class=slash/title=t>slashes</div><br/><p/>",
        "<!DOCTYPE html PUBLIC \"-//X//a>b\" \"http://example.com/x.dtd\"><p class=after title=t>after a doctype</p>",
        "<script type=\"application/ld+json\" data-x=1>{\"a\":\"<div class=k title=t>\"}</script><p title=t class=c>after</p>",
        "<style media=all>p[title=x] { color: red }</style><p title=t id=p>styled</p>",
        "<?xml version=\"1.0\"?><p title=t class=c>after an instruction</p>",
        "<![if !IE]><div title=t class=c>conditional</div><![endif]>",
        "<p title=\"never closed class=x>all of this is the value</p>",
        "<meta property=og:title content=\"T\" itemprop=name><link rel=canonical href=/c data-x=1>",
        "<div title=&quot;x&quot; class=&amp;c>entities in values</div>",
        "<my-widget data-state=\"open\" class=w><x:y z=1 id=n>custom and prefixed</x:y></my-widget>",
        "<p>no attributes at all < 3 and a<b c=d>bold</b></p>",
    ]

    @Test(arguments: cases) func treeIsTheWholeParseMinusUnreadAttributes(_ page: String) throws {
        #expect(try Self.outline(Self.reduced(page), keepOnlyRead: false) == Self.outline(Array(page.utf8), keepOnlyRead: true))
    }

    @Test func unreadAttributesLeaveTheBytesAndReadOnesStay() {
        let page = "<div class=\"lead\" style=\"display:none\" onclick=\"go()\" data-track=\"x\" id=top>words</div>"
        let out = String(decoding: Self.reduced(page), as: UTF8.self)
        #expect(!out.contains("onclick") && !out.contains("data-track"))
        #expect(out.contains("class=\"lead\"") && out.contains("style=\"display:none\"") && out.contains("id=top") && out.contains("words"))
    }

    @Test func readAttributeNamesFitATagKey() {
        #expect(ReadAttributes.names.allSatisfy { $0.utf8.count <= 16 && $0 == $0.lowercased() })
        #expect(ReadAttributes.keys.count == Set(ReadAttributes.names).count)
    }

    /// Every page of the extraction benchmark, after the pre-pass the extractor runs.
    @Test func benchmarkPagesKeepTheirTree() throws {
        guard let pages = try SharedData.benchmarkPages() else {
            print("skipped: ../shared/bench/extraction/pages is absent (the shared benchmark data)")
            return
        }
        #expect(pages.count > 0)
        var mismatched: [String] = []
        for (file, raw) in pages {
            let (utf8, _) = try TextDecoder.decodeToUTF8(raw, contentType: nil)
            var scripts = 0
            let stripped = MarkupPrefilter.strip(utf8, jsonLDScripts: &scripts)
            let whole = InputLimits.apply(stripped).bytes
            let reduced = InputLimits.apply(stripped, dropUnreadAttributes: true).bytes
            #expect(reduced.count < whole.count, "\(file): no attribute was left out")
            if try Self.outline(reduced, keepOnlyRead: false) != Self.outline(whole, keepOnlyRead: true) { mismatched.append(file) }
        }
        #expect(mismatched.isEmpty)
    }
}

extension UnreadAttributeTests {
    /// The guard on ``ReadAttributes``: a stage that starts reading an attribute missing from its
    /// list would get nothing for it, and the article would change. Every page read both ways —
    /// attributes left out and all kept — must give the same article.
    @Test func articlesAreTheSameWithEveryAttributeKept() throws {
        var pages: [(String, [UInt8])] = []
        let example = SharedData.packageRoot.appendingPathComponent("Examples/harbour-ferry.html")
        pages.append(("harbour-ferry.html", Array(try Data(contentsOf: example))))
        if let bench = try SharedData.benchmarkPages() {
            pages += bench.map { ($0.name, $0.bytes) }
        } else {
            print("only the example page: ../shared/bench/extraction/pages is absent (the shared benchmark data)")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var differing: [String] = []
        for (name, bytes) in pages {
            var all = HTMLArticleExtractor(options: ReadOptions())
            all.dropUnreadAttributes = false
            let kept = try? encoder.encode(all.extract(bytes, contentType: nil, url: "https://courier.example/a"))
            let reduced = try? encoder.encode(HTMLArticleExtractor(options: ReadOptions()).extract(bytes, contentType: nil, url: "https://courier.example/a"))
            if kept != reduced { differing.append(name) }
        }
        #expect(differing.isEmpty, "pages whose article changes when unread attributes are left out: \(differing)")
    }
}
