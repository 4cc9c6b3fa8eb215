import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the ninth round of real-news attribution (issue 13): "he" after a
/// person of whom nothing tells the gender is the person "he" has stood for since that person was
/// named, when the paragraph does not name them. Invented text.
@Suite struct AttributionPronounHolderCasesTests {
    static let threat = [
        "Rep. Zerai Okonta, D-Ohio, spoke at the rally in March.",
        "Tomas Brenner, 48, of Dover, pleaded guilty to making threats, prosecutors said.",
        "He was arrested in May after a call to the office of Okonta.",
        "During the call, he asked about the budget and said the office would “pay for this one day soon.”",
        "Okonta is one of the youngest members of the House.",
        "The aide who took the call recalled that he said, “I know where you park your car.”",
    ]

    @Test func thePronounKeepsItsHolder() {
        #expect(AttributionLoneWitnessCasesTests.speakers(Self.threat) == ["Tomas Brenner", "Tomas Brenner"])
    }

    /// Guard: a person first named after the pronoun's last use is whom the next "he" means.
    @Test func aNewcomerTakesTheNextPronoun() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Tomas Brenner, the treasurer, opened the meeting. He said the council had run out of money.",
            "Zerai Okonta, a newcomer to the board, stood up next.",
            "He said: “We cannot cut the library again this year.”",
        ]) == ["Zerai Okonta"])
    }

    /// Guard: a pronoun in the paragraph that names the person is theirs.
    @Test func thePronounAfterItsName() {
        var paragraphs = Array(Self.threat.dropLast(2))
        paragraphs.append("Okonta spoke to reporters on Friday, saying he would not be scared off. He added, “We will keep the office open.”")
        #expect(AttributionLoneWitnessCasesTests.speakers(paragraphs) == ["Tomas Brenner", "Zerai Okonta"])
    }
}
