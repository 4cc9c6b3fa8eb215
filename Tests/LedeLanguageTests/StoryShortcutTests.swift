import Testing
@testable import LedeLanguage

/// The story's byte-level shortcuts (this session's language-stage cut) against the general String and
/// Character code they stand for, written out here as the reference.
@Suite struct StoryShortcutTests {
    static let texts = [
        "", "a", "Plain ASCII words, 1,000 of them.", "“We’ll rebuild,” she said — again…",
        "‘Not now’ – and\u{00A0}never", "Café “déjà vu” — naïve", "’\u{301}s a combining mark after an apostrophe",
        "line\r\nbreak", "東京都 and 서울", "emoji 👩‍👩‍👧", "Kelvin \u{212A} and ＦＵＬＬ width", "O’Neil’s", "it's 'quoted'",
        "e\u{301}", "“\u{301}", "—\u{0308}x", "100 % of 2,500", "\u{2032}prime\u{2033}",
    ]

    /// The Character loop `StoryAnalysis.folded` used for every text before its quick path.
    static func referenceFolded(_ text: String) -> String {
        var out = ""
        var space = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if space, !out.isEmpty { out.append(" ") }
                space = false
                out.append(character)
            } else if character == "’" || character == "'" {
                continue
            } else {
                space = true
            }
        }
        return out
    }

    @Test func foldedEqualsTheCharacterLoop() {
        for text in Self.texts {
            #expect(StoryAnalysis.folded(text) == Self.referenceFolded(text), "\(text)")
        }
        // The quick path takes curly quotes and dashes, and leaves a combining mark to the Character loop.
        #expect(StoryAnalysis.quicklyFolded("“We’ll rebuild,” she said — again…") == "well rebuild she said again")
        #expect(StoryAnalysis.quicklyFolded("’\u{301}s") == nil)
        #expect(StoryAnalysis.quicklyFolded("Café") == nil)
    }

    @Test func wordCountEqualsTheCharacterSplit() {
        for text in Self.texts + ["  two  spaces ", " \u{301}joined", "a \u{301}b c"] {
            #expect(StoryAnalysis.spaceSeparatedCount(text) == text.split(separator: " ").count, "\(text)")
        }
    }

    @Test func nameWordsEqualTheCharacterSplit() {
        for name in ["Jane Roe", "Patrick W. Carlineo Jr.", "  Two  spaces ", "José Álvarez", "A \u{301}B", "", "One"] {
            #expect(NameKnowledge.words(of: name) == name.split(separator: " ").map(String.init), "\(name)")
        }
    }

    @Test func possessiveByBytesEqualsTheSuffixTest() {
        for text in ["Roe’s", "Roe's", "says", "s", "’s", "'s", "Ross", "Roe’ss", "Roe’\u{301}s", "Café’s", "ʼs"] {
            #expect(Token.endsPossessive(text) == (text.hasSuffix("’s") || text.hasSuffix("'s")), "\(text)")
        }
    }

    @Test func hyphenTestLooksAtTheFirstFourBytesOnly() {
        for text in ["al-Rashid", "ibn-Saud", "abcd-e", "abc-", "-", "", "über-x", "plain"] {
            #expect(NameRun.hyphenInFirstFourBytes(text) == text.utf8.prefix(4).contains(UInt8(ascii: "-")), "\(text)")
        }
    }

    @Test func resolvablePronounGateKeepsEveryPronoun() {
        for word in StoryAnalysis.resolvablePronouns { #expect(StoryAnalysis.isResolvablePronoun(word), "\(word)") }
        for word in ["the", "hers", "HE", "Sh", "shi", "", "h", "Him", "she’s", "él"] {
            #expect(StoryAnalysis.isResolvablePronoun(word) == StoryAnalysis.resolvablePronouns.contains(word), "\(word)")
        }
    }

    @Test func cueKindsAnswerAsTheThreeSetsDid() {
        let all = SpeechVerbs.cues.union(SpeechVerbs.moreCues).union(SpeechVerbs.presentCues)
        for word in all.union(["needs", "remarks", "sai", "", "Said"]) {
            let cue = SpeechVerbs.cues.contains(word) || SpeechVerbs.moreCues.contains(word)
            #expect(SpeechVerbs.isCue(word) == cue, "\(word)")
            #expect(SpeechVerbs.isCueAfterSpeaker(word) == (cue || SpeechVerbs.presentCues.contains(word)), "\(word)")
        }
    }

    @Test func monthLookUpsFindEveryNameAndAbbreviation() {
        for (index, name) in DateFinder.months.enumerated() {
            #expect(DateFinder.month(name.capitalized) == index + 1)
            #expect(DateFinder.month(name) == index + 1)
        }
        for (index, short) in DateFinder.shortMonths.enumerated() {
            #expect(DateFinder.month(short.capitalized) == index + 1)
        }
        // A lower-case abbreviation is a word ("mar", "may"), and "Sept" is September.
        #expect(DateFinder.month("mar") == nil)
        #expect(DateFinder.month("Sept") == 9)
    }
}
