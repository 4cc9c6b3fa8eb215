import Foundation
import LedeCore
import LedeExtract
import Testing

/// The samples of LedeExtract's types.
@Suite struct ExtractSamples {
    let data = Fixture.data

    @Test func articleReader() throws {
        // sample: ArticleReader
        let reader = ArticleReader()
        let article = try reader.read(Array(data), contentType: "text/html; charset=utf-8", url: "https://example.com/story")
        // end sample
        #expect(article.authors == ["Maren Oduya"])
    }

    @Test func readOptions() throws {
        // sample: ReadOptions
        let reader = ArticleReader(options: ReadOptions(maxBytes: 8 << 20, inputKind: .html))
        let text = try reader.text(Array(data))   // the article as plain text
        // end sample
        #expect(text.contains("Gull Island"))
    }

    /// The samples fetch from the web, which tests may not reach: they run here on a loopback
    /// address, which the default limits refuse before any connection.
    @Test func fetching() async throws {
        await #expect(throws: LedeError.self) { _ = try await fetchStory("http://127.0.0.1:9/story") }
        await #expect(throws: LedeError.self) { _ = try await fetchWithLimits("http://127.0.0.1:9/story") }
    }

    func fetchStory(_ url: String) async throws -> Article {
        // sample: URLFetcher
        let page = try await URLFetcher(limits: FetchLimits(timeout: 10)).fetch(url)
        let article = try ArticleReader().read(page.body, contentType: page.contentType, url: page.finalURL)
        // end sample
        return article
    }

    func fetchWithLimits(_ url: String) async throws -> FetchedPage {
        // sample: FetchLimits
        let limits = FetchLimits(maxBytes: 4 << 20, timeout: 10, maxRedirects: 3)   // private addresses refused
        let page = try await URLFetcher(limits: limits).fetch(url)
        // end sample
        // sample: FetchedPage
        print(page.finalURL, page.contentType ?? "no type", page.body.count)   // after redirects
        // end sample
        return page
    }

    /// Compiled, not run: training reads the benchmark pages in ../shared and takes minutes.
    func trainLineModel(_ pages: [LineModelTrainer.Page]) throws {
        // sample: LineModelTrainer
        let model = LineModelTrainer.train(pages) { print($0) }
        try LineModelTrainer.swiftSource(model).write(toFile: "LineModelWeights.swift", atomically: true, encoding: .utf8)
        // end sample
    }

    @Test func lineModelTrainerSettings() {
        // sample: LineModelTrainer.Settings
        let settings = LineModelTrainer.Settings(parsing: "l2=1e-4,folds=5")
        settings.folds  // 5
        // end sample
        #expect(settings.folds == 5 && settings.l2 == 1e-4)
    }

    /// Compiled, not run: as above, with the hand-labelled house-style copies beside the dumps.
    func trainLineModelOnCopies(_ pages: [LineModelTrainer.Page]) throws {
        // sample: LabelledCopy
        let copies = try LabelledCopy.load(folder: "Tests/LedeExtractTests/Fixtures/house-styles")
        let model = LineModelTrainer.train(pages, copies: copies.filter { $0.round < 8 }) { print($0) }
        // end sample
        _ = model
    }
}
