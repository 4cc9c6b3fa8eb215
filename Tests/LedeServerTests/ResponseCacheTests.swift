import Foundation
import Hummingbird
import HummingbirdTesting
import LedeCore
import LedeStore
import Testing
@testable import LedeServer

@Suite struct ResponseCacheTests {
    final class Counter: @unchecked Sendable {
        var count = 0
    }

    @Test func reusesWithinLifetimeAndRebuildsAfterExpiryOrRemoval() async throws {
        let cache = ResponseCache(lifetime: .milliseconds(200))
        let counter = Counter()
        /// How many times the page has been built after this request.
        func get() async throws -> String {
            let response = try await cache.response(for: "/a", headers: [:]) {
                counter.count += 1
                return ("page \(counter.count)", "text/plain")
            }
            #expect(response.headers[.contentType] == "text/plain")
            return "page \(counter.count)"
        }
        #expect(try await get() == "page 1")
        #expect(try await get() == "page 1")
        cache.removeAll()
        #expect(try await get() == "page 2")
        try await Task.sleep(for: .milliseconds(300))
        #expect(try await get() == "page 3")
    }

    @Test func writesThroughTheAPIShowAtOnce() async throws {
        let server = try TestServer()
        try await server.test { client in
            try await client.execute(uri: "/", method: .get) { #expect($0.text.contains("The library is empty")) }
            let body = #"{"text": "Lighthouse keeper retires\n\nThe last keeper of the Avery light retired on Sunday after forty years."}"#
            try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: json(body)) {
                #expect($0.status == .created)
            }
            try await client.execute(uri: "/", method: .get) { #expect($0.text.contains("Lighthouse keeper retires")) }
            try await client.execute(uri: "/articles/1", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/articles/1", method: .delete, headers: authorized) { #expect($0.status == .noContent) }
            try await client.execute(uri: "/articles/1", method: .get) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/", method: .get) { #expect(!$0.text.contains("Lighthouse keeper retires")) }
        }
    }
}
