import ArgumentParser
import Foundation
import LedeCore
import LedeExtract

/// `lede read`: one article, from a file, a URL or standard input, as text, Markdown, JSON or HTML.
struct ReadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read an article: a saved page, a plain-text copy, a URL, or - for standard input.",
        discussion: """
        Examples:
          lede read page.html
          lede read page.html --format json
          lede read https://example.com/story
          cat page.html | lede read -
          lede read --explain scraped-copy.txt
        """)

    @Argument(help: "An HTML page, a plain-text copy, an http(s) URL, or - for standard input.")
    var input: String

    @OptionGroup var source: SourceOptions

    @Option(help: "Output format: text, markdown, json or html.")
    var format: OutputFormat = .text

    @Flag(help: "Also list every removed piece and the reason it was removed.")
    var explain = false

    func run() async throws {
        let article = try await source.article(from: input)
        let output: String
        switch format {
        case .text: output = ArticleRenderer.text(article, explain: explain)
        case .markdown: output = ArticleRenderer.markdown(article, explain: explain)
        case .html: output = ArticleRenderer.html(article)
        case .json: output = try JSONOutput.string(article)
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json, html
}

enum JSONOutput {
    static func string<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
