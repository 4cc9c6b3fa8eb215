/// What a page says about its article, before the body is read.
///
/// ```swift
/// let meta = MetadataExtractor(document: doc, url: url).extract()
/// print(meta.title, meta.authors, meta.published ?? "undated")
/// ```
struct PageMetadata: Equatable {
    var title: String = ""
    var subtitle: String?
    var authors: [String] = []
    /// ISO 8601.
    var published: String?
    var modified: String?
    var publisher: String?
    var language: String?
    var canonicalURL: String?
    var image: String?
}
