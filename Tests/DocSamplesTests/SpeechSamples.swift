import Foundation
import LedeCore
import LedeNarrate
import LedeSpeech
import Testing

/// The samples of LedeSpeech's types. eSpeak NG comes from Debian (scripts/setup.sh); the neural
/// voices' samples run when their voice is installed in deps/.
@Suite struct SpeechSamples {
    static let piperInstalled = PiperVoiceInfo.directory(name: "en_US-joe-medium") != nil
    static let hibariInstalled = (try? HibariAssets.locate(voice: "heart")) != nil
    /// A two-sentence script, so the samples stay quick.
    let script = Fixture.shortScript
    /// One second of a quiet 440 Hz tone.
    let samples: [Float] = (0..<22050).map { Float(sin(Double($0) * 2 * .pi * 440 / 22050) * 0.1) }

    @Test func espeak() throws {
        // sample: Espeak
        let clauses = try Espeak.with { session in try session.phonemeClauses("Hello, world.", voice: "en-us") }
        // end sample
        #expect(clauses.count == 2)
        // sample: EspeakSession
        let rate = try Espeak.with { session in
            try session.setVoice("pl")
            return session.sampleRate   // 22050
        }
        // end sample
        #expect(rate == 22050)
        // sample: PhonemeClause
        let parts = try Espeak.with { try $0.phonemeClauses("Hello, world.", voice: "en-us") }
        // [PhonemeClause(ipa: "həlˈoʊ", terminator: ","), PhonemeClause(ipa: "wˈɜːld", terminator: ".")]
        // end sample
        #expect(parts.map(\.terminator) == [",", "."])
    }

    @Test func espeakVoice() throws {
        // sample: EspeakVoice
        let voice = try EspeakVoice(language: "en-us")
        let samples = try voice.speak("Hello.", pronunciations: [:], speed: 1.1)
        // end sample
        #expect(samples.count > voice.sampleRate / 10)
    }

    @Test func voiceLibrary() throws {
        // sample: VoiceLibrary
        let voice = try VoiceLibrary().load("espeak:en-us")
        for v in VoiceLibrary().installed() { print(v.id, v.origin) }
        // end sample
        #expect(voice.voiceID == "espeak:en-us")
    }

    @Test(.enabled(if: piperInstalled, "the Piper voice is not installed (scripts/setup.sh)"))
    func piper() throws {
        // sample: SpeechEngine
        let voice: any SpeechEngine = try VoiceLibrary().load("piper:en_US-joe-medium")
        let samples = try voice.speak("Hello, world.", pronunciations: [:], speed: 1.0)
        print(Double(samples.count) / Double(voice.sampleRate), "seconds")
        // end sample
        #expect(!samples.isEmpty)
        // sample: PiperVoice
        let joe = try PiperVoice(name: "en_US-joe-medium")
        let spoken = try joe.speak("Vadim fled Belarus in twenty twenty.", pronunciations: [:], speed: 1)
        // end sample
        #expect(spoken.count > joe.sampleRate)
        // sample: PiperVoiceInfo
        let info = try PiperVoiceInfo.load(name: "en_US-joe-medium")
        print(info.origin)
        // end sample
        #expect(info.sampleRate == joe.sampleRate)
    }

    @Test(.enabled(if: hibariInstalled, "the Hibari voice is not installed (scripts/setup.sh)"))
    func hibari() throws {
        // sample: HibariAssets
        let assets = try HibariAssets.locate(voice: "heart")
        print(assets.model.path, assets.vocabulary.count)
        // end sample
        // sample: HibariVoice
        let heart = try HibariVoice(name: "heart")
        let samples = try heart.speak("Vadim fled Belarus in twenty twenty.", pronunciations: [:], speed: 0.85)
        // end sample
        #expect(samples.count > heart.sampleRate)
    }

    @Test func speechDependencies() {
        // sample: SpeechDependencies
        if let deps = SpeechDependencies.directory { print(deps.path) }
        // end sample
    }

    @Test func writingSystem() {
        // sample: WritingSystem
        let script = WritingSystem.unsupportedScript(in: "สวัสดี")   // "Thai"
        let latin = WritingSystem.latinOnly("Hello สวัสดี world")    // "Hello", spaces for the Thai, "world"
        // end sample
        #expect(script == "Thai")
        #expect(latin.split(separator: " ") == ["Hello", "world"])
    }

    @Test func resampler() {
        let heartSamples = self.samples + self.samples   // two seconds at 22,050 Hz, read here as 24,000 Hz
        // sample: Resampler
        let resampler = Resampler(from: 24_000, to: 22_050)
        let samples = resampler.process(heartSamples)   // 22,050 samples a second
        // end sample
        #expect(abs(samples.count - heartSamples.count * 22_050 / 24_000) <= 1)
    }

    @Test func rendering() throws {
        let voice = try EspeakVoice(language: "en-us")
        let folder = try Fixture.folder("speech")
        defer { try? FileManager.default.removeItem(at: folder) }
        let audioDirectory = folder
        // sample: Synthesizer
        let synthesizer = Synthesizer(engine: voice, speed: 1.0)
        let rendition = try synthesizer.render(script) { done in print(done.segments, "of", done.total) }
        print(rendition.durationMs, rendition.timings.count)
        // end sample
        #expect(rendition.timings.count == script.segments.count)
        // sample: NarrationLimits
        let limits = NarrationLimits(maxMinutes: 120, scratchDirectory: audioDirectory)
        try limits.check(script, speed: 0.85, output: audioDirectory.appendingPathComponent("story.mp3"))
        let checked = NarrationWriter(synthesizer: synthesizer, limits: limits)
        // end sample
        _ = checked
        // sample: NarrationWriter
        let writer = NarrationWriter(synthesizer: Synthesizer(engine: voice))
        let result = try writer.write(script, to: audioDirectory.appendingPathComponent("story.mp3"), tags: AudioTags(title: script.title))
        print(result.durationMs, result.loudness, result.timings.count)
        // end sample
        #expect(result.timings.count == script.segments.count)
        // sample: WebVTT
        let vtt = WebVTT.document(script: script, timings: rendition.timings)
        // end sample
        #expect(vtt.hasPrefix("WEBVTT"))
        // sample: TimingMap
        let map = TimingMap(durationMs: rendition.durationMs, sampleRate: rendition.sampleRate, voice: voice.voiceID,
                            timings: rendition.timings)
        let json = try map.json()   // {"durationMs": …, "timings": [{"id": 0, "block": -1, …}]}
        // end sample
        #expect(json.contains("\"timings\""))
    }

    @Test func audio() throws {
        let folder = try Fixture.folder("audio")
        defer { try? FileManager.default.removeItem(at: folder) }
        let rendition = Rendition(sampleRate: 22050, samples: samples, timings: [])
        // sample: LoudnessMeter
        let meter = LoudnessMeter(sampleRate: 22050)
        meter.add(samples)
        print(meter.integratedLoudness, meter.truePeakDB)
        // end sample
        // sample: LoudnessNormalizer
        let result = LoudnessNormalizer().normalize(rendition.samples, sampleRate: rendition.sampleRate)
        print(result.loudness, result.truePeak)   // ≈ -16.0 LUFS, ≤ -1.0 dBTP
        // end sample
        #expect(abs(result.loudness + 16) < 0.5 && result.truePeak <= -0.9)
        // sample: Limiter
        let limited = Limiter(sampleRate: 22050, ceiling: 0.84).process(samples)
        // end sample
        #expect(limited.count == samples.count)
        do {
            // sample: TruePeakMeter
            let meter = TruePeakMeter()
            meter.add(samples)
            print(meter.truePeakDB)   // ≥ the sample peak, dBTP
            // end sample
            #expect(meter.truePeakDB >= 20 * log10(Double(samples.map(abs).max()!)))
        }
        // sample: MP3Encoder
        let mp3 = try MP3Encoder.encode(samples, sampleRate: 22050, tags: AudioTags(title: "Story"))
        try Data(mp3).write(to: folder.appendingPathComponent("story.mp3"))
        // end sample
        // sample: AudioTags
        let tags = AudioTags(title: "Night ferry returns", artist: "The Avery Courier", date: "2026-03-14")
        // end sample
        let tagged = try MP3Encoder.encode(samples, sampleRate: 22050, tags: tags)
        #expect(tagged.count > mp3.count)   // the title, artist and date are in the file
        // sample: WAVFile
        try WAVFile.write(rendition.samples, sampleRate: 22050, to: folder.appendingPathComponent("line.wav"))
        // end sample
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("line.wav").path))
    }
}
