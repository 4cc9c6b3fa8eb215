import Foundation
import Hummingbird
import HummingbirdTesting
import LedeCore
import LedeStore
import Synchronization
import Testing
@testable import LedeServer

@Suite struct ResponseCacheTests {
    final class Counter: Sendable {
        private let value = Mutex(0)
        var count: Int { value.withLock { $0 } }
        func increment() -> Int { value.withLock { $0 += 1; return $0 } }
    }

    @Test func reusesWithinLifetimeServesStaleWhileRebuildingAndEmptiesOnRemoval() async throws {
        let cache = ResponseCache(lifetime: .milliseconds(200))
        let counter = Counter()
        @Sendable func make() async throws -> (body: String, contentType: String) {
            let n = counter.increment()
            try await Task.sleep(for: .milliseconds(20))
            return ("page \(n)", "text/plain")
        }
        func get() async throws -> String { String(buffer: try await cache.entry(for: "/a", make: make).body) }

        // Many at once wait for one build.
        let first = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<20 { group.addTask { String(buffer: try await cache.entry(for: "/a", make: make).body) } }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(first == ["page 1"])
        #expect(counter.count == 1)
        #expect(try await get() == "page 1")
        cache.removeAll()
        #expect(try await get() == "page 2")
        try await Task.sleep(for: .milliseconds(300))
        // Expired: the old page at once, the new one as soon as it is built.
        #expect(try await get() == "page 2")
        try await Task.sleep(for: .milliseconds(100))
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
