import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the sixth round of real-news attribution (issue 13): "the senator
/// asked" after "Sen. Margaret Oyelowo" is Oyelowo: an abbreviated title before a name stands for its
/// role nouns, as a title written in full does. Invented text.
@Suite struct AttributionTitleRoleCasesTests {
    @Test func anAbbreviatedTitleNamesTheRole() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Sen. Margaret Oyelowo pressed the agency on its budget during the hearing.",
            "“Where did the money go?” the senator asked.",
            "Gov. Daniel Pryce, who spoke later, defended the agency.",
            "“They did what we asked of them,” the governor said.",
            "Rep. Carla Nunez was the last to speak. “This is a scandal,” the congresswoman said.",
        ]) == ["Margaret Oyelowo", "Daniel Pryce", "Carla Nunez"])
    }

    /// Two abbreviated titles: each is a role the person is named by.
    @Test func twoAbbreviatedTitles() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Det. Sgt. Ruth Ellery told the panel the files had been lost.",
            "“We searched every archive,” the detective said.",
        ]) == ["Ruth Ellery"])
    }

    /// A role no title gave stays a description.
    @Test func anotherRoleStaysADescription() {
        #expect(AttributionLoneWitnessCasesTests.quotes([
            "Sen. Margaret Oyelowo pressed the agency on its budget.",
            "“We followed the rules,” the director said.",
        ]).map(\.speakerDescription) == ["the director"])
    }

    @Test func nounsOfATitle() {
        #expect(TitleRoles.nouns(for: "Sen.") == ["sen", "senator", "lawmaker"])
        #expect(TitleRoles.nouns(for: "Mayor") == ["mayor"])
    }
}

/// "the rescue leader added" after "Mountain rescue leader Jon Tveit": a lower-case role right before
/// a name is the noun that stands for the person later. Invented text.
@Suite struct AttributionRoleBeforeNameCasesTests {
    @Test func aRoleWrittenBeforeTheName() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Mountain rescue leader Jon Tveit praised the volunteers who went out in the dark.",
            "The rescue cost about £20,000. “We never send a bill,” the rescue leader added.",
        ]) == ["Jon Tveit"])
    }

    /// A verb of saying, a past, a participle or a preposition before a name is no role.
    @Test func aVerbBeforeANameIsNoRole() {
        #expect(StoryAnalysis.roleBefore(2, Self.tokens("union steward Paolo Renzi")) == "steward")
        #expect(StoryAnalysis.roleBefore(1, Self.tokens("told Paolo Renzi")) == nil)
        #expect(StoryAnalysis.roleBefore(1, Self.tokens("thanking Paolo Renzi")) == nil)
        #expect(StoryAnalysis.roleBefore(1, Self.tokens("thanked Paolo Renzi")) == nil)
        #expect(StoryAnalysis.roleBefore(1, Self.tokens("with Paolo Renzi")) == nil)
    }

    static func tokens(_ text: String) -> [Token] {
        let chars = Array(text.unicodeScalars)
        return WordTokenizer.tokens(chars, in: 0..<chars.count)
    }
}
