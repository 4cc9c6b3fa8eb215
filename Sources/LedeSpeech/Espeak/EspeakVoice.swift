import CEspeakNG
import LedeCore

/// eSpeak NG's own formant voice: robotic but very fast (hundreds of times real time) and small,
/// the fallback when the neural voice is not wanted or not installed.
///
/// ```swift
/// let voice = try EspeakVoice(language: "en-us")
/// let samples = try voice.speak("Hello.", pronunciations: [:], speed: 1.1)
/// ```
public struct EspeakVoice: SpeechEngine {
    public let language: String
    public let sampleRate: Int
    public var voiceID: String { "espeak:\(language)" }
    /// eSpeak's default rate, in words per minute; `speed` scales it.
    static let baseRate = 175.0

    public init(language: String = "en-us") throws {
        self.language = language
        sampleRate = try Espeak.with { session in
            try session.setVoice(language)
            return session.sampleRate
        }
    }

    public func speak(_ text: String, pronunciations: [String: Pronunciation], speed: Double) throws -> [Float] {
        let readable = language.hasPrefix("en") ? try WritingSystem.readableText(text, voiceID: voiceID) : text
        // eSpeak's own voice reads its own phoneme notation, not IPA: only "read with another
        // language's rules" entries apply.
        let usable = pronunciations.filter { if case .espeak = $0.value { return true } else { return false } }
        return try Espeak.with { session in
            guard usable.isEmpty || PronunciationPieces.split(readable, pronunciations: usable).count == 1 else {
                return try session.speakPieces(readable, voice: language, pronunciations: usable, speed: speed)
            }
            return try session.speak(readable, voice: language, speed: speed)
        }
    }
}

extension EspeakSession {
    /// Synthesises `text` with eSpeak's own voice; samples come back through the synth callback.
    func speak(_ text: String, voice: String, speed: Double) throws -> [Float] {
        try setVoice(voice)
        espeak_SetParameter(espeakRATE, Int32((EspeakVoice.baseRate * (speed > 0 ? speed : 1)).rounded()), 0)
        let sink = PCMSink()
        espeak_SetSynthCallback { wav, count, events in
            guard let events, let user = events.pointee.user_data else { return 0 }
            let sink = Unmanaged<PCMSink>.fromOpaque(user).takeUnretainedValue()
            if let wav, count > 0 {
                let buffer = UnsafeBufferPointer(start: wav, count: Int(count))
                sink.samples.append(contentsOf: buffer.map { Float($0) / 32768 })
            }
            return 0
        }
        let bytes = Array(text.utf8) + [0]
        let status = bytes.withUnsafeBytes { raw in
            espeak_Synth(raw.baseAddress, raw.count, 0, POS_CHARACTER, 0, UInt32(espeakCHARS_UTF8),
                         nil, Unmanaged.passUnretained(sink).toOpaque())
        }
        guard status == EE_OK else { throw LedeError.engine("eSpeak NG failed to synthesise (status \(status.rawValue))") }
        return sink.samples
    }

    /// A sentence with lexicon words, spoken piece by piece, those words with their own eSpeak voice.
    func speakPieces(_ text: String, voice: String, pronunciations: [String: Pronunciation], speed: Double) throws -> [Float] {
        var samples: [Float] = []
        for piece in PronunciationPieces.split(text, pronunciations: pronunciations) {
            switch piece {
            case .text(let t): samples += try speak(t, voice: voice, speed: speed)
            case .espeak(let other, let t, _): samples += try speak(t, voice: other, speed: speed)
            case .ipa: continue  // filtered out by the caller
            }
        }
        return samples
    }
}

final class PCMSink {
    var samples: [Float] = []
}
