import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the seventh round of real-news attribution (issue 13): "Senator
/// Jim Harlan of Texas, who voted against, said" is Jim Harlan. A run of capitalised words that opens
/// on a title and a given name and joins "of" and a place the gazetteer knows is a person from that
/// place, not a title before a place. Invented text.
@Suite struct AttributionTitledPersonOfPlaceCasesTests {
    @Test func aTitledPersonOfAPlaceSpeaks() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "The Senate passed the water bill by two votes on Tuesday.",
            "Senator Jim Harlan of Texas, who voted against, said the bill would hurt farmers. “This takes water from the people who grow our food,” he said.",
        ]) == ["Jim Harlan"])
    }

    @Test func theRunIsSplitBeforeThePlace() {
        let names = Self.runs("Mayor Alice Brennan of Denver opened the bridge.").map(\.name)
        #expect(names == ["Alice Brennan", "Denver"])
    }

    /// Guards: a ruler's "of" belongs to the name, a regnal number ends no person's name before a
    /// place, and "of" before what is no place the gazetteer knows is not split on.
    @Test func rulersAndBodiesStayWhole() {
        #expect(!Self.runs("King Henry Tudor of England rode north.").map(\.name).contains("Henry Tudor"))
        #expect(!Self.runs("Judge Mary Stuart II of Boston sat late.").map(\.name).contains("Mary Stuart II"))
        #expect(!Self.runs("Minister Jo Hart of Foreign Affairs left early.").map(\.name).contains("Jo Hart"))
    }

    static func runs(_ text: String) -> [NameRun] {
        let chars = Array(text.unicodeScalars)
        return NameRun.find(in: WordTokenizer.tokens(chars, in: 0..<chars.count))
    }
}

/// "the Jewish state's premier called" after "Israeli Prime Minister Ana Soto": a title of two words
/// stands for the noun news also calls its holder by. Invented text.
@Suite struct AttributionTwoWordTitleCasesTests {
    @Test func thePremierIsThePrimeMinister() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Israeli Prime Minister Ana Soto signed the water pact in Jerusalem on Monday. The envoy, Lars Berg, flew in for the signing.",
            "Berg left at noon. The Jewish state's premier called the deal “a new start for the region.”",
        ]) == ["Ana Soto"])
    }

    /// Guard: another minister is no premier.
    @Test func anotherMinisterIsNoPremier() {
        #expect(TitleRoles.nouns(forPrefix: ["Prime", "Minister"]) == ["premier"])
        #expect(TitleRoles.nouns(forPrefix: ["Foreign", "Minister"]).isEmpty)
        #expect(TitleRoles.nouns(forPrefix: ["Minister"]).isEmpty)
    }
}
