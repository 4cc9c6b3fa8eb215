import Hummingbird
import LedeSpeech

/// Checks a requested narration voice before anything is written: well formed (`piper:NAME`, `hibari:NAME` or
/// `espeak:LANGUAGE`, a short ASCII id) and known to this server (a Piper voice installed in
/// deps/voices, a hibari voice installed in deps/hibari, or a language eSpeak NG has). An unknown voice is the request's fault, a 400,
/// rather than a job that fails later.
///
/// ```swift
/// let voice = try VoiceCheck.validated("espeak:en")      // "espeak:en" (British English)
/// try VoiceCheck.validated("espeak:xx-none")             // throws HTTPError(.badRequest)
/// ```
enum VoiceCheck {
    /// Longer than any voice id eSpeak NG or Piper uses (the longest installed is 22 characters).
    static let maxLength = 100

    static func validated(_ requested: String) throws -> String {
        let parts = requested.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, ["piper", "hibari", "espeak"].contains(parts[0]), !parts[1].isEmpty, requested.count <= maxLength,
              requested.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_:.".contains($0)) }),
              !parts[1].hasPrefix(".") else {
            throw HTTPError(.badRequest, message: "voice \"\(RequestNumbers.shown(requested))\": write piper:NAME, hibari:heart or espeak:LANGUAGE")
        }
        do {
            switch parts[0] {
            case "piper": _ = try PiperVoiceInfo.load(name: parts[1])
            case "hibari": _ = try HibariAssets.locate(voice: parts[1])
            default: _ = try EspeakVoice(language: parts[1])
            }
        } catch {
            throw HTTPError(.badRequest, message: "voice \"\(requested)\" is not installed on this server (see `lede voices`): \(error)")
        }
        return requested
    }
}
