import LedeCore

/// The features the name tagger reads for each word of a sentence, hashed to 32 bits: the word's
/// lower-case form, shape, prefixes and suffixes, capitalisation, position in the sentence, Lede's
/// gazetteer, the installed place and given-name lists (``NameLists``: a word or a run of words that
/// is a place, a given name and how common), the neighbouring words and shapes, and (added while
/// decoding) the previous tags.
/// Each word's strings are hashed once; a feature mixes a template number into those hashes.
///
/// ```swift
/// let f = NameFeatures(words: ["Jane", "Roe", "said", "."])
/// var out: [UInt32] = []
/// f.features(at: 0, into: &out)      // hashes of word=jane, shape=Xx, next=roe, …
/// ```
struct NameFeatures {
    /// Words in the sentence.
    let count: Int
    /// The first word whose values were computed (all of them, or a window and two words around it).
    private let offset: Int
    /// Each computed word's own values, in one array (one allocation per sentence or window; the
    /// list classes and runs had an array each, two allocations a window in the tagger's profile).
    private let values: [Word]
    /// Whether the installed word clusters are read (their features are left out when they are not:
    /// the weights trained without them then score exactly as before).
    private let clustered: Bool

    /// A word's own values: its lower-case form's hash, shape, prefixes and suffixes (hashes), length
    /// in scalars (at most 8), whether it is capitalised, its gazetteer class, and how the system's
    /// English word lists write it (`EnglishLexicon.Use`). Words read only as context leave out what
    /// no feature reads of them (zeros): affixes and length beyond the window, shape, gazetteer and
    /// word-list use two words away.
    struct Word {
        var lower: UInt32 = 0, shape: UInt32 = 0
        var affixes: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0, 0)
        var length: UInt32 = 0
        var capital = false
        var gazetteer: UInt32 = 0, lexical: UInt32 = 0
        /// The word's packed ``WordClusters`` value (0: unknown), read for the window's words.
        var cluster: UInt32 = 0
        /// What the installed lists say of the word (`External`).
        var external: UInt32 = 0
        /// Where the word stands in a run of capitalised words (joined by at most `longestJoin`
        /// connectors) and what ends the run: `RunContext`.
        var run = RunContext()
    }

    /// The run of capitalised words a word stands in: "University of Texas", "Labour Party" — the
    /// run's last word tells a body or a place from a person before the decoder reaches it.
    struct RunContext {
        /// 0: not in a run of two names or more; 1: first word; 2: inside; 3: last word.
        var position: UInt32 = 0
        /// The lower-case hash and the gazetteer class of the run's last and first words.
        var last: UInt32 = 0, lastClass: UInt32 = 0, first: UInt32 = 0
    }

    /// Lower-case words that may join the capitalised words of one name ("Bank of England",
    /// "Ministry for the Environment"), at most this many in a row.
    static let joiners: WordSet = ["of", "for", "the", "de", "del", "la", "van", "von", "der", "du", "and", "on"]
    static let longestJoin = 2

    /// Whether `w` is one of `joiners`, a word longer than all of them answered without hashing it
    /// (most words the tagger's runs step over are).
    @inline(__always)
    static func isJoiner(_ w: String) -> Bool { w.utf8.count <= longestJoiner && joiners.contains(w) }
    static let longestJoiner = joiners.map(\.utf8.count).max() ?? 0

    /// Whether `w` begins with an upper-case scalar (`w.unicodeScalars.first?.isUppercase`), an ASCII
    /// first byte answered from the byte: the scalar view's `first` was a tenth of the features' time.
    @inline(__always)
    static func startsUppercase(_ w: String) -> Bool {
        guard let b = w.utf8.first else { return false }
        if b < 0x80 { return b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
        return w.unicodeScalars.first?.isUppercase ?? false
    }

    /// The same for ``NameRun/connectors``.
    @inline(__always)
    static func isConnector(_ w: String) -> Bool { w.utf8.count <= longestConnector && NameRun.connectors.contains(w) }
    static let longestConnector = NameRun.connectors.map(\.utf8.count).max() ?? 0

    /// What ``NameLists`` say of a word: part of a place name of several words, a place, a given name.
    enum External: UInt32 {
        case nothing = 0, place, commonGivenName, rareGivenName, placeAndGivenName, placeStart, placeInside
    }

    /// A given name this common somewhere (of 13 classes in the list) is a common one: "John" (10),
    /// "Mark" (8); rarer ones ("Hope" 3) are often words too.
    static let commonGivenName: UInt8 = 6

    /// Features for every word of the sentence, or only for those in `window` (and the two words
    /// either side that its features read). `everyValue` computes all of a context word's values too
    /// (the reference the tests compare the leaner default with).
    init(words: [String], window: Range<Int>? = nil, lists: NameLists = .shared, everyValue: Bool = false) {
        count = words.count
        let read = window ?? words.indices
        let lo = max(0, read.lowerBound - 2), hi = min(words.count, read.upperBound + 2)
        offset = lo
        var values: [Word] = []
        values.reserveCapacity(hi - lo)
        let lexicon = EnglishLexicon.shared
        let clusters = lists.clusters
        clustered = !clusters.isEmpty
        // The gazetteer's tables read once (a static's lazy guard at every word showed in profiles).
        let capitalClasses = Self.capitalClasses, lowerClasses = Self.lowerClasses
        for k in lo..<hi {
            let w = words[k]
            let l = w.lowercasedQuickly
            var v = Word()
            v.capital = Self.startsUppercase(w)
            if everyValue || read.contains(k) {
                // A word of the window: everything.
                let h = Self.hashes(ofLowercased: l)
                v.lower = h.whole
                v.affixes = h.affixes
                v.length = UInt32(min(h.count, 8))
                if clustered { v.cluster = clusters.value(w) }
            } else {
                v.lower = Self.fnv(l)
            }
            // The window and one word either side: shape, gazetteer and word lists are read there.
            if everyValue || k >= read.lowerBound - 1 && k <= read.upperBound {
                v.shape = Self.shape(w)
                v.gazetteer = Self.gazetteerClass(w, l, capitalClasses, lowerClasses)
                v.lexical = UInt32(lexicon.use(ofLowercased: l).rawValue)
            }
            values.append(v)
        }
        if !lists.isEmpty { Self.external(words, lo..<hi, lists) { values[$0].external = $1 } }
        Self.runs(words, lo..<hi) { values[$0].run = $1 }
        self.values = values
    }

    /// The `RunContext` of each word of `range`; a run may reach past the range, so its edges are
    /// found on the whole sentence (each run is walked once).
    static func runs(_ words: [String], _ range: Range<Int>) -> [RunContext] {
        var out = [RunContext](repeating: RunContext(), count: range.count)
        runs(words, range) { out[$0] = $1 }
        return out
    }

    /// The same, each word's context given to `set` with the word's place in `range` (words outside
    /// every run are not given).
    @inline(__always)
    static func runs(_ words: [String], _ range: Range<Int>, set: (Int, RunContext) -> Void) {
        func capitalised(_ i: Int) -> Bool { startsUppercase(words[i]) }
        var i = range.lowerBound
        // Step back to the start of a run the range begins inside.
        while i > 0, i < words.count, capitalised(i) {
            var k = i - 1, joins = 0
            while k >= 0, joins < longestJoin, isJoiner(words[k]) { k -= 1; joins += 1 }
            guard k >= 0, capitalised(k), joins > 0 || k == i - 1 else { break }
            i = k
        }
        while i < range.upperBound {
            guard capitalised(i) else { i += 1; continue }
            // The capitalised words of the run starting at i.
            var names = [i]
            var j = i + 1
            while j < words.count {
                if capitalised(j) { names.append(j); j += 1; continue }
                var k = j, joins = 0
                while k < words.count, joins < longestJoin, isJoiner(words[k]) { k += 1; joins += 1 }
                guard joins > 0, k < words.count, capitalised(k) else { break }
                j = k
            }
            if names.count >= 2 {
                let lastWord = words[names[names.count - 1]]
                let lastLower = lastWord.lowercasedQuickly
                let last = fnv(lastLower), first = fnv(words[i].lowercasedQuickly)
                let lastClass = gazetteerClass(lastWord, lastLower)
                for (n, k) in names.enumerated() where range.contains(k) {
                    let position: UInt32 = n == 0 ? 1 : n == names.count - 1 ? 3 : 2
                    set(k - range.lowerBound, RunContext(position: position, last: last, lastClass: lastClass, first: first))
                }
            }
            i = names[names.count - 1] + 1
        }
    }

    /// The `External` class of each word of `range`: runs of two to four words that the lists know as
    /// one place first (longest first), then single words.
    static func external(_ words: [String], _ range: Range<Int>, _ lists: NameLists) -> [UInt32] {
        var out = [UInt32](repeating: 0, count: range.count)
        external(words, range, lists) { out[$0] = $1 }
        return out
    }

    /// The same, each word's class given to `set` with the word's place in `range` (words of no
    /// class, 0, are not always given).
    @inline(__always)
    static func external(_ words: [String], _ range: Range<Int>, _ lists: NameLists, set: (Int, UInt32) -> Void) {
        var i = range.lowerBound
        while i < range.upperBound {
            let w = words[i]
            guard startsUppercase(w) else { i += 1; continue }
            var matched = 0
            if i + 1 < words.count {
                // The runs "w u1", "w u1 u2", … hashed as their words are joined with spaces (no
                // string built); the longest that ends in a capitalised word and is a place wins.
                var name = NameLists.hashStart
                NameLists.hash(w.utf8, into: &name)
                var j = i + 1
                while j < words.count, j - i < NameLists.longestPlace {
                    let u = words[j]
                    let capitalised = startsUppercase(u)
                    guard capitalised || isConnector(u) else { break }
                    NameLists.hash(CollectionOfOne(UInt8(ascii: " ")), into: &name)
                    NameLists.hash(u.utf8, into: &name)
                    if capitalised, lists.isPlace(runningHash: name) { matched = j - i + 1 }
                    j += 1
                }
            }
            if matched > 0 {
                for k in i..<min(i + matched, range.upperBound) {
                    set(k - range.lowerBound, k == i ? External.placeStart.rawValue : External.placeInside.rawValue)
                }
                i += matched
                continue
            }
            let (place, given) = lists.placeAndGivenName(w)
            let c: External = place && given > 0 ? .placeAndGivenName : place ? .place
                : given >= commonGivenName ? .commonGivenName : given > 0 ? .rareGivenName : .nothing
            set(i - range.lowerBound, c.rawValue)
            i += 1
        }
    }

    /// A lower-case word's hash, its affixes' hashes (prefixes of one to three scalars, suffixes of
    /// two to four) and its length in scalars, in one walk over its scalars with no array built:
    /// the same values as `fnv` of the word and of its `prefix`/`suffix` slices.
    static func hashes(ofLowercased l: String) -> (whole: UInt32, affixes: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32), count: Int) {
        let basis: UInt32 = 2166136261
        var h = basis, p1 = basis, p2 = basis, p3 = basis
        // The last four scalars, newest in c1.
        var c1: UInt32 = 0, c2: UInt32 = 0, c3: UInt32 = 0, c4: UInt32 = 0
        var n = 0
        for c in l.unicodeScalars {
            h = (h ^ c.value) &* 16777619
            n += 1
            if n == 1 { p1 = h } else if n == 2 { p2 = h } else if n == 3 { p3 = h }
            c4 = c3; c3 = c2; c2 = c1; c1 = c.value
        }
        // A word shorter than a prefix is the whole word.
        if n < 1 { p1 = h }
        if n < 2 { p2 = h }
        if n < 3 { p3 = h }
        // Suffixes: the last min(n, k) scalars, oldest first.
        func suffix(_ k: Int) -> UInt32 {
            let m = min(n, k)
            var s = basis
            if m >= 4 { s = (s ^ c4) &* 16777619 }
            if m >= 3 { s = (s ^ c3) &* 16777619 }
            if m >= 2 { s = (s ^ c2) &* 16777619 }
            if m >= 1 { s = (s ^ c1) &* 16777619 }
            return s
        }
        return (h, (p1, p2, p3, suffix(2), suffix(3), suffix(4)), n)
    }

    static func fnv(_ s: String) -> UInt32 {
        var h: UInt32 = 2166136261
        for c in s.unicodeScalars { h = (h ^ c.value) &* 16777619 }
        return h
    }

    static func fnv(_ s: ArraySlice<Unicode.Scalar>) -> UInt32 {
        var h: UInt32 = 2166136261
        for c in s { h = (h ^ c.value) &* 16777619 }
        return h
    }

    /// The class a scalar stands for in a shape: 88 ("X") upper case, 120 ("x") lower case, 100 ("d")
    /// a number, else the scalar itself; ASCII is answered without the Unicode tables.
    @inline(__always)
    static func shapeClass(_ c: Unicode.Scalar) -> UInt32 {
        c.isUppercase ? 88 : c.isLowercase ? 120 : c.isNumber ? 100 : c.value
    }

    /// "McCain" → hash of "XxXx", "U.S." → "X.X.", "1,000" → "d,d": runs of a character class collapsed.
    static func shape(_ w: String) -> UInt32 {
        var h: UInt32 = 2166136261
        var last: UInt32 = 0
        var n = 0
        for c in w.unicodeScalars {
            n += 1
            if n > 12 { break }
            let k = shapeClass(c)
            if k != last { h = (h ^ k) &* 16777619; last = k }
        }
        return h
    }

    /// Feature templates: a number mixed into the hash so "word=may" and "next=may" differ.
    enum Template: UInt32 {
        case bias = 1, word, shape, prefix1, prefix2, prefix3, suffix2, suffix3, suffix4, first
        case previousWord, nextWord, previous2, next2, previousShape, nextShape, gazetteer, nextGazetteer
        case previousGazetteer, previousTag, tagAndShape, twoTags, wordAndNext, previousAndWord, capitalisedRun
        case previousCapital, nextCapital, shapeContext, length
        case external, previousExternal, nextExternal, externalAndGazetteer, externalAndNext
        case lexical, lexicalAndCapital, previousLexical, nextLexical, runLast, runLastClass, runFirst
        case cluster4, cluster6, cluster10, clusterWhole, rarity
    }

    /// The lengths of cluster-path prefixes read as features beside the whole cluster: short ones
    /// group a proper noun with common-noun look-alikes, long ones separate towns from companies.
    static let clusterPrefixes = (4, 6, 10)

    /// Mixes a template and up to three values into one feature hash (a multiply-xorshift finaliser).
    @inline(__always)
    static func feature(_ t: Template, _ a: UInt32, _ b: UInt32 = 0, _ c: UInt32 = 0) -> UInt32 {
        var h = t.rawValue &* 0x9E3779B1
        h = (h ^ a) &* 0x85EBCA6B
        h = (h ^ (h >> 13) ^ b) &* 0xC2B2AE35
        h = (h ^ (h >> 16) ^ c) &* 0x27D4EB2F
        h ^= h >> 15
        return h
    }

    /// Sentence edges, as word and shape values.
    private static let before: UInt32 = 1, after: UInt32 = 2

    private func word(_ i: Int) -> UInt32 { i < 0 ? Self.before : i >= count ? Self.after : values[i - offset].lower }
    private func shapeAt(_ i: Int) -> UInt32 { i < 0 ? Self.before : i >= count ? Self.after : values[i - offset].shape }
    private func gazetteerAt(_ i: Int) -> UInt32 { i < 0 || i >= count ? 99 : values[i - offset].gazetteer }
    private func externalAt(_ i: Int) -> UInt32 { i < 0 || i >= count ? 99 : values[i - offset].external }
    private func lexicalAt(_ i: Int) -> UInt32 { i < 0 || i >= count ? 99 : values[i - offset].lexical }
    private func capitalAt(_ i: Int) -> Bool { i >= offset && i - offset < values.count && values[i - offset].capital }

    /// What Lede's own lists say of a word: a title, a place, an organisation, a nationality, a
    /// calendar word, a word that ends organisations or places, a verb of saying, a function word.
    static func gazetteerClass(_ w: String, _ lower: String) -> UInt32 {
        gazetteerClass(w, lower, capitalClasses, lowerClasses)
    }

    /// The same with the tables given (read once by the caller).
    @inline(__always)
    static func gazetteerClass(_ w: String, _ lower: String, _ capitalClasses: WordTable, _ lowerClasses: WordTable) -> UInt32 {
        guard startsUppercase(w) else { return lowerClasses[lower] ?? 0 }
        return capitalClasses[w] ?? 0
    }

    /// The lists of `gazetteerClass`, first match wins, each with its class number. One dictionary
    /// answers what up to nine set lookups asked in turn (they showed in profiles of the tagger).
    static let capitalLists: [(WordSet, UInt32)] = [
        (Gazetteer.titles, 1), (Gazetteer.places, 2), (Gazetteer.organisations, 3), (Gazetteer.demonyms, 4),
        (Gazetteer.calendar, 5), (Gazetteer.organisationWords, 6), (Gazetteer.placeWords, 7),
        (Gazetteer.placePrefixes, 8), (Gazetteer.commonWords, 11),
    ]
    static let lowerLists: [(WordSet, UInt32)] = [(Gazetteer.organisationNouns, 9), (WordSet(SpeechVerbs.cues), 10)]
    static let capitalClasses = firstMatch(capitalLists)
    static let lowerClasses = firstMatch(lowerLists)

    /// A word → class table in which an earlier list's class wins over a later one's.
    static func firstMatch(_ lists: [(WordSet, UInt32)]) -> WordTable {
        var table = WordTable()
        for (words, kind) in lists.reversed() {
            for w in words { table[w] = kind }
        }
        return table
    }

    /// The features of word `i` that do not depend on the tags decoded before it.
    func features(at i: Int, into out: inout [UInt32]) {
        // Written into a buffer on the stack and appended at once: 43 appends, each with its capacity
        // check and growth path, made the function long enough to miss the instruction cache at every
        // word (the tagger's largest share of those misses).
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.mostFeatures) { buffer in
            var n = 0
            @inline(__always) func put(_ f: UInt32) { buffer[n] = f; n += 1 }
            write(at: i, put)
            out.append(contentsOf: buffer[0..<n])
        }
    }

    /// Room for the features `write(at:_:)` gives one word: 43 at most today, a few spare for a new
    /// template (past it, a debug build, the tests', stops at the buffer's bounds).
    static let mostFeatures = 48

    /// The features of word `i`, in order, each given to `put`.
    @inline(__always)
    private func write(at i: Int, _ put: (UInt32) -> Void) {
        let v = values[i - offset]
        let w = v.lower
        let a = v.affixes
        put(Self.feature(.bias, 0))
        put(Self.feature(.word, w))
        put(Self.feature(.shape, v.shape))
        put(Self.feature(.prefix1, a.0))
        put(Self.feature(.prefix2, a.1))
        put(Self.feature(.prefix3, a.2))
        put(Self.feature(.suffix2, a.3))
        put(Self.feature(.suffix3, a.4))
        put(Self.feature(.suffix4, a.5))
        put(Self.feature(.length, v.length))
        let capitalised = capitalAt(i)
        // Where the word stands and how it is written: first in the sentence, capitalised, lower case.
        let position: UInt32 = i == 0 ? 1 : capitalised ? 2 : 3
        put(Self.feature(.first, position))
        put(Self.feature(.previousWord, word(i - 1)))
        put(Self.feature(.nextWord, word(i + 1)))
        put(Self.feature(.previous2, word(i - 2)))
        put(Self.feature(.next2, word(i + 2)))
        put(Self.feature(.previousShape, shapeAt(i - 1)))
        put(Self.feature(.nextShape, shapeAt(i + 1)))
        put(Self.feature(.shapeContext, shapeAt(i - 1), shapeAt(i), shapeAt(i + 1)))
        put(Self.feature(.gazetteer, gazetteerAt(i)))
        put(Self.feature(.previousGazetteer, gazetteerAt(i - 1)))
        put(Self.feature(.nextGazetteer, gazetteerAt(i + 1)))
        put(Self.feature(.wordAndNext, w, word(i + 1)))
        put(Self.feature(.previousAndWord, word(i - 1), w))
        // How long the run of capitalised words around this one is, and where this word stands in it.
        var lo = i, hi = i
        if capitalised {
            while lo > 0, capitalAt(lo - 1) { lo -= 1 }
            while hi + 1 < count, capitalAt(hi + 1) { hi += 1 }
        }
        put(Self.feature(.capitalisedRun, capitalised ? UInt32(min(hi - lo + 1, 4)) : 0, UInt32(min(i - lo, 3))))
        put(Self.feature(.previousCapital, capitalAt(i - 1) ? 1 : 0))
        put(Self.feature(.nextCapital, capitalAt(i + 1) ? 1 : 0))
        let e = v.external
        put(Self.feature(.external, e))
        put(Self.feature(.previousExternal, externalAt(i - 1)))
        put(Self.feature(.nextExternal, externalAt(i + 1)))
        put(Self.feature(.externalAndGazetteer, e, gazetteerAt(i)))
        put(Self.feature(.externalAndNext, e, externalAt(i + 1), word(i - 1)))
        let x = v.lexical
        put(Self.feature(.lexical, x))
        put(Self.feature(.lexicalAndCapital, x, position, e))
        put(Self.feature(.previousLexical, lexicalAt(i - 1), capitalAt(i - 1) ? 1 : 0))
        put(Self.feature(.nextLexical, lexicalAt(i + 1), capitalAt(i + 1) ? 1 : 0))
        let r = v.run
        if r.position > 0 {
            put(Self.feature(.runLast, r.last, r.position))
            put(Self.feature(.runLastClass, r.lastClass, r.position))
            put(Self.feature(.runFirst, r.first, r.position))
        }
        // Only for a word the installed lists do not know: a listed place or given name is known
        // better from the list than from its cluster (a rare town's cluster is often a noisy one,
        // shared with brand and product names: "Minsk" with "Audi-B").
        if clustered, e == 0 {
            let c = v.cluster
            put(Self.feature(.clusterWhole, WordClusters.cluster(c)))
            put(Self.feature(.rarity, WordClusters.rarity(c), WordClusters.caseRatio(c), position))
            if WordClusters.cluster(c) != 0 {
                put(Self.feature(.cluster4, WordClusters.prefix(c, bits: Self.clusterPrefixes.0)))
                put(Self.feature(.cluster6, WordClusters.prefix(c, bits: Self.clusterPrefixes.1)))
                put(Self.feature(.cluster10, WordClusters.prefix(c, bits: Self.clusterPrefixes.2)))
            }
        }
    }

    /// The features that read the tag before word `i` (the transitions of ``NameLattice``).
    func tagFeatures(at i: Int, previous: NameTag, into out: inout [UInt32]) {
        out.append(Self.previousTagFeature(previous))
        out.append(tagAndShapeFeature(at: i, previous: previous))
    }

    /// The first of `tagFeatures`: the tag before, whatever the word (the decoder scores it once).
    static func previousTagFeature(_ previous: NameTag) -> UInt32 { feature(.previousTag, UInt32(previous.rawValue) + 1) }

    /// The shape `tagAndShapeFeature` reads at word `i` (the decoder's key for its transition rows).
    func shapeKey(at i: Int) -> UInt32 { shapeAt(i) }

    /// The second of `tagFeatures`: the tag before with this word's shape.
    func tagAndShapeFeature(at i: Int, previous: NameTag) -> UInt32 {
        Self.feature(.tagAndShape, UInt32(previous.rawValue) + 1, shapeAt(i))
    }
}
