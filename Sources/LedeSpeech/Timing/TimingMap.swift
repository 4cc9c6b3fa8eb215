import Foundation
import LedeCore

/// The timing map as a JSON document: the audio's length and one entry per spoken sentence.
///
/// ```json
/// {"durationMs": 12800, "sampleRate": 22050, "voice": "piper:en_US-joe-medium",
///  "timings": [{"id": 0, "block": -1, "charStart": 0, "charEnd": 57, "startMs": 0, "endMs": 3120, "voice": "…"}]}
/// ```
///
/// ```swift
/// let map = TimingMap(durationMs: rendition.durationMs, sampleRate: rendition.sampleRate, voice: voice.voiceID,
///                     timings: rendition.timings)
/// let json = try map.json()   // {"durationMs": …, "timings": [{"id": 0, "block": -1, …}]}
/// ```
public struct TimingMap: Sendable, Codable, Equatable {
    public var durationMs: Int
    public var sampleRate: Int
    public var voice: String
    public var timings: [TimingEntry]

    public init(durationMs: Int, sampleRate: Int, voice: String, timings: [TimingEntry]) {
        self.durationMs = durationMs
        self.sampleRate = sampleRate
        self.voice = voice
        self.timings = timings
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
