import Foundation
import LedeBatch
import LedeCore
import LedeExtract
import LedeLanguage
import LedeNarrate
import LedeServer
import LedeSpeech
import LedeStore
import Testing

/// The samples on the DocC catalogs' pages (Sources/<Module>/<Module>.docc).
@Suite struct CatalogSamples {
    let bytes = Fixture.bytes
    let url = Fixture.url
    let article = Fixture.article
    let story = Fixture.story
    /// A two-sentence script, so the speech samples stay quick.
    let script = Narrator().script(for: Article(title: "Night ferry returns", blocks: [.paragraph("It sails on Friday.")]))

    @Test func core() throws {
        // sample: LedeCore.docc/LedeCore.md
        let article = try ArticleReader().read(bytes, contentType: "text/html", url: url)   // LedeExtract
        let story = StoryBuilder().story(of: article)                                       // LedeLanguage
        let script = Narrator().script(for: story)                                          // LedeNarrate
        let rendition = try Synthesizer(engine: EspeakVoice()).render(script)               // LedeSpeech
        // end sample
        #expect(rendition.timings.count == script.segments.count)
    }

    /// Compiled, not run: it fetches from the web.
    func extract(_ url: String) async throws -> Article {
        // sample: LedeExtract.docc/LedeExtract.md
        let page = try await URLFetcher().fetch(url)
        let article = try ArticleReader().read(page.body, contentType: page.contentType, url: page.finalURL)
        // end sample
        return article
    }

    @Test func language() {
        // sample: LedeLanguage.docc/LedeLanguage.md
        let story = StoryBuilder().story(of: article)
        for quote in story.quotes { print(quote.speaker ?? "unknown", "—", quote.text) }
        // end sample
    }

    @Test func narrate() {
        // sample: LedeNarrate.docc/LedeNarrate.md
        let script = Narrator(options: NarrationOptions(readByline: true)).script(for: story)
        for segment in script.segments { print(segment.spoken) }
        // end sample
        #expect(script.segments[1].role == .byline)
    }

    @Test func speech() throws {
        let folder = try Fixture.folder("catalog-speech")
        defer { try? FileManager.default.removeItem(at: folder) }
        // sample: LedeSpeech.docc/LedeSpeech.md
        let voice = try VoiceLibrary().load("espeak:en-us")
        let writer = NarrationWriter(synthesizer: Synthesizer(engine: voice))
        let result = try writer.write(script, to: folder.appendingPathComponent("story.mp3"))
        // end sample
        #expect(result.durationMs > 0)
    }

    @Test func store() async throws {
        let dataDirectory = try Fixture.folder("catalog-store")
        defer { try? FileManager.default.removeItem(at: dataDirectory) }
        // sample: LedeStore.docc/LedeStore.md
        let store = try SQLiteStore(directory: dataDirectory)
        let added = try await store.add(NewArticle(article: article, story: story))
        let job = try await store.enqueueNarration(articleID: added.id, voice: "hibari:heart")
        // end sample
        #expect(job.articleID == added.id)
    }

    /// Compiled, not run: it serves until the process is stopped.
    func serve() async throws {
        // sample: LedeServer.docc/LedeServer.md
        var configuration = ServerConfiguration(dataDirectory: URL(fileURLWithPath: "lede-data"))
        configuration.port = 8080
        let store = try SQLiteStore(directory: configuration.dataDirectory)
        try await LedeApp(configuration: configuration, store: store, files: store.files).application().runService()
        // end sample
    }

    /// Compiled, not run: BatchSamples runs the same types on a WARC file of its own.
    func batch() async throws {
        // sample: LedeBatch.docc/LedeBatch.md
        let runner = BatchRunner(processor: BatchProcessor(maxBytes: 16 << 20, story: false, fetch: FetchLimits()), jobs: 4)
        let summary = try await runner.run(try BatchInputs(paths: ["crawl.warc.gz"], maxBytes: 16 << 20),
                                           output: try LineFile(path: "articles.jsonl", append: false),
                                           errors: nil, skip: 0, stop: StopFlag())
        // end sample
        print(summary.articles)
    }
}
