import ArgumentParser
import Foundation
import LedeCore
import LedeLanguage

/// What `lede story` and `lede quotes` read, and how they print it.
struct StoryInput: ParsableArguments {
    @Argument(help: "An HTML page, a plain-text copy, an http(s) URL, or - for standard input.")
    var input: String

    @OptionGroup var source: SourceOptions

    @Option(help: "Output format: text or json.")
    var format: StoryFormat = .text

    func story() async throws -> Story {
        StoryBuilder().story(of: try await source.article(from: input))
    }
}

/// `lede story`: the article understood: people, quotations and who said them, places, organisations, dates.
struct StoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Show who is in an article, who said what, and the places, organisations and dates.",
        discussion: """
        Examples:
          lede story page.html
          lede story page.html --format json
        """)

    @OptionGroup var story: StoryInput

    func run() async throws {
        let story = try await self.story.story()
        let output = self.story.format == .json ? try JSONOutput.string(story) : StoryRenderer.text(story)
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// `lede quotes`: who said what, in order.
struct QuotesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List an article's quotations in order, each with its speaker.",
        discussion: "Example:\n  lede quotes page.html --format json")

    @OptionGroup var story: StoryInput

    func run() async throws {
        let story = try await self.story.story()
        let output = self.story.format == .json ? try JSONOutput.string(story.quotes) : StoryRenderer.quotes(story)
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

/// `lede sentences`: one sentence per line.
struct SentencesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Print an article's sentences, one per line (title first).",
        discussion: """
        By default the input is read as an article (extraction first). With --raw the text is split
        as it stands: every line break ends a sentence unless the line ends in a space, a blank line
        always does; --join-lines treats single line breaks as spaces (text from PDFs).

        Examples:
          lede sentences page.html
          lede sentences --raw notes.txt
          echo "Mr. Smith left at 5 p.m. He was tired." | lede sentences --raw -
        """)

    @Argument(help: "An HTML page, a plain-text file, an http(s) URL, or - for standard input.")
    var input: String

    @OptionGroup var source: SourceOptions

    @Flag(help: "Split the input text as it is, without reading it as an article.")
    var raw = false

    @Flag(help: "Single line breaks do not end sentences (wrapped text).")
    var joinLines = false

    func run() async throws {
        let splitter = SentenceSplitter(lineBreaks: joinLines ? .join : .endSentences)
        let lines: [String]
        if raw {
            lines = splitter.sentences(try source.text(from: input))
        } else {
            lines = StoryBuilder(splitter: splitter).sentences(of: try await source.article(from: input)).map(\.text)
        }
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")).utf8))
    }
}

enum StoryFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
