import CLibXML2
import Foundation
import LedeTestSupport
import Testing
@testable import LedeExtract

/// Lede's compact tree, built from libxml2's SAX events, against the tree libxml2's own builder
/// makes of the same bytes (`htmlReadMemory`, same options): every node's kind, name, attributes
/// and text, in document order. The reference is libxml2's tree, never Lede's output.
@Suite struct HTMLTreeTests {
    static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue)

    /// libxml2's tree below its root element, one line a node.
    static func libxml2Outline(_ bytes: [UInt8]) -> String {
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let doc else { return "(no document)" }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return "(no root)" }
        var lines: [String] = []
        func visit(_ node: xmlNodePtr, depth: Int) {
            let pad = String(repeating: " ", count: depth)
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                var attributes: [String] = []
                var a = node.pointee.properties
                while let attr = a {
                    var value = ""
                    var c = attr.pointee.children
                    while let t = c { if let s = t.pointee.content { value += String(cString: s) }; c = t.pointee.next }
                    attributes.append("\(String(cString: attr.pointee.name))=\(value)")
                    a = attr.pointee.next
                }
                lines.append("\(pad)<\(String(cString: node.pointee.name))> \(attributes.joined(separator: " "))")
                var c = node.pointee.children
                while let child = c { visit(child, depth: depth + 1); c = child.pointee.next }
            case XML_TEXT_NODE: lines.append("\(pad)text \(node.pointee.content.map { String(cString: $0) } ?? "")")
            case XML_CDATA_SECTION_NODE: lines.append("\(pad)cdata \(node.pointee.content.map { String(cString: $0) } ?? "")")
            case XML_COMMENT_NODE: lines.append("\(pad)comment \(node.pointee.content.map { String(cString: $0) } ?? "")")
            default: lines.append("\(pad)other \(node.pointee.content.map { String(cString: $0) } ?? "")")
            }
        }
        visit(root, depth: 0)
        return lines.joined(separator: "\n")
    }

    /// Lede's tree below its root element, in the same outline.
    static func ledeOutline(_ bytes: [UInt8]) throws -> String {
        let document = try HTMLDocument(utf8: bytes)
        guard let root = document.root else { return "(no root)" }
        var lines: [String] = []
        func visit(_ node: HTMLNode, depth: Int) {
            let pad = String(repeating: " ", count: depth)
            if node.isElement {
                let attributes = node.attributes.map { "\($0.name)=\($0.value)" }
                lines.append("\(pad)<\(node.name)> \(attributes.joined(separator: " "))")
                for child in node.children { visit(child, depth: depth + 1) }
            } else if node.isTextNode {
                lines.append("\(pad)text \(node.content)")
            } else if node.isText {
                lines.append("\(pad)cdata \(node.content)")
            } else {
                lines.append("\(pad)\(node.isComment ? "comment" : "other") \(node.content)")
            }
        }
        visit(root, depth: 0)
        return lines.joined(separator: "\n")
    }

    /// Markup written to reach each rule of libxml2's tree builder and its HTML parser's repairs.
    static let cases: [String] = [
        "<p>Fish &amp; chips, then tea</p>",
        "plain words with no markup at all",
        "<!DOCTYPE html><!-- a note --><html lang=en><body><p>One</p></body></html><p>after the end</p>",
        "<!-- first --><html><body>Body text</body></html><div>late</div>",
        "<html><body><p>a</p></body></html>trailing words",
        "<div>x<!-- c -->y<b>bold</b>z &lt; w &#169; &unknown; end</div>",
        "<body><body class=again><html lang=fr><head><title>T</title></head><p>still one body</p>",
        "<fb:like href=\"x\"></fb:like><og:title>T</og:title><a:b:c>deep</a:b:c>",
        "<form><input checked><input type=checkbox disabled><option selected>o</option><td nowrap>cell</form>",
        "<div class=\"\" id=main title>empty values</div>",
        "<script>var a = '<p>not a tag</p>';</script><style>p { color: red }</style><p>text</p>",
        "<ul><li>one<li>two<li>three</ul><dl><dt>t<dd>d<dt>t2</dl>",
        "<table><tr><td>a<td>b<tr><td>c</table>",
        "<p>one<p>two<div>three</p>four</div>",
        "<b><i>mis</b>nested</i> words",
        "<?php echo 1 ?><p>after an instruction</p>",
        "<head><meta charset=utf-8><title>Only a head</title></head>",
        "<p>line<br>break<br/>again<img src=a.png alt=\"An image\">",
        "   \n  <p>leading blanks</p>  \n ",
        "<div>\n  <span>a</span>\n  <span>b</span>\n</div>",
        "<select><option>a<option>b</select><textarea>raw <b>text</b></textarea>",
        "</p></div>stray end tags<p>then a paragraph",
    ]

    @Test(arguments: cases) func treeMatchesLibxml2sOwn(_ page: String) throws {
        let bytes = Array(page.utf8)
        let reference = Self.libxml2Outline(bytes)
        #expect(reference.hasPrefix("<html>"))
        #expect(try Self.ledeOutline(bytes) == reference)
    }

    @Test func emptyInputIsRefusedAsBefore() {
        #expect(throws: (any Error).self) { try HTMLDocument(utf8: []) }
    }

    @Test func removedNodeLeavesItsSiblingsLinked() throws {
        let document = try HTMLDocument(utf8: Array("<div><p>a</p><p>b</p><p>c</p></div>".utf8))
        let div = try #require(document.first("div"))
        let paragraphs = div.elementChildren
        paragraphs[1].remove()
        #expect(div.elementChildren.map(\.text) == ["a", "c"])
        paragraphs[0].remove()
        paragraphs[2].remove()
        #expect(div.children.isEmpty)
        #expect(div.text == "")
    }

    /// Every page of the extraction benchmark, after the same pre-passes the extractor runs.
    @Test func benchmarkPagesMatchLibxml2sTree() throws {
        guard let pages = try SharedData.benchmarkPages() else {
            print("skipped: ../shared/bench/extraction/pages is absent (the shared benchmark data)")
            return
        }
        #expect(pages.count > 0)
        var mismatched: [String] = []
        for (file, raw) in pages {
            let (utf8, _) = try TextDecoder.decodeToUTF8(raw, contentType: nil)
            var scripts = 0
            let (bytes, _) = InputLimits.apply(MarkupPrefilter.strip(utf8, jsonLDScripts: &scripts))
            if try Self.ledeOutline(bytes) != Self.libxml2Outline(bytes) { mismatched.append(file) }
        }
        #expect(mismatched.isEmpty, "pages whose tree differs from libxml2's: \(mismatched)")
        #expect(mismatched.isEmpty)
    }
}
