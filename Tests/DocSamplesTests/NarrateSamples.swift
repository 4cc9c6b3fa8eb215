import Foundation
import LedeCore
import LedeLanguage
import LedeNarrate
import Testing

/// The samples of LedeNarrate's types.
@Suite struct NarrateSamples {
    let article = Fixture.article

    @Test func narrator() {
        // sample: Narrator
        let story = StoryBuilder().story(of: article)
        let script = Narrator().script(for: story)
        for segment in script.segments { print(segment.spoken, segment.pauseAfterMs) }
        // end sample
        #expect(script.segments.first?.role == .title)
    }

    @Test func narrationOptions() {
        let story = Fixture.story
        // sample: NarrationOptions
        var options = NarrationOptions(readByline: true, readCaptions: true)
        options.betweenParagraphsMs = 800   // a slower listen
        let script = Narrator(options: options).script(for: story)
        // end sample
        #expect(script.segments.contains { $0.role == .byline })
        #expect(script.segments.contains { $0.role == .caption })
    }

    @Test func narrationDefaults() {
        // sample: NarrationDefaults
        let spoken = NarrationDefaults.spokenForm("A cabin costs $85.")   // "A cabin costs eighty-five dollars."
        // end sample
        #expect(spoken == "A cabin costs eighty-five dollars.")
    }

    @Test func textNormalizer() {
        // sample: TextNormalizer
        let n = TextNormalizer()
        let year = n.spoken("Lukashenko has held power since 1994.")  // "… since nineteen ninety-four."
        let money = n.spoken("It cost $1.5bn on May 20, 2022.")
        // "It cost one point five billion dollars on May twentieth, twenty twenty-two."
        // end sample
        #expect(year.hasSuffix("since nineteen ninety-four."))
        #expect(money == "It cost one point five billion dollars on May twentieth, twenty twenty-two.")
    }

    @Test func normalizerStyle() {
        // sample: NormalizerStyle
        let nemo = TextNormalizer(style: .nemoConventions).spoken("It took 122 days.")  // "one hundred and twenty two"
        // end sample
        #expect(nemo.contains("one hundred and twenty two"))
    }

    @Test func lexicon() throws {
        let folder = try Fixture.folder("lexicon")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("names.txt").path
        try "Tomysek    pl:Tomysek\n".write(toFile: path, atomically: true, encoding: .utf8)
        // sample: Lexicon
        let lexicon = Lexicon.builtIn.merging(try Lexicon.load(path: path))
        let script = Narrator(lexicon: lexicon).script(for: story)
        // end sample
        #expect(lexicon.entry(for: "Tomysek") == .espeak(voice: "pl", text: "Tomysek"))
        #expect(script.title == story.article.title)
    }
    let story = Fixture.story

    /// Compiled, not run: the cases are in ../shared/bench/normalization.
    func spokenFormCases() throws {
        // sample: SpokenFormCase
        let cases = try SpokenFormCase.load("../shared/bench/normalization/nemo-en-dev.jsonl")
        let n = TextNormalizer(style: .nemoConventions)
        let check = cases.filter { $0.half == .check && $0.isNews }
        let exact = check.filter { $0.accepts(n.spoken($0.input)) }.count
        // end sample
        print(exact)
    }
}
