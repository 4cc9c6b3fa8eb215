import Foundation
import LedeCore
import PostgresNIO

extension PostgresStore {
    public func enqueueNarration(articleID: Int64, voice: String, quoteVoice: String?) async throws -> NarrationJob {
        // The partial unique index keeps one live job per article: a concurrent enqueue on another
        // machine makes this insert do nothing, and the live job is read back.
        for _ in 0..<3 {
            if let live = try await query("""
                SELECT * FROM narration_job WHERE article_id = \(articleID) AND status IN ('queued', 'running')
                """, as: NarrationJob.self).first {
                return live
            }
            do {
                if let inserted = try await query("""
                    INSERT INTO narration_job (article_id, voice, quote_voice, status, progress, attempts, created, updated)
                    VALUES (\(articleID), \(voice), \(quoteVoice), 'queued', 0, 0, clock_timestamp(), clock_timestamp())
                    ON CONFLICT (article_id) WHERE status IN ('queued', 'running') DO NOTHING
                    RETURNING *
                    """, as: NarrationJob.self).first {
                    return inserted
                }
            } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23503" {
                throw LedeError.notFound("no article \(articleID)")
            }
        }
        throw LedeError.unavailable("the narration of article \(articleID) kept changing; try again")
    }

    public func claimNextJob() async throws -> NarrationJob? {
        // A stopped machine's jobs come back to the live ones without waiting for a restart.
        _ = try await requeueStaleJobs()
        // SKIP LOCKED: a job another worker is taking is passed over, not waited for, so each
        // worker (on any machine) gets a different job and none blocks.
        return try await query("""
            UPDATE narration_job SET status = 'running', attempts = attempts + 1, progress = 0, error = NULL,
                                     updated = clock_timestamp()
            WHERE id = (SELECT id FROM narration_job WHERE status = 'queued' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING *
            """, as: NarrationJob.self).first
    }

    public func updateProgress(jobID: Int64, progress: Double) async throws {
        // Also renews the lease.
        try await query("""
            UPDATE narration_job SET progress = \(min(1, max(0, progress))), updated = clock_timestamp()
            WHERE id = \(jobID) AND status = 'running'
            """)
    }

    public func completeJob(jobID: Int64, edition: Edition) async throws {
        let timings = try StoreCodec.json(edition.timings)
        let chapters = try StoreCodec.json(edition.chapters)
        try await client.withTransaction(logger: logger) { connection in
            // The article may have been deleted while it was narrated: then there is nothing to keep.
            // FOR SHARE holds it until the edition is in.
            let exists = try await connection.query("SELECT id FROM article WHERE id = \(edition.articleID) FOR SHARE",
                                                    logger: logger).collect()
            guard !exists.isEmpty else { return }
            try await connection.query("""
                INSERT INTO edition (article_id, voice, duration_ms, audio_bytes, audio_etag, timings_json, chapters_json, created)
                VALUES (\(edition.articleID), \(edition.voice), \(Int64(edition.durationMs)), \(Int64(edition.audioBytes)),
                        \(edition.audioETag), \(timings), \(chapters), \(edition.created))
                ON CONFLICT (article_id) DO UPDATE SET voice = EXCLUDED.voice, duration_ms = EXCLUDED.duration_ms,
                    audio_bytes = EXCLUDED.audio_bytes, audio_etag = EXCLUDED.audio_etag, timings_json = EXCLUDED.timings_json,
                    chapters_json = EXCLUDED.chapters_json, created = EXCLUDED.created
                """, logger: logger)
            try await connection.query("""
                UPDATE narration_job SET status = 'done', progress = 1, updated = clock_timestamp() WHERE id = \(jobID)
                """, logger: logger)
        }
    }

    public func failJob(jobID: Int64, error: String) async throws {
        try await query("UPDATE narration_job SET status = 'failed', error = \(error), updated = clock_timestamp() WHERE id = \(jobID)")
    }

    public func returnJob(jobID: Int64) async throws {
        try await query("""
            UPDATE narration_job SET status = 'queued', progress = 0, attempts = GREATEST(0, attempts - 1), updated = clock_timestamp()
            WHERE id = \(jobID) AND status = 'running'
            """)
    }

    /// Running jobs whose lease ran out go back to `queued` (or to `failed` after
    /// ``NarrationJob/maxAttempts`` tries). Unlike the SQLite store, a job merely `running` is left
    /// alone: another machine may be narrating it.
    public func requeueInterruptedJobs() async throws -> Int {
        try await requeueStaleJobs()
    }

    func requeueStaleJobs() async throws -> Int {
        let limit = Int64(NarrationJob.maxAttempts)
        let rows = try await query("""
            UPDATE narration_job j
            SET status = CASE WHEN j.attempts >= \(limit) THEN 'failed' ELSE 'queued' END,
                error = CASE WHEN j.attempts >= \(limit) THEN 'interrupted ' || j.attempts || ' times; not retried' ELSE NULL END,
                progress = 0, updated = clock_timestamp()
            FROM (SELECT id FROM narration_job
                  WHERE status = 'running' AND updated < clock_timestamp() - make_interval(secs => \(leaseTimeout))
                  FOR UPDATE SKIP LOCKED) stale
            WHERE j.id = stale.id
            RETURNING j.status
            """)
        return try rows.filter { try $0["status"].decode(String.self) == "queued" }.count
    }

    public func job(id: Int64) async throws -> NarrationJob? {
        try await query("SELECT * FROM narration_job WHERE id = \(id)", as: NarrationJob.self).first
    }

    public func jobs(status: NarrationJob.Status?) async throws -> [NarrationJob] {
        if let status {
            return try await query("SELECT * FROM narration_job WHERE status = \(status.rawValue) ORDER BY id",
                                   as: NarrationJob.self)
        }
        return try await query("SELECT * FROM narration_job ORDER BY id", as: NarrationJob.self)
    }

    public func jobCounts() async throws -> [NarrationJob.Status: Int] {
        let rows = try await query("SELECT status, count(*)::bigint AS n FROM narration_job GROUP BY status")
        return NarrationJob.Status.counts(try rows.map {
            (try $0["status"].decode(String.self), Int(try $0["n"].decode(Int64.self)))
        })
    }
}
