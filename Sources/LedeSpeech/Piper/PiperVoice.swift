import CSherpaOnnx
import Foundation
import LedeCore
import Synchronization

/// A Piper (VITS) neural voice run by sherpa-onnx: text → eSpeak NG phonemes (clause punctuation
/// kept) → one inference per sentence chunk → PCM. Load it once (3–6 s) and reuse it.
///
/// ```swift
/// let joe = try PiperVoice(name: "en_US-joe-medium")
/// let spoken = try joe.speak("Vadim fled Belarus in twenty twenty.", pronunciations: [:], speed: 1)
/// ```
public final class PiperVoice: SpeechEngine {
    /// Sampling noise for narration, below Piper's defaults (0.667 and 0.8): less variation in
    /// timbre and timing, clearer words. Measured on the seed's 998 words with the Whisper-base round
    /// trip (`../shared/bench/speech/asr_wer.py`; three runs at the defaults, two here): WER 7.2 % mean
    /// at the defaults, 6.2 % here.
    static let narrationNoiseScale = 0.4
    static let narrationNoiseW = 0.5

    public let voiceID: String
    public let sampleRate: Int
    public let info: PiperVoiceInfo
    private let library: SherpaLibrary
    private let engine: Mutex<Handle>
    private let chunker: PhonemeChunker

    /// The sherpa engine; used only under `engine`'s lock (one inference at a time per voice).
    private struct Handle: @unchecked Sendable { let pointer: OpaquePointer }

    /// Loads `deps/voices/<name>`; `threads` is ONNX Runtime's thread count for one inference;
    /// `maxChunkSymbols` caps one inference (300 symbols ≈ 20 s of speech, ~400 MiB of model memory).
    public init(name: String = "en_US-joe-medium", threads: Int = 1,
                maxChunkSymbols: Int = 300) throws {
        info = try PiperVoiceInfo.load(name: name)
        library = try SherpaLibrary.shared()
        let dir = PiperVoiceInfo.directory(name: name)!
        let tokensPath = dir.appendingPathComponent("tokens.txt").path
        guard let tokens = try? String(contentsOfFile: tokensPath, encoding: .utf8) else {
            throw LedeError.notInstalled("the Piper voice \(name) has no tokens.txt: run \(SpeechDependencies.setupCommand)")
        }
        chunker = PhonemeChunker(maxSymbols: maxChunkSymbols, symbols: Self.symbols(fromTokens: tokens))

        var config = SherpaOnnxOfflineTtsConfig()
        let model = strdup(dir.appendingPathComponent("model.onnx").path)
        let tokensC = strdup(tokensPath)
        let provider = strdup("cpu")
        defer { free(model); free(tokensC); free(provider) }
        config.model.vits.model = UnsafePointer(model)
        config.model.vits.tokens = UnsafePointer(tokensC)
        config.model.vits.noise_scale = Float(min(info.noiseScale, Self.narrationNoiseScale))
        config.model.vits.noise_scale_w = Float(min(info.noiseW, Self.narrationNoiseW))
        config.model.vits.length_scale = Float(info.lengthScale)
        config.model.num_threads = Int32(max(1, threads))
        config.model.provider = UnsafePointer(provider)
        // One sentence chunk per inference, so each progress callback is exactly one chunk.
        config.max_num_sentences = 1
        // 1.0 keeps the pauses the model predicts (sherpa's examples use 0.2, a fifth of them).
        config.silence_scale = 1.0
        guard let pointer = library.create(&config) else {
            throw LedeError.engine("sherpa-onnx could not load the voice \(name) from \(dir.path)")
        }
        engine = Mutex(Handle(pointer: pointer))
        sampleRate = Int(library.sampleRate(pointer))
        voiceID = "piper:\(name)"
    }

    deinit {
        engine.withLock { library.destroy($0.pointer) }
    }

    public func speak(_ text: String, pronunciations: [String: Pronunciation], speed: Double) throws -> [Float] {
        let readable = CompoundWords.spaced(try WritingSystem.readableText(text, voiceID: voiceID))
        let clauses = try Espeak.with { session in
            try session.phonemeClauses(readable, voice: info.espeakVoice, pronunciations: pronunciations)
        }
        return try synthesize(chunks: chunker.chunks(clauses), speed: speed)
    }

    /// Phonemes as the voice will receive them, chunk by chunk (for tests and `--explain`).
    public func phonemes(_ text: String, pronunciations: [String: Pronunciation] = [:]) throws -> [String] {
        let readable = CompoundWords.spaced(try WritingSystem.readableText(text, voiceID: voiceID))
        let clauses = try Espeak.with { session in
            try session.phonemeClauses(readable, voice: info.espeakVoice, pronunciations: pronunciations)
        }
        return chunker.chunks(clauses).map { String(String.UnicodeScalarView($0)) }
    }

    /// Runs the model on each chunk (one inference per chunk) and joins their samples, taken from the
    /// per-chunk callback.
    private func synthesize(chunks: [[Unicode.Scalar]], speed: Double) throws -> [Float] {
        guard !chunks.isEmpty else { return [] }
        let codepoints = chunks.flatMap { $0.map { Int32(bitPattern: $0.value) } }
        let lengths = chunks.map { Int32($0.count) }
        let sink = SampleSink()
        let ok: Bool = engine.withLock { handle in
            codepoints.withUnsafeBufferPointer { cps in
                lengths.withUnsafeBufferPointer { lens in
                    var generation = SherpaOnnxGenerationConfig()
                    generation.silence_scale = 1.0
                    generation.speed = Float(speed > 0 ? speed : 1)
                    generation.sid = 0
                    generation.phoneme_codepoints = cps.baseAddress
                    generation.phoneme_codepoints_lens = lens.baseAddress
                    generation.phoneme_codepoints_num_sentences = Int32(lens.count)
                    let arg = Unmanaged.passUnretained(sink).toOpaque()
                    guard let audio = library.generate(handle.pointer, "", &generation, { samples, n, _, arg in
                        let sink = Unmanaged<SampleSink>.fromOpaque(arg!).takeUnretainedValue()
                        if let samples, n > 0 {
                            sink.samples.append(contentsOf: UnsafeBufferPointer(start: samples, count: Int(n)))
                        }
                        sink.chunkCounts.append(Int(n))
                        return 1
                    }, arg) else { return false }
                    sink.returnedCount = Int(audio.pointee.n)
                    library.destroyAudio(audio)
                    return true
                }
            }
        }
        guard ok else { throw LedeError.engine("sherpa-onnx failed to synthesise a sentence (\(codepoints.count) phonemes)") }
        return sink.samples
    }

    /// Reads the symbol column of tokens.txt (`SYMBOL ID`; the space symbol's line starts with a space).
    static func symbols(fromTokens tokens: String) -> Set<Unicode.Scalar> {
        var symbols = Set<Unicode.Scalar>()
        for line in tokens.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let space = line.lastIndex(of: " ") else { continue }
            let symbol = line[..<space]
            if symbol.unicodeScalars.count == 1 { symbols.insert(symbol.unicodeScalars.first!) }
        }
        return symbols
    }
}

/// Collects what sherpa's callback hands over, chunk by chunk.
final class SampleSink {
    var samples: [Float] = []
    var chunkCounts: [Int] = []
    var returnedCount = 0
}
