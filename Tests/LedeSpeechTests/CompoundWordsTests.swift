import Testing
@testable import LedeSpeech

/// Hyphenated compounds are opened into words for the Piper voice, bound prefixes are not.
@Suite struct CompoundWordsTests {
    @Test func compoundsOfWholeWordsAreSpaced() {
        #expect(CompoundWords.spaced("a state-controlled economy") == "a state controlled economy")
        #expect(CompoundWords.spaced("Lukashenko's Soviet-style economy") == "Lukashenko's Soviet style economy")
        #expect(CompoundWords.spaced("a fifty-year-old man") == "a fifty year old man")
        #expect(CompoundWords.spaced("an anti-Lukashenko group") == "an anti Lukashenko group")
        #expect(CompoundWords.spaced("his half-brother, Nikita") == "his half brother, Nikita")
        #expect(CompoundWords.spaced("an Ex-police officer") == "an Ex police officer")
    }

    @Test func shortPrefixesAndOtherHyphensStay() {
        for kept in ["He was re-elected.", "a co-founder", "send an e-mail",
                     "an inter-agency team", "U.S.-led talks", "pages 10-12", "a well - placed dash", "X-ray"] {
            #expect(CompoundWords.spaced(kept) == kept, "\(kept)")
        }
        #expect(CompoundWords.spaced("") == "")
        #expect(CompoundWords.spaced("trailing-") == "trailing-")
    }

    @Test func theVoiceHearsAWordBoundaryInsideTheCompound() throws {
        let voice = try Voices.piper()
        let p = try #require(try voice.phonemes("A state-controlled economy.").first)
        // eSpeak's "state" ends in /t/; with the hyphen it ran straight into "controlled".
        #expect(p.contains("stˈeɪt ".decomposedStringWithCanonicalMapping) || p.contains("stˈeɪt "), "\(p)")
        // A lexicon entry now reaches the part of a compound.
        let q = try #require(try voice.phonemes("An anti-Kyiv march.", pronunciations: ["Kyiv": .ipa("kˈiːv")]).first)
        #expect(q.contains("kˈiːv".decomposedStringWithCanonicalMapping) || q.contains("kˈiːv"), "\(q)")
    }
}
