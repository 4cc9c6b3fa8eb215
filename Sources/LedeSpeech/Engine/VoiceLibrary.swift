import Foundation
import LedeCore
import Synchronization

/// Finds and loads voices by id: `piper:<name>` (a converted Piper voice in deps/voices),
/// `hibari:heart` (the hibari voice in deps/hibari) or `espeak:<language>` (eSpeak NG's own voice for
/// that language).
///
/// ```swift
/// let voice = try VoiceLibrary().load("espeak:en-us")
/// for v in VoiceLibrary().installed() { print(v.id, v.origin) }
/// ```
public struct VoiceLibrary: Sendable {
    /// The hibari voice: on the seed narration's Whisper round trip it came back with 2.9 % word
    /// errors against joe's 6.6 % (same passage, same day), at about ten times joe's speed and a
    /// fifth of its memory. The Piper voice stays available as `piper:en_US-joe-medium`.
    public static let defaultVoice = "hibari:heart"

    /// One installed voice and where it came from.
    public struct Entry: Sendable, Codable, Equatable {
        public var id: String
        public var engine: String
        public var sampleRate: Int
        public var origin: String
    }

    public init() {}

    /// Loads a voice; `threads` applies to neural voices.
    public func load(_ id: String, threads: Int = 1) throws -> any SpeechEngine {
        let parts = id.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else {
            throw LedeError.invalidInput("voice \"\(id)\": write piper:NAME, hibari:heart or espeak:LANGUAGE (see `lede voices`)")
        }
        switch parts[0] {
        case "piper": return try PiperVoice(name: parts[1], threads: threads)
        case "hibari": return try HibariVoice(name: parts[1], threads: threads)
        case "espeak": return try EspeakVoice(language: parts[1])
        default:
            throw LedeError.invalidInput("voice \"\(id)\": unknown engine \(parts[0]) (piper, hibari or espeak; see `lede voices`)")
        }
    }

    /// Throws the error ``load(_:threads:)`` would (not installed: naming the setup command; an
    /// unknown id: how to write one) without loading the model, for a check at start-up.
    public func checkInstalled(_ id: String) throws {
        let parts = id.split(separator: ":", maxSplits: 1).map(String.init)
        switch parts.first {
        case "piper" where parts.count == 2: _ = try PiperVoiceInfo.load(name: parts[1])
        case "hibari" where parts.count == 2: _ = try HibariAssets.locate(voice: parts[1])
        default: _ = try load(id)  // eSpeak NG's voices load in an instant; a malformed id throws here.
        }
    }

    /// `instances` copies of a voice, one thread each, loaded side by side (for a ``Synthesizer``
    /// that speaks several sentences at once).
    public func load(_ id: String, instances: Int) throws -> [any SpeechEngine] {
        let count = max(1, instances)
        let loaded = LoadedVoices(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in
            loaded.set(i, Result { try load(id, threads: 1) })
        }
        return try loaded.all()
    }

    /// Whether a voice id names a neural voice (worth one instance per thread).
    public static func isNeural(_ id: String) -> Bool {
        id.hasPrefix("piper:") || id.hasPrefix("hibari:")
    }

    /// The Piper voices in deps/voices, the hibari voices in deps/hibari and eSpeak NG's English voices.
    public func installed() -> [Entry] {
        var entries = PiperVoiceInfo.installed().map {
            Entry(id: "piper:\($0.name)", engine: "sherpa-onnx (Piper VITS)", sampleRate: $0.sampleRate, origin: $0.origin)
        }
        for name in HibariAssets.bundledVoices {
            guard let assets = try? HibariAssets.locate(voice: name) else { continue }
            entries.append(Entry(id: "hibari:\(name)", engine: "ONNX Runtime (hibari spectral model) + Lede's signal step",
                                 sampleRate: SpectralVocoder.sampleRate, origin: assets.origin))
        }
        if let rate = try? Espeak.with({ $0.sampleRate }) {
            // eSpeak NG names British English `en` (there is no `en-gb` voice): list only what loads.
            for language in ["en-us", "en"] where (try? EspeakVoice(language: language)) != nil {
                entries.append(Entry(id: "espeak:\(language)", engine: "eSpeak NG 1.51", sampleRate: rate,
                                     origin: "Debian espeak-ng-data (any language `espeak-ng --voices` lists)"))
            }
        }
        return entries
    }
}

/// Voices loaded on several threads at once.
private final class LoadedVoices: Sendable {
    private let results: Mutex<[Result<any SpeechEngine, Error>?]>

    init(count: Int) { results = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ result: Result<any SpeechEngine, Error>) {
        results.withLock { $0[index] = result }
    }

    func all() throws -> [any SpeechEngine] {
        try results.withLock { results in try results.map { try $0!.get() } }
    }
}
