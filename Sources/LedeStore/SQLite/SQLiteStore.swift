import Foundation
import GRDB
import LedeCore

/// The embedded library: one SQLite file (WAL mode, through GRDB) and the audio folder beside it.
///
/// ```swift
/// let store = try SQLiteStore(directory: dataDirectory)   // dataDirectory/lede.sqlite
/// let result = try await store.add(NewArticle(article: article))
/// let hits = try await store.search("volunteers", limit: 10)
/// ```
///
/// Several processes may open the same library (`lede serve` and `lede add`): SQLite serialises
/// their writes and a writer waits up to ``busyTimeout`` for another's transaction to end.
public final class SQLiteStore: Store {
    let pool: DatabasePool
    public let directory: URL
    public let files: AudioFiles

    /// Long enough for another process's write transaction (they are all short), short enough that
    /// a stuck writer shows up as an error rather than a hang.
    static let busyTimeout: TimeInterval = 10

    public init(directory: URL) throws {
        self.directory = directory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "lede"
        let path = directory.appendingPathComponent("lede.sqlite").path
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try Self.migrator.migrate(pool)
        } catch let error as DatabaseError {
            throw LedeError.storage("cannot open the library at \(path): \(error.message ?? error.description)")
        }
        files = try AudioFiles(directory: directory)
    }

    // MARK: Articles

    public func add(_ new: NewArticle) async throws -> AddResult {
        let key = new.sourceKey
        let articleJSON = try StoreCodec.json(new.article)
        let storyJSON = try new.story.map { try StoreCodec.json($0) }
        let search = SearchDocument(article: new.article, story: new.story)
        let now = Date()
        return try await pool.write { db in
            let existing = try Int64.fetchOne(db, sql: "SELECT id FROM article WHERE sourceKey = ?", arguments: [key])
            let id: Int64
            if let existing {
                id = existing
                try db.execute(sql: """
                    UPDATE article SET title = ?, publisher = ?, published = ?, articleJSON = ?, storyJSON = ?, updated = ?
                    WHERE id = ?
                    """, arguments: [new.article.title, new.article.publisher, new.article.published, articleJSON, storyJSON, now, id])
            } else {
                // An insert that still meets the same source (another process added it since the
                // check) becomes an update: the unique index arbitrates, so there is never a second row.
                id = try Int64.fetchOne(db, sql: """
                    INSERT INTO article (sourceKey, sourceURL, title, publisher, published, articleJSON, storyJSON, added, updated)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(sourceKey) DO UPDATE SET
                        title = excluded.title, publisher = excluded.publisher, published = excluded.published,
                        articleJSON = excluded.articleJSON, storyJSON = excluded.storyJSON, updated = excluded.updated
                    RETURNING id
                    """, arguments: [key, new.sourceURL, new.article.title, new.article.publisher, new.article.published,
                                     articleJSON, storyJSON, now, now])!
            }
            try db.execute(sql: "DELETE FROM articleSearch WHERE rowid = ?", arguments: [id])
            try db.execute(sql: "INSERT INTO articleSearch (rowid, title, body, people, quotes) VALUES (?, ?, ?, ?, ?)",
                           arguments: [id, search.title, search.body, search.people, search.quotes])
            return AddResult(id: id, created: existing == nil)
        }
    }

    public func article(id: Int64) async throws -> StoredArticle? {
        // The JSON is decoded after the read, not inside it: a long article takes a while to decode,
        // and a reader connection held that long keeps others (`/health` among them) waiting.
        let fetched = try await pool.read { db -> (ArticleRecord, Edition?, NarrationJob?)? in
            guard let record = try ArticleRecord.fetchOne(db, key: id) else { return nil }
            let edition = try Edition.fetchOne(db, key: id)
            let job = try NarrationJob.filter(NarrationJob.Columns.articleID == id)
                .order(NarrationJob.Columns.id.desc).fetchOne(db)
            return (record, edition, job)
        }
        guard let (record, edition, job) = fetched else { return nil }
        return try record.stored(edition: edition, job: job)
    }

    /// The columns ``ArticleSummary/init(row:)`` reads: the article, its edition's duration and
    /// its latest job (`a` is the article, `e` its edition).
    static let summaryColumns = """
        a.id, a.title, a.publisher, a.published, a.added, e.durationMs,
        (SELECT status FROM narrationJob j WHERE j.articleID = a.id ORDER BY j.id DESC LIMIT 1) AS jobStatus,
        (SELECT progress FROM narrationJob j WHERE j.articleID = a.id ORDER BY j.id DESC LIMIT 1) AS jobProgress
        """

    public func list(limit: Int, offset: Int) async throws -> [ArticleSummary] {
        try await pool.read { db in
            try ArticleSummary.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM article a LEFT JOIN edition e ON e.articleID = a.id
                ORDER BY a.added DESC, a.id DESC LIMIT ? OFFSET ?
                """, arguments: [max(0, limit), max(0, offset)])
        }
    }

    public func narrated(limit: Int) async throws -> [StoredArticle] {
        typealias Columns = ArticleRecord.Columns
        return try await pool.read { db in
            // One query for the whole feed, the article and its edition side by side; the story is
            // left out (feeds do not show it).
            try ArticleRecord.select(Columns.id, Columns.sourceURL, Columns.added, Columns.articleJSON)
                .including(required: ArticleRecord.edition)
                .order(Columns.added.desc, Columns.id.desc)
                .limit(max(0, limit))
                .fetchAll(db)
                .map { try $0.stored() }
        }
    }

    public func count() async throws -> Int {
        try await pool.read { db in try ArticleRecord.fetchCount(db) }
    }

    public func delete(id: Int64) async throws -> Bool {
        let deleted = try await pool.write { db in
            try ArticleRecord.deleteOne(db, key: id)
        }
        if deleted { files.remove(articleID: id) }
        return deleted
    }
}
