import Foundation
import LedeCore
import Testing
@testable import LedeStore

@Suite struct NarrationJobTests {
    @Test func queueClaimProgressComplete() async throws {
        let library = try TemporaryLibrary()
        try await JobLifecycle.check(library.store)
        withExtendedLifetime(library) {}
    }

    @Test func aReturnedJobIsQueuedAgainWithoutCountingTheAttempt() async throws {
        let library = try TemporaryLibrary()
        let id = try await library.store.add(NewArticle(article: sampleArticle())).id
        let job = try await library.store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        _ = try await library.store.claimNextJob()
        try await library.store.updateProgress(jobID: job.id, progress: 0.3)
        try await library.store.returnJob(jobID: job.id)
        let returned = try #require(try await library.store.job(id: job.id))
        #expect(returned.status == .queued && returned.attempts == 0 && returned.progress == 0)
        #expect(try await library.store.claimNextJob()?.id == job.id)
    }

    @Test func unknownArticleCannotBeQueued() async throws {
        let library = try TemporaryLibrary()
        await #expect(throws: LedeError.self) { try await library.store.enqueueNarration(articleID: 42, voice: "espeak:en-us") }
    }

    @Test func concurrentClaimsTakeEachJobOnce() async throws {
        let library = try TemporaryLibrary()
        let store = library.store
        for i in 0..<6 {
            let id = try await store.add(NewArticle(article: sampleArticle(url: "https://x.example/\(i)"))).id
            _ = try await store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        }
        let claimed = try await withThrowingTaskGroup(of: [Int64].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    var mine: [Int64] = []
                    while let job = try await store.claimNextJob() { mine.append(job.id) }
                    return mine
                }
            }
            return try await group.reduce(into: [Int64]()) { $0 += $1 }
        }
        #expect(claimed.count == 6)
        #expect(Set(claimed).count == 6)
    }

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

    @Test func completingAJobOfADeletedArticleKeepsNothing() async throws {
        let library = try TemporaryLibrary()
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
