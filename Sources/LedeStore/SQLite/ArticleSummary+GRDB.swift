import GRDB

/// A line of the library, read from ``SQLiteStore/summaryColumns`` (the article, its edition's
/// duration and its latest job): the status rule is ``ArticleSummary/Status/init(jobStatus:hasEdition:)``.
///
/// ```swift
/// let page = try ArticleSummary.fetchAll(db, sql: "SELECT \(SQLiteStore.summaryColumns) FROM article a …")
/// ```
extension ArticleSummary: FetchableRecord {
    /// The columns of the summary query.
    public enum Columns: String, ColumnExpression {
        case id, title, publisher, published, added, durationMs, jobStatus, jobProgress
    }

    public init(row: Row) throws {
        let duration: Int? = row[Columns.durationMs]
        let status = Status(jobStatus: row[Columns.jobStatus], hasEdition: duration != nil)
        self.init(id: row[Columns.id], title: row[Columns.title], publisher: row[Columns.publisher],
                  published: row[Columns.published], added: row[Columns.added], durationMs: duration, status: status,
                  progress: status?.isUnderWay == true ? row[Columns.jobProgress] : nil)
    }
}

/// A search result, read from the summary columns and a `snippet` column.
extension SearchHit: FetchableRecord {
    public init(row: Row) throws {
        self.init(article: try ArticleSummary(row: row), snippet: row["snippet"])
    }
}
