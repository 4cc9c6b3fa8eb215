import Testing
@testable import LedeLanguage

/// The tagger's shortcuts against the code they stand for: `startsUppercase` against the scalar
/// view's first scalar, `placeAndGivenName` against the two look-ups.
@Suite struct NameFeaturesShortcutTests {
    static let words = ["", "A", "Z", "a", "@", "[", "Jane", "jane", "1990", "Émile", "émile", "Ωmega", "ωmega",
                        "Łódź", "’s", "\u{301}Accent", "ǅemal", "Ⅻ", "ß", "İstanbul", "東京", "A.", "U.S.", " Space"]

    @Test func startsUppercaseMatchesTheFirstScalar() {
        for w in Self.words {
            #expect(NameFeatures.startsUppercase(w) == (w.unicodeScalars.first?.isUppercase ?? false), "\(w)")
        }
        // Every first scalar of the Basic Multilingual Plane's first pages.
        for v in UInt32(0)..<0x3000 {
            guard let s = Unicode.Scalar(v) else { continue }
            let w = String(Character(s)) + "x"
            #expect(NameFeatures.startsUppercase(w) == (w.unicodeScalars.first?.isUppercase ?? false), "\(v)")
        }
    }

    @Test func placeAndGivenNameMatchesBothLookUps() {
        let lists = NameLists.shared
        for w in Self.words + ["Paris", "John", "Hope", "Springfield", "Georgia", "Jordan", "Tartu", "Mark"] {
            let both = lists.placeAndGivenName(w)
            #expect(both.place == lists.isPlace(w), "\(w)")
            #expect(both.given == lists.givenNameFrequency(w), "\(w)")
        }
    }
}

