import Foundation
import LedeCore

/// What `scripts/convert_piper_voice.py` wrote beside a converted Piper voice (`voice.json`).
///
/// ```swift
/// let info = try PiperVoiceInfo.load(name: "en_US-joe-medium")
/// print(info.origin)
/// ```
public struct PiperVoiceInfo: Sendable, Codable, Equatable {
    public var name: String
    public var origin: String
    public var sampleRate: Int
    public var espeakVoice: String
    public var noiseScale: Double
    public var lengthScale: Double
    public var noiseW: Double

    /// The folder of a converted voice: `model.onnx`, `tokens.txt`, `voice.json`.
    public static func directory(name: String) -> URL? {
        SpeechDependencies.voicesDirectory?.appendingPathComponent(name)
    }

    public static func load(name: String) throws -> PiperVoiceInfo {
        guard let dir = directory(name: name),
              FileManager.default.fileExists(atPath: dir.appendingPathComponent("model.onnx").path),
              let data = FileManager.default.contents(atPath: dir.appendingPathComponent("voice.json").path)
        else {
            throw LedeError.notInstalled("the Piper voice \(name) is not in deps/voices: run \(SpeechDependencies.setupCommand)")
        }
        do {
            return try JSONDecoder().decode(PiperVoiceInfo.self, from: data)
        } catch {
            throw LedeError.notInstalled("the Piper voice \(name) has a broken voice.json: run \(SpeechDependencies.setupCommand)")
        }
    }

    /// Every converted voice in deps/voices.
    public static func installed() -> [PiperVoiceInfo] {
        guard let dir = SpeechDependencies.voicesDirectory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return names.sorted().compactMap { try? load(name: $0) }
    }
}
