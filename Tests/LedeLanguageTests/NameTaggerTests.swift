import Foundation
import Testing
import LedeCore
@testable import LedeLanguage

/// The name tagger: its committed weights, their storage, training on sentences written for Lede,
/// and its figures on the held-out parts of ../shared/bench/ner.
@Suite struct NameTaggerTests {
    @Test func committedWeightsLoadAndRoundTrip() throws {
        let model = try NameModel.committed()
        #expect(model.featureCount > 1000)
        let again = try NameModel(bytes: model.encoded())
        #expect(again.featureCount == model.featureCount)
        #expect(again.encoded() == model.encoded())
    }

    @Test func badWeightsAreAClearError() {
        #expect(throws: NameModel.FormatError.self) { try NameModel(bytes: Array("LNM1".utf8) + [9, 0, 0, 0, 0, 0, 0, 0]) }
        #expect(throws: NameModel.FormatError.self) { try NameModel(bytes: [1, 2, 3]) }
        #expect(throws: NameModel.FormatError.self) { try NameModel(base64: "not base64 !") }
        #expect(Base64.decode(Base64.encode([0, 1, 2, 250, 251, 255, 7])) == [0, 1, 2, 250, 251, 255, 7])
    }

    /// Sentences written for this test: the trainer learns that a title leads a person and "in" a place.
    @Test func trainerLearnsFromSentences() {
        func s(_ text: String, _ tags: String) -> NameCorpus.Sentence {
            NameCorpus.Sentence(words: text.split(separator: " ").map(String.init),
                                tags: tags.split(separator: " ").map { NameTag(label: String($0)) }, document: text, id: text)
        }
        var data: [NameCorpus.Sentence] = []
        for (first, last, town) in [("Ann", "Brook", "Ostrava"), ("Ben", "Carr", "Tromso"), ("Cleo", "Dunn", "Aarhus"),
                                    ("Dev", "East", "Bergen"), ("Eva", "Fisk", "Malmo"), ("Finn", "Gale", "Turku")] {
            data.append(s("Mayor \(first) \(last) lives in \(town) .", "O B-PER I-PER O O B-LOC O"))
            data.append(s("Doctor \(last) moved to \(town) .", "O B-PER O O B-LOC O"))
        }
        let model = NameTrainer(epochs: 5, minimumCount: 1, pruneBelow: 0).train(data)
        let tags = NameTagger(model: model).tags(["Mayor", "Gus", "Holt", "lives", "in", "Lahti", "."])
        #expect(tags == [.outside, .beginPerson, .insidePerson, .outside, .outside, .beginPlace, .outside])
    }

    @Test func corpusReadersMapTags() {
        let uner = NameCorpus.universalNER("# newdoc id = d1\n# sent_id = s1\n1\tJane\tB-PER\t-\t-\n2\tRoe\tI-PER\t-\t-\n3\tleft\tO\t-\t-\n\n")
        #expect(uner.count == 1 && uner[0].tags == [.beginPerson, .insidePerson, .outside] && uner[0].document == "d1")
        let cross = NameCorpus.crossNER("The\tO\nGreen\tB-politicalparty\nParty\tI-politicalparty\nwon\tO\nthe\tO\nelection\tB-election\n\n")
        #expect(cross[0].tags == [.outside, .beginOrganisation, .insideOrganisation, .outside, .outside, .outside])
    }

    /// Held out: Universal NER EWT test, never trained or tuned on. The bar sits under the measured
    /// figure (0.565 for the tagger, 0.52 with the rules) so a broken model or feature fails it.
    @Test(.enabled(if: SharedData.path("bench/ner/en_ewt-ud-test.iob2") != nil, "../shared/bench/ner is not on this machine"))
    func heldOutFiguresHold() throws {
        let text = try String(contentsOfFile: try #require(SharedData.path("bench/ner/en_ewt-ud-test.iob2")), encoding: .utf8)
        let test = NameCorpus.universalNER(text)
        let alone = NameEvaluation.tagger(test)
        let before = NameEvaluation.story(test, builder: StoryBuilder(nameTagger: nil))
        let after = NameEvaluation.story(test, builder: StoryBuilder())
        #expect(alone.all.f1 > 0.5)
        #expect(after.all.f1 > before.all.f1 + 0.05)
        #expect(after.people.f1 > before.people.f1 + 0.05)
    }
}
