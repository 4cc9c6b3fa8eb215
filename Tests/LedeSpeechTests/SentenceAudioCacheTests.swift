import Foundation
import LedeCore
import Testing
@testable import LedeSpeech

/// The sentence audio cache: exact round trips, keys that tell sounds apart, a bound that evicts the
/// least recently used, and damaged entries that are rendered again rather than played.
@Suite struct SentenceAudioCacheTests {
    /// A fresh, empty cache folder (removed by the caller's `defer`).
    static func folder(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("lede-sentences-\(name)-\(UUID().uuidString)")
    }

    static func key(_ text: String, voice: String = "hibari:heart", speed: Double = 0.85,
                    pronunciations: [String: Pronunciation] = [:]) -> SentenceKey {
        SentenceKey(voice: voice, sampleRate: 24_000, speed: speed, text: text, pronunciations: pronunciations)
    }

    /// Samples no voice would make: every float pattern the file must keep bit for bit.
    static func samples(_ count: Int, seed: Float) -> [Float] {
        (0..<count).map { sin(Float($0) * 0.01 + seed) * 0.5 } + [0, -0, .leastNonzeroMagnitude, -1, 1]
    }

    @Test func samplesComeBackBitForBit() throws {
        let dir = Self.folder("roundtrip")
        defer { try? FileManager.default.removeItem(at: dir) }
        let cache = SentenceAudioCache(directory: dir)
        let key = Self.key("The ferry left the pier at dawn.")
        #expect(cache.samples(for: key) == nil)
        let original = Self.samples(5000, seed: 1)
        cache.store(original, for: key)
        let back = try #require(cache.samples(for: key))
        #expect(back.map(\.bitPattern) == original.map(\.bitPattern))
        // Written atomically: no partial file stays behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(names == [key.fileName])
    }

    @Test func keysTellApartVoiceSpeedTextAndThePronunciationsThatApply() {
        let base = Self.key("Mara Lind waved.")
        #expect(Self.key("Mara Lind waved.").fileName == base.fileName)
        #expect(Self.key("Mara Lind waved!").fileName != base.fileName)
        #expect(Self.key("Mara Lind waved.", voice: "piper:en_US-joe-medium").fileName != base.fileName)
        #expect(Self.key("Mara Lind waved.", speed: 1.0).fileName != base.fileName)
        #expect(Self.key("Mara Lind waved.", pronunciations: ["Lind": .ipa("lˈɪnd")]).fileName != base.fileName)
        // A lexicon entry for a word the sentence does not hold leaves the key as it was.
        #expect(Self.key("Mara Lind waved.", pronunciations: ["Kyiv": .ipa("kˈiːv")]).fileName == base.fileName)
        #expect(base.fileName.count == 64 + ".pcm".count)
    }

    @Test func theCacheStaysWithinItsBoundAndEvictsTheLeastRecentlyUsed() throws {
        let dir = Self.folder("bound")
        defer { try? FileManager.default.removeItem(at: dir) }
        let entryBytes = SentenceAudioFile.encode(Self.samples(2000, seed: 0), key: Self.key("sentence 0")).count
        // Room for ten entries (each well under the largest share).
        let cache = SentenceAudioCache(directory: dir, maxBytes: entryBytes * 10 + entryBytes / 2)
        let keys = (0..<25).map { Self.key("sentence \($0)") }
        var past = Date(timeIntervalSinceNow: -1000)
        for (i, key) in keys.enumerated() {
            cache.store(Self.samples(2000, seed: Float(i)), for: key)
            // File times tick in whole seconds on some file systems: space the uses out explicitly.
            try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: dir.appendingPathComponent(key.fileName).path)
            past += 10
            if i == 5 {
                // Entry 0 is used again: it becomes the most recent, so it outlives entries 1…5.
                #expect(cache.samples(for: keys[0]) != nil)
                past += 10
            }
        }
        #expect(cache.totalBytes <= cache.maxBytes)
        #expect(cache.totalBytes > 0)
        // The newest entries are kept, the oldest unused gone.
        #expect(cache.samples(for: keys[24]) != nil)
        #expect(cache.samples(for: keys[1]) == nil)
        #expect(cache.samples(for: keys[2]) == nil)
    }

    @Test func oneUseMovesAnEntryToTheBackOfTheEvictionQueue() throws {
        let dir = Self.folder("lru")
        defer { try? FileManager.default.removeItem(at: dir) }
        let cache = SentenceAudioCache(directory: dir, maxBytes: 1 << 20)
        let (a, b) = (Self.key("first"), Self.key("second"))
        cache.store(Self.samples(100, seed: 0), for: a)
        cache.store(Self.samples(100, seed: 1), for: b)
        let old = Date(timeIntervalSinceNow: -3600)
        for key in [a, b] {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: dir.appendingPathComponent(key.fileName).path)
        }
        _ = cache.samples(for: a)
        #expect(cache.entries().map(\.url.lastPathComponent) == [b.fileName, a.fileName])
    }

    @Test func damagedPartialOrForeignFilesAreMissesAndRemoved() throws {
        let dir = Self.folder("damaged")
        defer { try? FileManager.default.removeItem(at: dir) }
        let cache = SentenceAudioCache(directory: dir)
        let key = Self.key("Gulls followed the wake.")
        let url = dir.appendingPathComponent(key.fileName)
        let good = SentenceAudioFile.encode(Self.samples(3000, seed: 2), key: key)
        var flipped = good
        flipped[good.count / 2] ^= 0x40  // one sample changed: still "audio", but not this audio
        let damaged: [(String, [UInt8])] = [
            ("cut short", Array(good.prefix(good.count - 100))),
            ("one bit flipped", flipped),
            ("another sentence's entry under this name", SentenceAudioFile.encode(Self.samples(3000, seed: 2), key: Self.key("Gulls followed."))),
            ("empty", []),
            ("not an entry", Array("RIFF....WAVEfmt ".utf8)),
        ]
        for (what, bytes) in damaged {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
            #expect(cache.samples(for: key) == nil, "\(what)")
            #expect(!FileManager.default.fileExists(atPath: url.path), "\(what) was kept")
        }
        // A partial file a killed writer left is neither read nor counted.
        try Data(good).write(to: dir.appendingPathComponent(".\(UUID().uuidString).partial"))
        #expect(cache.totalBytes == 0)
    }

    @Test(.enabled(if: Hibari.installed, "the hibari voice is not installed (scripts/setup.sh)"))
    func aDamagedEntryIsRenderedAgainByTheVoiceNotPlayed() throws {
        let dir = Self.folder("rerender")
        defer { try? FileManager.default.removeItem(at: dir) }
        let cache = SentenceAudioCache(directory: dir)
        let heart = try Hibari.heart.get()
        let text = "The crew waved to the harbour."
        let reuse = SentenceReuse()
        let voice = CachedVoice(engine: heart, cache: cache, reuse: reuse)
        let first = try voice.speak(text, pronunciations: [:], speed: 1.0)
        #expect(reuse.reused == 0 && reuse.total == 1)
        let second = try voice.speak(text, pronunciations: [:], speed: 1.0)
        #expect(reuse.reused == 1 && reuse.total == 2)
        #expect(second == first)

        // Silence written over the middle of the stored samples: a reader that trusted the file
        // would play a gap.
        let url = dir.appendingPathComponent(SentenceKey(voice: heart.voiceID, sampleRate: heart.sampleRate, speed: 1.0,
                                                         text: text, pronunciations: [:]).fileName)
        var bytes = try [UInt8](Data(contentsOf: url))
        for i in (bytes.count / 3)..<(bytes.count / 2) { bytes[i] = 0 }
        try Data(bytes).write(to: url)
        let third = try voice.speak(text, pronunciations: [:], speed: 1.0)
        #expect(reuse.reused == 1 && reuse.total == 3, "the damaged entry was used")
        #expect(third.count == first.count)
        #expect(third.rms > 0.5 * first.rms)
        // And the entry is whole again for the next narration.
        #expect(cache.samples(for: SentenceKey(voice: heart.voiceID, sampleRate: heart.sampleRate, speed: 1.0,
                                               text: text, pronunciations: [:])) != nil)
    }
}
