import Testing
@testable import LedeLanguage

/// The name tagger's fast paths against the plain code they replace (issue 13, speed): a word's
/// hashes from one walk over its scalars, a run of words asked of the place lists by a running hash,
/// and the model's one-array probe. Each must give exactly what the reference gives.
@Suite struct NameFastPathTests {
    /// Written for this test: ASCII, accents, digits and punctuation, other scripts, and words
    /// shorter than every prefix and suffix the features read.
    static let words = ["", "a", "ab", "abc", "abcd", "abcde", "mccain", "u.s.", "1,000", "état", "naïve",
                        "zürich-nord", "日本語", "łódź", "o'neill", "x", "—", "straße"]

    @Test func wordHashesMatchTheSlices() {
        for w in Self.words {
            let s = Array(w.unicodeScalars)
            let v = NameFeatures.hashes(ofLowercased: w)
            #expect(v.whole == NameFeatures.fnv(s[...]), "\(w)")
            #expect(v.whole == NameFeatures.fnv(w), "\(w)")
            #expect(v.count == s.count, "\(w)")
            let reference = [s.prefix(1), s.prefix(2), s.prefix(3), s.suffix(2), s.suffix(3), s.suffix(4)].map { NameFeatures.fnv($0) }
            let a = v.affixes
            #expect([a.0, a.1, a.2, a.3, a.4, a.5] == reference, "\(w)")
        }
    }

    /// The string-building reference of `NameFeatures.external`'s runs: the longest run of two to four
    /// words (capitalised words and connectors, ending in a capitalised word) that is a listed place.
    static func referenceExternal(_ words: [String], _ lists: NameLists) -> [UInt32] {
        var out = [UInt32](repeating: 0, count: words.count)
        var i = 0
        while i < words.count {
            let w = words[i]
            guard let f = w.unicodeScalars.first, f.isUppercase else { i += 1; continue }
            var matched = 0
            var name = w, j = i + 1
            var candidates: [(Int, String)] = []
            while j < words.count, j - i < NameLists.longestPlace {
                let u = words[j]
                let capitalised = u.unicodeScalars.first?.isUppercase ?? false
                guard capitalised || NameRun.connectors.contains(u) else { break }
                name += " " + u
                if capitalised { candidates.append((j - i + 1, name)) }
                j += 1
            }
            for (n, candidate) in candidates.reversed() where lists.isPlace(candidate) { matched = n; break }
            if matched > 0 {
                for k in i..<(i + matched) {
                    out[k] = k == i ? NameFeatures.External.placeStart.rawValue : NameFeatures.External.placeInside.rawValue
                }
                i += matched
                continue
            }
            let place = lists.isPlace(w), given = lists.givenNameFrequency(w)
            let c: NameFeatures.External = place && given > 0 ? .placeAndGivenName : place ? .place
                : given >= NameFeatures.commonGivenName ? .commonGivenName : given > 0 ? .rareGivenName : .nothing
            out[i] = c.rawValue
            i += 1
        }
        return out
    }

    @Test func placeRunsByRunningHashMatchTheJoinedStrings() {
        // Invented places and names: a run inside a longer listed run, a connector inside one, a
        // place that is also a given name.
        let lists = NameLists(places: ["Port Quillon", "Port Quillon Harbour", "Vale of Imber", "Tessa", "Orrin Vale",
                                       "Sea of the Marrow"],
                              givenNames: ["Tessa": 3, "Orrin": 9, "Quillon": 1])
        let sentences = [
            "Orrin Vale met Tessa at Port Quillon Harbour on Monday .",
            "The ferry left Port Quillon for the Vale of Imber .",
            "Ships crossed the Sea of the Marrow and Sea of Tessa .",
            "Quillon said Port Quillon Harbour Road was shut .",
            "Orrin Orrin Vale Vale of Imber",
        ].map { $0.split(separator: " ").map(String.init) }
        for words in sentences {
            let reference = Self.referenceExternal(words, lists)
            #expect(NameFeatures.external(words, words.indices, lists) == reference, "\(words)")
            #expect(reference.contains(NameFeatures.External.placeStart.rawValue))
        }
    }

    /// A window's words read the same features whether the words around the window have all their
    /// values computed (the reference) or only those the features read of them.
    @Test func aWindowsContextWordsGiveTheSameFeatures() {
        let lists = NameLists(places: ["Port Quillon", "Vale of Imber"], givenNames: ["Orrin": 9, "Tessa": 3])
        let words = "On Monday Orrin Vale of the Harbour Board met Tessa Quint at Port Quillon , said the Mayor .".split(separator: " ").map(String.init)
        for lo in words.indices {
            for hi in (lo + 1)...min(words.count, lo + 5) {
                let reference = NameFeatures(words: words, window: lo..<hi, lists: lists, everyValue: true)
                let window = NameFeatures(words: words, window: lo..<hi, lists: lists)
                for i in lo..<hi {
                    var a: [UInt32] = [], b: [UInt32] = []
                    reference.features(at: i, into: &a)
                    window.features(at: i, into: &b)
                    #expect(a == b, "word \(i) in \(lo)..<\(hi)")
                    for p in NameTag.allCases {
                        #expect(reference.tagAndShapeFeature(at: i, previous: p) == window.tagAndShapeFeature(at: i, previous: p))
                    }
                }
                // The word after the window: its shape with the tag before (the window's exit).
                if hi < words.count {
                    #expect(reference.tagAndShapeFeature(at: hi, previous: .outside) == window.tagAndShapeFeature(at: hi, previous: .outside))
                }
            }
        }
    }

    @Test func modelProbeMatchesTheDictionary() throws {
        let model = try NameModel.committed()
        try #require(model.featureCount > 0)
        // Every feature the tagger reads on sentences written for this test, the model's own hashes,
        // and hashes it does not hold.
        var features: [UInt32] = Array(model.rows.keys.prefix(500))
        for text in ["Mayor Jane Roe visited Gull Island on Tuesday .", "The Ministry of Harbours said it would appeal .",
                     "\"We are ready,\" said Ansel Marsh, who leads the Tarn Valley Rowing Club ."] {
            let words = text.split(separator: " ").map(String.init)
            let f = NameFeatures(words: words, lists: .empty)
            for i in words.indices { f.features(at: i, into: &features) }
        }
        var state: UInt32 = 12345
        for _ in 0..<2000 { state = state &* 1664525 &+ 1013904223; features.append(state) }
        for f in features {
            var fast = [Float](repeating: 0.25, count: NameTag.count)
            model.score([f], into: &fast)
            var reference = [Float](repeating: 0.25, count: NameTag.count)
            if let r = model.rows[f] {
                for t in 0..<NameTag.count { reference[t] += model.weights[Int(r) * NameTag.count + t] }
            }
            #expect(fast == reference)
            #expect(model.row(f) == model.rows[f].map(Int.init))
        }
        // Whole lists, summed in the same order.
        var fast = [Float](repeating: 0, count: NameTag.count), reference = fast
        model.score(features, into: &fast)
        for f in features { if let r = model.rows[f] { for t in 0..<NameTag.count { reference[t] += model.weights[Int(r) * NameTag.count + t] } } }
        #expect(fast == reference)
    }
}
