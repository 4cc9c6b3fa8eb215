import ArgumentParser
import Foundation
import LedeCore
import LedeExtract

struct ReadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Read an article: a file, a URL, or - for stdin.")

    @Argument(help: "An HTML page, a plain-text copy, a URL, or - for standard input.")
    var input: String

    func run() async throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: input))
        let article = try ArticleReader().read(Array(data))
        print(article.title)
    }
}
