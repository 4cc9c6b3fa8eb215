import Foundation
import Hummingbird
import HummingbirdTesting
import LedeCore
import LedeExtract
import LedeStore
import Testing
@testable import LedeServer

/// URL ingestion through LedeExtract's fetcher, against a real HTTP server on loopback standing in
/// for a publisher.
@Suite struct IngestTests {
    static let examplePage: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Examples/harbour-ferry.html")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// Runs `body` with the port of a live server that answers `/story` with the bundled example
    /// and `/away` with a redirect to 127.0.0.1.
    func withPublisher(_ body: @escaping @Sendable (Int) async throws -> Void) async throws {
        let router = Router()
        router.get("/story") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: Self.examplePage)))
        }
        try await Application(router: router).test(.live) { client in
            try await body(try #require(client.port))
        }
    }

    @Test func urlFromAnAllowedServerIsFetchedReadAndStored() async throws {
        #expect(!Self.examplePage.isEmpty)
        try await withPublisher { port in
            let new = try await Ingestor(limits: FetchLimits(allowPrivate: true)).article(from: .url("http://127.0.0.1:\(port)/story"))
            #expect(new.article.title == "Night ferry returns to Port Avery after 12-year gap")
            #expect(new.sourceURL == "http://127.0.0.1:\(port)/story")
            #expect(new.story?.sentences.isEmpty == false)
        }
    }

    @Test func loopbackURLIsRefusedByDefaultThroughTheAPI() async throws {
        let server = try TestServer()
        try await withPublisher { port in
            try await server.test { client in
                let body = #"{"url": "http://127.0.0.1:\#(port)/story"}"#
                try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: json(body)) { response in
                    #expect(response.status == .unprocessableContent)
                    #expect(response.text.contains("127.0.0.1"))
                }
                let localhost = #"{"url": "http://localhost:\#(port)/story"}"#
                try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: json(localhost)) { response in
                    #expect(response.status == .unprocessableContent)
                }
            }
        }
        #expect(try await server.store.count() == 0)
    }

    @Test func sameURLAddedConcurrentlyThroughTheAPIIsOneArticle() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-ingest-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteStore(directory: directory)
        var configuration = ServerConfiguration(dataDirectory: directory)
        configuration.tokens = [writeToken]
        configuration.allowPrivateFetch = true
        configuration.narrateOnAdd = false
        let app = LedeApp(configuration: configuration, store: store, files: store.files)
        try await withPublisher { port in
            try await Application(router: app.router()).test(.router) { client in
                let body = #"{"url": "http://127.0.0.1:\#(port)/story"}"#
                let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                    for _ in 0..<6 {
                        group.addTask {
                            try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: json(body)) { $0.status }
                        }
                    }
                    return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
                }
                #expect(statuses.filter { $0 == .created }.count == 1)
                #expect(statuses.filter { $0 == .ok }.count == 5)
            }
        }
        #expect(try await store.count() == 1)
    }
}
