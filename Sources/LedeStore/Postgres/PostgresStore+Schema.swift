import Logging
import PostgresNIO

extension PostgresStore {
    /// The schema, created if missing. Every statement is idempotent; an advisory lock makes
    /// machines that start at once take turns (concurrent CREATE … IF NOT EXISTS can still collide).
    static let schema = [
        """
        CREATE TABLE IF NOT EXISTS article (
            id BIGSERIAL PRIMARY KEY,
            source_key TEXT NOT NULL UNIQUE,
            source_url TEXT,
            title TEXT NOT NULL,
            publisher TEXT,
            published TEXT,
            article_json TEXT NOT NULL,
            story_json TEXT,
            -- The original text, for snippets; the vector holds the accent-folded words.
            search_text TEXT NOT NULL,
            search TSVECTOR NOT NULL,
            added TIMESTAMPTZ NOT NULL,
            updated TIMESTAMPTZ NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS article_added ON article (added DESC, id DESC)",
        "CREATE INDEX IF NOT EXISTS article_search ON article USING GIN (search)",
        """
        CREATE TABLE IF NOT EXISTS narration_job (
            id BIGSERIAL PRIMARY KEY,
            article_id BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            voice TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
            progress DOUBLE PRECISION NOT NULL DEFAULT 0,
            attempts BIGINT NOT NULL DEFAULT 0,
            error TEXT,
            created TIMESTAMPTZ NOT NULL,
            -- For a running job, its lease: renewed on claim and on every progress report.
            updated TIMESTAMPTZ NOT NULL)
        """,
        // At most one live job per article: asking twice returns the same job.
        "CREATE UNIQUE INDEX IF NOT EXISTS narration_job_live ON narration_job (article_id) WHERE status IN ('queued', 'running')",
        "CREATE INDEX IF NOT EXISTS narration_job_status ON narration_job (status, id)",
        "CREATE INDEX IF NOT EXISTS narration_job_article ON narration_job (article_id, id)",
        // The voice for the words of direct quotations; NULL: the narrator reads them too.
        "ALTER TABLE narration_job ADD COLUMN IF NOT EXISTS quote_voice TEXT",
        """
        CREATE TABLE IF NOT EXISTS edition (
            article_id BIGINT PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
            voice TEXT NOT NULL,
            duration_ms BIGINT NOT NULL,
            audio_bytes BIGINT NOT NULL,
            audio_etag TEXT NOT NULL,
            timings_json TEXT NOT NULL,
            chapters_json TEXT NOT NULL,
            created TIMESTAMPTZ NOT NULL)
        """,
    ]

    /// An arbitrary constant naming Lede's schema lock among the database's advisory locks.
    static let schemaLock: Int64 = 0x4C45_4445

    static func createSchema(_ client: PostgresClient, logger: Logger) async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(schemaLock))", logger: logger)
            for statement in schema {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
        }
    }
}
