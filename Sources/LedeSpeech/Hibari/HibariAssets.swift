import Foundation
import LedeCore

/// Where `scripts/setup-speech.sh` put PyPI's `hibari-tts` (deps/hibari, its Python never run):
/// the voice model, its phoneme vocabulary and its registry of voices with their sizes and sha256
/// (setup checks the hash; loading checks the size, which is cheap).
///
/// ```swift
/// let assets = try HibariAssets.locate(voice: "heart")
/// print(assets.model.path, assets.vocabulary.count)
/// ```
public struct HibariAssets: Sendable {
    /// The PyPI release setup installs (its model and vocabulary are what this code reads).
    public static let package = "hibari-tts 0.2.1"
    /// The voices inside the package (the others download at first use, which Lede does not do).
    public static let bundledVoices = ["heart"]

    public var model: URL
    public var vocabulary: [Unicode.Scalar: Int64]
    public var origin: String

    /// One entry of the package's `voices.json`.
    struct RegistryEntry: Decodable {
        var file: String
        var bytes: Int
        var sha256: String
        var bundled: Bool?
        var kokoro: String?
        var gender: String?
        var accent: String?
    }

    /// The package's assets folder, whether or not it is installed.
    static var directory: URL? {
        SpeechDependencies.directory?.appendingPathComponent("hibari/hibari/assets")
    }

    /// The model and vocabulary of `voice`, or a clear error naming the setup command.
    public static func locate(voice: String) throws -> HibariAssets {
        guard bundledVoices.contains(voice) else {
            throw LedeError.invalidInput(
                "hibari has no installed voice \"\(voice)\" (installed: \(bundledVoices.joined(separator: ", ")); see `lede voices`)")
        }
        let missing = LedeError.notInstalled(
            "the hibari voice \(voice) (PyPI \(package), in deps/hibari) is missing: run \(SpeechDependencies.setupCommand)")
        guard let dir = directory,
              let registryData = FileManager.default.contents(atPath: dir.appendingPathComponent("voices.json").path),
              let vocabData = FileManager.default.contents(atPath: dir.appendingPathComponent("vocab.json").path)
        else { throw missing }
        let registry: [String: RegistryEntry]
        let rawVocabulary: [String: Int64]
        do {
            registry = try JSONDecoder().decode([String: RegistryEntry].self, from: registryData)
            rawVocabulary = try JSONDecoder().decode([String: Int64].self, from: vocabData)
        } catch {
            throw LedeError.notInstalled("the hibari package in deps/hibari is damaged (\(error)): run \(SpeechDependencies.setupCommand)")
        }
        guard let entry = registry[voice] else { throw missing }
        let model = dir.appendingPathComponent(entry.file)
        let size = (try? FileManager.default.attributesOfItem(atPath: model.path)[.size] as? Int) ?? nil
        guard let size else { throw missing }
        guard size == entry.bytes else {
            throw LedeError.notInstalled(
                "the hibari model \(model.path) has \(size) bytes, its registry says \(entry.bytes): run \(SpeechDependencies.setupCommand)")
        }
        var vocabulary: [Unicode.Scalar: Int64] = [:]
        for (symbol, id) in rawVocabulary where symbol.unicodeScalars.count == 1 {
            vocabulary[symbol.unicodeScalars.first!] = id
        }
        let who = [entry.accent, entry.gender].compactMap { $0 }.joined(separator: " ")
        let origin = "PyPI \(package) (Apache-2.0): \(who) voice distilled from Kokoro's \(entry.kokoro ?? voice), sha256 \(entry.sha256.prefix(12))…"
        return HibariAssets(model: model, vocabulary: vocabulary, origin: origin)
    }
}
