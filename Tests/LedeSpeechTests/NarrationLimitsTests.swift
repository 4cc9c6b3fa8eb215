import Foundation
import Testing
import LedeCore
@testable import LedeSpeech

/// `--max-narration-minutes`, the disk-space check and where scratch goes (issue 15).
@Suite(.serialized) struct NarrationLimitsTests {
    static func script(sentences: Int, pauseAfterMs: Int = 300) -> Script {
        Script(title: "A crossing", segments: (0..<sentences).map { i in
            Segment(id: i, span: TextSpan(block: 0, charStart: 0, charEnd: 10), text: "The ferry left the pier at dawn.",
                    spoken: "The ferry left the pier at dawn.", pauseAfterMs: pauseAfterMs)
        })
    }

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-limits-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aScriptEstimatedOverTheCapIsRefusedBeforeRendering() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let limits = NarrationLimits(maxMinutes: 1, scratchDirectory: dir)
        let long = Self.script(sentences: 400)
        #expect(limits.estimatedMinutes(long, speed: 1) > 1)
        let writer = NarrationWriter(synthesizer: Synthesizer(engine: try EspeakVoice(language: "en-us")), limits: limits)
        var spoken = 0
        do {
            _ = try writer.write(long, to: dir.appendingPathComponent("out.mp3")) { _ in spoken += 1 }
            Issue.record("a script over the cap was narrated")
        } catch let error as LedeError {
            #expect(error.description.contains("--max-narration-minutes"), "\(error)")
            #expect(error.description.contains("1-minute limit"), "\(error)")
        }
        #expect(spoken == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func aCapPastWhatAnIntCountsIsNoCap() throws {
        #expect(NarrationLimits(maxMinutes: 1e300).maxSamples(sampleRate: 22_050) == Int.max)
        #expect(NarrationLimits(maxMinutes: .greatestFiniteMagnitude).maxSamples(sampleRate: 24_000) == Int.max)
        #expect(NarrationLimits(maxMinutes: nil).maxSamples(sampleRate: 22_050) == Int.max)
        #expect(NarrationLimits(maxMinutes: 1).maxSamples(sampleRate: 22_050) == 1_323_000)
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let writer = NarrationWriter(synthesizer: Synthesizer(engine: try EspeakVoice(language: "en-us")),
                                     limits: NarrationLimits(maxMinutes: 1e300, scratchDirectory: dir))
        let result = try writer.write(Self.script(sentences: 1), to: dir.appendingPathComponent("out.wav"))
        #expect(result.timings.count == 1)
    }

    @Test func renderingStopsAtTheCapWhenTheEstimateWasShort() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // An estimate that believes the voice is very fast: only the cap on the audio itself stops it.
        var limits = NarrationLimits(maxMinutes: 0.1, scratchDirectory: dir)
        limits.charactersPerMinute = 1_000_000
        let script = Self.script(sentences: 40, pauseAfterMs: 0)
        #expect(limits.estimatedMinutes(script, speed: 1) < 0.1)
        let writer = NarrationWriter(synthesizer: Synthesizer(engine: try EspeakVoice(language: "en-us")), limits: limits)
        var segments = 0
        var scratchSeen = false
        do {
            _ = try writer.write(script, to: dir.appendingPathComponent("out.mp3")) { progress in
                segments = progress.segments
                // Raw speech is kept in the scratch folder given, not the system's.
                let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
                if names.contains(where: { $0.hasPrefix("lede-") && $0.hasSuffix(".f32") }) { scratchSeen = true }
            }
            Issue.record("a render past the cap finished")
        } catch let error as LedeError {
            #expect(error.description.contains("0.1-minute limit (--max-narration-minutes)"), "\(error)")
        }
        #expect(segments > 0 && segments < 40)
        #expect(scratchSeen)
        // Failed: the scratch file is gone, and no output was written.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func withoutACapALongScriptIsNotRefused() throws {
        let limits = NarrationLimits()
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try limits.check(Self.script(sentences: 400), speed: 1, output: dir.appendingPathComponent("out.mp3"))
    }

    @Test func aRenderTheDiskHasNoRoomForFailsClearlyFirst() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // A pause of thirty years: more raw speech than any disk holds.
        let script = Self.script(sentences: 1, pauseAfterMs: 1_000_000_000_000)
        let free = try #require(NarrationLimits.freeBytes(dir))
        #expect(free > 0)
        #expect {
            try NarrationLimits(scratchDirectory: dir).check(script, speed: 1, output: dir.appendingPathComponent("out.mp3"))
        } throws: { error in
            (error as? LedeError)?.description.contains("not enough disk space") == true
        }
    }
}
