import Foundation
import LedeCore
import LedeSpeech
import LedeStore
import Synchronization

/// One narration from start to stored files: script, speech, loudness, MP3 (LedeSpeech's
/// `NarrationWriter`, memory bounded by a sentence), WebVTT. The files are made in the library's
/// `tmp/` and renamed into `audio/`, so a kill at any moment leaves the old file or the new one.
/// Runs on a thread of its own: speech is long, blocking work that must not hold the server's
/// executors.
///
/// ```swift
/// let edition = try await NarrationRenderer(files: store.files, scriptMaker: .narrator)
///     .render(stored, engine: try VoiceLibrary().load("espeak:en-us"), stop: StopFlag()) { print($0) }
/// // quotations in their own voice: .render(stored, engine: joe, quoteEngine: heart, stop: …)
/// ```
struct NarrationRenderer: Sendable {
    let files: AudioFiles
    let scriptMaker: ScriptMaker
    var speed = Synthesizer.narrationSpeed
    /// The length cap (nil: none); scratch goes to the library's `tmp/`, which start-up empties.
    var maxMinutes: Double?

    /// Set from another task to stop a render before its next sentence.
    final class StopFlag: Sendable {
        private let stopped = Mutex(false)
        func stop() { stopped.withLock { $0 = true } }
        var isStopped: Bool { stopped.withLock { $0 } }
    }

    /// A voice that refuses to speak once the flag is set, which ends the render between sentences.
    struct StoppableEngine: SpeechEngine {
        let engine: any SpeechEngine
        let stop: StopFlag
        var voiceID: String { engine.voiceID }
        var sampleRate: Int { engine.sampleRate }

        func speak(_ text: String, pronunciations: [String: Pronunciation], speed: Double) throws -> [Float] {
            if stop.isStopped { throw CancellationError() }
            return try engine.speak(text, pronunciations: pronunciations, speed: speed)
        }
    }

    func render(_ stored: StoredArticle, engine: any SpeechEngine, quoteEngine: (any SpeechEngine)? = nil, stop: StopFlag,
                progress: @escaping @Sendable (Double) -> Void) async throws -> Edition {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Edition, Error>) in
            let thread = Thread {
                continuation.resume(with: Result {
                    try renderNow(stored, engine: engine, quoteEngine: quoteEngine, stop: stop, progress: progress)
                })
            }
            thread.name = "lede-narration-\(stored.id)"
            thread.start()
        }
    }

    func renderNow(_ stored: StoredArticle, engine: any SpeechEngine, quoteEngine: (any SpeechEngine)? = nil, stop: StopFlag,
                   progress: @escaping @Sendable (Double) -> Void) throws -> Edition {
        let article = stored.article
        let story = stored.story ?? Story(article: article)
        let script = try WorkBudget(seconds: WorkPool.documentBudgetSeconds).run("making the narration script") {
            scriptMaker.script(article, story, quoteEngine != nil)
        }
        guard !script.segments.isEmpty else { throw LedeError.noArticle("the article has nothing to read aloud") }

        let mp3 = files.temporaryURL(articleID: stored.id, kind: .mp3)
        let vtt = files.temporaryURL(articleID: stored.id, kind: .vtt)
        defer {
            try? FileManager.default.removeItem(at: mp3)
            try? FileManager.default.removeItem(at: vtt)
        }
        let synthesizer = Synthesizer(engines: [StoppableEngine(engine: engine, stop: stop)],
                                      quoteEngines: quoteEngine.map { [StoppableEngine(engine: $0, stop: stop)] } ?? [], speed: speed)
        let writer = NarrationWriter(synthesizer: synthesizer,
                                     limits: NarrationLimits(maxMinutes: maxMinutes, scratchDirectory: files.temporaryDirectory))
        let tags = AudioTags(title: article.title, artist: article.publisher ?? article.authors.first,
                             date: article.published.map { String($0.prefix(4)) })
        // Speech is most of the work; loudness and encoding the last 10 %.
        let result = try writer.write(script, to: mp3, tags: tags) { done in
            progress(0.9 * Double(done.segments) / Double(max(1, done.total)))
        }
        if stop.isStopped { throw CancellationError() }
        try WebVTT.document(script: script, timings: result.timings).write(to: vtt, atomically: false, encoding: .utf8)
        let audioBytes = (try FileManager.default.attributesOfItem(atPath: mp3.path)[.size] as? Int) ?? 0
        let etag = "\"\(stored.id)-\(audioBytes)-\(UInt64(Date().timeIntervalSince1970 * 1000))\""
        // Transcript first, audio last; the edition row is written only after both are in place.
        try files.install(vtt, articleID: stored.id, kind: .vtt)
        try files.install(mp3, articleID: stored.id, kind: .mp3)
        progress(1)
        let chapters = script.chapters.compactMap { chapter -> EditionChapter? in
            guard let timing = result.timings.first(where: { $0.id == chapter.firstSegment }) else { return nil }
            return EditionChapter(title: chapter.title, startMs: timing.startMs)
        }
        return Edition(articleID: stored.id, voice: engine.voiceID, durationMs: result.durationMs, audioBytes: audioBytes,
                       audioETag: etag, timings: result.timings, chapters: chapters)
    }
}
