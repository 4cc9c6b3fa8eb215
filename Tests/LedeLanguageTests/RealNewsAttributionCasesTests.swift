import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the attribution mechanisms the real-news set's tune half led to.
@Suite struct RealNewsAttributionCasesTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        StoryBuilder().story(of: Article(blocks: paragraphs.map { .paragraph($0) })).quotes.map(\.speaker)
    }

    /// "a survey by X": the work's author speaks; "appointed by X" names someone else.
    @Test func aWorksAuthorIsTheSpeaker() {
        #expect(Self.speakers(["According to a 2021 survey by Marta Quillen of Dunmore College, rural libraries are “closing faster than anyone admits.”"]) == ["Marta Quillen"])
    }

    /// "Orla Fenwick said Harrowgate would …": the name after "said" opens the reported clause, so the
    /// next "she said" is still Fenwick's.
    @Test func aNameAfterSaidThatStartsTheReportedClauseDoesNotSpeak() {
        let speakers = Self.speakers([
            "Orla Fenwick, the chief engineer, said Harrowgate would build the first two ferries itself. “We start small,” she said.",
        ])
        #expect(speakers == ["Orla Fenwick"])
    }
}
