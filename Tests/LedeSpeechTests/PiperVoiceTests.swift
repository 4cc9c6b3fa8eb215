import Foundation
import LedeCore
import Testing
@testable import LedeSpeech

/// The real Piper voice (en_US-joe-medium through sherpa-onnx), on short sentences.
@Suite struct PiperVoiceTests {
    @Test func speaksAShortSentenceWithPlausibleLengthAndLevel() throws {
        let voice = try Voices.piper()
        #expect(voice.sampleRate == 22050)
        let samples = try voice.speak("The night ferry returns to Port Avery.", pronunciations: [:], speed: 1)
        let seconds = Double(samples.count) / Double(voice.sampleRate)
        // Seven words: a speaker takes about two seconds; far outside 1–5 s means broken phonemes.
        #expect(seconds > 1 && seconds < 5, "duration \(seconds) s")
        #expect(samples.rms > 0.02 && samples.rms < 0.5, "RMS \(samples.rms)")
        #expect(samples.allSatisfy { $0.isFinite && abs($0) <= 1.5 })
    }

    @Test func clausePunctuationReachesTheVoice() throws {
        let voice = try Voices.piper()
        let phonemes = try voice.phonemes("Hello, world. Did he go? Yes; he did!")
        #expect(phonemes.count == 1)
        let p = try #require(phonemes.first)
        #expect(p.contains(", "), "\(p)")
        #expect(p.contains(". "), "\(p)")
        #expect(p.contains("? "), "\(p)")
        #expect(p.contains("; "), "\(p)")
        #expect(p.hasSuffix("!"), "\(p)")
        #expect(!p.contains("("))
    }

    @Test func closingQuotesDoNotHideTheFullStop() throws {
        let voice = try Voices.piper()
        let p = try #require(try voice.phonemes("He said \u{201C}no.\u{201D} Then he left, quietly.").first)
        #expect(p.contains(". "), "\(p)")
        #expect(p.contains(", "), "\(p)")
        #expect(p.hasSuffix("."), "\(p)")
    }

    @Test func pronunciationsReplaceWholeWords() throws {
        let voice = try Voices.piper()
        let plain = try #require(try voice.phonemes("We flew to Kyiv today.").first)
        let withIPA = try #require(try voice.phonemes("We flew to Kyiv today.", pronunciations: ["Kyiv": .ipa("kˈiːv")]).first)
        #expect(withIPA != plain)
        #expect(withIPA.contains("kˈiːv".decomposedStringWithCanonicalMapping))
        // Only the whole word: "Kyivan" keeps eSpeak's reading of its own.
        let other = try #require(try voice.phonemes("Kyivan streets.", pronunciations: ["Kyiv": .ipa("kˈiːv")]).first)
        #expect(!other.contains("kˈiːv "))
        // Another language's rules for a name, and the possessive keeps its ending.
        let polish = try #require(try voice.phonemes("Tomaszewski's plan.", pronunciations: ["Tomaszewski": .espeak(voice: "pl", text: "Tomaszewski")]).first)
        let english = try #require(try voice.phonemes("Tomaszewski's plan.").first)
        #expect(polish != english)
        #expect(polish.contains("z p"), "\(polish)")
    }

    @Test func longSentencesAreCutIntoBoundedChunks() throws {
        let voice = try Voices.piper()
        let clause = "the council said that the ferry would return to the island after twelve years"
        let long = Array(repeating: clause, count: 8).joined(separator: ", ") + "."
        let chunks = try voice.phonemes(long)
        #expect(chunks.count > 1)
        #expect(chunks.allSatisfy { $0.unicodeScalars.count <= PhonemeChunker.defaultMaxSymbols })
        // A run of words with no punctuation at all is cut between words.
        let unpunctuated = Array(repeating: "ferry", count: 200).joined(separator: " ")
        let pieces = try voice.phonemes(unpunctuated)
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { $0.unicodeScalars.count <= PhonemeChunker.defaultMaxSymbols && !$0.hasPrefix(" ") })
    }

    @Test func fasterSpeedGivesShorterAudio() throws {
        let voice = try Voices.piper()
        let text = "Volunteers crossed the border before dawn."
        let normal = try voice.speak(text, pronunciations: [:], speed: 1).count
        let fast = try voice.speak(text, pronunciations: [:], speed: 1.5).count
        #expect(Double(fast) < Double(normal) * 0.85, "\(fast) vs \(normal)")
    }

    @Test func textInAnUnsupportedScriptIsAClearError() throws {
        let voice = try Voices.piper()
        #expect(throws: LedeError.invalidInput("the voice piper:en_US-joe-medium reads English in the Latin script; this text is in Thai")) {
            try voice.speak("สวัสดีครับ", pronunciations: [:], speed: 1)
        }
        // Mixed text: the foreign word is left out, the rest is spoken.
        let mixed = try voice.speak("Hello สวัสดี world.", pronunciations: [:], speed: 1)
        #expect(mixed.count > voice.sampleRate / 2)
    }

    @Test func missingVoiceNamesTheSetupCommand() throws {
        do {
            _ = try VoiceLibrary().load("piper:xx_XX-nobody-low")
            Issue.record("loaded a voice that does not exist")
        } catch let error as LedeError {
            guard case .notInstalled(let message) = error else { Issue.record("\(error)"); return }
            #expect(message.contains("scripts/setup.sh"))
            #expect(message.contains("xx_XX-nobody-low"))
        }
        #expect(throws: LedeError.self) { try VoiceLibrary().load("festival:kal") }
    }
}
