import Foundation
import LedeCore
import Logging
import PostgresNIO

/// The shared library: articles, search and the narration queue in PostgreSQL, so several
/// `lede serve` processes on different machines can share one library and its work.
///
/// ```swift
/// let store = try await PostgresStore(url: "postgres://lede@db.example:5432/lede",
///                                     dataDirectory: URL(fileURLWithPath: "lede-data"))
/// defer { store.shutdown() }
/// let added = try await store.add(NewArticle(article: article))
/// ```
///
/// The schema is created on first connect (idempotent, under an advisory lock so machines starting
/// at once do not race). Audio and transcripts stay on disk in `dataDirectory` (``AudioFiles``):
/// machines sharing a database must share that folder too (NFS or similar), or a reader asking one
/// machine for audio another narrated gets a 404.
///
/// Jobs are claimed with `SELECT … FOR UPDATE SKIP LOCKED`. A running job's `updated` time is its
/// lease: claiming and every progress report renew it (with the database's clock, so machines'
/// clocks do not matter). A job whose lease is older than ``leaseTimeout`` belongs to a worker that
/// stopped; it is queued again by ``requeueInterruptedJobs()`` and before every claim, never merely
/// because it is running (another machine may be narrating it).
public final class PostgresStore: Store {
    let client: PostgresClient
    let runTask: Task<Void, Never>
    let logger: Logger
    public let files: AudioFiles
    /// How long a running job may go without a progress report before it counts as abandoned.
    public let leaseTimeout: TimeInterval

    /// Ten minutes: workers report progress every sentence or so (seconds apart); loading a voice
    /// is the longest silence, well under a minute. A dead machine's job waits at most this long.
    public static let defaultLeaseTimeout: TimeInterval = 600

    /// How long to wait for the database on start before giving up with a clear error.
    static let connectTimeout: Duration = .seconds(15)

    /// Connects to `url` (`postgres://user[:password]@host[:port]/database`), creates the schema if
    /// needed and keeps audio files in `dataDirectory`.
    public init(url: String, dataDirectory: URL, leaseTimeout: TimeInterval = PostgresStore.defaultLeaseTimeout,
                logger: Logger = Logger(label: "lede.postgres")) async throws {
        var configuration = try Self.configuration(url: url)
        configuration.options.connectTimeout = .seconds(10)
        self.logger = logger
        self.leaseTimeout = leaseTimeout
        files = try AudioFiles(directory: dataDirectory)
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        runTask = Task { await client.run() }
        do {
            try await Self.withTimeout(Self.connectTimeout) { try await Self.createSchema(client, logger: logger) }
        } catch {
            runTask.cancel()
            throw LedeError.unavailable("cannot open the PostgreSQL library at \(Self.redacted(url)): \(Self.describe(error))")
        }
    }

    /// Closes the connections.
    public func shutdown() { runTask.cancel() }

    deinit { runTask.cancel() }

    /// The URL without its password, for messages.
    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }

    static func configuration(url: String) throws -> PostgresClient.Configuration {
        guard let components = URLComponents(string: url), ["postgres", "postgresql"].contains(components.scheme ?? ""),
              let host = components.host, !host.isEmpty, let user = components.user, !user.isEmpty else {
            throw LedeError.invalidInput("a PostgreSQL URL looks like postgres://user[:password]@host[:port]/database, not \(redacted(url))")
        }
        let database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        // TLS when the URL asks for it (?sslmode=require), plain otherwise (a private network or loopback).
        let sslMode = components.queryItems?.first { $0.name == "sslmode" }?.value
        let tls: PostgresClient.Configuration.TLS = sslMode == "require" ? .require(.makeClientConfiguration()) : .disable
        return PostgresClient.Configuration(host: host, port: components.port ?? 5432, username: user,
                                            password: components.password, database: database.isEmpty ? nil : database, tls: tls)
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            return error.serverInfo?[.message] ?? "\(error.code)" + (error.underlying.map { " (\($0))" } ?? "")
        }
        return "\(error)"
    }

    static func withTimeout<T: Sendable>(_ timeout: Duration, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw LedeError.unavailable("no answer within \(timeout)")
            }
            defer { group.cancelAll() }
            return try await group.next()!
        }
    }

    /// The rows of `query` (the updates that return none need not read them).
    @discardableResult
    func query(_ query: PostgresQuery) async throws -> [PostgresRandomAccessRow] {
        try await client.query(query, logger: logger).collect().map { $0.makeRandomAccess() }
    }

    // MARK: Articles

    public func add(_ new: NewArticle) async throws -> AddResult {
        let key = new.sourceKey
        let articleJSON = try StoreCodec.json(new.article)
        let storyJSON = try new.story.map { try StoreCodec.json($0) }
        let doc = SearchDocument(article: new.article, story: new.story)
        let text = [doc.title, doc.body, doc.people, doc.quotes].filter { !$0.isEmpty }.joined(separator: "\n")
        let (title, people, quotes, body) = (Self.folded(doc.title), Self.folded(doc.people), Self.folded(doc.quotes), Self.folded(doc.body))
        // One statement: the unique source key arbitrates concurrent adds (on any machine), so there
        // is never a second row. `xmax = 0` holds for a row this statement inserted, not updated.
        let rows = try await query("""
            INSERT INTO article (source_key, source_url, title, publisher, published, article_json, story_json,
                                 search_text, search, added, updated)
            VALUES (\(key), \(new.sourceURL), \(new.article.title), \(new.article.publisher), \(new.article.published),
                    \(articleJSON), \(storyJSON), \(text),
                    setweight(to_tsvector('simple', \(title)), 'A') || setweight(to_tsvector('simple', \(people)), 'B')
                    || setweight(to_tsvector('simple', \(quotes)), 'C') || setweight(to_tsvector('simple', \(body)), 'D'),
                    clock_timestamp(), clock_timestamp())
            ON CONFLICT (source_key) DO UPDATE SET
                title = EXCLUDED.title, publisher = EXCLUDED.publisher, published = EXCLUDED.published,
                article_json = EXCLUDED.article_json, story_json = EXCLUDED.story_json,
                search_text = EXCLUDED.search_text, search = EXCLUDED.search, updated = EXCLUDED.updated
            RETURNING id, (xmax = 0) AS inserted
            """)
        guard let row = rows.first else { throw LedeError.storage("the database returned no id") }
        return try AddResult(postgres: row)
    }

    public func article(id: Int64) async throws -> StoredArticle? {
        guard let row = try await query("""
            SELECT id, source_url, added, article_json, story_json FROM article WHERE id = \(id)
            """, as: PostgresArticleRow.self).first else { return nil }
        let edition = try await query("SELECT * FROM edition WHERE article_id = \(id)", as: Edition.self).first
        let job = try await query("SELECT * FROM narration_job WHERE article_id = \(id) ORDER BY id DESC LIMIT 1",
                                  as: NarrationJob.self).first
        return try row.stored(edition: edition, job: job)
    }

    /// The columns ``ArticleSummary/init(postgres:)`` reads: the article, its edition's duration
    /// and its latest job (`a` is the article, `e` its edition).
    static let summaryColumns = """
        a.id, a.title, a.publisher, a.published, a.added, e.duration_ms,
        (SELECT status FROM narration_job j WHERE j.article_id = a.id ORDER BY j.id DESC LIMIT 1) AS job_status,
        (SELECT progress FROM narration_job j WHERE j.article_id = a.id ORDER BY j.id DESC LIMIT 1) AS job_progress
        """

    public func list(limit: Int, offset: Int) async throws -> [ArticleSummary] {
        try await query("""
            SELECT \(unescaped: Self.summaryColumns) FROM article a LEFT JOIN edition e ON e.article_id = a.id
            ORDER BY a.added DESC, a.id DESC LIMIT \(max(0, limit)) OFFSET \(max(0, offset))
            """, as: ArticleSummary.self)
    }

    public func narrated(limit: Int) async throws -> [StoredArticle] {
        // One query for the whole feed, the article and its edition side by side; the story is left
        // out (feeds do not show it).
        try await query("""
            SELECT a.id, a.source_url, a.added, a.article_json, e.*
            FROM article a JOIN edition e ON e.article_id = a.id
            ORDER BY a.added DESC, a.id DESC LIMIT \(max(0, limit))
            """).map { row in
            try PostgresArticleRow(postgres: row).stored(edition: try Edition(postgres: row), job: nil)
        }
    }

    public func count() async throws -> Int {
        Int(try await query("SELECT count(*) AS n FROM article").first?["n"].decode(Int64.self) ?? 0)
    }

    public func delete(id: Int64) async throws -> Bool {
        let deleted = !(try await query("DELETE FROM article WHERE id = \(id) RETURNING id").isEmpty)
        if deleted { files.remove(articleID: id) }
        return deleted
    }
}
