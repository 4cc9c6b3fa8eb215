import LedeCore

/// A voice that turns one sentence of spoken words into PCM: the one seam between Lede's narration
/// and the speech engines (Piper through sherpa-onnx, eSpeak NG).
///
/// ```swift
/// let voice: any SpeechEngine = try VoiceLibrary().load("piper:en_US-joe-medium")
/// let samples = try voice.speak("Hello, world.", pronunciations: [:], speed: 1.0)
/// print(Double(samples.count) / Double(voice.sampleRate), "seconds")
/// ```
public protocol SpeechEngine: Sendable {
    /// The voice's id as the command line and the timing map name it: `piper:en_US-joe-medium`.
    var voiceID: String { get }
    /// Samples per second of what `speak` returns (mono).
    var sampleRate: Int { get }
    /// Speaks one sentence (already in spoken words) and returns its samples in -1…1.
    ///
    /// `pronunciations` say how to read words the voice would get wrong (whole words, case-sensitive);
    /// `speed` above 1 speaks faster. Throws `LedeError.invalidInput(_:)` for text the voice cannot
    /// read at all (for instance a script other than Latin for an English voice).
    func speak(_ text: String, pronunciations: [String: Pronunciation], speed: Double) throws -> [Float]
}
