import Foundation
import Testing
import LedeCore
@testable import LedeLanguage

/// The failure kinds of issue 13's names, one test each, on an article written for Lede
/// (Tests/LedeLanguageTests/Fixtures/names-evidence.txt), and the installed gazetteers (`NameLists`):
/// missing, read from files, and marking the words of a place of several words.
@Suite struct NameEvidenceTests {
    static let installed = !NameLists.shared.isEmpty

    /// "Kadri Ilves, 52, …" then "Ilves kept her ovens going": one person, the surname a mention of her;
    /// "Inspector Marten said": a name a title introduces is a person though it is one word.
    @Test func singleWordAfterTheFullNameOrATitle() throws {
        let story = try StoryFixture.story(fixture: "names-evidence.txt")
        let people = Dictionary(uniqueKeysWithValues: story.people.map { ($0.name, $0) })
        #expect(people["Kadri Ilves"]?.age == 52)
        #expect(people["Kadri Ilves"]?.aliases.contains("Ilves") == true, "\(story.people)")
        #expect(people["Ilves"] == nil)
        #expect(people["Marten"] != nil, "\(people.keys.sorted())")
    }

    /// Towns the built-in list does not hold ("Tartu", "Viljandi"; "Cedar Rapids" and "Baton Rouge",
    /// which the rules alone read as people's names) are places from the installed GeoNames list.
    @Test(.enabled(if: NameEvidenceTests.installed, "deps/gazetteers not installed: run scripts/setup.sh"))
    func lesserKnownPlacesFromTheGazetteer() throws {
        let story = try StoryFixture.story(fixture: "names-evidence.txt")
        let places = Set(story.places.map(\.name))
        #expect(places.isSuperset(of: ["Tartu", "Viljandi", "Cedar Rapids", "Baton Rouge"]), "\(places)")
        let people = Set(story.people.map(\.name))
        #expect(people.isDisjoint(with: ["Cedar Rapids", "Baton Rouge", "Tartu", "Viljandi"]), "\(people)")
    }

    /// "the Harbour Rowing Club and the River Rescue League": two bodies, neither of them a person.
    @Test func multiWordBodiesAreNotPeople() throws {
        let story = try StoryFixture.story(fixture: "names-evidence.txt")
        let organisations = Set(story.organisations.map(\.name))
        #expect(organisations.isSuperset(of: ["Harbour Rowing Club", "River Rescue League"]), "\(organisations)")
        #expect(!organisations.contains { $0.contains(" and ") }, "\(organisations)")
        let people = story.people.map(\.name)
        #expect(!people.contains { $0.contains("Club") || $0.contains("League") }, "\(people)")
    }

    /// A heading ("Opening Hours") and days and eras ("Election Day", "the Middle Ages") are nobody.
    @Test func capitalisedPhrasesAreNotPeople() throws {
        let story = try StoryFixture.story(fixture: "names-evidence.txt")
        #expect(Set(story.people.map(\.name)) == ["Kadri Ilves", "Marten"], "\(story.people.map(\.name))")
    }

    /// Without the packages the lists are empty, a story is still built and the tagger still tags.
    @Test func missingListsAreEmptyNotAnError() {
        #expect(NameLists.load(from: nil).isEmpty)
        #expect(NameLists.load(from: "/nonexistent/deps/gazetteers").isEmpty)
        let tagger = NameTagger(lists: .empty)
        let tags = tagger.tags(["Mayor", "Jane", "Roe", "visited", "Tartu", "."])
        #expect(tags.count == 6)
        let article = Article(blocks: [.paragraph("Jane Roe, 40, visited Tartu on Monday, Roe said.")])
        let story = StoryBuilder(nameTagger: tagger).story(of: article)
        #expect(story.people.map(\.name) == ["Jane Roe"])
    }

    /// The two list files as `scripts/convert_gazetteers.py` writes them, read back.
    @Test func listsAreReadFromTheirFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lede-names-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Port Quillon\nVellmar\n".write(to: dir.appendingPathComponent("places.txt"), atomically: true, encoding: .utf8)
        try "Ansa\t7\nBirk\t2\n".write(to: dir.appendingPathComponent("given-names.txt"), atomically: true, encoding: .utf8)
        let lists = NameLists.load(from: dir.path)
        #expect(lists.placeCount == 2 && lists.givenNameCount == 2)
        #expect(lists.isPlace("Vellmar") && lists.isPlace("Port Quillon") && !lists.isPlace("Port"))
        #expect(lists.givenNameFrequency("Ansa") == 7 && lists.givenNameFrequency("Birk") == 2 && lists.givenNameFrequency("Cato") == 0)
        #expect(lists.bytes == 35)
    }

    /// A place of several words marks each of its words; a given name is told common or rare.
    @Test func featuresMarkPlacesOfSeveralWords() {
        let lists = NameLists(places: ["Port Quillon", "Vellmar"], givenNames: ["Ansa": 7, "Birk": 2])
        let words = ["Ansa", "and", "Birk", "sailed", "from", "Port", "Quillon", "to", "Vellmar", "."]
        let classes = NameFeatures.external(words, words.indices, lists).map { NameFeatures.External(rawValue: $0) }
        #expect(classes == [.commonGivenName, .nothing, .rareGivenName, .nothing, .nothing, .placeStart, .placeInside,
                            .nothing, .place, .nothing])
    }
}
