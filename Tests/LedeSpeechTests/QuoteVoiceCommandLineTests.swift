import Foundation
import LedeCore
import LedeSpeech
import Testing

/// `lede listen --quote-voice`, run as a user runs it: quoted words in the quote voice, the rest in
/// the narrator's, a pause at each change, the timing map and the WebVTT transcript saying who speaks.
@Suite struct QuoteVoiceCommandLineTests {
    static var binary: String { SpeechCommandLineTests.binary }
    static var built: Bool { SpeechCommandLineTests.built }
    static let joe = "piper:en_US-joe-medium"
    static let heart = "hibari:heart"

    /// Our own two sentences, one holding a quotation with its attribution.
    static let twoSentences = """
    Bridge to reopen in spring

    “We will open the bridge in May,” said Ana Ruiz, the mayor. The council agreed on Tuesday.
    """

    private func temporary(_ name: String, _ text: String? = nil) throws -> String {
        let path = Tool.temporaryFile("quote-\(name)")
        if let text { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) }
        return path
    }

    @Test(.enabled(if: built && Hibari.installed, "needs the lede binary and the hibari voice (swift build; scripts/setup.sh)"))
    func joeNarratesAndHeartSpeaksTheQuotation() throws {
        let article = try temporary("two.txt", Self.twoSentences)
        let wav = try temporary("two.wav"), json = try temporary("two.json"), vtt = try temporary("two.vtt")
        defer { for p in [article, wav, json, vtt] { try? FileManager.default.removeItem(atPath: p) } }
        let run = try Tool.run(Self.binary, ["listen", article, "-o", wav, "--timings", json, "--vtt", vtt, "--voice", Self.joe,
                                             "--quote-voice", Self.heart, "--threads", "1", "--quiet"])
        try #require(run.status == 0, "\(run.stderr)")
        let map = try JSONDecoder().decode(TimingMap.self, from: Data(contentsOf: URL(fileURLWithPath: json)))
        // The narration keeps the narrator's rate; heart's 24 kHz speech is resampled to it.
        #expect(map.voice == Self.joe)
        #expect(map.sampleRate == 22_050)
        let t = map.timings
        try #require(t.count == 4, "\(t)")
        #expect(t.map(\.voice) == [Self.joe, Self.heart, Self.joe, Self.joe])
        #expect(t.map(\.quoted) == [nil, true, nil, nil])
        #expect(t[1].speaker == "Ana Ruiz")
        #expect(t.allSatisfy { $0.endMs > $0.startMs })
        // The pause at the change of voice, inside the sentence (NarrationOptions.voiceChangeMs).
        #expect(abs(t[2].startMs - t[1].endMs - 300) <= 1, "\(t[1]) \(t[2])")
        // The quoted part is spoken at a length a person would take for eight words (about 2 s at
        // narration pace), not stretched or squeezed by a wrong sample rate.
        #expect((1_200...4_500).contains(t[1].endMs - t[1].startMs), "\(t[1])")
        let transcript = try String(contentsOfFile: vtt, encoding: .utf8)
        #expect(transcript.contains("<v Ana Ruiz>“We will open the bridge in May,”\n"))
        #expect(transcript.contains("\nsaid Ana Ruiz, the mayor.\n"))
    }

    @Test(.enabled(if: built, "build the lede product first (swift build)"))
    func aQuoteVoiceThatIsNotInstalledFailsBeforeAnythingIsRead() throws {
        let wav = try temporary("missing.wav")
        // No deps folder: the hibari voice is missing. The input does not exist either, and the
        // error is about the voice: it was checked first.
        let run = try Tool.run(Self.binary, ["listen", "/nonexistent/story.txt", "-o", wav, "--voice", "espeak:en-us",
                                             "--quote-voice", Self.heart, "--quiet"],
                               environment: ["LEDE_DEPS": "/nonexistent/deps"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--quote-voice hibari:heart"), "\(run.stderr)")
        #expect(run.stderr.contains("scripts/setup.sh"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: wav))
        let malformed = try Tool.run(Self.binary, ["listen", "/nonexistent/story.txt", "-o", wav, "--voice", "espeak:en-us",
                                                   "--quote-voice", "heart", "--quiet"])
        #expect(malformed.status != 0)
        #expect(malformed.stderr.contains("--quote-voice heart"), "\(malformed.stderr)")
    }

    @Test(.enabled(if: built, "build the lede product first (swift build)"))
    func serveAndAddRefuseAQuoteVoiceThatIsNotInstalledAtOnce() throws {
        let data = try temporary("library")
        defer { try? FileManager.default.removeItem(atPath: data) }
        // An address no server can bind: were the voice not checked first, the start would fail
        // later, for that, rather than run.
        let serve = try Tool.run(Self.binary, ["serve", "--data", data, "--host", "256.0.0.1", "--quote-voice", Self.heart],
                                 environment: ["LEDE_DEPS": "/nonexistent/deps"])
        #expect(serve.status != 0)
        #expect(serve.stderr.contains("--quote-voice hibari:heart") && serve.stderr.contains("scripts/setup.sh"), "\(serve.stderr)")
        #expect(!FileManager.default.fileExists(atPath: data), "the library was opened before the check")
        let add = try Tool.run(Self.binary, ["add", "Ferry sails again. It left at noon.", "--data", data, "--voice", "espeak:en-us",
                                             "--quote-voice", Self.heart], environment: ["LEDE_DEPS": "/nonexistent/deps"])
        #expect(add.status != 0)
        #expect(add.stderr.contains("--quote-voice hibari:heart") && add.stderr.contains("scripts/setup.sh"), "\(add.stderr)")
        #expect(!FileManager.default.fileExists(atPath: data))
    }

    /// The seed, narrated with two eSpeak NG voices (quick): all eight quotations the language stage
    /// finds come out in the quote voice, and the quote-voice entries hold exactly the quoted words.
    @Test(.enabled(if: built && SharedData.path("seed/belarus-volunteers.txt") != nil,
                   "needs the lede binary and ../shared/seed (not on this machine)"))
    func seedQuotationsComeOutInTheQuoteVoice() throws {
        let seed = SharedData.path("seed/belarus-volunteers.txt")!
        let wav = try temporary("seed.wav"), json = try temporary("seed.json")
        defer { for p in [wav, json] { try? FileManager.default.removeItem(atPath: p) } }
        let run = try Tool.run(Self.binary, ["listen", seed, "-o", wav, "--timings", json, "--voice", "espeak:en-us",
                                             "--quote-voice", "espeak:en", "--quiet"])
        try #require(run.status == 0, "\(run.stderr)")
        let map = try JSONDecoder().decode(TimingMap.self, from: Data(contentsOf: URL(fileURLWithPath: json)))
        let read = try Tool.run(Self.binary, ["read", seed, "--format", "json"])
        let article = try JSONDecoder().decode(Article.self, from: read.stdoutData)
        let quotesRun = try Tool.run(Self.binary, ["quotes", seed, "--format", "json"])
        let quotes = try JSONDecoder().decode([Quote].self, from: quotesRun.stdoutData)
        #expect(quotes.count == 8)

        func text(_ e: TimingEntry) -> String {
            let chars = Array(e.block == TextSpan.titleBlock ? article.title : article.blocks[e.block].text ?? "")
            return String(chars[e.charStart..<e.charEnd])
        }
        func overlaps(_ e: TimingEntry, _ q: Quote) -> Bool {
            e.block == q.span.block && e.charStart < q.span.charEnd && q.span.charStart < e.charEnd
        }
        let words = { (s: String) in s.split { !($0.isLetter || $0.isNumber) }.joined(separator: " ") }
        #expect(map.timings.allSatisfy { ($0.quoted == true) == ($0.voice == "espeak:en") })
        #expect(map.timings.filter { $0.quoted == nil }.allSatisfy { $0.voice == "espeak:en-us" && $0.speaker == nil })
        for quote in quotes {
            let entries = map.timings.filter { $0.quoted == true && overlaps($0, quote) }
            #expect(!entries.isEmpty, "\(quote.text)")
            #expect(words(entries.map(text).joined(separator: " ")) == words(quote.text))
            #expect(entries.allSatisfy { $0.speaker == quote.speaker && $0.endMs > $0.startMs })
        }
        // Every quote-voice entry belongs to one of the eight.
        #expect(map.timings.filter { $0.quoted == true }.allSatisfy { e in quotes.contains { overlaps(e, $0) } })
    }
}
