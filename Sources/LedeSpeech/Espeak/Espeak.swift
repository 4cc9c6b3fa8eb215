import CEspeakNG
import LedeCore
import Synchronization

/// eSpeak NG's library, initialised once per process. eSpeak keeps process-wide state (the current
/// voice, the callback, its buffers) and is not thread-safe, so every call goes through ``with(_:)``,
/// which holds one process-wide lock.
///
/// ```swift
/// let clauses = try Espeak.with { session in try session.phonemeClauses("Hello, world.", voice: "en-us") }
/// ```
public enum Espeak {
    /// The sample rate eSpeak's own voices synthesise at, known after the first ``with(_:)``.
    private static let state = Mutex<Int?>(nil)

    /// Runs `body` with exclusive use of eSpeak NG.
    public static func with<T>(_ body: (EspeakSession) throws -> T) throws -> T {
        try state.withLock { sampleRate in
            if sampleRate == nil {
                // Synchronous mode: synthesis hands samples to our callback on the calling thread.
                // DONT_EXIT: report a missing data folder instead of ending the process.
                let rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nil, Int32(espeakINITIALIZE_DONT_EXIT))
                guard rate > 0 else {
                    throw LedeError.notInstalled(
                        "eSpeak NG could not start (its data is missing): run \(SpeechDependencies.setupCommand) (Debian espeak-ng-data)")
                }
                sampleRate = Int(rate)
            }
            return try body(EspeakSession(sampleRate: sampleRate!))
        }
    }
}

/// What code inside ``Espeak/with(_:)`` can do; only valid inside that call (never keep it).
///
/// ```swift
/// let rate = try Espeak.with { session in
///     try session.setVoice("pl")
///     return session.sampleRate   // 22050
/// }
/// ```
public struct EspeakSession {
    public let sampleRate: Int

    /// Selects an eSpeak voice (a language such as `en-us`, `pl`, `uk`).
    public func setVoice(_ name: String) throws {
        guard espeak_SetVoiceByName(name) == EE_OK else {
            throw LedeError.notInstalled("eSpeak NG has no voice \"\(name)\" (see `espeak-ng --voices`)")
        }
    }
}
