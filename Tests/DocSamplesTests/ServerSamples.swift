import Foundation
import Hummingbird
import LedeCore
import LedeExtract
import LedeNarrate
import LedeServer
import LedeStore
import Logging
import Testing

/// The samples of LedeServer's types.
@Suite struct ServerSamples {
    let article = Fixture.article

    @Test func narrationService() async throws {
        let dataDirectory = try Fixture.folder("narration")
        defer { try? FileManager.default.removeItem(at: dataDirectory) }
        let store = try SQLiteStore(directory: dataDirectory)
        var logger = Logger(label: "doc-samples")
        logger.logLevel = .warning
        let id = try await store.add(NewArticle(article: Article(title: "Night ferry returns", blocks: [.paragraph("It sails on Friday.")]))).id
        let job = try await store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        // sample: NarrationService
        let narration = NarrationService(store: store, files: store.files, workers: 1, scriptMaker: .narrator, logger: logger)
        let workers = Task { try await narration.run() }   // or add it to the application's services
        narration.wake()                                  // a job was just queued
        // end sample
        defer { workers.cancel() }
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(60)
        while narration.outcome(ofJob: job.id) == nil, clock.now < deadline { try await Task.sleep(for: .milliseconds(50)) }
        // sample: NarrationService.Outcome
        if narration.outcome(ofJob: job.id) == .done { print("narrated") }
        // end sample
        #expect(narration.outcome(ofJob: job.id) == .done)
        #expect(try await store.article(id: id)?.edition != nil)
    }

    @Test func scriptMaker() throws {
        let dataDirectory = try Fixture.folder("maker")
        defer { try? FileManager.default.removeItem(at: dataDirectory) }
        let configuration = ServerConfiguration(dataDirectory: dataDirectory)
        let store = try SQLiteStore(directory: dataDirectory)
        // sample: ScriptMaker
        let maker = ScriptMaker { _, story in Narrator(options: NarrationOptions(readByline: true)).script(for: story) }
        let app = LedeApp(configuration: configuration, store: store, files: store.files, scriptMaker: maker)
        // end sample
        _ = app.router()
    }

    /// Compiled, not run: it serves until the process is stopped (`ServeProcessTests` runs `lede serve`).
    func serve(_ configuration: ServerConfiguration) async throws {
        // sample: LedeApp
        let store = try SQLiteStore(directory: configuration.dataDirectory)
        let app = LedeApp(configuration: configuration, store: store, files: store.files)
        try await app.application().runService()
        // end sample
    }

    @Test func serverConfiguration() throws {
        let folder = try Fixture.folder("tokens")
        defer { try? FileManager.default.removeItem(at: folder) }
        let tokenFile = folder.appendingPathComponent("tokens").path
        try "# the newsroom's writers\nnewsroom-token-0123456789\n".write(toFile: tokenFile, atomically: true, encoding: .utf8)
        // sample: ServerConfiguration
        var configuration = ServerConfiguration(dataDirectory: URL(fileURLWithPath: "lede-data"))
        configuration.tokens = try ServerConfiguration.readTokens(from: tokenFile)   // one token a line
        configuration.isPrivate = true
        // end sample
        #expect(configuration.tokens == ["newsroom-token-0123456789"])
    }

    @Test func html() {
        let figure = Figure(image: "https://courier.example/img/kittiwake.jpg", caption: "The Kittiwake <restored>")
        // sample: HTMLSanitizer
        let h = HTMLSanitizer()
        let markup = h.element("figure", children: [
            h.element("img", attributes: [("src", figure.image ?? ""), ("alt", figure.caption ?? "")]),
            h.element("figcaption", children: [h.text(figure.caption ?? "")]),
        ])
        // end sample
        #expect(markup.markup.contains("<figcaption>The Kittiwake &lt;restored&gt;</figcaption>"))
        let article = Article(title: "Night ferry returns & more")
        // sample: SafeHTML
        let html = h.element("p", children: [h.text(article.title)])
        print(html.markup)   // <p>Night ferry returns &amp; more</p>
        // end sample
        #expect(html.markup == "<p>Night ferry returns &amp; more</p>")
    }

    @Test func ingestor() async throws {
        let dataDirectory = try Fixture.folder("ingest")
        defer { try? FileManager.default.removeItem(at: dataDirectory) }
        let store = try SQLiteStore(directory: dataDirectory)
        let page = String(decoding: Fixture.bytes, as: UTF8.self)
        // sample: Ingestor
        let new = try await Ingestor().article(from: .html(page, url: "https://courier.example/ferry"))
        let added = try await store.add(new)   // .url(…) fetches the page first
        // end sample
        #expect(added.created && new.story != nil)
    }

    @Test func workPool() async throws {
        let bytes = Fixture.bytes
        // sample: WorkPool
        let pool = WorkPool(threads: 2, maxWaiting: 8, budgetSeconds: 20)
        let article = try await pool.run("reading the page") { try ArticleReader().read(bytes) }
        // end sample
        #expect(article.title == self.article.title)
    }
}
