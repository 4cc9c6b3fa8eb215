import Foundation
import LedeCore
import Testing
@testable import LedeStore

@Suite struct NarrationJobTests {
    @Test(arguments: StoreBackend.allCases) func queueClaimProgressComplete(_ backend: StoreBackend) async throws {
        let library = try await backend.library()
        try await JobLifecycle.check(library.store)
        withExtendedLifetime(library) {}
    }

    @Test(arguments: StoreBackend.allCases) func aReturnedJobIsQueuedAgainWithoutCountingTheAttempt(_ backend: StoreBackend) async throws {
        let library = try await backend.library()
        let id = try await library.store.add(NewArticle(article: sampleArticle())).id
        let job = try await library.store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        _ = try await library.store.claimNextJob()
        try await library.store.updateProgress(jobID: job.id, progress: 0.3)
        try await library.store.returnJob(jobID: job.id)
        let returned = try #require(try await library.store.job(id: job.id))
        #expect(returned.status == .queued && returned.attempts == 0 && returned.progress == 0)
        #expect(try await library.store.claimNextJob()?.id == job.id)
    }

    @Test(arguments: StoreBackend.allCases) func unknownArticleCannotBeQueued(_ backend: StoreBackend) async throws {
        let library = try await backend.library()
        await #expect(throws: LedeError.self) { try await library.store.enqueueNarration(articleID: 42, voice: "espeak:en-us") }
    }

    @Test(arguments: StoreBackend.allCases) func concurrentClaimsTakeEachJobOnce(_ backend: StoreBackend) async throws {
        // Four workers on two connections (two processes, or two machines).
        let library = try await backend.library()
        let other = try await library.secondStore()
        for i in 0..<12 {
            let id = try await library.store.add(NewArticle(article: sampleArticle(url: "https://x.example/\(i)"))).id
            _ = try await library.store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        }
        let workers = [library.store, other, library.store, other]
        let claimed = try await withThrowingTaskGroup(of: [Int64].self) { group in
            for worker in workers {
                group.addTask {
                    var mine: [Int64] = []
                    while let job = try await worker.claimNextJob() { mine.append(job.id) }
                    return mine
                }
            }
            return try await group.reduce(into: [Int64]()) { $0 += $1 }
        }
        #expect(claimed.count == 12)
        #expect(Set(claimed).count == 12)
        #expect(try await other.jobs(status: .running).count == 12)
        #expect(try await other.jobs(status: .queued).isEmpty)
    }

    @Test(arguments: StoreBackend.allCases) func aQuoteVoiceIsKeptWithTheJob(_ backend: StoreBackend) async throws {
        let library = try await backend.library()
        let id = try await library.store.add(NewArticle(article: sampleArticle())).id
        let job = try await library.store.enqueueNarration(articleID: id, voice: "espeak:en-us", quoteVoice: "espeak:en-gb")
        #expect(job.quoteVoice == "espeak:en-gb")
        #expect(try await library.store.claimNextJob()?.quoteVoice == "espeak:en-gb")
        #expect(try await library.store.article(id: id)?.job?.quoteVoice == "espeak:en-gb")
        let other = try await library.store.add(NewArticle(article: sampleArticle(url: "https://x.example/2"))).id
        #expect(try await library.store.enqueueNarration(articleID: other, voice: "espeak:en-us").quoteVoice == nil)
    }

    @Test(arguments: StoreBackend.allCases) func progressIsClampedAndOnlyRunningJobsMove(_ backend: StoreBackend) async throws {
        let library = try await backend.library()
        let id = try await library.store.add(NewArticle(article: sampleArticle())).id
        let job = try await library.store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        // Queued: a progress report does nothing.
        try await library.store.updateProgress(jobID: job.id, progress: 0.5)
        #expect(try await library.store.job(id: job.id)?.progress == 0)
        _ = try await library.store.claimNextJob()
        try await library.store.updateProgress(jobID: job.id, progress: 7)
        #expect(try await library.store.job(id: job.id)?.progress == 1)
        try await library.store.updateProgress(jobID: job.id, progress: -3)
        #expect(try await library.store.job(id: job.id)?.progress == 0)
    }

    @Test(arguments: StoreBackend.allCases) func aNewNarrationUnderWayShowsOverTheOldEdition(_ backend: StoreBackend) async throws {
        let library = try await backend.library()
        let id = try await library.store.add(NewArticle(article: sampleArticle())).id
        let first = try await library.store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        _ = try await library.store.claimNextJob()
        try await library.store.completeJob(jobID: first.id, edition: Edition(
            articleID: id, voice: "espeak:en-us", durationMs: 500, audioBytes: 10, audioETag: "a", timings: [], chapters: []))
        let second = try await library.store.enqueueNarration(articleID: id, voice: "espeak:en-gb")
        var summary = try #require(try await library.store.list(limit: 1, offset: 0).first)
        #expect(summary.status == .queued && summary.durationMs == 500 && summary.progress == 0)
        _ = try await library.store.claimNextJob()
        try await library.store.failJob(jobID: second.id, error: "voice missing")
        // The failed retry leaves the old edition readable.
        summary = try #require(try await library.store.list(limit: 1, offset: 0).first)
        #expect(summary.status == .ready && summary.progress == nil)
        #expect(try await library.store.article(id: id)?.job?.status == .failed)
        #expect(try await library.store.narrated(limit: 5).first?.edition?.voice == "espeak:en-us")
    }

    /// SQLite only: one machine, so a job `running` when the process starts was interrupted. A
    /// PostgreSQL store waits for the job's lease instead (`aStaleLeaseIsRequeuedAndALiveOneIsNot`).
    @Test func runningJobsAreRequeuedOnRestartAndFailAfterMaxAttempts() async throws {
        let library = try TemporaryLibrary()
        let id = try await library.store.add(NewArticle(article: sampleArticle())).id
        let job = try await library.store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        for attempt in 1...NarrationJob.maxAttempts {
            let claimed = try #require(try await library.store.claimNextJob())
            #expect(claimed.attempts == attempt)
            try await library.store.updateProgress(jobID: job.id, progress: 0.5)
            // The process dies here; a new one opens the same library.
            let restarted = try SQLiteStore(directory: library.directory)
            let requeued = try await restarted.requeueInterruptedJobs()
            let after = try #require(try await restarted.job(id: job.id))
            if attempt < NarrationJob.maxAttempts {
                #expect(requeued == 1 && after.status == .queued && after.progress == 0)
            } else {
                #expect(requeued == 0 && after.status == .failed)
                #expect(after.error?.contains("interrupted") == true)
            }
        }
        #expect(try await library.store.claimNextJob() == nil)
    }

    @Test(arguments: StoreBackend.allCases) func completingAJobOfADeletedArticleKeepsNothing(_ backend: StoreBackend) async throws {
        let library = try await backend.library()
        let id = try await library.store.add(NewArticle(article: sampleArticle())).id
        let job = try await library.store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        _ = try await library.store.claimNextJob()
        _ = try await library.store.delete(id: id)
        try await library.store.completeJob(jobID: job.id, edition: Edition(
            articleID: id, voice: "v", durationMs: 1, audioBytes: 1, audioETag: "e", timings: [], chapters: []))
        #expect(try await library.store.article(id: id) == nil)
    }
}

@Suite struct AudioFilesTests {
    @Test func writesAtomicallyAndCleansLeftovers() throws {
        let library = try TemporaryLibrary()
        let files = library.store.files
        try files.write(Array(repeating: 7, count: 1000), articleID: 3, kind: .mp3)
        #expect(try Data(contentsOf: files.url(articleID: 3, kind: .mp3)).count == 1000)
        try files.write([1, 2], articleID: 3, kind: .mp3)
        #expect(try Data(contentsOf: files.url(articleID: 3, kind: .mp3)) == Data([1, 2]))
        // Nothing stays in tmp/ after a write; a leftover from a killed process is removed on start.
        #expect(try FileManager.default.contentsOfDirectory(atPath: files.temporaryDirectory.path).isEmpty)
        #expect(FileManager.default.createFile(atPath: files.temporaryDirectory.appendingPathComponent("3.mp3.dead").path,
                                               contents: Data([0])))
        files.removeLeftovers()
        #expect(try FileManager.default.contentsOfDirectory(atPath: files.temporaryDirectory.path).isEmpty)
    }

    @Test func unwritableLibraryIsAClearError() throws {
        #expect(throws: (any Error).self) { try SQLiteStore(directory: URL(fileURLWithPath: "/proc/lede-cannot-be-here")) }
    }
}
