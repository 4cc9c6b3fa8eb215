import Foundation
import LedeCore
import Testing
@testable import LedeSpeech

/// Script → Rendition with the real Piper voice: pauses and the timing map.
@Suite struct SynthesizerTests {
    static func script(_ lines: [String], pause: Int = 400) -> Script {
        Script(title: "Test", segments: lines.enumerated().map { i, line in
            Segment(id: i, span: TextSpan(block: i, charStart: 0, charEnd: line.count), text: line, spoken: line,
                    pauseAfterMs: pause)
        })
    }

    @Test func timingMapIsContiguousAndEndsWithTheAudio() throws {
        let voice = try Voices.piper()
        let script = Self.script(["Ferry returns.", "It left at noon, on time.", "Everyone cheered."], pause: 500)
        let rendition = try Synthesizer(engine: voice).render(script)
        let timings = rendition.timings
        #expect(timings.map(\.id) == [0, 1, 2])
        #expect(timings.map(\.block) == [0, 1, 2])
        #expect(timings.first?.startMs == 0)
        for (a, b) in zip(timings, timings.dropFirst()) {
            #expect(a.endMs > a.startMs)
            // Exactly the pause between one sentence's end and the next one's start (± rounding).
            #expect(abs(b.startMs - a.endMs - 500) <= 1, "\(a) \(b)")
        }
        let last = try #require(timings.last)
        #expect(abs(last.endMs - rendition.durationMs) <= 50)
        #expect(timings.allSatisfy { $0.voice == "piper:en_US-joe-medium" })
        // The pause really is silence in the audio.
        let rate = rendition.sampleRate
        let gap = rendition.samples[(timings[0].endMs + 50) * rate / 1000 ..< (timings[1].startMs - 50) * rate / 1000]
        #expect(gap.allSatisfy { $0 == 0 })
    }

    @Test func emptyScriptGivesEmptyAudio() throws {
        let voice = try Voices.piper()
        let rendition = try Synthesizer(engine: voice).render(Script(title: ""))
        #expect(rendition.samples.isEmpty)
        #expect(rendition.timings.isEmpty)
        #expect(rendition.durationMs == 0)
        // A segment of only whitespace or punctuation gives no sound and an empty entry.
        let blank = try Synthesizer(engine: voice).render(Self.script(["  ", "..."]))
        #expect(blank.timings.count == 2)
        #expect(blank.timings.allSatisfy { $0.startMs == $0.endMs })
    }

    @Test func anUnreadableSentenceIsLeftSilentNotFatal() throws {
        let voice = try Voices.piper()
        let rendition = try Synthesizer(engine: voice).render(Self.script(["Good morning.", "สวัสดีครับ", "Good night."], pause: 200))
        #expect(rendition.timings.count == 3)
        #expect(rendition.timings[1].startMs == rendition.timings[1].endMs)
        #expect(rendition.timings[2].endMs > rendition.timings[2].startMs)
    }

    @Test func severalVoiceInstancesSpeakInOrder() throws {
        // Sentences of clearly different lengths, spoken by three instances at once: each must come
        // back in its own place, as long as one instance makes it (eSpeak NG varies by a few
        // milliseconds from run to run, so samples are not compared).
        let words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        let lines = [1, 9, 3, 12, 2, 7, 5, 10, 4].map { n in words.prefix(n).joined(separator: " ") + "." } + ["สวัสดีครับ", "The end."]
        let script = Self.script(lines, pause: 150)
        let one = try Synthesizer(engine: EspeakVoice(language: "en-us")).render(script)
        let three = try Synthesizer(engines: (0..<3).map { _ in try EspeakVoice(language: "en-us") }).render(script)
        #expect(three.timings.map(\.id) == one.timings.map(\.id))
        for (a, b) in zip(three.timings, one.timings) {
            let lengthA = a.endMs - a.startMs, lengthB = b.endMs - b.startMs
            #expect(abs(lengthA - lengthB) <= max(60, lengthB / 20), "sentence \(a.id): \(lengthA) ms vs \(lengthB) ms")
        }
        #expect(three.timings[9].startMs == three.timings[9].endMs, "the unreadable sentence stays silent")
        #expect(abs((three.timings.last?.endMs ?? 0) - three.durationMs) <= 50)
        // And with the neural voice: two instances, every sentence has audio, in order.
        let piper = try VoiceLibrary().load("piper:en_US-joe-medium", instances: 2)
        let two = try Synthesizer(engines: piper).render(Self.script(["Ferry returns.", "It left at noon from the old pier by the fish market.", "Cheers."]))
        #expect(two.timings.map(\.id) == [0, 1, 2])
        let lengths = two.timings.map { $0.endMs - $0.startMs }
        #expect(lengths[1] > lengths[0] && lengths[1] > lengths[2], "\(lengths)")
        #expect(abs((two.timings.last?.endMs ?? 0) - two.durationMs) <= 50)
    }

    @Test func espeakVoiceIsAFallbackBehindTheSameProtocol() throws {
        let engine: any SpeechEngine = try VoiceLibrary().load("espeak:en-us")
        #expect(engine.voiceID == "espeak:en-us")
        let rendition = try Synthesizer(engine: engine, speed: 1.1).render(Self.script(["Hello there.", "Goodbye."]))
        #expect(rendition.timings.count == 2)
        let seconds = Double(rendition.samples.count) / Double(rendition.sampleRate)
        #expect(seconds > 0.8 && seconds < 4, "\(seconds)")
        #expect(rendition.samples.rms > 0.01)
        #expect(abs(rendition.timings[1].endMs - rendition.durationMs) <= 50)
    }

    @Test func webVTTAndJSONComeFromTheTimingMap() throws {
        let script = Self.script(["First sentence.", "Second --> one."])
        let timings = [
            TimingEntry(id: 0, block: 0, charStart: 0, charEnd: 15, startMs: 0, endMs: 1500, voice: "v"),
            TimingEntry(id: 1, block: 1, charStart: 0, charEnd: 15, startMs: 1900, endMs: 3_725_004, voice: "v"),
        ]
        let vtt = WebVTT.document(script: script, timings: timings)
        #expect(vtt == "WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.500\nFirst sentence.\n\n2\n00:00:01.900 --> 01:02:05.004\nSecond \u{2192} one.\n")
        let json = try TimingMap(durationMs: 3_725_004, sampleRate: 22050, voice: "v", timings: timings).json()
        let decoded = try JSONDecoder().decode(TimingMap.self, from: Data(json.utf8))
        #expect(decoded.timings == timings)
        #expect(json.contains("\"startMs\" : 1900"))
    }

    @Test func quotedCuesAreVoiceSpansWithTheSpeakerEscaped() {
        let script = Self.script(["“We stay,”", "she said.", "“Go,”"])
        let timings = [
            TimingEntry(id: 0, block: 0, charStart: 0, charEnd: 10, startMs: 0, endMs: 900, voice: "q", quoted: true,
                        speaker: "Ana <b>Ruiz</b> & Co"),
            TimingEntry(id: 1, block: 1, charStart: 0, charEnd: 9, startMs: 1200, endMs: 2000, voice: "n"),
            TimingEntry(id: 2, block: 2, charStart: 0, charEnd: 5, startMs: 2300, endMs: 2600, voice: "q", quoted: true),
        ]
        let vtt = WebVTT.document(script: script, timings: timings)
        // A name whose `>` ended the tag early or whose `<` opened markup would break the cue.
        #expect(vtt.contains("\n<v Ana &lt;b&gt;Ruiz&lt;/b&gt; &amp; Co>“We stay,”\n"))
        #expect(vtt.contains("\nshe said.\n"))
        // A quotation whose speaker Lede does not know is plain text: no empty voice tag.
        #expect(vtt.contains("\n“Go,”\n"))
        #expect(!vtt.contains("<v>"))
        // The timing map keeps who speaks; entries without a quotation leave the fields out.
        let json = (try? TimingMap(durationMs: 2600, sampleRate: 22050, voice: "n", timings: timings).json()) ?? ""
        #expect(json.contains("\"quoted\" : true") && json.contains("\"speaker\" : \"Ana <b>Ruiz</b> & Co\""))
        let narrated = (try? TimingMap(durationMs: 800, sampleRate: 22050, voice: "n", timings: [timings[1]]).json()) ?? ""
        #expect(!narrated.contains("quoted") && !narrated.contains("speaker"))
    }
}
