import Foundation
import LedeCore
import LedeSpeech
import LedeStore

/// One narration from start to stored files: script, speech, loudness, MP3, WebVTT. Runs on a
/// thread of its own (speech is long, blocking work that must not hold the server's executors).
///
/// ```swift
/// let edition = try await NarrationRenderer(files: store.files, scriptMaker: .sentences)
///     .render(stored, voice: "espeak:en-us", engine: try VoiceLibrary().load("espeak:en-us")) { print($0) }
/// ```
struct NarrationRenderer: Sendable {
    let files: AudioFiles
    let scriptMaker: ScriptMaker

    /// Set from another task to stop a render between two sentences.
    final class StopFlag: @unchecked Sendable {
        private let lock = NSLock()
        private var stopped = false
        func stop() { lock.withLock { stopped = true } }
        var isStopped: Bool { lock.withLock { stopped } }
    }

    func render(_ stored: StoredArticle, engine: any SpeechEngine, stop: StopFlag,
                progress: @escaping @Sendable (Double) -> Void) async throws -> Edition {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Edition, Error>) in
            let thread = Thread {
                continuation.resume(with: Result { try renderNow(stored, engine: engine, stop: stop, progress: progress) })
            }
            thread.name = "lede-narration-\(stored.id)"
            thread.start()
        }
    }

    func renderNow(_ stored: StoredArticle, engine: any SpeechEngine, stop: StopFlag,
                   progress: @escaping @Sendable (Double) -> Void) throws -> Edition {
        let article = stored.article
        let story = stored.story ?? Story(article: article)
        let script = scriptMaker.script(article, story)
        guard !script.segments.isEmpty else { throw LedeError.noArticle("the article has nothing to read aloud") }

        var samples: [Float] = []
        var timings: [TimingEntry] = []
        let total = Double(script.segments.count)
        // Speech is most of the work; loudness and encoding the last 10 %.
        try Synthesizer(engine: engine).speak(script, progress: { done in progress(0.9 * Double(done.segments) / total) }) { spoken in
            if stop.isStopped { throw CancellationError() }
            samples += spoken.samples
            samples += repeatElement(0, count: spoken.pauseSamples)
            timings.append(spoken.timing)
        }
        let rate = engine.sampleRate
        let normalized = LoudnessNormalizer().normalize(samples, sampleRate: rate)
        if stop.isStopped { throw CancellationError() }
        let mp3 = try MP3Encoder.encode(normalized.samples, sampleRate: rate, tags: AudioTags(
            title: article.title, artist: article.publisher ?? article.authors.first, date: article.published.map { String($0.prefix(4)) }))
        let vtt = WebVTT.document(script: script, timings: timings)
        if stop.isStopped { throw CancellationError() }
        // Transcript first, audio last: the edition row only appears after both are in place.
        try files.write(Array(vtt.utf8), articleID: stored.id, kind: .vtt)
        try files.write(mp3, articleID: stored.id, kind: .mp3)
        progress(1)
        let durationMs = rate > 0 ? samples.count * 1000 / rate : 0
        let chapters = script.chapters.compactMap { chapter -> EditionChapter? in
            guard let timing = timings.first(where: { $0.id == chapter.firstSegment }) else { return nil }
            return EditionChapter(title: chapter.title, startMs: timing.startMs)
        }
        return Edition(articleID: stored.id, voice: engine.voiceID, durationMs: durationMs, audioBytes: mp3.count,
                       audioETag: "\"\(stored.id)-\(mp3.count)-\(Self.hash(mp3))\"", timings: timings, chapters: chapters)
    }

    static func hash(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return String(h, radix: 16)
    }
}
