import Foundation
import LedeCore
import Synchronization

/// The hibari "heart" voice (US female, distilled from Kokoro's af_heart; PyPI `hibari-tts`), run
/// in-process: eSpeak NG phonemes (Lede's lexicon and compounds included) rewritten in Kokoro's
/// alphabet → phoneme ids → the ONNX model (ONNX Runtime's C API) → spectra and pitch → the
/// signal step (`SpectralVocoder`) → 24 kHz PCM. Small (7.9 MB) and quick to load.
///
/// ```swift
/// let heart = try HibariVoice(name: "heart")
/// let samples = try heart.speak("Vadim fled Belarus in twenty twenty.", pronunciations: [:], speed: 0.85)
/// ```
public final class HibariVoice: SpeechEngine {
    /// The model's own pace is a little slower than the Piper voice's: at its speed 1 it speaks
    /// about as fast as joe does at Lede's news pace (``Synthesizer/narrationSpeed``), so Lede's
    /// speeds are divided by that pace: the default narration speed is this voice's own pace.
    static let ownPace = Synthesizer.narrationSpeed
    /// eSpeak NG's voice for the phonemes (the model speaks American English).
    static let espeakVoice = "en-us"
    /// The longest phoneme run for one inference: hibari's own limit (its package splits longer
    /// sentences at clause punctuation), which keeps memory bounded by the chunk.
    static let maxChunkSymbols = 400
    /// Model inputs and outputs, by the names the ONNX file gives them.
    static let outputNames = ["lh", "theta", "ln", "lr", "phi", "f0"]
    /// The padding id around every phoneme run.
    static let padID: Int64 = 0

    public let voiceID: String
    public let sampleRate = SpectralVocoder.sampleRate
    public let origin: String
    private let vocabulary: [Unicode.Scalar: Int64]
    private let chunker: PhonemeChunker
    private let session: Mutex<SessionBox>
    private let vocoder = SpectralVocoder.shared

    /// The ONNX session; used only under `session`'s lock (one inference at a time per voice).
    private struct SessionBox: @unchecked Sendable { let session: OnnxSession }

    /// Loads the bundled voice `name` (only "heart" ships in the package); `threads` is ONNX
    /// Runtime's thread count for one inference.
    public init(name: String = "heart", threads: Int = 1) throws {
        let assets = try HibariAssets.locate(voice: name)
        vocabulary = assets.vocabulary
        origin = assets.origin
        chunker = PhonemeChunker(maxSymbols: Self.maxChunkSymbols, symbols: Set(assets.vocabulary.keys))
        session = Mutex(SessionBox(session: try OnnxSession(model: assets.model, threads: threads)))
        voiceID = "hibari:\(name)"
    }

    public func speak(_ text: String, pronunciations: [String: Pronunciation], speed: Double) throws -> [Float] {
        var samples: [Float] = []
        for chunk in try phonemes(text, pronunciations: pronunciations) {
            samples += try synthesize(chunk, speed: speed)
        }
        return samples
    }

    /// The phonemes the model receives, chunk by chunk, in Kokoro's alphabet (for tests and checks).
    public func phonemes(_ text: String, pronunciations: [String: Pronunciation] = [:]) throws -> [String] {
        let readable = CompoundWords.spaced(try WritingSystem.readableText(text, voiceID: voiceID))
        let clauses = try Espeak.with { session in
            try session.phonemeClauses(readable, voice: Self.espeakVoice, pronunciations: pronunciations)
        }
        let kokoro = clauses.map { PhonemeClause(ipa: KokoroPhonemes.fromEspeak($0.ipa), terminator: $0.terminator) }
        return chunker.chunks(kokoro).map { String(String.UnicodeScalarView($0)) }
    }

    /// One inference and the signal step for one phoneme chunk.
    func synthesize(_ chunk: String, speed: Double) throws -> [Float] {
        let ids = [Self.padID] + chunk.unicodeScalars.compactMap { vocabulary[$0] } + [Self.padID]
        guard ids.count > 2 else { return [] }
        let modelSpeed = Float((speed > 0 ? speed : 1) / Self.ownPace)
        let outputs = try session.withLock { box in
            try box.session.run(
                inputs: [.int64("ids", ids, shape: [1, Int64(ids.count)]), .float("speed", [modelSpeed], shape: [1])],
                outputs: Self.outputNames)
        }
        let frames = try Self.frames(from: outputs)
        // The noise is seeded by the phonemes: the same sentence sounds the same on every run.
        var noise = GaussianNoise(seed: Self.seed(ids, speed: modelSpeed))
        return vocoder.synthesize(frames, noise: &noise)
    }

    /// The model's six outputs as the vocoder's frames, with their shapes checked.
    static func frames(from outputs: [OnnxSession.Output]) throws -> SpectralVocoder.Frames {
        guard outputs.count == outputNames.count, let pitch = outputs.last, let count = pitch.shape.last else {
            throw LedeError.engine("the hibari model returned \(outputs.count) outputs, not \(outputNames.count)")
        }
        for output in outputs.dropLast() where output.values.count != SpectralVocoder.bins * count {
            throw LedeError.engine("the hibari model returned a spectrum of shape \(output.shape), not [1, \(SpectralVocoder.bins), \(count)]")
        }
        guard pitch.values.count == count else {
            throw LedeError.engine("the hibari model returned a pitch of shape \(pitch.shape)")
        }
        return SpectralVocoder.Frames(
            count: count, harmonicLogMagnitude: outputs[0].values, harmonicPhase: outputs[1].values,
            noiseLogMagnitude: outputs[2].values, freeLogMagnitude: outputs[3].values, freePhase: outputs[4].values,
            pitch: pitch.values)
    }

    /// FNV-1a over the ids and the speed.
    static func seed(_ ids: [Int64], speed: Float) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for value in ids + [Int64(speed.bitPattern)] {
            hash = (hash ^ UInt64(bitPattern: value)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
