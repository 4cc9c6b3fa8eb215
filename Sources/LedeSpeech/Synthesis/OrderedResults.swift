import Foundation

/// Work handed out by index to several threads, and their results collected in index order. A
/// thread may take an index only while it is less than `lookahead` ahead of the next result to be
/// read, so finished but unread results never pile up.
final class OrderedResults: @unchecked Sendable {
    private let condition = NSCondition()
    private let total: Int
    private let lookahead: Int
    private var nextToTake = 0
    private var nextToRead = 0
    private var results: [Int: Result<[Float], Error>] = [:]
    private var cancelled = false

    init(total: Int, lookahead: Int) {
        self.total = total
        self.lookahead = max(1, lookahead)
    }

    /// The next index to work on, or nil when all are taken or the work was cancelled.
    func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled && nextToTake < total && nextToTake - nextToRead >= lookahead { condition.wait() }
        guard !cancelled, nextToTake < total else { return nil }
        nextToTake += 1
        return nextToTake - 1
    }

    func put(_ index: Int, _ result: Result<[Float], Error>) {
        condition.lock()
        results[index] = result
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for the result of `index` (read in order, each once).
    func result(_ index: Int) -> Result<[Float], Error> {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil { condition.wait() }
        nextToRead = index + 1
        condition.broadcast()
        return results.removeValue(forKey: index)!
    }

    /// No more work is handed out; threads finish what they hold.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}
