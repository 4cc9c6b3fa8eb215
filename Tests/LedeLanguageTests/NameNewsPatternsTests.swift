import Testing
import LedeCore
@testable import LedeLanguage

/// Three patterns of news copy, on sentences written for Lede: an appositive that names a body's noun
/// ("Merrow, a biotechnology company based in Leeds,") makes the name before it a body
/// (`NameKnowledge.appositiveNamesABody`), an appositive about a person does not; a name a
/// preposition governs does not speak ("Police in Manchester said"); an office's word that names a
/// department is part of the body ("the Interior Ministry", `NameRun.isDepartment`), not a title.
@Suite struct NameNewsPatternsTests {
    private func story(_ paragraphs: [String]) -> Story {
        StoryBuilder().story(of: Article(blocks: paragraphs.map { .paragraph($0) }))
    }

    @Test func aBodysNounInTheAppositiveMakesABody() {
        let s = story([
            "Merrow, a biotechnology company based in Leeds, said its drug had failed a late-stage trial.",
            "Quillon, the software firm, hired 200 engineers last year.",
            "Investors sold shares in Tarvane, the country's largest bank.",
        ])
        let organisations = Set(s.organisations.map(\.name))
        #expect(organisations.isSuperset(of: ["Merrow", "Quillon", "Tarvane"]), "\(organisations)")
        let others = Set(s.people.map(\.name)).union(s.places.map(\.name))
        #expect(others.isDisjoint(with: ["Merrow", "Quillon", "Tarvane"]), "\(others)")
    }

    @Test func anAppositiveAboutAPersonLeavesThePerson() {
        let s = story([
            "Ana Pereira, the firm's chief executive, said demand was strong.",
            "Tom Brandle, a union leader, told reporters the talks had failed.",
            "Jo Hartigan, a member of the party since 1990, resigned on Friday.",
        ])
        let people = Set(s.people.map(\.name))
        #expect(people.isSuperset(of: ["Ana Pereira", "Tom Brandle", "Jo Hartigan"]), "\(people)")
        let organisations = Set(s.organisations.map(\.name))
        #expect(organisations.isDisjoint(with: ["Ana Pereira", "Tom Brandle", "Jo Hartigan"]), "\(organisations)")
    }

    /// The pattern itself, token by token: the comma and the article are needed, the noun must head
    /// the phrase, and at most `longestAppositiveLead` words may stand before it.
    @Test func thePattern() {
        func reads(_ text: String) -> Bool {
            let chars = Array(text.unicodeScalars)
            let tokens = WordTokenizer.tokens(chars, in: 0..<chars.count)
            return NameKnowledge.appositiveNamesABody(after: 1, tokens)
        }
        #expect(reads("Merrow , a biotechnology company based in Leeds"))
        #expect(reads("Merrow , the group ."))
        #expect(!reads("Merrow a biotechnology company"))
        #expect(!reads("Merrow , biotechnology company"))
        #expect(!reads("Merrow , a company spokeswoman"))
        #expect(!reads("Merrow , a member of the party"))
        #expect(!reads("Merrow , a very large and rather old regional bank"))
    }

    @Test func aNameAfterAPrepositionDoesNotSpeak() {
        let s = story([
            "Police in Manchester said a 34-year-old man had been arrested.",
            "Residents of Tartu said the plant would stay open.",
            "Later, Okafor said the plant would stay open.",
        ])
        let people = Set(s.people.map(\.name))
        #expect(!people.contains("Manchester") && !people.contains("Tartu"), "\(people)")
        #expect(people.contains("Okafor"), "\(people)")
    }

    @Test func aDepartmentIsABodyNotATitledPerson() {
        let s = story([
            "The Foreign Ministry said the envoy would return on Monday.",
            "Lawyers at the Justice Department and the Interior Ministry disagreed.",
            "Interior Minister Paulo Reis and Justice Elena Kagamine met the envoy.",
        ])
        let organisations = Set(s.organisations.map(\.name))
        #expect(organisations.isSuperset(of: ["Foreign Ministry", "Justice Department", "Interior Ministry"]), "\(organisations)")
        let people = Set(s.people.map(\.name))
        #expect(people == ["Paulo Reis", "Elena Kagamine"], "\(people)")
    }

    /// "as Postmaster General", "the Foreign Secretary": a run that ends in an office's title names the
    /// office, not a person; a surname that is also a title ("John Major") stays a person.
    @Test func anOfficeIsNoPerson() {
        let s = story([
            "Washington appointed Edmund Randolph as Attorney General and Samuel Osgood as Postmaster General.",
            "The Foreign Secretary met the Deputy Director on Friday, and John Major joined them.",
        ])
        let people = Set(s.people.map(\.name))
        #expect(people == ["Edmund Randolph", "Samuel Osgood", "John Major"], "\(people)")
    }
}
