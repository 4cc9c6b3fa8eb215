import Foundation
import LedeCore
import Synchronization

/// A voice that answers from a ``SentenceAudioCache`` when it has spoken the same words before
/// (same voice, speed and pronunciations) and speaks and keeps them otherwise. It wraps any
/// ``SpeechEngine``, so every synthesized unit is cached on its own, whichever voice speaks it,
/// and the ``Synthesizer`` around it, loudness, timing map and encoding stay as they are.
///
/// ```swift
/// let cache = SentenceAudioCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("lede-sentences"))
/// let reuse = SentenceReuse()
/// let voice = CachedVoice(engine: try VoiceLibrary().load("espeak:en-us"), cache: cache, reuse: reuse)
/// let result = try NarrationWriter(synthesizer: Synthesizer(engine: voice)).write(script, to: url)
/// print(reuse.reused, "of", reuse.total, "sentences from the cache")
/// ```
public struct CachedVoice: SpeechEngine {
    public let engine: any SpeechEngine
    public let cache: SentenceAudioCache
    public let reuse: SentenceReuse

    public init(engine: any SpeechEngine, cache: SentenceAudioCache, reuse: SentenceReuse) {
        self.engine = engine
        self.cache = cache
        self.reuse = reuse
    }

    /// Each of `engines` (instances of one voice, or different voices) behind the same cache and tally.
    public static func wrapping(_ engines: [any SpeechEngine], cache: SentenceAudioCache,
                                reuse: SentenceReuse) -> [any SpeechEngine] {
        engines.map { CachedVoice(engine: $0, cache: cache, reuse: reuse) }
    }

    public var voiceID: String { engine.voiceID }
    public var sampleRate: Int { engine.sampleRate }

    public func speak(_ text: String, pronunciations: [String: Pronunciation], speed: Double) throws -> [Float] {
        let key = SentenceKey(voice: engine.voiceID, sampleRate: engine.sampleRate, speed: speed, text: text,
                              pronunciations: pronunciations)
        if let samples = cache.samples(for: key) {
            reuse.count(reused: true)
            return samples
        }
        let samples = try engine.speak(text, pronunciations: pronunciations, speed: speed)
        cache.store(samples, for: key)
        reuse.count(reused: false)
        return samples
    }
}

/// How many synthesized units of one narration came from the cache, and how many in all (units
/// that could not be spoken at all are in neither).
///
/// ```swift
/// let reuse = SentenceReuse()
/// reuse.count(reused: true)
/// print(reuse.reused, reuse.total)   // 1 1
/// ```
public final class SentenceReuse: Sendable {
    private let counts = Mutex((reused: 0, total: 0))

    public init() {}

    public func count(reused: Bool) {
        counts.withLock {
            $0.total += 1
            if reused { $0.reused += 1 }
        }
    }

    public var reused: Int { counts.withLock { $0.reused } }
    public var total: Int { counts.withLock { $0.total } }
}
