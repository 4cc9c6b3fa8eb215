import GRDB
import LedeCore

extension SQLiteStore {
    /// Tokens for the snippet highlight: private-use characters that no article holds, so the page
    /// can escape the snippet and only then turn them into `<mark>` elements.
    static let markStart = String(SearchHit.markStart)
    static let markEnd = String(SearchHit.markEnd)

    /// Every word of the query must appear (as a word prefix, so "volunt" finds "volunteers"); the
    /// query's punctuation is never read as FTS5 syntax. Title matches weigh most, then people.
    public func search(_ query: String, limit: Int) async throws -> [SearchHit] {
        guard let pattern = FTS5Pattern(matchingAllPrefixesIn: query) else { return [] }
        return try await pool.read { db in
            try SearchHit.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns),
                       snippet(articleSearch, -1, ?, ?, '…', 16) AS snippet
                FROM articleSearch
                JOIN article a ON a.id = articleSearch.rowid
                LEFT JOIN edition e ON e.articleID = a.id
                WHERE articleSearch MATCH ?
                ORDER BY bm25(articleSearch, 8.0, 1.0, 3.0, 2.0)
                LIMIT ?
                """, arguments: [Self.markStart, Self.markEnd, pattern, max(0, limit)])
        }
    }
}
