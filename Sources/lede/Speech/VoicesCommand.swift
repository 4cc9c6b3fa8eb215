import ArgumentParser
import Foundation
import LedeSpeech

/// `lede voices`: the voices installed and where each came from.
struct VoicesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "voices",
        abstract: "List the installed voices and where they came from.")

    @Flag(help: "Print JSON.")
    var json = false

    func run() async throws {
        let voices = VoiceLibrary().installed()
        if json {
            FileHandle.standardOutput.write(Data(try JSONOutput.string(voices).utf8))
            return
        }
        var out = ""
        for v in voices {
            let mark = v.id == VoiceLibrary.defaultVoice ? " (default)" : ""
            out += "\(v.id)\(mark)\n  engine: \(v.engine), \(v.sampleRate) Hz\n  from: \(v.origin)\n"
        }
        if !voices.contains(where: { VoiceLibrary.isNeural($0.id) }) {
            out += "No neural voice installed: run \(SpeechDependencies.setupCommand)\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
