import Foundation
import LedeCore
import Testing
@testable import LedeStore

/// A library in a fresh temporary folder, removed when the test ends.
final class TemporaryLibrary {
    let directory: URL
    let store: SQLiteStore

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-store-\(UUID().uuidString)")
        store = try SQLiteStore(directory: directory)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }
}

func sampleArticle(url: String? = "https://courier.example/ferry", title: String = "Night ferry returns to Port Avery",
                   body: String = "The overnight ferry between Port Avery and Skellig sailed again on Friday.") -> Article {
    Article(url: url, title: title, authors: ["Maren Oduya"], published: "2026-03-14", publisher: "The Avery Courier",
            blocks: [.paragraph(body), .figure(Figure(image: "https://courier.example/deck.jpg",
                                                      caption: "Volunteers paint the deck rail", credit: "Jonas Lind"))])
}

@Suite struct ArticleStoreTests {
    @Test(arguments: StoreBackend.allCases) func addThenReadBack(_ backend: StoreBackend) async throws {
        let library = try await backend.library()
        let article = sampleArticle()
        let story = Story(article: article, quotes: [Quote(text: "We waited twelve years", span: TextSpan(block: 0, charStart: 0, charEnd: 10),
                                                           speaker: "Ida Brenner")])
        let result = try await library.store.add(NewArticle(article: article, story: story, sourceURL: article.url))
        #expect(result.created)
        let stored = try #require(try await library.store.article(id: result.id))
        #expect(stored.article == article)
        #expect(stored.story == story)
        #expect(stored.sourceURL == "https://courier.example/ferry")
        #expect(stored.edition == nil && stored.job == nil)
        #expect(try await library.store.article(id: result.id + 100) == nil)
    }

    @Test(arguments: StoreBackend.allCases) func sameURLTwiceIsOneArticle(_ backend: StoreBackend) async throws {
        let library = try await backend.library()
        let first = try await library.store.add(NewArticle(article: sampleArticle(title: "First title")))
        let second = try await library.store.add(NewArticle(article: sampleArticle(title: "Updated title")))
        #expect(first.id == second.id)
        #expect(first.created && !second.created)
        #expect(try await library.store.count() == 1)
        #expect(try await library.store.article(id: first.id)?.article.title == "Updated title")
        // A fragment does not make another article.
        let third = try await library.store.add(NewArticle(article: sampleArticle(url: "https://courier.example/ferry#comments")))
        #expect(third.id == first.id)
    }

    @Test(arguments: StoreBackend.allCases) func concurrentAddsOfOneURLMakeOneArticle(_ backend: StoreBackend) async throws {
        let library = try await backend.library()
        let store = library.store
        let ids = try await withThrowingTaskGroup(of: AddResult.self) { group in
            for _ in 0..<16 { group.addTask { try await store.add(NewArticle(article: sampleArticle())) } }
            return try await group.reduce(into: [AddResult]()) { $0.append($1) }
        }
        #expect(Set(ids.map(\.id)).count == 1)
        #expect(ids.filter(\.created).count == 1)
        #expect(try await store.count() == 1)
    }

    @Test(arguments: StoreBackend.allCases)
    func concurrentAddsFromTwoConnectionsMakeOneArticle(_ backend: StoreBackend) async throws {
        // Two stores on one library stand for `lede serve` and `lede add` in two processes (SQLite),
        // or for two machines (PostgreSQL).
        let library = try await backend.library()
        let other = try await library.secondStore()
        let stores = [library.store, other]
        let results = try await withThrowingTaskGroup(of: AddResult.self) { group in
            for i in 0..<16 { group.addTask { try await stores[i % 2].add(NewArticle(article: sampleArticle())) } }
            return try await group.reduce(into: [AddResult]()) { $0.append($1) }
        }
        #expect(Set(results.map(\.id)).count == 1)
        #expect(results.filter(\.created).count == 1)
        #expect(try await other.count() == 1)
    }

    @Test(arguments: StoreBackend.allCases) func pastedTextWithoutURLDeduplicatesByContent(_ backend: StoreBackend) async throws {
        let library = try await backend.library()
        let a = try await library.store.add(NewArticle(article: sampleArticle(url: nil)))
        let b = try await library.store.add(NewArticle(article: sampleArticle(url: nil)))
        let c = try await library.store.add(NewArticle(article: sampleArticle(url: nil, body: "A different text.")))
        #expect(a.id == b.id)
        #expect(c.id != a.id)
    }

    @Test(arguments: StoreBackend.allCases) func listIsNewestFirst(_ backend: StoreBackend) async throws {
        let library = try await backend.library()
        var ids: [Int64] = []
        for i in 0..<5 {
            ids.append(try await library.store.add(NewArticle(article: sampleArticle(url: "https://x.example/\(i)", title: "Story \(i)"))).id)
        }
        let listed = try await library.store.list(limit: 3, offset: 0)
        #expect(listed.map(\.id) == [ids[4], ids[3], ids[2]])
        #expect(listed[0].title == "Story 4")
        #expect(listed[0].publisher == "The Avery Courier")
        #expect(try await library.store.list(limit: 3, offset: 3).map(\.id) == [ids[1], ids[0]])
    }

    @Test(arguments: StoreBackend.allCases) func deleteRemovesArticleJobsSearchAndFiles(_ backend: StoreBackend) async throws {
        let library = try await backend.library()
        let id = try await library.store.add(NewArticle(article: sampleArticle())).id
        _ = try await library.store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        try library.files.write([1, 2, 3], articleID: id, kind: .mp3)
        #expect(try await library.store.delete(id: id))
        #expect(try await library.store.article(id: id) == nil)
        #expect(try await library.store.jobs(status: nil).isEmpty)
        #expect(try await library.store.search("ferry", limit: 10).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: library.files.url(articleID: id, kind: .mp3).path))
        #expect(try await library.store.delete(id: id) == false)
    }
}

@Suite struct SearchTests {
    @Test(arguments: StoreBackend.allCases) func findsTitleBodyPeopleAndQuotesWithMarks(_ backend: StoreBackend) async throws {
        let library = try await backend.library()
        let article = sampleArticle()
        let story = Story(article: article,
                          quotes: [Quote(text: "The harbour feels alive again", span: TextSpan(block: 0, charStart: 0, charEnd: 5),
                                         speaker: "Ida Brenner")],
                          people: [Person(name: "Ida Brenner", age: 71, descriptions: ["retired skipper"])])
        let id = try await library.store.add(NewArticle(article: article, story: story)).id
        _ = try await library.store.add(NewArticle(article: sampleArticle(url: "https://x.example/other", title: "Budget vote delayed",
                                                                         body: "Councillors argued about the budget.")))
        for query in ["ferry", "Skellig", "Brenner", "skipper", "harbour alive", "Skell", "FERRY"] {
            let hits = try await library.store.search(query, limit: 10)
            #expect(hits.map(\.article.id) == [id], "query \(query)")
        }
        // Every word must appear, not any one of them.
        #expect(try await library.store.search("budget ferry", limit: 10).isEmpty)
        let hit = try #require(try await library.store.search("Skellig", limit: 10).first)
        #expect(hit.snippet.contains("\u{E000}Skellig\u{E001}"))
        #expect(hit.article.title == "Night ferry returns to Port Avery")
    }

    @Test(arguments: StoreBackend.allCases) func queryPunctuationIsNotSyntax(_ backend: StoreBackend) async throws {
        let library = try await backend.library()
        _ = try await library.store.add(NewArticle(article: sampleArticle()))
        for query in ["\"", "ferry\" OR", "NEAR(", "*", "title:ferry", "-", "^", "!", "a & | b",
                      "'); DROP TABLE article; --", ""] {
            _ = try await library.store.search(query, limit: 10)
        }
        #expect(try await library.store.count() == 1)
        #expect(try await library.store.search("", limit: 10).isEmpty)
        // A prefix operator of either engine is read as the word before it.
        #expect(try await library.store.search("ferry:*", limit: 10).count == 1)
    }

    @Test(arguments: StoreBackend.allCases) func accentsFold(_ backend: StoreBackend) async throws {
        let library = try await backend.library()
        let id = try await library.store.add(NewArticle(article: sampleArticle(body: "Lukašenka met the crew in Zürich."))).id
        #expect(try await library.store.search("zurich lukasenka", limit: 5).map(\.article.id) == [id])
    }

    @Test(arguments: StoreBackend.allCases) func titleMatchesRankAboveBodyMatches(_ backend: StoreBackend) async throws {
        let library = try await backend.library()
        let inBody = try await library.store.add(NewArticle(article: sampleArticle(
            url: "https://x.example/body", title: "Council meets on Tuesday", body: "The lighthouse keeper spoke at the meeting."))).id
        let inTitle = try await library.store.add(NewArticle(article: sampleArticle(
            url: "https://x.example/title", title: "Lighthouse keeper retires", body: "She kept the light for forty years."))).id
        #expect(try await library.store.search("lighthouse", limit: 10).map(\.article.id) == [inTitle, inBody])
    }

    @Test(arguments: StoreBackend.allCases) func anUpdatedArticleIsSearchedByItsNewText(_ backend: StoreBackend) async throws {
        let library = try await backend.library()
        let id = try await library.store.add(NewArticle(article: sampleArticle(title: "Ferry timetable announced"))).id
        _ = try await library.store.add(NewArticle(article: sampleArticle(title: "Harbour timetable revised")))
        #expect(try await library.store.search("announced", limit: 10).isEmpty)
        #expect(try await library.store.search("revised", limit: 10).map(\.article.id) == [id])
    }
}
