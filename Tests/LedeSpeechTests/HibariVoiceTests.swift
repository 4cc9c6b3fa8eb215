import Foundation
import LedeCore
import Testing
@testable import LedeSpeech

/// The hibari voice, loaded once for the whole test run.
enum Hibari {
    static let heart: Result<HibariVoice, Error> = Result { try HibariVoice(name: "heart", threads: 1) }
    static var installed: Bool { (try? heart.get()) != nil }
}

/// The hibari "heart" voice with its real model: the signal step, the phoneme alphabet, sentences.
@Suite struct HibariVoiceTests {
    @Test func espeakPhonemesBecomeKokoroLetters() {
        // Written by hand from the two alphabets' tables.
        #expect(KokoroPhonemes.fromEspeak("həlˈoʊ wˈɜːld") == "həlˈO wˈɜɹld")
        #expect(KokoroPhonemes.fromEspeak("lˈeɪɾɚɹ ɪn") == "lˈAɾəɹ ɪn")
        #expect(KokoroPhonemes.fromEspeak("dʒˈʌdʒ ænd tʃˈɜːtʃ") == "ʤˈʌʤ ænd ʧˈɜɹʧ")
        #expect(KokoroPhonemes.fromEspeak("fˈaɪv bˈɔɪz nˈaʊ") == "fˈIv bˈYz nˈW")
        #expect(KokoroPhonemes.fromEspeak("lˈɪɾəl bˈʌʔn̩") == "lˈɪɾᵊl bˈʌʔn")
        #expect(KokoroPhonemes.fromEspeak("ɐ fˈoːɹ") == "ə fˈɔɹ")
    }

    @Test(.enabled(if: Hibari.installed, "the hibari voice is not installed (scripts/setup.sh)"))
    func phonemesUseOnlyTheModelsAlphabetAndKeepClausePunctuation() throws {
        let heart = try Hibari.heart.get()
        let chunks = try heart.phonemes("Vadim fled Belarus in twenty twenty, five days after the protests.")
        #expect(chunks.count == 1)
        let text = try #require(chunks.first)
        #expect(text.contains(","))
        #expect(text.hasSuffix("."))
        #expect(text.contains("A") || text.contains("I"))  // diphthongs as one letter
        #expect(!text.contains("ː"))
    }

    @Test(.enabled(if: Hibari.installed, "the hibari voice is not installed (scripts/setup.sh)"))
    func aSentenceRendersAt24kHzWithSaneLengthAndLevel() throws {
        let heart = try Hibari.heart.get()
        #expect(heart.sampleRate == 24000)
        let samples = try heart.speak("The ferry left the harbour at noon, on time.", pronunciations: [:],
                                      speed: Synthesizer.narrationSpeed)
        let seconds = Double(samples.count) / 24000
        // Nine words at a news pace (about 150 words a minute) take about 3.5 s.
        #expect(seconds > 1.8 && seconds < 6, "\(seconds) s")
        #expect(samples.allSatisfy { $0.isFinite })
        #expect(samples.rms > 0.01 && samples.rms < 0.5, "RMS \(samples.rms)")
        // Faster speech is shorter; the same sentence at the same speed is the same audio (seeded noise).
        let faster = try heart.speak("The ferry left the harbour at noon, on time.", pronunciations: [:], speed: 1.2)
        #expect(Double(faster.count) < Double(samples.count) * 0.85)
        let again = try heart.speak("The ferry left the harbour at noon, on time.", pronunciations: [:],
                                    speed: Synthesizer.narrationSpeed)
        #expect(again == samples)
    }

    @Test(.enabled(if: Hibari.installed, "the hibari voice is not installed (scripts/setup.sh)"))
    func timingMapFollowsTheSamples() throws {
        let heart = try Hibari.heart.get()
        let script = SynthesizerTests.script(["Ferry returns.", "It left at noon, on time.", "Everyone cheered."], pause: 500)
        let rendition = try Synthesizer(engine: heart).render(script)
        let timings = rendition.timings
        #expect(rendition.sampleRate == 24000)
        #expect(timings.map(\.id) == [0, 1, 2])
        #expect(timings.first?.startMs == 0)
        for (a, b) in zip(timings, timings.dropFirst()) {
            #expect(a.endMs > a.startMs)
            #expect(abs(b.startMs - a.endMs - 500) <= 1, "\(a) \(b)")
        }
        #expect(abs((timings.last?.endMs ?? 0) - rendition.durationMs) <= 1)
        #expect(timings.allSatisfy { $0.voice == "hibari:heart" })
    }

    @Test func unknownHibariVoiceIsAClearError() {
        #expect(throws: LedeError.self) { _ = try VoiceLibrary().load("hibari:nobody") }
    }
}
