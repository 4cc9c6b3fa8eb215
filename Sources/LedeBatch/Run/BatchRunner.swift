import Foundation
import Synchronization

/// Set from a signal handler (Ctrl-C) to end a batch after the items already started.
///
/// ```swift
/// let stop = StopFlag()
/// stop.set()          // from a signal source
/// if stop.isSet { print("stopping after the items already started") }
/// ```
public final class StopFlag: Sendable {
    private let flag = Atomic<Bool>(false)
    public init() {}
    public func set() { flag.store(true, ordering: .relaxed) }
    public var isSet: Bool { flag.load(ordering: .relaxed) }
}

/// Runs a batch: reads inputs in order, extracts up to `jobs` at once, writes lines in input order.
///
/// ```swift
/// let out = try LineFile(path: output, append: false)
/// let runner = BatchRunner(processor: processor, jobs: 2)
/// let summary = try await runner.run(try BatchInputs(paths: [path], maxBytes: 16 << 20), output: out, errors: nil,
///                                    skip: 0, stop: StopFlag())
/// ```
///
/// Memory stays bounded: at most `jobs` items are being extracted, and finished items waiting for an
/// earlier one (the reorder buffer) are capped at ``reorderCapPerJob`` × `jobs`; the reader waits
/// when the buffer is full.
public struct BatchRunner: Sendable {
    public var processor: BatchProcessor
    public var jobs: Int
    /// Finished lines held back for an earlier, slower item, per job: 16 lets a page 16× slower than
    /// the rest pass without stalling the other jobs, and holds a few MB of JSON.
    public static let reorderCapPerJob = 16

    /// More jobs than this only wait on each other (no machine Lede runs on has as many cores), and
    /// the reorder cap (jobs × 16) stays far inside `Int`.
    public static let mostJobs = 1_024

    public init(processor: BatchProcessor, jobs: Int) {
        self.processor = processor
        self.jobs = min(max(1, jobs), Self.mostJobs)
    }

    /// `skip`: lines already in the output (`--resume`): that many items are read and passed over.
    /// `progress` is called after each line is written.
    public func run(_ inputs: BatchInputs, output: LineFile, errors: LineFile?, skip: Int, stop: StopFlag,
                    progress: ((BatchSummary) -> Void)? = nil) async throws -> BatchSummary {
        var summary = BatchSummary()
        summary.resumedAfter = skip
        let processor = self.processor
        let reorderCap = Self.reorderCapPerJob * jobs
        try await withThrowingTaskGroup(of: (Int, BatchProcessor.Outcome).self) { group in
            var pending: [Int: BatchProcessor.Outcome] = [:]
            var nextToWrite = skip
            var inFlight = 0
            var index = 0

            func writeReady() throws {
                while let outcome = pending.removeValue(forKey: nextToWrite) {
                    try output.write(outcome.line)
                    if let failure = outcome.failure, let errors {
                        try errors.write(try BatchLine.encode(source: outcome.source, failure: failure, lineNumber: nextToWrite + 1))
                    }
                    summary.count(outcome.failure)
                    nextToWrite += 1
                    progress?(summary)
                }
            }
            func collectOne() async throws {
                guard let (i, outcome) = try await group.next() else { return }
                inFlight -= 1
                pending[i] = outcome
                try writeReady()
            }

            while !stop.isSet, let item = inputs.next() {
                defer { index += 1 }
                if index < skip { continue }
                if case .failed = item.work {
                    // Damage found by the reader: no extraction to wait for.
                    pending[index] = await processor.process(item)
                    try writeReady()
                    continue
                }
                while inFlight >= jobs || pending.count >= reorderCap {
                    try await collectOne()
                }
                let i = index
                group.addTask { (i, await processor.process(item)) }
                inFlight += 1
            }
            while inFlight > 0 { try await collectOne() }
            summary.interrupted = stop.isSet
        }
        summary.notPages = inputs.notPages
        try output.flush()
        try errors?.flush()
        return summary
    }
}
