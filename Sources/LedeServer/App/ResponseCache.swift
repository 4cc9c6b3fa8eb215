import Foundation
import Hummingbird

/// Rendered pages and feeds kept for a moment, so a page read by many at once is built once: the
/// library, reader pages and feeds cost a database read, JSON decoding and rendering, and under load
/// that work, not the network, sets the latency.
///
/// ```swift
/// let cache = ResponseCache(lifetime: .seconds(1))
/// let body = try await cache.value(for: request.uri.description) { try await render() }
/// cache.removeAll()   // after a write
/// ```
///
/// Writes made through this process (the API, the narration workers) empty it at once; a write
/// from another process (`lede add`) shows within ``lifetime``.
final class ResponseCache: @unchecked Sendable {
    struct Entry {
        var body: ByteBuffer
        var contentType: String
        var expires: ContinuousClock.Instant
    }

    let lifetime: Duration
    /// A bound on memory: past this many entries the cache is emptied (a crawler walking every
    /// search URL must not grow it without end).
    let maxEntries: Int
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    init(lifetime: Duration = .seconds(1), maxEntries: Int = 2000) {
        self.lifetime = lifetime
        self.maxEntries = maxEntries
    }

    func response(for key: String, headers: HTTPFields,
                  make: () async throws -> (body: String, contentType: String)) async throws -> Response {
        let now = ContinuousClock.now
        let cached = lock.withLock { entries[key] }
        let entry: Entry
        if let cached, cached.expires > now {
            entry = cached
        } else {
            let made = try await make()
            entry = Entry(body: ByteBuffer(string: made.body), contentType: made.contentType, expires: now + lifetime)
            lock.withLock {
                if entries.count >= maxEntries { entries.removeAll(keepingCapacity: true) }
                entries[key] = entry
            }
        }
        var fields = headers
        fields[.contentType] = entry.contentType
        return Response(status: .ok, headers: fields, body: .init(byteBuffer: entry.body))
    }

    func removeAll() {
        lock.withLock { entries.removeAll(keepingCapacity: true) }
    }
}
