import LedeCore

/// The plain-text path for scraped copies of news pages.
struct PlainTextArticleExtractor {
    var options: ReadOptions

    func extract(_ text: String, url: String?) throws -> Article {
        throw LedeError.engine("plain-text extraction is being written")
    }
}
