import Foundation
import GRDB
import LedeCore

extension SQLiteStore {
    public func enqueueNarration(articleID: Int64, voice: String, quoteVoice: String?) async throws -> NarrationJob {
        let now = Date()
        return try await pool.write { db in
            guard try ArticleRecord.exists(db, key: articleID) else {
                throw LedeError.notFound("no article \(articleID)")
            }
            let live: [NarrationJob.Status] = [.queued, .running]
            if let job = try NarrationJob.filter(NarrationJob.Columns.articleID == articleID)
                .filter(live.map(\.rawValue).contains(NarrationJob.Columns.status)).fetchOne(db) {
                return job
            }
            return try NarrationJob.fetchOne(db, sql: """
                INSERT INTO narrationJob (articleID, voice, quoteVoice, status, progress, attempts, created, updated)
                VALUES (?, ?, ?, 'queued', 0, 0, ?, ?) RETURNING *
                """, arguments: [articleID, voice, quoteVoice, now, now])!
        }
    }

    public func claimNextJob() async throws -> NarrationJob? {
        let now = Date()
        return try await pool.write { db in
            // One statement picks and marks the job, so two workers never take the same one.
            try NarrationJob.fetchOne(db, sql: """
                UPDATE narrationJob SET status = 'running', attempts = attempts + 1, progress = 0, error = NULL, updated = ?
                WHERE id = (SELECT id FROM narrationJob WHERE status = 'queued' ORDER BY id LIMIT 1)
                RETURNING *
                """, arguments: [now])
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
        let now = Date()
        try await pool.write { db in
            // The article may have been deleted while it was narrated: then there is nothing to keep.
            guard try ArticleRecord.exists(db, key: edition.articleID) else { return }
            // A new narration replaces the article's edition (its primary key is the article's id).
            try edition.upsert(db)
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
        try await pool.read { db in try NarrationJob.fetchOne(db, key: id) }
    }

    public func jobs(status: NarrationJob.Status?) async throws -> [NarrationJob] {
        try await pool.read { db in
            var request = NarrationJob.order(NarrationJob.Columns.id)
            if let status { request = request.filter(NarrationJob.Columns.status == status.rawValue) }
            return try request.fetchAll(db)
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
