import GRDB

/// A narration job is a row of the `narrationJob` table.
///
/// ```swift
/// let queued = try NarrationJob.filter(NarrationJob.Columns.status == "queued").order(NarrationJob.Columns.id).fetchAll(db)
/// ```
extension NarrationJob: FetchableRecord, TableRecord {
    public static let databaseTableName = "narrationJob"

    /// The table's columns.
    public enum Columns: String, ColumnExpression {
        case id, articleID, voice, quoteVoice, status, progress, attempts, error, created, updated
    }

    public init(row: Row) throws {
        self.init(id: row[Columns.id], articleID: row[Columns.articleID], voice: row[Columns.voice],
                  // The table's CHECK allows only the four statuses; a newer build's would read as failed.
                  status: Status(rawValue: row[Columns.status]) ?? .failed, progress: row[Columns.progress],
                  attempts: row[Columns.attempts], error: row[Columns.error], created: row[Columns.created],
                  updated: row[Columns.updated], quoteVoice: row[Columns.quoteVoice])
    }
}
