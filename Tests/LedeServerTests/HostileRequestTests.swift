import Foundation
import Hummingbird
import HummingbirdTesting
import LedeCore
import LedeStore
import Logging
import Testing
@testable import LedeServer

/// A server on a fresh library whose configuration the test sets.
private func hostileServer(_ configure: (inout ServerConfiguration) -> Void) throws -> (LedeApp, SQLiteStore, URL) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-hostile-\(UUID().uuidString)")
    let store = try SQLiteStore(directory: directory)
    var configuration = ServerConfiguration(dataDirectory: directory)
    configuration.tokens = [writeToken]
    configuration.voice = "espeak:en-us"
    configuration.narrateOnAdd = false
    configure(&configuration)
    return (LedeApp(configuration: configuration, store: store, files: store.files), store, directory)
}

private let page = "<html><head><title>Night ferry returns</title></head><body><article><h1>Night ferry returns</h1>"
    + String(repeating: "<p>The council voted on Tuesday to keep the night ferry running for another three years, after a long debate.</p>", count: 50)
    + "</article></body></html>"

private func addBody() throws -> ByteBuffer {
    ByteBuffer(data: try JSONEncoder().encode(["html": page, "url": "https://courier.example/ferry"]))
}

/// CPU work of requests runs on the server's own bounded pool (issue 15): `/health` answers while
/// it is full, a full pool refuses with 503 and writes nothing, a page over its budget fails clearly.
@Suite(.serialized) struct HostileRequestTests {
    @Test func healthAnswersWhileEveryWorkThreadIsBusyAndAFullPoolRefusesWithoutWriting() async throws {
        let (app, store, directory) = try hostileServer { _ in }
        defer { try? FileManager.default.removeItem(at: directory) }
        let pool = app.work
        // Hold every thread and every waiting place with work that blocks until released.
        let release = DispatchSemaphore(value: 0)
        let capacity = pool.threads + pool.maxWaiting
        let holders = (0..<capacity).map { _ in Task { try await pool.run("holding") { release.wait() } } }
        try await waitFor("the pool to fill") { pool.load == capacity }

        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: try addBody()) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] != nil)
                #expect(response.text.contains("busy"))
            }
            #expect(try await store.count() == 0)
            // The browser's form says so on a page of its own.
            try await client.execute(uri: "/articles", method: .post, headers: AddFormTests.formHeaders,
                                     body: AddFormTests.form(["token": writeToken, "text": "Ferry fares rise\n\nFares on the night ferry will rise."])) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.text.contains("The article was not added") && response.text.contains("busy"))
            }
            #expect(try await store.count() == 0)
            for _ in 0..<capacity { release.signal() }
            for holder in holders { _ = try await holder.value }
            try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: try addBody()) { response in
                #expect(response.status == .created)
            }
        }
        #expect(try await store.count() == 1)
    }

    @Test func moreTextThanAnArticleHoldsIsRefusedAndNothingWritten() async throws {
        let (app, store, directory) = try hostileServer { _ in }
        defer { try? FileManager.default.removeItem(at: directory) }
        let sentence = "The ferry left the pier at dawn, and the gulls followed the wake. "
        let text = "A very long text\n\n" + String(repeating: sentence, count: Ingestor.maxTextBytes / sentence.utf8.count + 10)
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/api/articles", method: .post, headers: authorized,
                                     body: ByteBuffer(data: try JSONEncoder().encode(["text": text]))) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("1 MiB"), "\(response.text)")
            }
        }
        #expect(try await store.count() == 0)
    }

    @Test func aLongArticlesPageIsMadeOnThePoolAShortOneHere() async throws {
        let (app, store, directory) = try hostileServer { _ in }
        defer { try? FileManager.default.removeItem(at: directory) }
        let long = try await store.add(longArticle(paragraphs: 1_000)).id
        let short = try await store.add(longArticle(paragraphs: 2, url: "https://courier.example/short")).id
        let release = DispatchSemaphore(value: 0)
        let capacity = app.work.threads + app.work.maxWaiting
        let holders = (0..<capacity).map { _ in Task { try await app.work.run("holding") { release.wait() } } }
        try await waitFor("the pool to fill") { app.work.load == capacity }
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/articles/\(short)", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/articles/\(long)", method: .get) { #expect($0.status == .serviceUnavailable) }
            try await client.execute(uri: "/api/articles/\(long)", method: .get) { #expect($0.status == .serviceUnavailable) }
            for _ in 0..<capacity { release.signal() }
            for holder in holders { _ = try await holder.value }
            try await client.execute(uri: "/articles/\(long)?again", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/articles/\(long)", method: .get) { #expect($0.status == .ok) }
        }
    }

    @Test func aPageOverItsTimeBudgetFailsClearlyAndWritesNothing() async throws {
        let (app, store, directory) = try hostileServer { $0.documentBudgetSeconds = 0 }
        defer { try? FileManager.default.removeItem(at: directory) }
        try await Application(router: app.router()).test(.router) { client in
            try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: try addBody()) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("budget"), "\(response.text)")
            }
        }
        #expect(try await store.count() == 0)
    }

    @Test func theWorkRunsOnThePoolsThreadsNotTheCallers() async throws {
        let pool = WorkPool(threads: 1, maxWaiting: 0, name: "lede-pool")
        let name = try await pool.run("naming") { Thread.current.threadDictionary[WorkPool.threadKey] as? String }
        #expect(name == "lede-pool-0")
    }

    @Test func aNarrationOverTheCapFailsNamingTheLimitAndLeavesNoScratch() async throws {
        let (app, store, directory) = try hostileServer { $0.maxNarrationMinutes = 0.5 }
        defer { try? FileManager.default.removeItem(at: directory) }
        let id = try await store.add(longArticle(paragraphs: 40)).id
        let job = try await store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        let running = Task { try await app.narration.run() }
        defer { running.cancel() }
        try await waitFor("the job to fail") { try await store.job(id: job.id)?.status == .failed }
        let failed = try #require(try await store.job(id: job.id))
        #expect(failed.error?.contains("0.5-minute limit (--max-narration-minutes)") == true, "\(failed.error ?? "")")
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.files.audioDirectory.path).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.files.temporaryDirectory.path).isEmpty)
    }

    @Test func narrationScratchLivesInTheLibrarysTmpAndGoesWhenTheJobIsCancelled() async throws {
        let (app, store, directory) = try hostileServer { _ in }
        defer { try? FileManager.default.removeItem(at: directory) }
        let id = try await store.add(longArticle(paragraphs: 40)).id
        let job = try await store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        let running = Task { try await app.narration.run() }
        try await waitFor("narration to get under way") { (try await store.job(id: job.id)?.progress ?? 0) >= 0.1 }
        let during = try FileManager.default.contentsOfDirectory(atPath: store.files.temporaryDirectory.path)
        #expect(during.contains { $0.hasPrefix("lede-") && $0.hasSuffix(".f32") }, "\(during)")
        running.cancel()
        _ = await running.result
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.files.temporaryDirectory.path).isEmpty)
        #expect(try await store.job(id: job.id)?.status == .queued)
    }
}
