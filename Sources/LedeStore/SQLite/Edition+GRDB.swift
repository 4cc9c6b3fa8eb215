import GRDB
import LedeCore

/// An edition is a row of the `edition` table, one per article (its primary key is the article's
/// id); the timing map and the chapters are kept as JSON text (``StoreCodec``).
///
/// ```swift
/// try edition.upsert(db)   // a new narration replaces the article's old edition
/// let edition = try Edition.fetchOne(db, key: articleID)
/// ```
extension Edition: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "edition"

    /// The table's columns.
    public enum Columns: String, ColumnExpression {
        case articleID, voice, durationMs, audioBytes, audioETag, timingsJSON, chaptersJSON, created
    }

    public init(row: Row) throws {
        self.init(articleID: row[Columns.articleID], voice: row[Columns.voice], durationMs: row[Columns.durationMs],
                  audioBytes: row[Columns.audioBytes], audioETag: row[Columns.audioETag],
                  timings: try StoreCodec.decode([TimingEntry].self, row[Columns.timingsJSON]),
                  chapters: try StoreCodec.decode([EditionChapter].self, row[Columns.chaptersJSON]),
                  created: row[Columns.created])
    }

    public func encode(to container: inout PersistenceContainer) throws {
        container[Columns.articleID] = articleID
        container[Columns.voice] = voice
        container[Columns.durationMs] = durationMs
        container[Columns.audioBytes] = audioBytes
        container[Columns.audioETag] = audioETag
        container[Columns.timingsJSON] = try StoreCodec.json(timings)
        container[Columns.chaptersJSON] = try StoreCodec.json(chapters)
        container[Columns.created] = created
    }
}
