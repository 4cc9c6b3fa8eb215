import Foundation
import LedeCore

/// The library of editions: articles with their stories, narration jobs and finished narrations.
///
/// ```swift
/// let store: any Store = try SQLiteStore(directory: dataDirectory)   // or a PostgresStore
/// let added = try await store.add(NewArticle(article: article, story: story, sourceURL: url))
/// let job = try await store.enqueueNarration(articleID: added.id, voice: "espeak:en-us")
/// for summary in try await store.list(limit: 20, offset: 0) { print(summary.title, summary.status ?? .queued) }
/// ```
///
/// One seam for the database, with two implementations: ``SQLiteStore``, embedded and the default,
/// and ``PostgresStore``, for several machines sharing one library and its narration queue
/// (`lede serve --database postgres://…`). Audio and transcripts live on disk next to the database
/// (``AudioFiles``), never in it.
public protocol Store: Sendable {
    /// Adds an article, or updates the one with the same source (URL, else content hash): adding
    /// the same source twice, even concurrently, keeps one article with one id.
    func add(_ new: NewArticle) async throws -> AddResult
    func article(id: Int64) async throws -> StoredArticle?
    /// Newest first.
    func list(limit: Int, offset: Int) async throws -> [ArticleSummary]
    func count() async throws -> Int
    /// The narrated articles, newest first, with their editions (stories left out): what feeds list.
    func narrated(limit: Int) async throws -> [StoredArticle]
    /// Full-text search over title, body, people and quotes, best match first.
    func search(_ query: String, limit: Int) async throws -> [SearchHit]
    /// Deletes the article, its jobs and its edition; returns false when there was none.
    func delete(id: Int64) async throws -> Bool

    /// Queues a narration of the article (or returns the job already queued or running for it);
    /// `quoteVoice`, when set, reads the words of direct quotations.
    func enqueueNarration(articleID: Int64, voice: String, quoteVoice: String?) async throws -> NarrationJob
    /// Takes the oldest queued job and marks it running (one caller gets each job).
    func claimNextJob() async throws -> NarrationJob?
    func updateProgress(jobID: Int64, progress: Double) async throws
    /// Records the finished narration and marks the job done, in one transaction.
    func completeJob(jobID: Int64, edition: Edition) async throws
    func failJob(jobID: Int64, error: String) async throws
    /// Puts a running job back in the queue without counting the attempt: the worker was stopped
    /// (a shutdown), the job did not fail.
    func returnJob(jobID: Int64) async throws
    /// On start: jobs left `running` by a process that stopped go back to `queued` (or to
    /// `failed` after ``NarrationJob/maxAttempts`` tries). Returns how many were requeued.
    func requeueInterruptedJobs() async throws -> Int
    func job(id: Int64) async throws -> NarrationJob?
    func jobs(status: NarrationJob.Status?) async throws -> [NarrationJob]
    /// How many jobs are in each status, counted by the database (for `/metrics`), with every
    /// status present (zero when none).
    func jobCounts() async throws -> [NarrationJob.Status: Int]
}

extension Store {
    /// Queues a narration in one voice (quotations read by the narrator too).
    public func enqueueNarration(articleID: Int64, voice: String) async throws -> NarrationJob {
        try await enqueueNarration(articleID: articleID, voice: voice, quoteVoice: nil)
    }
}
