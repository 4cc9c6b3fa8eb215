import Foundation
import Logging
import Synchronization

/// Sentence audio kept on disk so a narration made again (an article updated, a voice's speed
/// unchanged) renders only the sentences whose spoken form changed. One file per
/// ``SentenceKey``, bounded in size: past ``maxBytes`` the least recently used entries go.
/// Every write is atomic (a hidden partial file renamed into place); a damaged, partial or
/// foreign file reads as a miss and is removed, so it is rendered again and never played.
/// Several threads and several processes may share one folder.
///
/// ```swift
/// let cache = SentenceAudioCache(directory: FileManager.default.temporaryDirectory.appendingPathComponent("lede-sentences"))
/// let key = SentenceKey(voice: voice.voiceID, sampleRate: voice.sampleRate, speed: 1.0,
///                       text: "The ferry left at dawn.", pronunciations: [:])
/// let samples = try cache.samples(for: key) ?? voice.speak(key.text, pronunciations: [:], speed: 1.0)
/// cache.store(samples, for: key)
/// ```
public final class SentenceAudioCache: Sendable {
    public let directory: URL
    public let maxBytes: Int

    /// 1 GiB: about three hours of speech as 24 kHz float samples (96 KB a second), some forty
    /// five-minute stories: the day's stories, which are the ones a newsroom updates.
    public static let defaultMaxBytes = 1 << 30
    /// Eviction goes down to this share of ``maxBytes``, so the folder is listed once per tenth of
    /// the cache written, not on every write once it is full.
    static let evictionTarget = 0.9
    /// One entry may not take more than this share of the cache: a sentence is seconds of audio,
    /// and one huge entry must not push out most of the others.
    static let largestEntryShare = 0.25
    /// A partial file this old belongs to a writer that died (a write takes milliseconds).
    static let stalePartialSeconds: TimeInterval = 3600

    /// Bytes in the folder as this process believes (nil until first counted); other processes'
    /// writes are seen at the next eviction, which lists the folder. Evictions hold it too, so
    /// one runs at a time.
    private let knownBytes = Mutex<Int?>(nil)
    private let logger: Logger

    public init(directory: URL, maxBytes: Int = SentenceAudioCache.defaultMaxBytes,
                logger: Logger = Logger(label: "lede.sentence-cache")) {
        self.directory = directory
        self.maxBytes = max(0, maxBytes)
        self.logger = logger
    }

    /// The cached samples of `key`, or nil (never cached, evicted, or the file did not hold an
    /// intact entry for this key: then it is removed). A hit counts as a use for eviction.
    public func samples(for key: SentenceKey) -> [Float]? {
        let url = directory.appendingPathComponent(key.fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        guard let samples = SentenceAudioFile.decode(Array(data), key: key) else {
            logger.warning("sentence cache: \(url.lastPathComponent) is damaged or not this sentence's; rendering it again")
            try? FileManager.default.removeItem(at: url)
            return nil
        }
        // The file's modification time is its last use: it survives restarts and is shared by processes.
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: url.path)
        return samples
    }

    /// Keeps `samples` for `key`. Best effort: a cache that cannot be written (a full disk) costs
    /// only a later render, so failures are logged, not thrown.
    public func store(_ samples: [Float], for key: SentenceKey) {
        let bytes = SentenceAudioFile.encode(samples, key: key)
        guard maxBytes > 0, Double(bytes.count) <= Double(maxBytes) * Self.largestEntryShare else { return }
        let url = directory.appendingPathComponent(key.fileName)
        let partial = directory.appendingPathComponent(".\(UUID().uuidString).partial")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(bytes).write(to: partial)
            if rename(partial.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: partial)
            logger.warning("sentence cache: cannot write \(url.path): \(error)")
            return
        }
        let over = knownBytes.withLock { known -> Bool in
            let now = (known ?? totalBytes) + bytes.count
            known = now
            return now > maxBytes
        }
        if over { evict() }
    }

    /// Entries, oldest use first, with their sizes; stale partial files are removed on the way.
    func entries() -> [(url: URL, bytes: Int, used: Date)] {
        let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey]
        let urls = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: keys)) ?? []
        var found: [(url: URL, bytes: Int, used: Date)] = []
        for url in urls {
            guard let values = try? url.resourceValues(forKeys: Set(keys)) else { continue }
            let used = values.contentModificationDate ?? .distantPast
            if url.lastPathComponent.hasSuffix(".partial") {
                if -used.timeIntervalSinceNow > Self.stalePartialSeconds { try? FileManager.default.removeItem(at: url) }
                continue
            }
            guard url.pathExtension == "pcm" else { continue }
            found.append((url, values.fileSize ?? 0, used))
        }
        return found.sorted { $0.used < $1.used }
    }

    /// Bytes the entries take now (lists the folder).
    public var totalBytes: Int { entries().reduce(0) { $0 + $1.bytes } }

    /// Removes the least recently used entries until the cache is down to ``evictionTarget`` of
    /// its bound. Lists the folder once: O(n log n) per eviction, one eviction per tenth written.
    func evict() {
        knownBytes.withLock { known in
            let entries = entries()
            var total = entries.reduce(0) { $0 + $1.bytes }
            let target = Int(Double(maxBytes) * Self.evictionTarget)
            var removed = 0
            while total > target, removed < entries.count {
                try? FileManager.default.removeItem(at: entries[removed].url)
                total -= entries[removed].bytes
                removed += 1
            }
            known = total
            if removed > 0 { logger.debug("sentence cache: \(removed) least recently used entries removed") }
        }
    }
}
