import Testing
@testable import LedeLanguage

/// The word clusters the name tagger reads (`deps/word-clusters`, from PyPI spacy-lookups-data): the
/// installed table is read and packed as the converter writes it, and a word's cluster decides the kind
/// of a name the tagger never saw.
@Suite struct WordClusterTests {
    static let installed = !WordClusters.shared.isEmpty

    @Test(.enabled(if: installed, "deps/word-clusters/clusters.txt is not installed (run scripts/setup.sh)"))
    func installedTableIsRead() {
        let t = WordClusters.shared
        #expect(t.count > 150_000, "about 190,000 words have a cluster")
        // Facts of the Brown clustering, not of Lede's code: towns share a long path, as do two companies.
        let paris = t.value("Paris"), springfield = t.value("Springfield")
        #expect(WordClusters.cluster(paris) != 0 && WordClusters.cluster(springfield) != 0)
        #expect(WordClusters.prefix(paris, bits: 8) == WordClusters.prefix(springfield, bits: 8))
        #expect(WordClusters.cluster(t.value("Microsoft")) == WordClusters.cluster(t.value("Enron")))
        #expect(WordClusters.prefix(t.value("Paris"), bits: 10) != WordClusters.prefix(t.value("Microsoft"), bits: 10))
        // Case-sensitive: "The" is far rarer than "the"; "Enron" has no common lower-case form.
        #expect(WordClusters.caseRatio(t.value("The")) <= 2)
        #expect(WordClusters.caseRatio(t.value("Enron")) >= 5)
        #expect(WordClusters.rarity(t.value("the")) < WordClusters.rarity(t.value("Enron")))
        #expect(t.value("Qzxwvv") == 0)
        // The shared name lists carry the table to the tagger.
        if !NameLists.shared.isEmpty { #expect(NameLists.shared.clusters.count == t.count) }
    }

    /// Invented sentences: bodies and places in the same frame ("They met at X ."), each kind with words
    /// of its own cluster. A word seen in no sentence takes the kind of the cluster it is given.
    @Test func aClusterDecidesAnUnseenName() {
        let company: UInt32 = 0b1100100110 | 14 << 20 | 7 << 25
        let town: UInt32 = 0b1010100110 | 14 << 20 | 7 << 25
        let bodies = ["Quorvex", "Delmira", "Fennix", "Arbolt", "Kestrane", "Voltian"]
        let towns = ["Tarnwick", "Brellow", "Oskaby", "Wendmere", "Pollick", "Harrowgate"]
        var table: [String: UInt32] = [:]
        for b in bodies { table[b] = company }
        for p in towns { table[p] = town }
        table["Zelbrin"] = company
        table["Morvath"] = town
        func sentence(_ name: String, _ tag: NameTag, _ frame: Int) -> NameCorpus.Sentence {
            let frames = [["They", "met", "at", name, "."], ["She", "saw", name, "yesterday", "."],
                          ["News", "from", name, "came", "."]]
            let words = frames[frame]
            return NameCorpus.Sentence(words: words, tags: words.map { $0 == name ? tag : .outside }, document: "t", id: "\(name)\(frame)")
        }
        var training: [NameCorpus.Sentence] = []
        for frame in 0..<3 {
            for b in bodies { training.append(sentence(b, .beginOrganisation, frame)) }
            for p in towns { training.append(sentence(p, .beginPlace, frame)) }
        }
        let lists = NameLists(clusters: WordClusters(table))
        let model = NameTrainer(epochs: 8, minimumCount: 1, pruneBelow: 0, lists: lists).train(training)
        let tagger = NameTagger(model: model, lists: lists)
        #expect(tagger.tags(["They", "met", "at", "Zelbrin", "."])[3] == .beginOrganisation)
        #expect(tagger.tags(["They", "met", "at", "Morvath", "."])[3] == .beginPlace)
        // The same model with the two unseen words' clusters swapped: their kinds swap.
        table["Zelbrin"] = town
        table["Morvath"] = company
        let swapped = NameTagger(model: model, lists: NameLists(clusters: WordClusters(table)))
        #expect(swapped.tags(["They", "met", "at", "Zelbrin", "."])[3] == .beginPlace)
        #expect(swapped.tags(["They", "met", "at", "Morvath", "."])[3] == .beginOrganisation)
    }
}
