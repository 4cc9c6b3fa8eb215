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

/// `NameFeatures.shape` (ASCII over bytes) against the scalar walk it stands for.
@Suite struct NameShapeShortcutTests {
    static func scalarShape(_ w: String) -> UInt32 {
        var h: UInt32 = 2166136261
        var last: UInt32 = 0
        var n = 0
        for c in w.unicodeScalars {
            n += 1
            if n > 12 { break }
            let k = NameFeatures.shapeClass(c)
            if k != last { h = (h ^ k) &* 16777619; last = k }
        }
        return h
    }

    @Test func shapeMatchesTheScalarWalk() {
        var words = NameFeaturesShortcutTests.words + ["McCain", "U.S.", "1,000", "ABCDEFGHIJKLmnop", "abcdefghijklé", "abcdefghijkéz",
                                                       "Ab-Cd_9", "x", "iPhone15", "COVID-19", "Zürich", "naïve", "\u{7F}\u{1}"]
        // Every ASCII byte alone, before and after a letter.
        for b in UInt8(0)..<0x80 { let c = String(UnicodeScalar(b)); words += [c, "a" + c, c + "Z", c + "é"] }
        for w in words { #expect(NameFeatures.shape(w) == Self.scalarShape(w), "\(w)") }
    }
}
