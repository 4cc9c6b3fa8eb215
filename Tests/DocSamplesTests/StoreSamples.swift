import Foundation
import LedeCore
import LedeLanguage
import LedeStore
import Testing

/// The samples of LedeStore's types, on a library in a fresh folder.
@Suite struct StoreSamples {
    let article = Fixture.article
    let story = Fixture.story

    @Test func store() async throws {
        let dataDirectory = try Fixture.folder("store")
        defer { try? FileManager.default.removeItem(at: dataDirectory) }
        let url = Fixture.url
        // sample: Store
        let store: any Store = try SQLiteStore(directory: dataDirectory)   // or a PostgresStore
        let added = try await store.add(NewArticle(article: article, story: story, sourceURL: url))
        let job = try await store.enqueueNarration(articleID: added.id, voice: "espeak:en-us")
        for summary in try await store.list(limit: 20, offset: 0) { print(summary.title, summary.status ?? .queued) }
        // end sample
        #expect(job.status == .queued)
        // sample: AddResult
        let again = try await store.add(NewArticle(article: article, sourceURL: url))
        print(again.id == added.id, again.created)   // true false: the same source is one article
        // end sample
        #expect(again.id == added.id && !again.created)
        // sample: NarrationJob
        while let job = try await store.claimNextJob() {
            try await store.updateProgress(jobID: job.id, progress: 0.5)
            try await store.failJob(jobID: job.id, error: "no voice on this machine")
        }
        // end sample
        #expect(try await store.job(id: job.id)?.status == .failed)
        // sample: StoredArticle
        if let stored = try await store.article(id: added.id) {
            print(stored.article.title, stored.edition?.durationMs ?? 0, stored.job?.status ?? .queued)
        }
        // end sample
        // sample: ArticleSummary
        let line = try await store.list(limit: 1, offset: 0)[0]
        print(line.title, line.status?.rawValue ?? "not narrated", line.durationMs ?? 0)
        // end sample
        #expect(line.status == .failed)
    }

    @Test func sqliteStore() async throws {
        let dataDirectory = try Fixture.folder("sqlite")
        defer { try? FileManager.default.removeItem(at: dataDirectory) }
        // sample: SQLiteStore
        let store = try SQLiteStore(directory: dataDirectory)   // dataDirectory/lede.sqlite
        let result = try await store.add(NewArticle(article: article))
        let hits = try await store.search("volunteers", limit: 10)
        // end sample
        #expect(hits.first?.article.id == result.id)
        // sample: SearchHit
        for hit in hits {
            let marked = hit.snippet.replacingOccurrences(of: String(SearchHit.markStart), with: "[")
                .replacingOccurrences(of: String(SearchHit.markEnd), with: "]")
            print(hit.article.title, marked)   // "… restored by a group of 150 [volunteers] …"
        }
        // end sample
    }

    @Test func records() throws {
        let dataDirectory = try Fixture.folder("files")
        defer { try? FileManager.default.removeItem(at: dataDirectory) }
        let mp3Bytes: [UInt8] = Array(repeating: 0xFF, count: 64)
        let rendition = Rendition(sampleRate: 22050, samples: [], timings: [])
        // sample: AudioFiles
        let files = try AudioFiles(directory: dataDirectory)
        try files.write(mp3Bytes, articleID: 7, kind: .mp3)
        print(files.url(articleID: 7, kind: .mp3).path)
        // end sample
        #expect(try Data(contentsOf: files.url(articleID: 7, kind: .mp3)).count == 64)
        // sample: Edition
        let edition = Edition(articleID: 7, voice: "espeak:en-us", durationMs: 61_000, audioBytes: 488_123,
                              audioETag: "\"7-1a2b\"", timings: rendition.timings, chapters: [])
        // end sample
        #expect(edition.chapters.isEmpty)
        // sample: EditionChapter
        let chapter = EditionChapter(title: "Tickets and times", startMs: 31_400)   // a podcast chapter mark
        // end sample
        #expect(chapter.startMs == 31_400)
        // sample: NewArticle
        let new = NewArticle(article: article, story: StoryBuilder().story(of: article), sourceURL: "https://…")
        // end sample
        #expect(new.story != nil)
        // sample: ArticleSummary.Status
        let running = ArticleSummary.Status(jobStatus: "running", hasEdition: true)  // .running
        let ready = ArticleSummary.Status(jobStatus: "done", hasEdition: true)       // .ready
        // end sample
        #expect(running == .running && ready == .ready)
    }

    /// Compiled, not run here: it needs a PostgreSQL server (LedeStoreTests starts one when the
    /// binaries are installed).
    func postgres(_ article: Article) async throws {
        // sample: PostgresStore
        let store = try await PostgresStore(url: "postgres://lede@db.example:5432/lede",
                                            dataDirectory: URL(fileURLWithPath: "lede-data"))
        defer { store.shutdown() }
        let added = try await store.add(NewArticle(article: article))
        // end sample
        print(added.id)
    }
}
