import LedeCore

/// The HTML path: charset, libxml2 parse, metadata, main content, figures, removals.
struct HTMLArticleExtractor {
    var options: ReadOptions

    func extract(_ bytes: [UInt8], contentType: String?, url: String?) throws -> Article {
        throw LedeError.engine("HTML extraction is being written")
    }
}
