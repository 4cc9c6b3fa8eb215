import Foundation
import Testing
@testable import LedeLanguage

/// `NameKnowledge.hasSpace` answers what Foundation's `contains(" ")` answers, from the bytes when a
/// name is ASCII: checked on names written for this test, with a space, without, and with a
/// combining mark after a space (where the byte test alone would differ from the search).
@Suite struct NameSpaceCheckTests {
    @Test(arguments: ["Jane Roe", "Roe", "", " ", "Port Avery Harbour", "Zoë Quist", "Zoë", "a \u{301}b", "\u{301} x", "Łódź Voivodeship", "X\u{A0}Y"])
    func hasSpaceAnswersAsTheSearch(_ name: String) {
        #expect(NameKnowledge.hasSpace(name) == name.contains(" "))
    }
}
