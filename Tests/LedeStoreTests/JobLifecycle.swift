import Foundation
import LedeCore
import Testing
@testable import LedeStore

/// The narration job's whole life on any ``Store``: `queueClaimProgressComplete` runs it on both
/// backends, so the two stores are held to the same behaviour.
enum JobLifecycle {
    static func check(_ store: some Store) async throws {
        let id = try await store.add(NewArticle(article: sampleArticle())).id
        let job = try await store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        #expect(job.status == .queued && job.attempts == 0)
        // Asking again while it waits gives the same job.
        #expect(try await store.enqueueNarration(articleID: id, voice: "espeak:en-us").id == job.id)
        #expect(try await store.list(limit: 1, offset: 0).first?.status == .queued)

        let claimed = try #require(try await store.claimNextJob())
        #expect(claimed.id == job.id && claimed.status == .running && claimed.attempts == 1)
        #expect(try await store.claimNextJob() == nil)
        let counts = try await store.jobCounts()
        #expect(counts[.running] == 1 && counts[.queued] == 0 && counts[.done] == 0 && counts[.failed] == 0)
        try await store.updateProgress(jobID: job.id, progress: 0.4)
        #expect(try await store.job(id: job.id)?.progress == 0.4)
        #expect(try await store.list(limit: 1, offset: 0).first?.progress == 0.4)
        // Handed back (a worker shutting down): queued again, the attempt not counted.
        try await store.returnJob(jobID: job.id)
        let returned = try #require(try await store.job(id: job.id))
        #expect(returned.status == .queued && returned.attempts == 0 && returned.progress == 0)
        #expect(try await store.claimNextJob()?.id == job.id)

        let timings = [TimingEntry(id: 0, block: -1, charStart: 0, charEnd: 10, startMs: 0, endMs: 900, voice: "espeak:en-us")]
        try await store.completeJob(jobID: job.id, edition: Edition(
            articleID: id, voice: "espeak:en-us", durationMs: 900, audioBytes: 1234, audioETag: "\"abc\"",
            timings: timings, chapters: [EditionChapter(title: "Start", startMs: 0)]))
        let stored = try #require(try await store.article(id: id))
        #expect(stored.job?.status == .done)
        #expect(stored.edition?.timings == timings)
        #expect(stored.edition?.chapters.first?.title == "Start")
        let narrated = try await store.narrated(limit: 10)
        #expect(narrated.map(\.id) == [id])
        #expect(narrated.first?.edition?.audioBytes == 1234)
        let summary = try #require(try await store.list(limit: 1, offset: 0).first)
        #expect(summary.status == .ready && summary.durationMs == 900)

        // A new narration may be queued once the last one is done; a failure keeps its message.
        let next = try await store.enqueueNarration(articleID: id, voice: "espeak:en-gb")
        #expect(next.id != job.id)
        _ = try await store.claimNextJob()
        try await store.failJob(jobID: next.id, error: "no voice")
        #expect(try await store.job(id: next.id)?.error == "no voice")
    }
}
