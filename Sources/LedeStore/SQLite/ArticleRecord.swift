import Foundation
import GRDB
import LedeCore

/// A row of the `article` table as read back: the article and its story still as JSON text, so a
/// caller decodes them after the read (a long article takes a while, and a reader connection held
/// that long keeps others waiting). With `including(required: ArticleRecord.edition)` it carries
/// the article's edition too.
///
/// ```swift
/// let record = try ArticleRecord.fetchOne(db, key: id)
/// let stored = try record?.stored(job: nil)
/// ```
struct ArticleRecord: FetchableRecord, TableRecord {
    static let databaseTableName = "article"
    /// The finished narration (the `edition` table's foreign key says how they join).
    static let edition = hasOne(Edition.self)

    /// The table's columns.
    enum Columns: String, ColumnExpression {
        case id, sourceKey, sourceURL, title, publisher, published, articleJSON, storyJSON, added, updated
    }

    var id: Int64
    var sourceURL: String?
    var added: Date
    var articleJSON: String
    /// Nil when the article has no story, or when the request left the story out (the feeds do).
    var storyJSON: String?
    var edition: Edition?

    init(row: Row) throws {
        id = row[Columns.id]
        sourceURL = row[Columns.sourceURL]
        added = row[Columns.added]
        articleJSON = row[Columns.articleJSON]
        storyJSON = row[Columns.storyJSON]
        edition = try row.scopes["edition"].map { try Edition(row: $0) }
    }

    /// The article with its JSON decoded.
    func stored(edition: Edition? = nil, job: NarrationJob? = nil) throws -> StoredArticle {
        StoredArticle(id: id, article: try StoreCodec.decode(Article.self, articleJSON),
                      story: try storyJSON.map { try StoreCodec.decode(Story.self, $0) }, sourceURL: sourceURL,
                      added: added, edition: edition ?? self.edition, job: job)
    }
}
