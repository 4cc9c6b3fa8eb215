import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the tenth round of real-news attribution (issue 13): a pronoun
/// after a quotation is not a person the quotation names; "X and his team wrote" is X; "Goddard
/// planetary scientist Ava Mandel said" is the person after the role, not the body before it.
/// Invented text.
@Suite struct AttributionTenthRoundCasesTests {
    /// `“I cannot believe Ruth would …,” she said`: a speaker does not name herself in her own words.
    @Test func thePronounIsNotWhomTheQuotationNames() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "A cheerful woman in her eighties, Joan Pell lives in a retirement home in Ohio. She spoke with pride of her nephew.",
            "She gave me an email address for his sister, Ruth Cole. “I cannot believe Ruth would not want his books back in print,” she said.",
        ]) == ["Joan Pell"])
    }

    /// Guard: a quotation that names no one leaves the pronoun to the person in focus.
    @Test func thePronounAfterAQuotationNamingNoOne() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "A cheerful woman in her eighties, Joan Pell lives in a retirement home in Ohio.",
            "She gave me an email address for his sister, Ruth Cole. “I cannot believe they would not want his books back in print,” she said.",
        ]) == ["Ruth Cole"])
    }

    /// `“…,” Lucas Paganini and his team wrote`: the leader of the group speaks.
    @Test func aNameAndTheTeamItLeads() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Maria Olsen chaired the panel on Monday.",
            "“We suggest that the water escapes at lower levels than estimated,” Lucas Paganini and his team wrote in the paper.",
        ]) == ["Lucas Paganini"])
    }

    /// `“…,” Goddard planetary scientist Ava Mandel said`: a body or a place, a role in lower case, then
    /// the person's name: the person speaks, also for the next quotation of the paragraph.
    @Test func aBodyBeforeARoleBeforeTheName() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Howard Gale opened the meeting on Monday.",
            "“We performed more checks on the data,” Goddard planetary scientist Ava Mandel said of the discovery in the statement. “But we will have to get closer.”",
        ]) == ["Ava Mandel", "Ava Mandel"])
    }

    /// Guard: two people joined by "and" are no body and its role, and no one person speaks.
    @Test func twoPeopleJoinedByAnd() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "“We will appeal the ruling as soon as the court opens,” Ava Mandel and Howard Gale said in a statement.",
        ]) == [nil])
    }
}
