import Foundation
import Testing
import LedeNarrate

/// The spoken forms that ../shared/seed/belarus-volunteers.expected.md ("Listen edition") and issue 4
/// list, first as sentences written for this test, then in the seed article's own lines.
@Suite struct SeedSpokenFormsTests {
    @Test func listedForms() {
        #expect(say("Vadim Prokopiev, a 50-year-old businessman, fled Belarus in 2020.")
                == "Vadim Prokopiev, a fifty-year-old businessman, fled Belarus in twenty twenty.")
        #expect(say("He has held power since 1994.") == "He has held power since nineteen ninety-four.")
        #expect(say("The crisis of 2008 hit.") == "The crisis of two thousand eight hit.")
        #expect(say("Warsaw, Poland, on Friday, May 20, 2022.") == "Warsaw, Poland, on Friday, May twentieth, twenty twenty-two.")
        #expect(say("the nation of nearly 10 million.") == "the nation of nearly ten million.")
        #expect(say("which is still called the KGB, detained him") == "which is still called the K G B, detained him")
        #expect(say("a country on NATO’s eastern flank") == "a country on NATO’s eastern flank")
    }

    @Test(.enabled(if: SharedData.path("seed/belarus-volunteers.txt") != nil, "../shared/seed is not on this machine"))
    func seedArticleLines() throws {
        let text = try String(contentsOfFile: SharedData.path("seed/belarus-volunteers.txt")!, encoding: .utf8)
        let spoken = text.split(separator: "\n").map { say(String($0)) }.joined(separator: "\n")
        for form in ["a fifty-year-old businessman", "since nineteen ninety-four", "The twenty twenty presidential election",
                     "Friday, May twentieth, twenty twenty-two.", "nearly ten million", "called the K G B,", "NATO’s",
                     "a nineteen-year-old, Ales", "a twenty-four-year-old", "region in twenty sixteen",
                     "in the nineteenth century", "put fifty members", "Minsk in twenty twenty."] {
            #expect(spoken.contains(form), "missing: \(form)")
        }
        // No digit is left for the voice to guess at, and the shouted teaser is not spelled out.
        #expect(!spoken.contains(where: { $0.isASCII && $0.isNumber }))
        #expect(spoken.contains("UKRAINE WAR HAS TAUGHT US THAT WE ARE ALL REFUGEES NOW"))
        // Names and the text's own punctuation are untouched.
        #expect(spoken.contains("“If Putin is defeated, Lukashenko will be defeated,” he said."))
    }
}
