import ArgumentParser
import Foundation
import LedeCore
import LedeLanguage
import LedeNarrate
import LedeSpeech
import Synchronization

/// `lede listen`: an article narrated into WAV or MP3, with its timing map and transcript.
struct ListenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "listen",
        abstract: "Narrate an article into an MP3 or WAV file, with a sentence timing map.",
        discussion: """
        Reads the title, then the body (captions, credits and everything the reader removed are not
        read); numbers, dates, money and abbreviations are said as words; names come from the
        built-in lexicon, your --lexicon file, and for foreign names the rules of their likely
        language. Loudness is normalised to -16 LUFS, true peak at most -1 dBTP.

        Lexicon file: one word per line, then its reading; # starts a comment:
          Kyiv       keev            (English respelling)
          Zelenskyy  /zɛlˈɛnski/     (IPA between slashes)
          Tomysek    pl:Tomysek      (another eSpeak NG language's rules)

        Examples:
          lede listen page.html -o story.mp3
          lede listen story.txt -o story.mp3 --vtt story.vtt --timings story.json
          lede listen page.html -o story.wav --voice espeak:en-us --speed 1.1
          lede listen story.txt -o story.mp3 --voice piper:en_US-joe-medium --quote-voice hibari:heart
        """)

    @Argument(help: "An HTML page, a plain-text copy, an http(s) URL, or - for standard input.")
    var input: String

    @Option(name: .shortAndLong, help: "The audio file to write: .mp3 or .wav.")
    var output: String

    @Option(help: "Also write the transcript as WebVTT here.")
    var vtt: String?

    @Option(help: "Also write the timing map as JSON here.")
    var timings: String?

    @Option(help: "Also write the script (what is said, with pauses and pronunciations) as JSON here.")
    var script: String?

    @Option(help: "A pronunciation lexicon file (see above); its entries win over the built-in ones.")
    var lexicon: String?

    @Flag(help: "Read the byline and publication date after the title.")
    var byline = false

    @Flag(help: "Read photo captions where the photos stand.")
    var captions = false

    @Flag(help: "Read foreign names with English rules only.")
    var noForeignNames = false

    @Flag(help: "No progress bar.")
    var quiet = false

    @Option(help: "Longest narration in minutes: longer scripts are refused, longer renders stopped (default: no cap).")
    var maxNarrationMinutes: Double?

    @Option(help: "Read the words of direct quotations in this voice (the narrator reads the attribution and the rest); default: the narrator reads all.")
    var quoteVoice: String?

    @OptionGroup var voice: VoiceOptions
    @OptionGroup var source: SourceOptions

    func validate() throws {
        if let maxNarrationMinutes, !(maxNarrationMinutes > 0 && maxNarrationMinutes.isFinite) {
            throw ValidationError("--max-narration-minutes must be more than 0")
        }
    }

    func run() async throws {
        let url = URL(fileURLWithPath: output)
        _ = try NarrationWriter.format(of: url)
        var words = Lexicon.builtIn
        if let lexicon { words = words.merging(try Lexicon.load(path: lexicon)) }
        // The voices first: a voice that is not installed fails before anything is fetched or read.
        let engines = try voice.engines()
        let engine = engines[0]
        let quoteEngines = try quoteVoice.map { try VoiceOptions.quoteEngines($0, instances: engines.count) } ?? []

        let article = try await source.article(from: input)
        let story = StoryBuilder().story(of: article)
        let options = NarrationOptions(readByline: byline, readCaptions: captions, foreignNames: !noForeignNames,
                                       quotationsInOwnVoice: quoteVoice != nil)
        let script = Narrator(options: options, lexicon: words).script(for: story)
        guard !script.segments.isEmpty else { throw LedeError.noArticle("nothing to read aloud in \(input)") }
        if let path = self.script { try write(try JSONOutput.string(script), to: path) }

        let bar = ProgressBar(enabled: !quiet)
        let writer = NarrationWriter(synthesizer: Synthesizer(engines: engines, quoteEngines: quoteEngines, speed: voice.speed),
                                     limits: NarrationLimits(maxMinutes: maxNarrationMinutes))
        let tags = AudioTags(title: article.title.isEmpty ? nil : article.title,
                             artist: article.authors.isEmpty ? article.publisher : article.authors.joined(separator: ", "),
                             date: article.published)
        let result = try writer.write(script, to: url, tags: tags) { bar.show($0) }
        bar.finish()

        let map = TimingMap(durationMs: result.durationMs, sampleRate: result.sampleRate, voice: engine.voiceID,
                            timings: result.timings)
        if let timings { try write(try map.json(), to: timings) }
        if let vtt { try write(WebVTT.document(script: script, timings: result.timings), to: vtt) }
        let audioSeconds = Double(result.durationMs) / 1000
        FileHandle.standardError.write(Data(String(
            format: "lede: %@: %d segments, %.1f s of audio in %.1f s (%.1fx real time; first audio after %.2f s), %.1f LUFS, true peak %.1f dBTP (%@)\n",
            output, result.timings.count, audioSeconds, result.totalSeconds,
            audioSeconds / max(result.synthesisSeconds, 0.001), result.firstAudioSeconds,
            result.loudness, result.truePeak,
            quoteEngines.first.map { "\(engine.voiceID), quotations \($0.voiceID)" } ?? engine.voiceID).utf8))
    }

    private func write(_ text: String, to path: String) throws {
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) } catch {
            throw LedeError.invalidInput("cannot write \(path): \(error.localizedDescription)")
        }
    }
}

/// A one-line progress bar on standard error, redrawn in place, only when it is a terminal (or
/// when forced with LEDE_PROGRESS=1, for logs).
final class ProgressBar: Sendable {
    private let enabled: Bool
    /// Whether a line was drawn, so ``finish()`` ends it.
    private let drawn = Mutex(false)

    init(enabled: Bool) {
        self.enabled = enabled && (isatty(2) == 1 || ProcessInfo.processInfo.environment["LEDE_PROGRESS"] == "1")
    }

    func show(_ p: Synthesizer.Progress) {
        guard enabled, p.total > 0 else { return }
        let width = 30
        let filled = width * p.segments / p.total
        let line = "\r[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            + "\(p.segments)/\(p.total) sentences, " + String(format: "%.1f s of audio", p.audioSeconds)
        FileHandle.standardError.write(Data(line.utf8))
        drawn.withLock { $0 = true }
    }

    func finish() {
        if drawn.withLock({ $0 }) { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
