import Foundation
import LedeCore
import Testing
@testable import LedeStore

/// A PostgresStore on a real server started for the test (see ``TemporaryPostgres``), its audio in a
/// temporary folder; everything is stopped and removed when the test ends.
final class PostgresLibrary {
    let server: TemporaryPostgres
    let url: String
    let directory: URL
    let store: PostgresStore

    init(leaseTimeout: TimeInterval = PostgresStore.defaultLeaseTimeout) async throws {
        server = try TemporaryPostgres()
        url = try server.newDatabaseURL()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-pg-files-\(UUID().uuidString)")
        store = try await PostgresStore(url: url, dataDirectory: directory, leaseTimeout: leaseTimeout)
    }

    /// Another connection to the same library, as a second machine would have.
    func secondStore(leaseTimeout: TimeInterval = PostgresStore.defaultLeaseTimeout) async throws -> PostgresStore {
        try await PostgresStore(url: url, dataDirectory: directory, leaseTimeout: leaseTimeout)
    }

    deinit {
        store.shutdown()
        try? FileManager.default.removeItem(at: directory)
    }
}

@Suite(.enabled(if: TemporaryPostgres.binaries != nil,
                "PostgreSQL's server binaries are not installed (apt-get install postgresql)"))
struct PostgresStoreTests {
    @Test func addThenReadBackListAndDelete() async throws {
        let library = try await PostgresLibrary()
        let store = library.store
        let article = sampleArticle()
        let story = Story(article: article, quotes: [Quote(text: "We waited twelve years", span: TextSpan(block: 0, charStart: 0, charEnd: 10),
                                                           speaker: "Ida Brenner")])
        let result = try await store.add(NewArticle(article: article, story: story, sourceURL: article.url))
        #expect(result.created)
        let stored = try #require(try await store.article(id: result.id))
        #expect(stored.article == article && stored.story == story)
        #expect(stored.sourceURL == "https://courier.example/ferry")
        #expect(stored.edition == nil && stored.job == nil)
        #expect(try await store.article(id: result.id + 100) == nil)

        let again = try await store.add(NewArticle(article: sampleArticle(url: "https://courier.example/ferry#comments", title: "Updated")))
        #expect(again.id == result.id && !again.created)
        #expect(try await store.article(id: result.id)?.article.title == "Updated")
        let other = try await store.add(NewArticle(article: sampleArticle(url: "https://x.example/2", title: "Second")))
        #expect(try await store.list(limit: 10, offset: 0).map(\.id) == [other.id, result.id])
        #expect(try await store.list(limit: 1, offset: 1).map(\.id) == [result.id])
        #expect(try await store.count() == 2)

        _ = try await store.enqueueNarration(articleID: result.id, voice: "espeak:en-us")
        try store.files.write([1, 2, 3], articleID: result.id, kind: .mp3)
        #expect(try await store.delete(id: result.id))
        #expect(try await store.article(id: result.id) == nil)
        #expect(try await store.jobs(status: nil).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: store.files.url(articleID: result.id, kind: .mp3).path))
        #expect(try await store.delete(id: result.id) == false)
        await #expect(throws: LedeError.self) { try await store.enqueueNarration(articleID: 4242, voice: "espeak:en-us") }
    }

    @Test func concurrentAddsOfOneURLFromTwoConnectionsMakeOneArticle() async throws {
        let library = try await PostgresLibrary()
        let other = try await library.secondStore()
        defer { other.shutdown() }
        let stores = [library.store, other]
        let results = try await withThrowingTaskGroup(of: AddResult.self) { group in
            for i in 0..<16 { group.addTask { try await stores[i % 2].add(NewArticle(article: sampleArticle())) } }
            return try await group.reduce(into: [AddResult]()) { $0.append($1) }
        }
        #expect(Set(results.map(\.id)).count == 1)
        #expect(results.filter(\.created).count == 1)
        #expect(try await other.count() == 1)
    }

    @Test func searchFindsEveryFieldWithMarksAndIgnoresSyntax() async throws {
        let library = try await PostgresLibrary()
        let store = library.store
        let article = sampleArticle(body: "The overnight ferry between Port Avery and Skellig sailed again on Friday. Lukašenka met the crew in Zürich.")
        let story = Story(article: article,
                          quotes: [Quote(text: "The harbour feels alive again", span: TextSpan(block: 0, charStart: 0, charEnd: 5),
                                         speaker: "Ida Brenner")],
                          people: [Person(name: "Ida Brenner", age: 71, descriptions: ["retired skipper"])])
        let id = try await store.add(NewArticle(article: article, story: story)).id
        _ = try await store.add(NewArticle(article: sampleArticle(url: "https://x.example/other", title: "Budget vote delayed",
                                                                 body: "Councillors argued about the budget.")))
        for query in ["ferry", "Skellig", "Brenner", "skipper", "harbour alive", "Skell", "FERRY", "zurich lukasenka"] {
            #expect(try await store.search(query, limit: 10).map(\.article.id) == [id], "query \(query)")
        }
        #expect(try await store.search("budget ferry", limit: 10).isEmpty)
        let hit = try #require(try await store.search("Skellig", limit: 10).first)
        #expect(hit.snippet.contains("\u{E000}Skellig\u{E001}"))
        #expect(hit.article.title == "Night ferry returns to Port Avery")
        for query in ["\"", "ferry\" OR", "NEAR(", "*", "title:ferry", "-", "^", "!", "a & | b", "'); DROP TABLE article; --", ""] {
            _ = try await store.search(query, limit: 10)
        }
        #expect(try await store.count() == 2)
        #expect(try await store.search("", limit: 10).isEmpty)
        #expect(try await store.search("ferry:*", limit: 10).map(\.article.id) == [id])
    }

    @Test func twoWorkersNeverClaimTheSameJob() async throws {
        let library = try await PostgresLibrary()
        let other = try await library.secondStore()
        defer { other.shutdown() }
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

    @Test func jobLifecycleMatchesTheSQLiteStore() async throws {
        let library = try await PostgresLibrary()
        try await JobLifecycle.check(library.store)
        withExtendedLifetime(library) {}
    }

    @Test func aStaleLeaseIsRequeuedAndALiveOneIsNot() async throws {
        // A one-second lease stands for the ten minutes of production.
        let library = try await PostgresLibrary(leaseTimeout: 1)
        let store = library.store
        let other = try await library.secondStore(leaseTimeout: 1)
        defer { other.shutdown() }
        let staleID = try await store.add(NewArticle(article: sampleArticle(url: "https://x.example/stale"))).id
        let liveID = try await store.add(NewArticle(article: sampleArticle(url: "https://x.example/live"))).id
        let stale = try await store.enqueueNarration(articleID: staleID, voice: "espeak:en-us")
        let live = try await store.enqueueNarration(articleID: liveID, voice: "espeak:en-us")
        #expect(try await store.claimNextJob()?.id == stale.id)
        #expect(try await other.claimNextJob()?.id == live.id)
        // Running but within its lease: a new process leaves it alone (another machine may be on it).
        #expect(try await other.requeueInterruptedJobs() == 0)
        try await Task.sleep(for: .milliseconds(1300))
        try await other.updateProgress(jobID: live.id, progress: 0.5)   // this worker is alive
        #expect(try await other.requeueInterruptedJobs() == 1)
        #expect(try await other.job(id: stale.id)?.status == .queued)
        #expect(try await other.job(id: live.id)?.status == .running)
        // The next claim takes the requeued job; after maxAttempts lost leases it fails for good.
        for attempt in 2...NarrationJob.maxAttempts {
            let again = try #require(try await other.claimNextJob())
            #expect(again.id == stale.id && again.attempts == attempt)
            try await Task.sleep(for: .milliseconds(1200))
            try await other.updateProgress(jobID: live.id, progress: 0.6)
        }
        #expect(try await store.claimNextJob() == nil)
        let failed = try #require(try await store.job(id: stale.id))
        #expect(failed.status == .failed && failed.error?.contains("interrupted") == true)
        #expect(try await store.job(id: live.id)?.status == .running)
    }

    @Test func badURLsAreClearErrors() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-pg-bad-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        for url in ["mysql://a@b/c", "postgres:///nohost", "not a url", "postgres://127.0.0.1:1/db"] {
            await #expect(throws: LedeError.self, "\(url)") { try await PostgresStore(url: url, dataDirectory: directory) }
        }
        let server = try TemporaryPostgres()
        // The server is up but the database does not exist.
        await #expect(throws: LedeError.self) {
            try await PostgresStore(url: "postgres://lede@127.0.0.1:\(server.port)/missing", dataDirectory: directory)
        }
    }
}
