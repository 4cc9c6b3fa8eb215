import Foundation
import LedeCore
import LedeSpeech
import Testing

/// `lede listen`, run as a user runs it: the audio, the timing map and the transcript agree, and bad
/// requests are clear errors.
@Suite struct ListenCommandLineTests {
    static var binary: String { SpeechCommandLineTests.binary }
    static var built: Bool { SpeechCommandLineTests.built }
    static var example: String { SharedData.packageRoot.appendingPathComponent("Examples/harbour-ferry.html").path }

    /// A short article of our own, plain text, with a number, a year and an initialism to speak.
    static let shortArticle = """
    Ferry returns to the harbour

    The night ferry sailed again on Friday after 12 years away.

    About 300 people waited on the quay. "It feels like 1994 again," said Mara Lind, a 61-year-old teacher.
    """

    private func writeArticle(_ text: String, _ name: String) throws -> String {
        let path = Tool.temporaryFile(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func timingMap(_ path: String) throws -> TimingMap {
        try JSONDecoder().decode(TimingMap.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The WAV's own length, from its header, in milliseconds.
    private func wavDurationMs(_ path: String) throws -> Int {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let rate = data[24..<28].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        let bytes = data[40..<44].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        #expect(bytes == data.count - 44)
        return bytes / 2 * 1000 / rate
    }

    private func checkTimings(_ map: TimingMap, durationMs: Int, segments: Int) {
        #expect(map.timings.count == segments)
        #expect(map.timings.map(\.id) == Array(0..<segments))
        for (a, b) in zip(map.timings, map.timings.dropFirst()) {
            #expect(a.endMs > a.startMs, "sentence \(a.id) has no audio")
            #expect(b.startMs >= a.endMs, "sentences \(a.id) and \(b.id) overlap")
            #expect(b.startMs - a.endMs <= 1500, "a gap longer than any pause after sentence \(a.id)")
        }
        #expect(abs((map.timings.last?.endMs ?? 0) - durationMs) <= 50)
        #expect(abs(map.durationMs - durationMs) <= 50)
    }

    @Test(.enabled(if: built, "build the lede product first (swift build)"))
    func narratesWithTheNeuralVoiceIntoMP3WithTimingsAndTranscript() throws {
        let article = try writeArticle(Self.shortArticle, "short.txt")
        let mp3 = Tool.temporaryFile("short.mp3"), vtt = Tool.temporaryFile("short.vtt")
        let json = Tool.temporaryFile("short.json"), script = Tool.temporaryFile("short-script.json")
        defer { for p in [article, mp3, vtt, json, script] { try? FileManager.default.removeItem(atPath: p) } }
        let run = try Tool.run(Self.binary, ["listen", article, "-o", mp3, "--vtt", vtt, "--timings", json,
                                             "--script", script, "--threads", "1", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let map = try timingMap(json)
        #expect(map.voice == VoiceLibrary.defaultVoice)
        let spoken = try JSONDecoder().decode(Script.self, from: Data(contentsOf: URL(fileURLWithPath: script)))
        #expect(spoken.segments.first?.role == .title)
        #expect(spoken.segments.first?.text == "Ferry returns to the harbour")
        // The MP3's length as ffmpeg decodes it (it trims the encoder delay the LAME info frame gives).
        let decoded = try Tool.run(Tool.ffmpeg!, ["-v", "error", "-i", mp3, "-f", "s16le", "-ac", "1", "-"])
        checkTimings(map, durationMs: decoded.stdoutData.count / 2 * 1000 / map.sampleRate, segments: spoken.segments.count)
        // The promise holds in the encoded file (ffmpeg decodes the MP3 and meters it), not only in
        // the PCM before encoding.
        let loudness = try Tool.ffmpegLoudness(mp3)
        #expect(abs(loudness.integrated - -16) <= 0.5)
        #expect(loudness.truePeak <= -1, "MP3 true peak \(loudness.truePeak) dBTP")
        let transcript = try String(contentsOfFile: vtt, encoding: .utf8)
        #expect(transcript.hasPrefix("WEBVTT"))
        #expect(transcript.contains("Ferry returns to the harbour"))
        #expect(transcript.contains("said Mara Lind"))
    }

    @Test(.enabled(if: built, "build the lede product first (swift build)"))
    func bundledExampleWithTheFallbackVoiceHasAnExactTimingMap() throws {
        let wav = Tool.temporaryFile("example.wav"), json = Tool.temporaryFile("example.json")
        defer { for p in [wav, json] { try? FileManager.default.removeItem(atPath: p) } }
        let run = try Tool.run(Self.binary, ["listen", Self.example, "-o", wav, "--timings", json,
                                             "--voice", "espeak:en-us", "--byline", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let map = try timingMap(json)
        #expect(map.timings.first?.block == TextSpan.titleBlock)
        #expect(map.timings.dropFirst().first?.block == TextSpan.bylineBlock)
        #expect(map.timings.count > 10)
        checkTimings(map, durationMs: try wavDurationMs(wav), segments: map.timings.count)
        let loudness = try Tool.ffmpegLoudness(wav)
        #expect(abs(loudness.integrated - -16) <= 0.5)
        #expect(loudness.truePeak <= -0.9)
    }

    @Test(.enabled(if: built, "build the lede product first (swift build)"))
    func aSecondNarrationFromTheCacheIsTheSameFileAndAnEditRendersOnlyItsSentence() throws {
        let cache = Tool.temporaryFile("sentence-cache")
        let article = try writeArticle(Self.shortArticle, "cached-article.txt")
        let edited = try writeArticle(Self.shortArticle.replacingOccurrences(of: "after 12 years away", with: "after twelve quiet years"),
                                      "cached-edited.txt")
        let (fresh, again, changed) = (Tool.temporaryFile("fresh.wav"), Tool.temporaryFile("again.wav"), Tool.temporaryFile("changed.wav"))
        defer { for p in [cache, article, edited, fresh, again, changed] { try? FileManager.default.removeItem(atPath: p) } }
        func listen(_ input: String, _ output: String) throws -> String {
            let run = try Tool.run(Self.binary, ["listen", input, "-o", output, "--voice", "espeak:en-us", "--quiet", "--cache", cache])
            #expect(run.status == 0, "\(run.stderr)")
            return run.stderr
        }
        let first = try listen(article, fresh)
        let sentences = try #require(first.firstMatch(of: /0 of (\d+) sentences from the cache/)?.1).description
        // The same article again: every sentence from the cache, and the same WAV to the byte (the
        // samples are kept exactly as the voice made them, before loudness).
        #expect(try listen(article, again).contains("\(sentences) of \(sentences) sentences from the cache"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: fresh)) == Data(contentsOf: URL(fileURLWithPath: again)))
        // One sentence edited: only it is spoken again.
        #expect(try listen(edited, changed).contains("\(Int(sentences)! - 1) of \(sentences) sentences from the cache"))
    }

    @Test(.enabled(if: built, "build the lede product first (swift build)"))
    func badLexiconLinesAreReportedWithTheirNumbers() throws {
        let article = try writeArticle(Self.shortArticle, "lex-article.txt")
        let lexicon = try writeArticle("""
        # names
        Kyiv keev
        Mara
        Lind /
        Two, words  twoo
        Tomysek xx_1:Tomysek
        """, "bad.lexicon")
        defer { for p in [article, lexicon] { try? FileManager.default.removeItem(atPath: p) } }
        let run = try Tool.run(Self.binary, ["listen", article, "-o", Tool.temporaryFile("x.wav"), "--lexicon", lexicon,
                                             "--voice", "espeak:en-us"])
        #expect(run.status != 0)
        for line in [3, 4, 5, 6] { #expect(run.stderr.contains("line \(line):"), "line \(line) not reported: \(run.stderr)") }
        #expect(!run.stderr.contains("line 2:"))
    }

    @Test(.enabled(if: built, "build the lede product first (swift build)"))
    func emptyArticleMissingVoiceAndForeignScriptAreClearErrors() throws {
        let empty = try writeArticle("   \n\n", "empty.txt")
        let thai = try writeArticle("ข่าววันนี้\n\nรัฐบาลประกาศนโยบายใหม่ในวันจันทร์ที่ผ่านมา และประชาชนจำนวนมากออกมาแสดงความเห็น\n", "thai.txt")
        let article = try writeArticle(Self.shortArticle, "voice-article.txt")
        defer { for p in [empty, thai, article] { try? FileManager.default.removeItem(atPath: p) } }
        let out = Tool.temporaryFile("never.wav")
        let e = try Tool.run(Self.binary, ["listen", empty, "-o", out, "--voice", "espeak:en-us"])
        #expect(e.status != 0)
        #expect(e.stderr.contains("empty"))
        let v = try Tool.run(Self.binary, ["listen", article, "-o", out, "--voice", "piper:xx_XX-nobody-low"])
        #expect(v.status != 0)
        #expect(v.stderr.contains("not installed"))
        #expect(v.stderr.contains("lede voices") || v.stderr.contains("scripts/setup.sh"))
        let t = try Tool.run(Self.binary, ["listen", thai, "-o", out, "--voice", "espeak:en-us"])
        #expect(t.status != 0)
        #expect(t.stderr.contains("Thai"))
        #expect(!FileManager.default.fileExists(atPath: out), "a failed narration left a file behind")
    }

    /// Peak resident memory of a `lede listen` run, in MiB, read from /proc while it runs.
    private func peakMemoryMiB(_ args: [String]) throws -> (status: Int32, mib: Double) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = args
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        var peakKB = 0.0
        while p.isRunning {
            if let status = try? String(contentsOfFile: "/proc/\(p.processIdentifier)/status", encoding: .utf8),
               let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kb = Double(line.split(separator: " ").dropFirst().first ?? "") {
                peakKB = max(peakKB, kb)
            }
            usleep(20_000)
        }
        p.waitUntilExit()
        return (p.terminationStatus, peakKB / 1024)
    }

    @Test(.enabled(if: built, "build the lede product first (swift build)"))
    func memoryDoesNotGrowWithTheArticle() throws {
        // Ten times the text (about 12 minutes of speech, 60 MB as float samples) must not cost more
        // memory than a short article: audio goes to a scratch file, not into memory.
        let paragraph = "The council met on Tuesday and agreed the plan for the new harbour wall. Work starts in May, the mayor said.\n\n"
        let short = try writeArticle("Harbour plan\n\n" + String(repeating: paragraph, count: 10), "mem-short.txt")
        let long = try writeArticle("Harbour plan\n\n" + String(repeating: paragraph, count: 100), "mem-long.txt")
        let out = Tool.temporaryFile("mem.mp3")
        defer { for p in [short, long, out] { try? FileManager.default.removeItem(atPath: p) } }
        let small = try peakMemoryMiB(["listen", short, "-o", out, "--voice", "espeak:en-us", "--quiet"])
        let large = try peakMemoryMiB(["listen", long, "-o", out, "--voice", "espeak:en-us", "--quiet"])
        #expect(small.status == 0 && large.status == 0)
        #expect(large.mib < small.mib + 20, "peak memory grew from \(small.mib) MiB to \(large.mib) MiB")
    }
}
