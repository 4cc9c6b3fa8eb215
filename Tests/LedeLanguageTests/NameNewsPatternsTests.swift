import Testing
import LedeCore
@testable import LedeLanguage

/// Three patterns of news copy, on sentences written for Lede: an appositive that names a body's noun
/// ("Merrow, a biotechnology company based in Leeds,") makes the name before it a body
/// (`NameKnowledge.appositiveNamesABody`), an appositive about a person does not; a name a
/// preposition governs does not speak ("Police in Manchester said"); an office's word that names a
/// department is part of the body ("the Interior Ministry", `NameRun.isDepartment`), not a title.
@Suite struct NameNewsPatternsTests {
    /// The names the story of `paragraphs` (one sentence each, written for these tests) finds, by kind.
    private func names(_ paragraphs: [String]) -> (people: Set<String>, organisations: Set<String>, places: Set<String>) {
        let s = StoryBuilder().story(of: Article(blocks: paragraphs.map { .paragraph($0) }))
        return (Set(s.people.map(\.name)), Set(s.organisations.map(\.name)), Set(s.places.map(\.name)))
    }

    @Test func aBodysNounInTheAppositiveMakesABody() {
        let found = names([
            "Merrow, a biotechnology company based in Leeds, said its drug had failed a late-stage trial.",
            "Quillon, the software firm, hired 200 engineers last year.",
            "Investors sold shares in Tarvane, the country's largest bank.",
        ])
        #expect(found.organisations.isSuperset(of: ["Merrow", "Quillon", "Tarvane"]), "\(found.organisations)")
        let others = found.people.union(found.places)
        #expect(others.isDisjoint(with: ["Merrow", "Quillon", "Tarvane"]), "\(others)")
    }

    @Test func anAppositiveAboutAPersonLeavesThePerson() {
        let found = names([
            "Ana Pereira, the firm's chief executive, said demand was strong.",
            "Tom Brandle, a union leader, told reporters the talks had failed.",
            "Jo Hartigan, a member of the party since 1990, resigned on Friday.",
        ])
        #expect(found.people.isSuperset(of: ["Ana Pereira", "Tom Brandle", "Jo Hartigan"]), "\(found.people)")
        #expect(found.organisations.isDisjoint(with: ["Ana Pereira", "Tom Brandle", "Jo Hartigan"]), "\(found.organisations)")
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
        let found = names([
            "Police in Manchester said a 34-year-old man had been arrested.",
            "Residents of Tartu said the plant would stay open.",
            "Later, Okafor said the plant would stay open.",
        ])
        #expect(!found.people.contains("Manchester") && !found.people.contains("Tartu"), "\(found.people)")
        #expect(found.people.contains("Okafor"), "\(found.people)")
    }

    @Test func aDepartmentIsABodyNotATitledPerson() {
        let found = names([
            "The Foreign Ministry said the envoy would return on Monday.",
            "Lawyers at the Justice Department and the Interior Ministry disagreed.",
            "Interior Minister Paulo Reis and Justice Elena Kagamine met the envoy.",
        ])
        #expect(found.organisations.isSuperset(of: ["Foreign Ministry", "Justice Department", "Interior Ministry"]), "\(found.organisations)")
        #expect(found.people == ["Paulo Reis", "Elena Kagamine"], "\(found.people)")
    }

    /// "as Postmaster General", "the Foreign Secretary": a run that ends in an office's title names the
    /// office, not a person; a surname that is also a title ("John Major") stays a person.
    @Test func anOfficeIsNoPerson() {
        let found = names([
            "Washington appointed Edmund Randolph as Attorney General and Samuel Osgood as Postmaster General.",
            "The Foreign Secretary met the Deputy Director on Friday, and John Major joined them.",
        ])
        #expect(found.people == ["Edmund Randolph", "Samuel Osgood", "John Major"], "\(found.people)")
    }
}
