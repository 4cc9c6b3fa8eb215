import Crypto
import Foundation
import LedeCore

/// What makes two syntheses the same sound: the voice, its sample rate, the speed, the spoken text
/// and the pronunciations that can apply to that text. One key is one call of
/// ``SpeechEngine/speak(_:pronunciations:speed:)``, so a sentence a narrator splits into parts
/// spoken by different voices is several keys, each cached on its own.
///
/// ```swift
/// let key = SentenceKey(voice: "hibari:heart", sampleRate: 24_000, speed: 0.85,
///                       text: "The ferry left at dawn.", pronunciations: [:])
/// print(key.fileName)   // SHA-256 of the key in 64 hex digits, then ".pcm"
/// ```
public struct SentenceKey: Sendable, Hashable, Codable {
    /// Raised whenever a change in Lede makes a voice sound different for the same key (its
    /// phonemes, its signal step, how speed is applied): entries of another revision are misses.
    public static let revision = 1

    public var revision: Int
    public var voice: String
    public var sampleRate: Int
    public var speed: Double
    public var text: String
    /// Only the entries whose word occurs in `text`: the script's lexicon covers the whole article,
    /// and a name added to one paragraph must not make every other sentence a miss.
    public var pronunciations: [String: Pronunciation]

    public init(voice: String, sampleRate: Int, speed: Double, text: String, pronunciations: [String: Pronunciation]) {
        revision = Self.revision
        self.voice = voice
        self.sampleRate = sampleRate
        self.speed = speed
        self.text = text
        // A word that occurs as a substring is kept even when not a whole word: the key can only
        // be more specific than needed (a rare miss), never less (a wrong reading reused).
        self.pronunciations = pronunciations.filter { text.contains($0.key) }
    }

    /// The key as stable bytes (JSON with sorted keys): stored inside each cache file and compared
    /// on every read, so a file is used only for exactly its own key.
    public var canonical: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // A struct of strings, numbers and a string-keyed map cannot fail to encode.
        return Array((try? encoder.encode(self)) ?? Data())
    }

    /// The cache file's name: the SHA-256 of ``canonical`` in hex, then `.pcm`.
    public var fileName: String {
        SHA256.hash(data: canonical).map { String(format: "%02x", $0) }.joined() + ".pcm"
    }
}
