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

/// What only the PostgreSQL store does: leases on running jobs and connection URLs. Everything the
/// two stores share runs on both (the suites taking a ``StoreBackend``).
@Suite(.enabled(if: TemporaryPostgres.binaries != nil,
                "PostgreSQL's server binaries are not installed (apt-get install postgresql)"))
struct PostgresStoreTests {
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
