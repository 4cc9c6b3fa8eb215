import ArgumentParser
import Foundation
import LedeCore
import LedeSpeech

/// The options every speaking command shares: which voice, how fast, where the audio goes.
struct VoiceOptions: ParsableArguments {
    @Option(help: "The voice: piper:NAME or hibari:heart (neural), or espeak:LANGUAGE (fast, robotic). See `lede voices`.")
    var voice: String = VoiceLibrary.defaultVoice

    /// Lede's narration pace by default (see `Synthesizer.narrationSpeed`).
    @Option(help: "Speaking rate: 1 is the voice's own pace, 0.85 (the default) the pace of audio news, 1.1 faster (0.5 to 2).")
    var speed: Double = Synthesizer.narrationSpeed

    @Option(help: "Threads for the neural voice: `lede listen` speaks that many sentences at once, one voice instance each (more memory); `lede say` gives them to one inference.")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard (0.5...2).contains(speed) else { throw ValidationError("--speed must be between 0.5 and 2") }
        guard threads >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    func engine() throws -> any SpeechEngine {
        try VoiceLibrary().load(voice, threads: threads)
    }

    /// The quote voice (`--quote-voice`): as many instances as the narrator has, one per thread.
    /// A voice that is not installed is an error that says which option named it (and, from the
    /// voice, the setup command).
    /// Refuses a `--quote-voice` that is not installed, without loading it (`serve` and `add` check
    /// before any work; the voice is loaded by the narration that uses it).
    static func checkQuoteVoice(_ id: String) throws {
        do { try VoiceLibrary().checkInstalled(id) } catch let error as LedeError {
            throw ValidationError("--quote-voice \(id): \(error)")
        }
    }

    static func quoteEngines(_ id: String, instances: Int) throws -> [any SpeechEngine] {
        do {
            return instances > 1 ? try VoiceLibrary().load(id, instances: instances) : [try VoiceLibrary().load(id, threads: 1)]
        } catch let error as LedeError {
            switch error {
            case .notInstalled(let why): throw LedeError.notInstalled("--quote-voice \(id): \(why)")
            case .invalidInput(let why): throw LedeError.invalidInput("--quote-voice \(id): \(why)")
            default: throw error
            }
        }
    }

    /// The voices for a whole narration: for a neural voice, one single-threaded instance per
    /// thread, each speaking its own sentences (loaded side by side); otherwise one voice.
    func engines() throws -> [any SpeechEngine] {
        guard threads > 1, VoiceLibrary.isNeural(voice) else { return [try engine()] }
        return try VoiceLibrary().load(voice, instances: threads)
    }
}

/// Writes narration as WAV or MP3 (chosen by the file's extension), loudness-normalised.
enum AudioOutput {
    static func format(of path: String) throws -> NarrationWriter.Format {
        try NarrationWriter.format(of: URL(fileURLWithPath: path))
    }

    static func write(_ samples: [Float], sampleRate: Int, to path: String, tags: AudioTags) throws {
        let url = URL(fileURLWithPath: path)
        switch try format(of: path) {
        case .wav: try WAVFile.write(samples, sampleRate: sampleRate, to: url)
        case .mp3:
            let bytes = try MP3Encoder.encode(samples, sampleRate: sampleRate, tags: tags)
            do { try Data(bytes).write(to: url) } catch {
                throw LedeError.invalidInput("cannot write \(path): \(error.localizedDescription)")
            }
        }
    }
}
