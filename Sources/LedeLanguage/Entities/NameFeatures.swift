/// The features the name tagger reads for each word of a sentence, hashed to 32 bits: the word's
/// lower-case form, shape, prefixes and suffixes, capitalisation, position in the sentence, Lede's
/// gazetteer, the neighbouring words and shapes, and (added while decoding) the previous tags.
///
/// ```swift
/// let f = NameFeatures(words: ["Jane", "Roe", "said", "."])
/// var out: [UInt32] = []
/// f.features(at: 0, into: &out)      // hashes of "w=jane", "shape=Xx", "next=roe", …
/// ```
struct NameFeatures {
    let words: [String]
    private let lower: [String]
    private let shape: [String]
    private let capital: [Bool]

    init(words: [String]) {
        self.words = words
        lower = words.map { $0.lowercased() }
        shape = words.map(NameFeatures.shape)
        capital = words.map { $0.first?.isUppercase ?? false }
    }

    /// "McCain" → "XxXx", "U.S." → "X.X.", "1,000" → "d,d": runs of a character class collapsed.
    static func shape(_ w: String) -> String {
        var out = ""
        var last: Character = " "
        for c in w.prefix(12) {
            let k: Character = c.isUppercase ? "X" : c.isLowercase ? "x" : c.isNumber ? "d" : c
            if k != last { out.append(k); last = k }
        }
        return out
    }

    /// Feature templates: one byte mixed into the hash so "w=may" and "next=may" differ.
    enum Template: UInt8 {
        case bias = 1, word, shape, prefix1, prefix2, prefix3, suffix2, suffix3, suffix4, capitalised, allCaps
        case first, previousWord, nextWord, previous2, next2, previousShape, nextShape, gazetteer, nextGazetteer
        case previousGazetteer, previousTag, tagAndShape, twoTags, wordAndNext, previousAndWord, capitalisedRun
        case previousCapital, nextCapital, shapeContext, length
    }

    static func hash(_ t: Template, _ s: Substring) -> UInt32 {
        var h: UInt32 = 2166136261
        h = (h ^ UInt32(t.rawValue)) &* 16777619
        for b in s.utf8 { h = (h ^ UInt32(b)) &* 16777619 }
        return h
    }

    static func hash(_ t: Template, _ s: String) -> UInt32 { hash(t, Substring(s)) }

    static func hash(_ t: Template, _ a: String, _ b: String) -> UInt32 {
        var h = hash(t, a)
        h = (h ^ 0x1F) &* 16777619
        for c in b.utf8 { h = (h ^ UInt32(c)) &* 16777619 }
        return h
    }

    private func word(_ i: Int) -> String { i < 0 ? "<s>" : i >= words.count ? "</s>" : lower[i] }
    private func shapeAt(_ i: Int) -> String { i < 0 ? "<s>" : i >= words.count ? "</s>" : shape[i] }

    /// What Lede's own lists say of a word: a place, an organisation, a title, a nationality, a
    /// calendar word, a function word, a word that ends organisations or places.
    private func gazetteerClass(_ i: Int) -> String {
        guard i >= 0, i < words.count else { return "edge" }
        let w = words[i]
        if Gazetteer.titles.contains(w) { return "title" }
        if Gazetteer.places.contains(w) { return "place" }
        if Gazetteer.organisations.contains(w) { return "org" }
        if Gazetteer.demonyms.contains(w) { return "demonym" }
        if Gazetteer.calendar.contains(w) { return "calendar" }
        if Gazetteer.organisationWords.contains(w) { return "orgword" }
        if Gazetteer.placeWords.contains(w) { return "placeword" }
        if Gazetteer.placePrefixes.contains(w) { return "placeprefix" }
        if Gazetteer.organisationNouns.contains(lower[i]) { return "orgnoun" }
        if SpeechVerbs.cues.contains(lower[i]) { return "speech" }
        if Gazetteer.commonWords.contains(w) { return "common" }
        return "-"
    }

    /// The features of word `i` that do not depend on the tags decoded before it.
    func features(at i: Int, into out: inout [UInt32]) {
        let w = lower[i]
        out.append(Self.hash(.bias, ""))
        out.append(Self.hash(.word, w))
        out.append(Self.hash(.shape, shape[i]))
        out.append(Self.hash(.prefix1, w.prefix(1)))
        out.append(Self.hash(.prefix2, w.prefix(2)))
        out.append(Self.hash(.prefix3, w.prefix(3)))
        out.append(Self.hash(.suffix2, w.suffix(2)))
        out.append(Self.hash(.suffix3, w.suffix(3)))
        out.append(Self.hash(.suffix4, w.suffix(4)))
        out.append(Self.hash(.length, String(min(w.count, 8))))
        out.append(Self.hash(.first, i == 0 ? "1" : capital[i] ? "0C" : "0"))
        out.append(Self.hash(.previousWord, word(i - 1)))
        out.append(Self.hash(.nextWord, word(i + 1)))
        out.append(Self.hash(.previous2, word(i - 2)))
        out.append(Self.hash(.next2, word(i + 2)))
        out.append(Self.hash(.previousShape, shapeAt(i - 1)))
        out.append(Self.hash(.nextShape, shapeAt(i + 1)))
        out.append(Self.hash(.shapeContext, shapeAt(i - 1) + "|" + shape[i] + "|" + shapeAt(i + 1)))
        let g = gazetteerClass(i)
        out.append(Self.hash(.gazetteer, g))
        out.append(Self.hash(.previousGazetteer, gazetteerClass(i - 1)))
        out.append(Self.hash(.nextGazetteer, gazetteerClass(i + 1)))
        out.append(Self.hash(.wordAndNext, w, word(i + 1)))
        out.append(Self.hash(.previousAndWord, word(i - 1), w))
        // How long the run of capitalised words around this one is, and where this word stands in it.
        var lo = i, hi = i
        if capital[i] {
            while lo > 0, capital[lo - 1] { lo -= 1 }
            while hi + 1 < words.count, capital[hi + 1] { hi += 1 }
        }
        out.append(Self.hash(.capitalisedRun, capital[i] ? "\(min(hi - lo + 1, 4)):\(min(i - lo, 3))" : "-"))
        out.append(Self.hash(.previousCapital, i > 0 && capital[i - 1] ? "1" : "0"))
        out.append(Self.hash(.nextCapital, i + 1 < words.count && capital[i + 1] ? "1" : "0"))
    }

    /// The features that read the tags decoded before word `i`.
    func tagFeatures(at i: Int, previous: NameTag, previous2: NameTag, into out: inout [UInt32]) {
        let p = String(previous.rawValue), p2 = String(previous2.rawValue)
        out.append(Self.hash(.previousTag, p))
        out.append(Self.hash(.tagAndShape, p, shape[i]))
        out.append(Self.hash(.twoTags, p2, p))
    }
}
