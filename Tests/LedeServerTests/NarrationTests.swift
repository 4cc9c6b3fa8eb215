import Foundation
import LedeCore
import LedeLanguage
import LedeNarrate
import LedeStore
import Logging
import Testing
@testable import LedeServer

/// An article of `paragraphs` paragraphs of three sentences each, with its story.
func longArticle(paragraphs: Int, url: String = "https://courier.example/long") -> NewArticle {
    let blocks = (0..<paragraphs).map { i in
        Block.paragraph("The ferry left the pier at dawn on day \(i + 1). Gulls followed the wake. The crew waved to the harbour.")
    }
    let article = Article(url: url, title: "A long crossing", publisher: "The Avery Courier", blocks: blocks)
    return NewArticle(article: article, story: StoryBuilder().story(of: article))
}

func waitFor(_ what: String, timeout: Duration = .seconds(60), _ condition: () async throws -> Bool) async throws {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    while clock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(20))
    }
    Issue.record("timed out waiting for \(what)")
    throw CancellationError()
}

func narration(_ store: SQLiteStore) -> NarrationService {
    var logger = Logger(label: "test")
    logger.logLevel = .warning
    return NarrationService(store: store, files: store.files, workers: 1, scriptMaker: .narrator, logger: logger, pollInterval: .milliseconds(100))
}

@Suite(.serialized) struct NarrationTests {
    @Test func workerNarratesAQueuedArticleWithTheESpeakVoice() async throws {
        let library = try TestServer()
        let store = library.store
        let new = longArticle(paragraphs: 2)
        let id = try await store.add(new).id
        let job = try await store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        let service = narration(store)
        let running = Task { try await service.run() }
        defer { running.cancel() }
        try await waitFor("the job to finish") {
            let status = try await store.job(id: job.id)?.status
            return status == .done || status == .failed
        }

        let done = try #require(try await store.job(id: job.id))
        #expect(done.status == .done, "\(done.error ?? "")")
        #expect(done.progress == 1)
        let edition = try #require(try await store.article(id: id)?.edition)
        // One timing entry per segment of the narrator's script, in order.
        #expect(edition.timings.count == Narrator().script(for: try #require(new.story)).segments.count)
        #expect(edition.timings.count >= 7)
        #expect(edition.timings.first?.block == TextSpan.titleBlock)
        #expect(zip(edition.timings, edition.timings.dropFirst()).allSatisfy { $0.endMs <= $1.startMs })
        #expect(edition.durationMs >= edition.timings.last?.endMs ?? .max)
        #expect(edition.voice == "espeak:en-us")
        let mp3 = try Data(contentsOf: store.files.url(articleID: id, kind: .mp3))
        #expect(mp3.count == edition.audioBytes)
        #expect(mp3.starts(with: Data("ID3".utf8)) || mp3.first == 0xFF)
        let vtt = try String(contentsOf: store.files.url(articleID: id, kind: .vtt), encoding: .utf8)
        #expect(vtt.hasPrefix("WEBVTT"))
        #expect(vtt.contains("Gulls followed the wake."))
        #expect(edition.chapters.first?.startMs == 0)
    }

    @Test func unknownVoiceFailsTheJobWithAReason() async throws {
        let library = try TestServer()
        let id = try await library.store.add(longArticle(paragraphs: 1)).id
        let job = try await library.store.enqueueNarration(articleID: id, voice: "espeak:no-such-language-xx")
        let service = narration(library.store)
        let running = Task { try await service.run() }
        defer { running.cancel() }
        try await waitFor("the job to fail") { try await library.store.job(id: job.id)?.status == .failed }
        #expect(try await library.store.job(id: job.id)?.error?.isEmpty == false)
    }

    @Test func cancelledMidwayLeavesNoHalfFileAndResumesOnRestart() async throws {
        let library = try TestServer()
        let id = try await library.store.add(longArticle(paragraphs: 40)).id
        let job = try await library.store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        let first = narration(library.store)
        let running = Task { try await first.run() }
        try await waitFor("narration to get under way") { (try await library.store.job(id: job.id)?.progress ?? 0) >= 0.1 }
        running.cancel()
        _ = await running.result

        // Stopped, not failed: the job is back in the queue, the attempt not counted, and no audio
        // file exists, whole or half.
        let interrupted = try #require(try await library.store.job(id: job.id))
        #expect(interrupted.status == .queued)
        #expect(interrupted.attempts == 0)
        #expect(interrupted.progress < 0.9)
        // (The sentence audio cache beside the editions keeps what was spoken: it is shared, and
        // a resumed narration starts from it.)
        let audioFiles = try FileManager.default.contentsOfDirectory(atPath: library.store.files.audioDirectory.path)
            .filter { $0 != library.store.files.sentenceCacheDirectory.lastPathComponent }
        #expect(audioFiles.isEmpty, "\(audioFiles)")
        #expect(try await library.store.article(id: id)?.edition == nil)

        // A new process on the same library finishes it.
        let reopened = try SQLiteStore(directory: library.directory)
        let second = narration(reopened)
        let rerun = Task { try await second.run() }
        defer { rerun.cancel() }
        try await waitFor("the resumed job to finish") { try await reopened.job(id: job.id)?.status == .done }
        let finished = try #require(try await reopened.job(id: job.id))
        #expect(finished.attempts == 1)
        let edition = try #require(try await reopened.article(id: id)?.edition)
        #expect(edition.timings.count >= 121)
        #expect(try Data(contentsOf: reopened.files.url(articleID: id, kind: .mp3)).count == edition.audioBytes)
    }

    @Test func deletingAnArticleStopsItsNarrationAndLeavesNoAudio() async throws {
        let library = try TestServer()
        let store = library.store
        let id = try await store.add(longArticle(paragraphs: 40)).id
        let job = try await store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        // The app's own workers, so the DELETE route reaches the narration it must stop.
        let service = library.app.narration
        let running = Task { try await service.run() }
        defer { running.cancel() }
        try await waitFor("narration to get under way") { (try await store.job(id: job.id)?.progress ?? 0) >= 0.1 }

        try await library.test { client in
            try await client.execute(uri: "/api/articles/\(id)", method: .delete, headers: authorized) { #expect($0.status == .noContent) }
        }
        try await waitFor("the narration to stop") { service.outcome(ofJob: job.id) != nil }

        #expect(service.outcome(ofJob: job.id) == .cancelled)
        #expect(try await store.job(id: job.id) == nil)
        #expect(try await store.article(id: id) == nil)
        let audio = try FileManager.default.contentsOfDirectory(atPath: store.files.audioDirectory.path)
            .filter { $0 != store.files.sentenceCacheDirectory.lastPathComponent }
        #expect(audio.isEmpty, "\(audio)")
        let scratch = try FileManager.default.contentsOfDirectory(atPath: library.directory.appendingPathComponent("tmp").path)
        #expect(scratch.isEmpty, "\(scratch)")

        // The worker is still there for the next job.
        let next = try await store.add(longArticle(paragraphs: 1, url: "https://courier.example/short")).id
        let nextJob = try await store.enqueueNarration(articleID: next, voice: "espeak:en-us")
        service.wake()
        // The store marks the job done before the worker records its outcome: wait for both.
        try await waitFor("the next job") { try await store.job(id: nextJob.id)?.status == .done && service.outcome(ofJob: nextJob.id) != nil }
        #expect(service.outcome(ofJob: nextJob.id) == .done)
    }
}
