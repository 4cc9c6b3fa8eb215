import Testing
@testable import LedeCore
@testable import LedeExtract

/// The plain-text path's second-round mechanisms: the shared line facts (``ScrapedLines``), the
/// boilerplate vocabulary learned from labelled lines, and a later copy of kept text dropped.
@Suite struct PlainTextRepeatsTests {
    @Test func scrapedLinesKeepTheIndentTheBrowserPrinted() {
        let copy = ScrapedLines("   * Home\n\nThe council met.\n\tTabbed line")
        #expect(copy.lines == ["* Home", "The council met.", "Tabbed line"])
        #expect(copy.indent == [3, 0, ScrapedLines.tabWidth])
        #expect(copy.words[1] == ["the", "council", "met"])
    }

    @Test func vocabularyLearnsFurnitureWordsThatRecurAcrossDumps() {
        // Made-up dumps: every one prints the same two furniture lines around a different story.
        let stories = (0..<LineVocabulary.minDumps).map { "Story number \($0) says the river rose after rain in town \($0)." }
        let copies = stories.map { ScrapedLines(lines: ["Subscribe to our newsletter", $0, "Cookie settings and privacy"]) }
        let labels = copies.map { _ in [LineClass.furniture, .body, .furniture] }
        let vocabulary = LineVocabulary.learn(copies: copies, labels: labels)
        #expect((vocabulary["subscribe"] ?? 0) >= 1)
        #expect((vocabulary["cookie"] ?? 0) >= 1)
        #expect((vocabulary["river"] ?? 0) <= -1)
        // A number seen in one dump only is not vocabulary.
        #expect(vocabulary["7"] == nil)
    }

    @Test func aLaterCopyOfKeptTextIsDropped() throws {
        let first = "The island ferry returned to service on Saturday after three weeks of repairs to its landing ramp."
        let second = "Islanders had relied on a small fishing boat for medicine and post while the ferry was out, the harbour office said."
        let copy = ["Ferry service resumes after storm repairs", first, second, first].joined(separator: "\n")
        let article = try ArticleReader(options: ReadOptions(inputKind: .text)).read(Array(copy.utf8))
        let kept = article.blocks.compactMap { if case .paragraph(let t) = $0 { return t } else { return nil } }
        #expect(kept == [first, second])
        #expect(article.removed.contains { $0.text == first && $0.detail == "line 3: a copy of text kept above" })
    }

    @Test func aShortLineMayRepeat() throws {
        // Under minRepeatTrigrams trigrams a repeated line is not judged a copy by this rule.
        let short = "Officials said the ramp held."
        let long = "The island ferry returned to service on Saturday after three weeks of repairs to its landing ramp."
        let copy = ["Ferry service resumes after storm repairs", long, short, short].joined(separator: "\n")
        let article = try ArticleReader(options: ReadOptions(inputKind: .text)).read(Array(copy.utf8))
        #expect(!article.removed.contains { $0.detail?.contains("a copy of text kept above") == true })
    }

    @Test func paragraphsOnOnePatternAreNotCopies() throws {
        // Results by district: each paragraph shares most of its word trigrams with the one before
        // and differs in a name and a number; none is a copy, all are article text.
        let districts = ["Northgate", "Millbrook", "Eastfield", "Harrow Vale", "Stonebridge", "Linden Cross"]
        let paragraphs = districts.enumerated().map { index, name in
            "In \(name), the incumbent councillor kept the seat with \(41 + index * 3) percent of the vote, the returning officer said on Friday, after a count that ran through the night in the sports hall beside the library, where volunteers sorted the ballot papers by hand under the eyes of observers from every party."
        }
        let text = (["Council election results by district"] + paragraphs).joined(separator: "\n")
        let article = try ArticleReader(options: ReadOptions(inputKind: .text)).read(Array(text.utf8))
        let kept = article.blocks.compactMap { if case .paragraph(let t) = $0 { return t } else { return nil } }
        #expect(kept == paragraphs)
        #expect(!article.removed.contains { $0.detail?.contains("a copy of text kept above") == true })
    }
}
