import LedeCore
import LedeStore

extension LedeApp {
    /// Text (in UTF-8 bytes) above which an article's page or JSON is made on the work pool rather
    /// than on a thread that answers requests. A long read of 10,000 words is about 60 KB and renders
    /// in milliseconds; a 1 MiB article (the most ``Ingestor/maxTextBytes`` lets in) takes a good
    /// part of a second, and several at once held `/health` for seconds.
    static let heavyTextBytes = 64 << 10

    /// Runs a request's handler on the work pool's threads (its decoding, storing, loading and
    /// encoding of a whole article), leaving the threads that answer requests free.
    func onWorkThreads<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        try await withTaskExecutorPreference(articleHandlers) { try await body() }
    }

    /// Runs `work`, which costs in proportion to the article's text, on the work pool when the
    /// article is long (``heavyTextBytes``), here otherwise.
    func rendering<T: Sendable>(_ stored: StoredArticle, _ what: String, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        guard Ingestor.textBytes(of: stored.article) > Self.heavyTextBytes else { return try work() }
        return try await self.work.run(what, work)
    }
}
