import Foundation

/// A narration waiting, running or finished, persisted so a restart picks it up again.
///
/// ```swift
/// while let job = try await store.claimNextJob() {
///     try await store.updateProgress(jobID: job.id, progress: 0.5)
///     try await store.failJob(jobID: job.id, error: "no voice on this machine")
/// }
/// ```
public struct NarrationJob: Sendable, Codable, Equatable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case queued, running, done, failed
    }

    public var id: Int64
    public var articleID: Int64
    public var voice: String
    /// The voice for the words of direct quotations (nil: the narrator reads them).
    public var quoteVoice: String?
    public var status: Status
    /// 0…1.
    public var progress: Double
    /// How many times a worker has started it.
    public var attempts: Int
    public var error: String?
    public var created: Date
    public var updated: Date

    /// A job that was interrupted this many times (a crash each time it runs, say) is failed
    /// rather than retried forever.
    public static let maxAttempts = 3

    public init(id: Int64, articleID: Int64, voice: String, status: Status, progress: Double, attempts: Int,
                error: String?, created: Date, updated: Date, quoteVoice: String? = nil) {
        self.id = id
        self.articleID = articleID
        self.voice = voice
        self.quoteVoice = quoteVoice
        self.status = status
        self.progress = progress
        self.attempts = attempts
        self.error = error
        self.created = created
        self.updated = updated
    }
}

extension NarrationJob.Status {
    /// Every status with its count from `(status, count)` rows a store grouped; statuses no row
    /// names count zero, and a status this build does not know is ignored.
    static func counts(_ rows: [(String, Int)]) -> [NarrationJob.Status: Int] {
        var counts = Dictionary(uniqueKeysWithValues: allCases.map { ($0, 0) })
        for (name, count) in rows {
            if let status = NarrationJob.Status(rawValue: name) { counts[status] = count }
        }
        return counts
    }
}
