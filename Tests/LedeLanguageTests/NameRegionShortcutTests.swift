import Testing
@testable import LedeLanguage

/// `NameKnowledge.region` (its glue reading tokens in place, scalars counted only past the small
/// word's length in bytes) against the glue it replaced, on every span of sentences written here.
@Suite struct NameRegionShortcutTests {
    /// The region of before, with the joiners' set asked of every token and each token copied.
    static func reference(_ words: Range<Int>, _ tokens: [Token]) -> Range<Int> {
        func name(_ i: Int) -> Bool { tokens[i].isWord && tokens[i].isCapitalized }
        func glue(_ i: Int) -> Bool {
            let t = tokens[i]
            if NameFeatures.joiners.contains(t.text) { return true }
            if !t.isWord { return t.text == "'" || t.text == "’" || t.text == "." && i > 0 && tokens[i - 1].range.upperBound == t.range.lowerBound }
            if t.text == "s", i > 0, tokens[i - 1].text == "'" || tokens[i - 1].text == "’" { return true }
            return t.startsLowercase && t.text.unicodeScalars.count <= NameKnowledge.longestSmallWord
        }
        var lo = words.lowerBound, hi = words.upperBound
        while true {
            var k = lo - 1, joins = 0
            while k >= 0, joins < NameFeatures.longestJoin, glue(k) { k -= 1; joins += 1 }
            guard k >= 0, name(k) else { break }
            lo = k
        }
        while true {
            var k = hi, joins = 0
            while k < tokens.count, joins < NameFeatures.longestJoin, glue(k) { k += 1; joins += 1 }
            guard k < tokens.count, name(k) else { break }
            hi = k + 1
        }
        return lo..<hi
    }

    @Test func regionMatchesTheGlueItReplaced() {
        let sentences = [
            "The Vale of Orrin Water Board met the Friends of the Marsh in Port Avery.",
            "Workers' Party and People's Party leaders met at St. Brannock Hall on Tuesday.",
            "Liberalen en Democraten joined Unión de Pueblos del Sur and Les Amis du Lac.",
            "Dr. Ilse van der Berg of the Institute for Café Économie said ça va to Åsa.",
            "A ﬁne day: the Q.R.S. Trust ’s head, Mira O’Dell, spoke to the Nörd Group’s staff.",
            "Then über and naïve and ıt and ǆo were small words between Xander and Yelena Brook.",
        ]
        for text in sentences {
            let chars = Array(text.unicodeScalars)
            let tokens = WordTokenizer.tokens(chars, in: 0..<chars.count)
            for lo in tokens.indices {
                for hi in (lo + 1)...tokens.count {
                    #expect(NameKnowledge.region(lo..<hi, tokens) == Self.reference(lo..<hi, tokens), "\(text) \(lo)..<\(hi)")
                }
            }
        }
    }
}
