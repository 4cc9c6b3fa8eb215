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
        let fetched = try await pool.read { db -> (Row, String, String?, Edition?, NarrationJob?)? in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, sourceURL, added, articleJSON, storyJSON FROM article WHERE id = ?",
                                             arguments: [id]) else {
                return nil
            }
            let articleJSON: String = row["articleJSON"]
            let storyJSON: String? = row["storyJSON"]
            let edition = try Row.fetchOne(db, sql: "SELECT * FROM edition WHERE articleID = ?", arguments: [id])
                .map { try Self.edition($0) }
            let job = try Row.fetchOne(db, sql: "SELECT * FROM narrationJob WHERE articleID = ? ORDER BY id DESC LIMIT 1",
                                       arguments: [id]).map(Self.job)
            return (row, articleJSON, storyJSON, edition, job)
        }
        guard let (row, articleJSON, storyJSON, edition, job) = fetched else { return nil }
        return StoredArticle(
            id: id, article: try StoreCodec.decode(Article.self, articleJSON),
            story: try storyJSON.map { try StoreCodec.decode(Story.self, $0) }, sourceURL: row["sourceURL"],
            added: row["added"], edition: edition, job: job)
    }

    static let summaryColumns = """
        a.id, a.title, a.publisher, a.published, a.added, e.durationMs,
        (SELECT status FROM narrationJob j WHERE j.articleID = a.id ORDER BY j.id DESC LIMIT 1) AS jobStatus,
        (SELECT progress FROM narrationJob j WHERE j.articleID = a.id ORDER BY j.id DESC LIMIT 1) AS jobProgress
        """

    static func summary(_ row: Row) -> ArticleSummary {
        let duration: Int? = row["durationMs"]
        let status = ArticleSummary.Status(jobStatus: row["jobStatus"], hasEdition: duration != nil)
        return ArticleSummary(
            id: row["id"], title: row["title"], publisher: row["publisher"], published: row["published"],
            added: row["added"], durationMs: duration, status: status,
            progress: status?.isUnderWay == true ? row["jobProgress"] : nil)
    }

    public func list(limit: Int, offset: Int) async throws -> [ArticleSummary] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM article a LEFT JOIN edition e ON e.articleID = a.id
                ORDER BY a.added DESC, a.id DESC LIMIT ? OFFSET ?
                """, arguments: [max(0, limit), max(0, offset)]).map(Self.summary)
        }
    }

    public func narrated(limit: Int) async throws -> [StoredArticle] {
        try await pool.read { db in
            // One query for the whole feed: the article and edition columns side by side.
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.sourceURL, a.added, a.articleJSON, e.*
                FROM article a JOIN edition e ON e.articleID = a.id
                ORDER BY a.added DESC, a.id DESC LIMIT ?
                """, arguments: [max(0, limit)]).map { row in
                StoredArticle(id: row["id"], article: try StoreCodec.decode(Article.self, row["articleJSON"]), story: nil,
                              sourceURL: row["sourceURL"], added: row["added"], edition: try Self.edition(row))
            }
        }
    }

    public func count() async throws -> Int {
        try await pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0 }
    }

    public func delete(id: Int64) async throws -> Bool {
        let deleted = try await pool.write { db in
            try db.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
        if deleted { files.remove(articleID: id) }
        return deleted
    }
}
