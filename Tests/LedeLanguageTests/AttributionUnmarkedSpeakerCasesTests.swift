import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the sixth round of real-news attribution (issue 13): a one-word
/// speaker nothing marks as a person that the story names as a thing ("posted on Vantix", "a job at
/// Vantix") or writes in capitals ("NRDX") is a body or a service speaking, given as a description; a
/// surname met alone stays a person. Invented text.
@Suite struct AttributionUnmarkedSpeakerCasesTests {
    @Test func aServiceTheStoryNamesAsAThing() {
        let quotes = AttributionLoneWitnessCasesTests.quotes([
            "The video was first posted on Vantix, where it was seen two million times in a day.",
            "“We remove content that breaks our rules,” Vantix said in a statement.",
        ])
        #expect(quotes.map(\.speaker) == [nil])
        #expect(quotes.map(\.speakerDescription) == ["Vantix"])
    }

    @Test func aBodyWrittenInCapitals() {
        let quotes = AttributionLoneWitnessCasesTests.quotes([
            "The plant will close in March. “The decision was taken after a long review,” NRDX said.",
        ])
        #expect(quotes.map(\.speaker) == [nil])
        #expect(quotes.map(\.speakerDescription) == ["NRDX"])
    }

    /// A surname met alone, never named as a thing, is someone.
    @Test func aSurnameAloneStaysAPerson() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "The committee met again on Tuesday.",
            "“Is it fair to say the problem was never fixed?” Okafor asked.",
        ]) == ["Okafor"])
    }
}
