import Foundation
import LedeCore
import LedeSpeech
import LedeStore
import Logging
import ServiceLifecycle
import Synchronization

/// The narration workers of `lede serve`: a fixed number of loops that take queued jobs from the
/// store, narrate them and record the edition, with progress written as they go. The queue lives in
/// the database, so jobs added by `lede add` in another process, or left running by a process that
/// was killed, are picked up too.
///
/// ```swift
/// let narration = NarrationService(store: store, files: store.files, workers: 1, scriptMaker: .narrator, logger: logger)
/// let workers = Task { try await narration.run() }   // or add it to the application's services
/// narration.wake()                                  // a job was just queued
/// ```
public final class NarrationService: Service, Sendable {
    let store: any Store
    let files: AudioFiles
    let workers: Int
    let renderer: NarrationRenderer
    let logger: Logger
    let voices: VoiceLibrary
    /// How often idle workers look at the queue for jobs another process added.
    let pollInterval: Duration
    /// Called after each change a worker makes (progress, done, failed): pages showing it are stale.
    let onChange: @Sendable () -> Void
    /// How the latest jobs this process took ended (for operators and tests).
    private let outcomes = OutcomeLog()
    private let signal = WakeSignal()
    /// The stop flags of the narrations under way, by article, so deleting an article stops its own.
    private let running = RunningNarrations()

    /// How a job taken by a worker ended.
    ///
    /// ```swift
    /// if narration.outcome(ofJob: job.id) == .done { print("narrated") }
    /// ```
    public enum Outcome: Sendable, Equatable {
        case done
        case failed
        /// Its article was deleted while it was narrated: stopped, nothing kept.
        case cancelled
        /// The service stopped (shutdown): the job is back in the queue.
        case interrupted
    }

    public init(store: any Store, files: AudioFiles, workers: Int = 1, speed: Double = Synthesizer.narrationSpeed, scriptMaker: ScriptMaker, logger: Logger,
                pollInterval: Duration = .seconds(2), maxMinutes: Double? = nil, onChange: @escaping @Sendable () -> Void = {}) {
        self.onChange = onChange
        self.store = store
        self.files = files
        self.workers = max(1, workers)
        renderer = NarrationRenderer(files: files, scriptMaker: scriptMaker, speed: speed, maxMinutes: maxMinutes)
        self.logger = logger
        voices = VoiceLibrary()
        self.pollInterval = pollInterval
    }

    /// Tells idle workers that a job is waiting.
    public func wake() { signal.signal() }

    /// Stops the narration of a deleted article, if one runs in this process, before its next
    /// sentence; its scratch files go and no audio is kept. (A narration in another process
    /// notices the deletion at its next progress report.)
    public func cancel(articleID: Int64) { running.stop(articleID) }

    /// How a job this process took ended, while it is among the last ``OutcomeLog/capacity``.
    public func outcome(ofJob id: Int64) -> Outcome? { outcomes.outcome(of: id) }

    public func run() async throws {
        files.removeLeftovers()
        let requeued = try await store.requeueInterruptedJobs()
        if requeued > 0 { logger.info("narration: \(requeued) interrupted job(s) queued again") }
        // Stop on graceful shutdown (SIGTERM, SIGINT) as on cancellation: a job cut short goes back
        // to the queue and starts again on the next start.
        await cancelWhenGracefulShutdown {
            await withTaskGroup(of: Void.self) { group in
                for index in 0..<self.workers {
                    group.addTask { await self.workerLoop(index) }
                }
            }
        }
    }

    func workerLoop(_ index: Int) async {
        var engines: [String: any SpeechEngine] = [:]
        while !Task.isCancelled {
            do {
                guard let job = try await store.claimNextJob() else {
                    await signal.wait(timeout: pollInterval)
                    continue
                }
                try await narrate(job, engines: &engines)
            } catch is CancellationError {
                break
            } catch {
                logger.error("narration worker \(index): \(error)")
                try? await Task.sleep(for: pollInterval)
            }
        }
    }

    func narrate(_ job: NarrationJob, engines: inout [String: any SpeechEngine]) async throws {
        guard let stored = try await store.article(id: job.articleID) else {
            try await store.failJob(jobID: job.id, error: "the article was deleted")
            outcomes.record(job.id, .cancelled)
            return
        }
        let engine: any SpeechEngine
        var quoteEngine: (any SpeechEngine)? = nil
        do {
            func loaded(_ id: String) throws -> any SpeechEngine {
                if let voice = engines[id] { return voice }
                let voice = try voices.load(id)
                engines[id] = voice
                return voice
            }
            engine = try loaded(job.voice)
            // The same id twice is one instance: this worker speaks one part at a time.
            if let id = job.quoteVoice { quoteEngine = try loaded(id) }
        } catch {
            try await store.failJob(jobID: job.id, error: "\(error)")
            outcomes.record(job.id, .failed)
            return
        }
        logger.info("narration: article \(job.articleID) with \(job.voice)\(job.quoteVoice.map { ", quotations \($0)" } ?? "") (attempt \(job.attempts))")
        let stop = NarrationRenderer.StopFlag()
        running.add(job.articleID, stop)
        defer { running.remove(job.articleID, stop) }
        let reporter = ProgressReporter()
        // Progress goes to the store in order, from a task of its own, while the thread renders.
        // A job whose row is gone had its article deleted (by any process): stop rendering it.
        let writer = Task { [store, onChange] in
            for await progress in reporter.values {
                try? await store.updateProgress(jobID: job.id, progress: progress)
                do {
                    if try await store.job(id: job.id) == nil { stop.stop() }
                } catch {}  // The store did not answer: keep going, the next report asks again.
                onChange()
            }
        }
        onChange()
        defer { onChange() }
        do {
            let edition: Edition
            do {
                edition = try await withTaskCancellationHandler {
                    try await renderer.render(stored, engine: engine, quoteEngine: quoteEngine, stop: stop) { reporter.report($0) }
                } onCancel: {
                    stop.stop()
                }
                reporter.finish()
                await writer.value
            } catch {
                reporter.finish()
                await writer.value
                throw error
            }
            try await store.completeJob(jobID: job.id, edition: edition)
            // Deleted while it was narrated: the files just made belong to no article.
            if try await store.article(id: job.articleID) == nil {
                files.remove(articleID: job.articleID)
                outcomes.record(job.id, .cancelled)
                return
            }
            logger.info("narration: article \(job.articleID) done, \(edition.durationMs / 1000) s")
            outcomes.record(job.id, .done)
        } catch is CancellationError where !Task.isCancelled {
            // Stopped because the article was deleted (its job row went with it): nothing to
            // record, and no file may stay (the renderer removed its scratch; a file installed just
            // before the stop goes here).
            files.remove(articleID: job.articleID)
            logger.info("narration: article \(job.articleID) was deleted; its narration stopped")
            outcomes.record(job.id, .cancelled)
        } catch is CancellationError {
            // Stopped, not failed: back in the queue without counting the attempt. (This task is
            // cancelled, so the write runs in one that is not; after a kill instead, the job stays
            // `running` and the next start queues it again.)
            let store = self.store
            await Task.detached { try? await store.returnJob(jobID: job.id) }.value
            outcomes.record(job.id, .interrupted)
            throw CancellationError()
        } catch {
            logger.error("narration: article \(job.articleID) failed: \(error)")
            try await store.failJob(jobID: job.id, error: "\(error)")
            outcomes.record(job.id, .failed)
        }
    }
}

/// The stop flags of the narrations under way in this process, by article.
final class RunningNarrations: Sendable {
    private let flags = Mutex<[Int64: [ObjectIdentifier: NarrationRenderer.StopFlag]]>([:])

    func add(_ articleID: Int64, _ flag: NarrationRenderer.StopFlag) {
        flags.withLock { $0[articleID, default: [:]][ObjectIdentifier(flag)] = flag }
    }

    func remove(_ articleID: Int64, _ flag: NarrationRenderer.StopFlag) {
        flags.withLock { flags in
            flags[articleID]?[ObjectIdentifier(flag)] = nil
            if flags[articleID]?.isEmpty == true { flags[articleID] = nil }
        }
    }

    func stop(_ articleID: Int64) {
        let stopping = flags.withLock { $0[articleID].map { Array($0.values) } ?? [] }
        for flag in stopping { flag.stop() }
    }
}

/// Passes the narration thread's progress on, at most every 2 %, as an ordered stream.
final class ProgressReporter: Sendable {
    let values: AsyncStream<Double>
    private let continuation: AsyncStream<Double>.Continuation
    /// The last progress passed on.
    private let last = Mutex(-1.0)

    init() {
        (values, continuation) = AsyncStream.makeStream(of: Double.self, bufferingPolicy: .bufferingNewest(1))
    }

    func report(_ progress: Double) {
        let due = last.withLock { last -> Bool in
            guard progress - last >= 0.02 || progress >= 1 else { return false }
            last = progress
            return true
        }
        if due { continuation.yield(progress) }
    }

    func finish() { continuation.finish() }
}

/// Wakes waiting workers when a job is queued; a wait also ends after a timeout.
final class WakeSignal: Sendable {
    private struct State {
        var waiters: [UUID: CheckedContinuation<Void, Never>] = [:]
        /// A signal came while no one waited: the next wait ends at once.
        var pending = false
    }

    private let state = Mutex(State())

    func signal() {
        let toResume = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            if state.waiters.isEmpty { state.pending = true }
            defer { state.waiters.removeAll() }
            return Array(state.waiters.values)
        }
        for waiter in toResume { waiter.resume() }
    }

    func wait(timeout: Duration) async {
        let id = UUID()
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await withCheckedContinuation { continuation in
                    let resumeNow = self.state.withLock { state -> Bool in
                        if state.pending { state.pending = false; return true }
                        state.waiters[id] = continuation
                        return false
                    }
                    if resumeNow { continuation.resume() }
                }
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                let waiter = self.state.withLock { $0.waiters.removeValue(forKey: id) }
                waiter?.resume()
            }
            await group.next()
            group.cancelAll()
        }
    }
}

/// The outcomes of the latest jobs, oldest dropped first.
final class OutcomeLog: Sendable {
    /// Enough to look back over a busy hour of narrations, small enough to never matter in memory.
    static let capacity = 256
    private let entries = Mutex<[(jobID: Int64, outcome: NarrationService.Outcome)]>([])

    func record(_ jobID: Int64, _ outcome: NarrationService.Outcome) {
        entries.withLock { entries in
            entries.append((jobID, outcome))
            if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
        }
    }

    func outcome(of jobID: Int64) -> NarrationService.Outcome? {
        entries.withLock { $0.last { $0.jobID == jobID }?.outcome }
    }
}
