import ArgumentParser
import Foundation
import LedeCore
import LedeExtract
import LedeLanguage
import LedeServer
import LedeSpeech
import LedeStore

/// `lede add`: puts an article into the library from the command line; a running `lede serve`
/// on the same folder narrates it.
struct AddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an article to the library: a saved page, a URL, or text.",
        discussion: """
        The article is stored in --data and queued for narration; a `lede serve` running on the same \
        folder picks the job up (or the next one started does). Adding the same URL again updates \
        the stored article instead of making a second one.

        Examples:
          lede add Examples/harbour-ferry.html
          lede add https://example.com/story --data /srv/lede
          lede add "Headline

        The first paragraph…"
          cat copy.txt | lede add -
        """)

    @Argument(help: "A file, an http(s) URL, - for standard input, or the article's text itself.")
    var input: String

    @Option(help: "The library folder.")
    var data = "lede-data"

    @Option(help: "The PostgreSQL library `lede serve --database` uses (postgres://user@host:port/db); default: SQLite in --data.")
    var database: String?

    @Option(help: "The narration voice (see `lede voices`).")
    var voice = VoiceLibrary.defaultVoice

    @Option(help: "Read the words of direct quotations in this voice; default: the narrator reads all.")
    var quoteVoice: String?

    @Flag(help: "Store the article without queueing a narration.")
    var noNarrate = false

    @Flag(help: "Allow URLs that resolve to private, loopback or link-local addresses.")
    var allowPrivate = false

    @Option(help: "Seconds to wait for a URL.")
    var timeout: Double = 20

    func run() async throws {
        if let quoteVoice, !noNarrate { try VoiceOptions.checkQuoteVoice(quoteVoice) }
        let limits = FetchLimits(maxBytes: 64 << 20, timeout: timeout, allowPrivate: allowPrivate)
        let ingestor = Ingestor(limits: limits)
        let source: Ingestor.Source
        if input.contains("://") {
            source = .url(input)
        } else if input == "-" {
            source = .bytes(Array(FileHandle.standardInput.readDataToEndOfFile()))
        } else if FileManager.default.fileExists(atPath: input) {
            source = .bytes(Array(try Data(contentsOf: URL(fileURLWithPath: input))))
        } else if input.contains(" ") || input.contains("\n") {
            source = .text(input)
        } else {
            throw LedeError.notFound("no file at \(input) (give a file, an http(s) URL, - for standard input, or the text itself)")
        }
        try await store(try await ingestor.article(from: source))
    }

    func store(_ new: NewArticle) async throws {
        let store = try await LibraryOpener.open(data: data, database: database).store
        let added = try await store.add(new)
        var line = "\(added.created ? "added" : "updated") \(added.id): \(new.article.title)"
        if !noNarrate {
            let job = try await store.enqueueNarration(articleID: added.id, voice: voice, quoteVoice: quoteVoice)
            line += " (narration job \(job.id) \(job.status.rawValue))"
        }
        print(line)
    }
}
