import ArgumentParser
import Foundation
import LedeCore
import LedeSpeech

/// `lede say`: one line of text spoken into a WAV or MP3 file.
struct SayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "say",
        abstract: "Speak a line of text into a WAV or MP3 file.",
        discussion: """
        The text is read as written (numbers as eSpeak NG reads them); loudness is normalised to
        -16 LUFS with true peaks at or below -1 dBTP.

        Examples:
          lede say "Vadim Prokopiev fled Belarus." -o line.wav
          lede say "Hello." -o hello.mp3 --voice espeak:en-us --speed 1.1
        """)

    @Argument(help: "The text to speak.")
    var text: String

    @Option(name: .shortAndLong, help: "The audio file to write: .wav or .mp3.")
    var output: String

    @OptionGroup var voice: VoiceOptions

    func run() async throws {
        _ = try AudioOutput.format(of: output)
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw LedeError.emptyInput("nothing to say") }
        let script = Script(title: trimmed, segments: [
            Segment(id: 0, span: TextSpan(block: 0, charStart: 0, charEnd: trimmed.count), text: trimmed, spoken: trimmed),
        ])
        let engine = try voice.engine()
        let rendition = try Synthesizer(engine: engine, speed: voice.speed).render(script)
        let normalized = LoudnessNormalizer().normalize(rendition.samples, sampleRate: rendition.sampleRate)
        try AudioOutput.write(normalized.samples, sampleRate: rendition.sampleRate, to: output,
                              tags: AudioTags(title: trimmed, artist: engine.voiceID))
        FileHandle.standardError.write(Data(String(
            format: "lede: %@: %.2f s, %.1f LUFS, true peak %.1f dBTP (%@)\n",
            output, Double(rendition.samples.count) / Double(rendition.sampleRate), normalized.loudness,
            normalized.truePeak, engine.voiceID).utf8))
    }
}
