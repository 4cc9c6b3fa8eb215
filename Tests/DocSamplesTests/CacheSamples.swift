import Foundation
import LedeCore
import LedeSpeech
import Testing

/// The samples of the sentence audio cache's types (LedeSpeech/Cache), with eSpeak NG from Debian so
/// they need no neural voice.
@Suite struct CacheSamples {
    let script = Fixture.shortScript

    @Test func sentenceKeyAndFile() {
        // sample: SentenceKey
        let key = SentenceKey(voice: "hibari:heart", sampleRate: 24_000, speed: 0.85,
                              text: "The ferry left at dawn.", pronunciations: [:])
        print(key.fileName)   // SHA-256 of the key in 64 hex digits, then ".pcm"
        // end sample
        #expect(key.fileName.count == 64 + 4)
        let samples: [Float] = [0, 0.25, -0.5]
        // sample: SentenceAudioFile
        let bytes = SentenceAudioFile.encode(samples, key: key)
        let back = SentenceAudioFile.decode(bytes, key: key)   // nil if damaged or another key's
        // end sample
        #expect(back == samples)
    }

    @Test func sentenceReuse() {
        // sample: SentenceReuse
        let reuse = SentenceReuse()
        reuse.count(reused: true)
        print(reuse.reused, reuse.total)   // 1 1
        // end sample
        #expect(reuse.reused == 1 && reuse.total == 1)
    }

    @Test func cacheAndCachedVoice() throws {
        let voice = try VoiceLibrary().load("espeak:en-us")
        // sample: SentenceAudioCache
        let cache = SentenceAudioCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("lede-sentences"))
        let key = SentenceKey(voice: voice.voiceID, sampleRate: voice.sampleRate, speed: 1.0,
                              text: "The ferry left at dawn.", pronunciations: [:])
        let samples = try cache.samples(for: key) ?? voice.speak(key.text, pronunciations: [:], speed: 1.0)
        cache.store(samples, for: key)
        // end sample
        #expect(cache.samples(for: key) == samples)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-cache-sample-\(UUID().uuidString).mp3")
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            // sample: CachedVoice
            let cache = SentenceAudioCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("lede-sentences"))
            let reuse = SentenceReuse()
            let voice = CachedVoice(engine: try VoiceLibrary().load("espeak:en-us"), cache: cache, reuse: reuse)
            let result = try NarrationWriter(synthesizer: Synthesizer(engine: voice)).write(script, to: url)
            print(reuse.reused, "of", reuse.total, "sentences from the cache")
            // end sample
            #expect(result.timings.count == script.segments.count)
            #expect(reuse.total == script.segments.count)
        }
    }
}
