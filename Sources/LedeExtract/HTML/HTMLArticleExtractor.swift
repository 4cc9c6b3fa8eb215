import LedeCore
import Logging

/// The HTML path: charset, libxml2 parse, metadata, main content, figures, removals.
struct HTMLArticleExtractor {
    var options: ReadOptions
    /// Leave out the attributes no stage reads before parsing (``ReadAttributes``); tests turn it
    /// off to check that nothing any stage reads was left out.
    var dropUnreadAttributes = true

    func extract(_ bytes: [UInt8], contentType: String?, url: String?) throws -> Article {
        let (utf8, _) = try TextDecoder.decodeToUTF8(bytes, contentType: contentType)
        var jsonLDScripts = 0
        let stripped = MarkupPrefilter.strip(utf8, jsonLDScripts: &jsonLDScripts)
        let document: HTMLDocument, dropped: InputLimits.Report
        if dropUnreadAttributes {
            (document, dropped) = try HTMLDocument.parse(stripped, url: url)
        } else {
            let capped: [UInt8]
            (capped, dropped) = InputLimits.apply(stripped)
            document = try HTMLDocument(utf8: capped, url: url)
        }
        document.jsonLDScripts = jsonLDScripts
        let meta = MetadataExtractor(document: document, url: url).extract()
        let content = ContentExtractor(document: document, title: meta.title, baseURL: meta.canonicalURL ?? url, authors: meta.authors).extract()
        guard content.blocks.contains(where: { $0.text.map { !$0.isEmpty } ?? false }) else {
            throw LedeError.noArticle("the page has no article text (\(content.removed.count) pieces of page furniture found)")
        }
        return Article(url: meta.canonicalURL ?? url, title: meta.title.isEmpty ? Self.fallbackTitle(content.blocks) : meta.title, subtitle: meta.subtitle, authors: meta.authors,
                       published: meta.published, modified: meta.modified, publisher: meta.publisher,
                       language: meta.language, image: meta.image, blocks: content.blocks,
                       removed: (dropped.isEmpty ? [] : [Removal(reason: .excessMarkup, text: "", detail: dropped.summary)]) + content.removed)
    }

    /// A page that names no headline is titled by its first heading, else by the start of its first paragraph.
    static func fallbackTitle(_ blocks: [Block]) -> String {
        for case .heading(_, let t) in blocks { return t }
        guard let first = blocks.lazy.compactMap(\.text).first else { return "" }
        let words = first.split(separator: " ")
        return words.count <= 12 ? first : words.prefix(12).joined(separator: " ") + "…"
    }
}
