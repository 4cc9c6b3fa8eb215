import Foundation
import GRDB
import LedeCore

extension SQLiteStore {
    static func job(_ row: Row) -> NarrationJob {
        NarrationJob(id: row["id"], articleID: row["articleID"], voice: row["voice"],
                     status: NarrationJob.Status(rawValue: row["status"]) ?? .failed, progress: row["progress"],
                     attempts: row["attempts"], error: row["error"], created: row["created"], updated: row["updated"])
    }

    static func edition(_ row: Row) throws -> Edition {
        Edition(articleID: row["articleID"], voice: row["voice"], durationMs: row["durationMs"],
                audioBytes: row["audioBytes"], audioETag: row["audioETag"],
                timings: try StoreCodec.decode([TimingEntry].self, row["timingsJSON"]),
                chapters: try StoreCodec.decode([EditionChapter].self, row["chaptersJSON"]), created: row["created"],
                sentencesReused: row["sentencesReused"], sentencesTotal: (row["sentencesTotal"] as Int).nonZero)
    }

    public func enqueueNarration(articleID: Int64, voice: String) async throws -> NarrationJob {
        let now = Date()
        return try await pool.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM article WHERE id = ?)", arguments: [articleID]) == true else {
                throw LedeError.notFound("no article \(articleID)")
            }
            if let live = try Row.fetchOne(db, sql: """
                SELECT * FROM narrationJob WHERE articleID = ? AND status IN ('queued', 'running')
                """, arguments: [articleID]) {
                return Self.job(live)
            }
            let row = try Row.fetchOne(db, sql: """
                INSERT INTO narrationJob (articleID, voice, status, progress, attempts, created, updated)
                VALUES (?, ?, 'queued', 0, 0, ?, ?) RETURNING *
                """, arguments: [articleID, voice, now, now])!
            return Self.job(row)
        }
    }

    public func claimNextJob() async throws -> NarrationJob? {
        let now = Date()
        return try await pool.write { db in
            // One statement picks and marks the job, so two workers never take the same one.
            try Row.fetchOne(db, sql: """
                UPDATE narrationJob SET status = 'running', attempts = attempts + 1, progress = 0, error = NULL, updated = ?
                WHERE id = (SELECT id FROM narrationJob WHERE status = 'queued' ORDER BY id LIMIT 1)
                RETURNING *
                """, arguments: [now]).map(Self.job)
        }
    }

    public func updateProgress(jobID: Int64, progress: Double) async throws {
        let now = Date()
        try await pool.write { db in try Self.setProgress(db, jobID: jobID, progress: progress, now: now) }
    }

    static func setProgress(_ db: Database, jobID: Int64, progress: Double, now: Date) throws {
        try db.execute(sql: "UPDATE narrationJob SET progress = ?, updated = ? WHERE id = ? AND status = 'running'",
                       arguments: [min(1, max(0, progress)), now, jobID])
    }

    public func completeJob(jobID: Int64, edition: Edition) async throws {
        let timings = try StoreCodec.json(edition.timings)
        let chapters = try StoreCodec.json(edition.chapters)
        let now = Date()
        try await pool.write { db in
            // The article may have been deleted while it was narrated: then there is nothing to keep.
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM article WHERE id = ?)",
                                    arguments: [edition.articleID]) == true else { return }
            try db.execute(sql: """
                INSERT INTO edition (articleID, voice, durationMs, audioBytes, audioETag, timingsJSON, chaptersJSON, created,
                                     sentencesReused, sentencesTotal)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(articleID) DO UPDATE SET voice = excluded.voice, durationMs = excluded.durationMs,
                    audioBytes = excluded.audioBytes, audioETag = excluded.audioETag, timingsJSON = excluded.timingsJSON,
                    chaptersJSON = excluded.chaptersJSON, created = excluded.created,
                    sentencesReused = excluded.sentencesReused, sentencesTotal = excluded.sentencesTotal
                """, arguments: [edition.articleID, edition.voice, edition.durationMs, edition.audioBytes,
                                 edition.audioETag, timings, chapters, edition.created,
                                 edition.sentencesReused, edition.sentencesTotal])
            try db.execute(sql: "UPDATE narrationJob SET status = 'done', progress = 1, updated = ? WHERE id = ?",
                           arguments: [now, jobID])
        }
    }

    public func failJob(jobID: Int64, error: String) async throws {
        let now = Date()
        try await pool.write { db in
            try db.execute(sql: "UPDATE narrationJob SET status = 'failed', error = ?, updated = ? WHERE id = ?",
                           arguments: [error, now, jobID])
        }
    }

    public func returnJob(jobID: Int64) async throws {
        let now = Date()
        try await pool.write { db in
            try db.execute(sql: """
                UPDATE narrationJob SET status = 'queued', progress = 0, attempts = max(0, attempts - 1), updated = ?
                WHERE id = ? AND status = 'running'
                """, arguments: [now, jobID])
        }
    }

    public func requeueInterruptedJobs() async throws -> Int {
        let now = Date()
        let limit = NarrationJob.maxAttempts
        return try await pool.write { db in
            let requeued = try Int.fetchOne(db, sql: "SELECT count(*) FROM narrationJob WHERE status = 'running' AND attempts < ?",
                                            arguments: [limit]) ?? 0
            try db.execute(sql: """
                UPDATE narrationJob
                SET status = CASE WHEN attempts >= ? THEN 'failed' ELSE 'queued' END,
                    error = CASE WHEN attempts >= ? THEN 'interrupted ' || attempts || ' times; not retried' ELSE NULL END,
                    progress = 0, updated = ?
                WHERE status = 'running'
                """, arguments: [limit, limit, now])
            return requeued
        }
    }

    public func job(id: Int64) async throws -> NarrationJob? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM narrationJob WHERE id = ?", arguments: [id]).map(Self.job)
        }
    }

    public func jobs(status: NarrationJob.Status?) async throws -> [NarrationJob] {
        try await pool.read { db in
            if let status {
                return try Row.fetchAll(db, sql: "SELECT * FROM narrationJob WHERE status = ? ORDER BY id",
                                        arguments: [status.rawValue]).map(Self.job)
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM narrationJob ORDER BY id").map(Self.job)
        }
    }

    public func jobCounts() async throws -> [NarrationJob.Status: Int] {
        let rows = try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT status, count(*) AS n FROM narrationJob GROUP BY status")
                .map { (row: Row) -> (String, Int) in (row["status"], row["n"]) }
        }
        return NarrationJob.Status.counts(rows)
    }
}
