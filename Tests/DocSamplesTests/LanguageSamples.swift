import Foundation
import LedeCore
import LedeLanguage
import Testing

/// The samples of LedeLanguage's types.
@Suite struct LanguageSamples {
    let article = Fixture.article

    @Test func storyBuilder() {
        // sample: StoryBuilder
        let story = StoryBuilder().story(of: article)
        for q in story.quotes { print(q.speaker ?? "unknown", "—", q.text) }
        // end sample
        #expect(story.quotes.contains { $0.speaker == "Ines Carvalho" })
    }

    @Test func nameModel() {
        // sample: NameModel
        let model = NameModel.shared
        print(model.featureCount)   // ~20,000
        let tags = NameTagger(model: model).tags(["Jane", "Roe", "said", "."])
        // end sample
        #expect(tags == [.beginPerson, .insidePerson, .outside, .outside])
    }

    @Test func nameTag() {
        // sample: NameTag
        let tag = NameTag(label: "B-PER")   // .beginPerson
        let other = NameTag(label: "B-MISC")  // .outside: only people, places and organisations
        // end sample
        #expect(tag == .beginPerson && other == .outside)
    }

    @Test func nameTagger() {
        // sample: NameTagger
        let tagger = NameTagger()
        let spans = tagger.spans(["Mayor", "Jane", "Roe", "visited", "Gull", "Island", "."])
        print(spans[0].words, spans[0].margin)   // 1..<3 and how sure the tagger was
        // end sample
        #expect(spans.first?.words == 1..<3)
    }

    @Test func nameLists() {
        // sample: NameLists
        let lists = NameLists.shared
        let tartu = lists.isPlace("Tartu")          // true when installed
        let jane = lists.givenNameFrequency("Jane") // 1 (rare) … 13 (very common), 0 when unknown
        print(tartu, jane, lists.entries, lists.bytes, lists.loadMilliseconds)
        // end sample
        #expect(lists.isEmpty || tartu)
    }

    @Test func wordClusters() {
        // sample: WordClusters
        let clusters = WordClusters.shared
        let c = clusters.value("Enron")       // 0 when unknown or not installed
        print(WordClusters.prefix(c, bits: 6), WordClusters.rarity(c), WordClusters.caseRatio(c))
        print(clusters.count, clusters.bytes, clusters.loadMilliseconds)
        // end sample
        #expect(clusters.isEmpty || c != 0)
    }

    @Test func sentenceSplitter() {
        // sample: SentenceSplitter
        let splitter = SentenceSplitter()
        let sentences = splitter.sentences("Mr. Smith left at 5 p.m. He was tired.")
        // ["Mr. Smith left at 5 p.m.", "He was tired."]
        let ranges = splitter.split("It rained. We left.")   // [0..<10, 11..<19] (Character offsets)
        // end sample
        #expect(sentences == ["Mr. Smith left at 5 p.m.", "He was tired."])
        #expect(ranges == [0..<10, 11..<19])
    }

    /// Compiled, not run: the corpora are in ../shared/bench/ner and training takes minutes.
    func trainNames(_ text: String, _ other: String, _ sentences: [NameCorpus.Sentence]) {
        // sample: NameCorpus
        let train = NameCorpus.universalNER(text) + NameCorpus.crossNER(other)
        print(train[0].words, train[0].tags)
        // end sample
        // sample: NameEvaluation
        let scores = NameEvaluation.story(sentences, builder: StoryBuilder())
        print(scores.all.f1, scores.people.f1)
        // end sample
        let tune = sentences, tagger = NameTagger()
        // sample: NameArbiterAudit
        let audit = NameArbiterAudit(tune, builder: StoryBuilder(nameTagger: tagger), tagger: tagger)
        print(audit.counts["lost: retyped person → organisation"] ?? 0)
        for e in audit.examples["lost: dropped place"] ?? [] { print(e) }
        // end sample
        // sample: NameTrainer
        let model = NameTrainer(epochs: 16).train(sentences) { print($0) }
        let bytes = model.encoded()
        // end sample
        print(bytes.count)
    }
}
