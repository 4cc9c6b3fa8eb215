import GRDB

extension SQLiteStore {
    /// The schema, as a list of migrations in order; a new column or table is a new migration.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: articles, search, narration jobs, editions") { db in
            try db.execute(sql: """
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    sourceKey TEXT NOT NULL UNIQUE,
                    sourceURL TEXT,
                    title TEXT NOT NULL,
                    publisher TEXT,
                    published TEXT,
                    articleJSON TEXT NOT NULL,
                    storyJSON TEXT,
                    added DATETIME NOT NULL,
                    updated DATETIME NOT NULL
                );
                CREATE INDEX article_added ON article(added DESC, id DESC);

                -- Search over the title, the body, the people and the quotes; rowid is the article id.
                CREATE VIRTUAL TABLE articleSearch USING fts5(
                    title, body, people, quotes, tokenize = 'unicode61 remove_diacritics 2');
                CREATE TRIGGER article_deleted AFTER DELETE ON article BEGIN
                    DELETE FROM articleSearch WHERE rowid = old.id;
                END;

                CREATE TABLE narrationJob (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    articleID INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    voice TEXT NOT NULL,
                    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
                    progress DOUBLE NOT NULL DEFAULT 0,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    error TEXT,
                    created DATETIME NOT NULL,
                    updated DATETIME NOT NULL
                );
                -- At most one live job per article: asking twice returns the same job.
                CREATE UNIQUE INDEX narrationJob_live ON narrationJob(articleID) WHERE status IN ('queued', 'running');
                CREATE INDEX narrationJob_status ON narrationJob(status, id);
                CREATE INDEX narrationJob_article ON narrationJob(articleID, id);

                CREATE TABLE edition (
                    articleID INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
                    voice TEXT NOT NULL,
                    durationMs INTEGER NOT NULL,
                    audioBytes INTEGER NOT NULL,
                    audioETag TEXT NOT NULL,
                    timingsJSON TEXT NOT NULL,
                    chaptersJSON TEXT NOT NULL,
                    created DATETIME NOT NULL
                );
                """)
        }
        migrator.registerMigration("v2: a quote voice for narration jobs") { db in
            // NULL: the narrator reads the quotations too (every job queued before this column).
            try db.execute(sql: "ALTER TABLE narrationJob ADD COLUMN quoteVoice TEXT")
        }
        return migrator
    }
}
