import Foundation
import LedeCore
import Synchronization

/// A small fixed set of threads for the CPU-bound work of requests (reading a page, building its
/// story, making a narration script), apart from the cooperative pool that answers requests, so a
/// heavy page never keeps `/health` or a reader page waiting. A bounded number of jobs may wait;
/// past that a caller is refused at once with ``Busy`` (the API answers 503), and every job runs
/// under a ``WorkBudget``.
///
/// ```swift
/// let pool = WorkPool(threads: 2, maxWaiting: 8, budgetSeconds: 20)
/// let article = try await pool.run("reading the page") { try ArticleReader().read(bytes) }
/// ```
public final class WorkPool: Sendable {
    /// Every thread is busy and the queue is full: try again shortly.
    public struct Busy: Error, CustomStringConvertible {
        public var description: String { "the server is busy with other pages: try again in a few seconds" }
    }

    public let threads: Int
    public let maxWaiting: Int
    public let budgetSeconds: Double
    private struct State {
        /// Jobs in arrival order; those before `head` are taken.
        var queue: [@Sendable () -> Void] = []
        var head = 0
        /// Jobs accepted and not yet finished (running or waiting).
        var inFlight = 0
    }

    private let state = Mutex(State())
    /// Signalled once for every job queued: an idle thread sleeps on it until there is work.
    private let jobsQueued = DispatchSemaphore(value: 0)

    /// Threads: CPU work of requests beside the narration workers on a small machine: two keep one
    /// core for answering requests and narration on a 2-core machine. Waiting: a few adds in a row
    /// from a script wait their turn; a flood is refused rather than queued for minutes.
    public init(threads: Int = 2, maxWaiting: Int = 8, budgetSeconds: Double = WorkPool.documentBudgetSeconds, name: String = "lede-work") {
        self.threads = max(1, threads)
        self.maxWaiting = max(0, maxWaiting)
        self.budgetSeconds = budgetSeconds
        for index in 0..<self.threads {
            let threadName = "\(name)-\(index)"
            // The threads hold the pool: it lives as long as the process (a server's lifetime).
            let thread = Thread { [self] in
                Thread.current.threadDictionary[Self.threadKey] = threadName
                loop()
            }
            thread.name = threadName
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// The time one document may take to read, analyse or script: the slowest page of the
    /// extraction benchmark reads in about 0.2 s, and a client waiting half a minute has given up.
    public static let documentBudgetSeconds = 20.0

    /// Key of the pool thread's name in its `threadDictionary` (how work can tell where it runs).
    public static let threadKey = "lede.work-pool"

    /// Jobs running or waiting now.
    public var load: Int { state.withLock { $0.inFlight } }

    /// Runs `work` on one of the pool's threads under a budget of ``budgetSeconds``; throws
    /// ``Busy`` when the queue is full and ``LedeError/overBudget(_:)`` when the budget ran out.
    public func run<T: Sendable>(_ what: String, _ work: @escaping @Sendable () throws -> T) async throws -> T {
        let budgetSeconds = budgetSeconds
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, Error>) in
            let job: @Sendable () -> Void = { [self] in
                let result = Result { try WorkBudget(seconds: budgetSeconds).run(what, work) }
                state.withLock { $0.inFlight -= 1 }
                continuation.resume(with: result)
            }
            let capacity = threads + maxWaiting
            let accepted = state.withLock { state -> Bool in
                guard state.inFlight < capacity else { return false }
                state.inFlight += 1
                state.queue.append(job)
                return true
            }
            if accepted { jobsQueued.signal() } else { continuation.resume(throwing: Busy()) }
        }
    }

    private func loop() {
        while true {
            // One signal a job: past the wait, the queue holds one this thread may take.
            jobsQueued.wait()
            let job = state.withLock { state -> @Sendable () -> Void in
                let job = state.queue[state.head]
                state.head += 1
                // Drop taken jobs now and then so the array does not grow forever.
                if state.head > 64, state.head * 2 > state.queue.count { state.queue.removeFirst(state.head); state.head = 0 }
                return job
            }
            job()
        }
    }
}

/// The pool is also a task executor: a request that handles a whole article (its body decoded,
/// the article stored or loaded and encoded) runs there with `withTaskExecutorPreference`, so
/// none of that CPU work lands on the threads that answer other requests. Such jobs are parts of
/// requests already running, so they are queued without the admission limit of ``run(_:_:)``.
extension WorkPool: TaskExecutor {
    public func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        state.withLock { $0.queue.append { job.runSynchronously(on: executor) } }
        jobsQueued.signal()
    }
}
