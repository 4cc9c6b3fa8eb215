import Foundation
import Hummingbird
import Synchronization

/// Rendered pages and feeds kept for a moment, so a page read by many at once is built once: the
/// library, reader pages and feeds cost a database read, JSON decoding and rendering, and under load
/// that work, not the network, sets the latency.
///
/// ```swift
/// let cache = ResponseCache(lifetime: .seconds(1))
/// let response = try await cache.response(for: request.uri.description, headers: [:]) { (try await render(), "text/html") }
/// cache.removeAll()   // after a write
/// ```
///
/// Concurrent requests for a page that is missing wait for one build of it, and a page past its
/// lifetime is served as it was while one request builds the new one: without that, every expiry
/// made all waiting connections render the same page at once (seen as a 450 ms p99 under wrk).
/// Writes made through this process (the API, the narration workers) empty the cache at once; a
/// write from another process (`lede add`) shows within ``lifetime``.
final class ResponseCache: Sendable {
    struct Entry: Sendable {
        var body: ByteBuffer
        var contentType: String
        var expires: ContinuousClock.Instant
    }

    private struct Slot {
        var entry: Entry?
        var building: Task<Entry, Error>?
    }

    private struct State {
        var slots: [String: Slot] = [:]
        /// Bumped by ``removeAll()``, so a build started before a write is not stored after it.
        var generation = 0
    }

    let lifetime: Duration
    /// A bound on memory: past this many entries the cache is emptied (a crawler walking every
    /// search URL must not grow it without end).
    let maxEntries: Int
    private let state = Mutex(State())

    init(lifetime: Duration = .seconds(1), maxEntries: Int = 2000) {
        self.lifetime = lifetime
        self.maxEntries = maxEntries
    }

    func response(for key: String, headers: HTTPFields,
                  make: @escaping @Sendable () async throws -> (body: String, contentType: String)) async throws -> Response {
        let entry = try await entry(for: key, make: make)
        var fields = headers
        fields[.contentType] = entry.contentType
        return Response(status: .ok, headers: fields, body: .init(byteBuffer: entry.body))
    }

    func entry(for key: String, make: @escaping @Sendable () async throws -> (body: String, contentType: String)) async throws -> Entry {
        let now = ContinuousClock.now
        let lifetime = self.lifetime
        let maxEntries = self.maxEntries
        let (fresh, task): (Entry?, Task<Entry, Error>?) = state.withLock { state in
            var slot = state.slots[key] ?? Slot()
            if let entry = slot.entry, entry.expires > now { return (entry, nil) }
            if slot.building == nil {
                let generation = state.generation
                let task = Task<Entry, Error> {
                    do {
                        let made = try await make()
                        let entry = Entry(body: ByteBuffer(string: made.body), contentType: made.contentType,
                                          expires: ContinuousClock.now + lifetime)
                        self.finish(key, generation: generation, entry: entry)
                        return entry
                    } catch {
                        self.finish(key, generation: generation, entry: nil)
                        throw error
                    }
                }
                slot.building = task
                if state.slots[key] == nil, state.slots.count >= maxEntries { state.slots.removeAll(keepingCapacity: true) }
                state.slots[key] = slot
            }
            // Past its lifetime: the old page while the new one is built.
            if let stale = slot.entry { return (stale, nil) }
            return (nil, slot.building)
        }
        if let fresh { return fresh }
        return try await task!.value
    }

    private func finish(_ key: String, generation: Int, entry: Entry?) {
        state.withLock { state in
            guard generation == state.generation else { return }
            state.slots[key]?.building = nil
            if let entry { state.slots[key]?.entry = entry }
        }
    }

    func removeAll() {
        state.withLock { state in
            state.generation += 1
            state.slots.removeAll(keepingCapacity: true)
        }
    }
}
