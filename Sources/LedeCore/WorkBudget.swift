import Foundation

/// A deadline for the CPU work on one document (reading, story, script), checked by the long loops
/// of each stage, which stop early once it has passed; whoever set the budget then reports
/// ``LedeError/overBudget(_:)`` and keeps nothing of the cut-short result.
///
/// ```swift
/// let article = try WorkBudget(seconds: 20).run("reading the page") { try reader.read(bytes) }
/// // inside a stage's loop:
/// for block in article.blocks { if WorkBudget.isOver { break }; print(block.kind) }
/// ```
///
/// The budget is a task-local value, so it follows the work onto the thread that runs it and needs
/// no parameter in the stages' signatures; outside a budget, ``isOver`` is always false.
public struct WorkBudget: Sendable {
    public let deadline: ContinuousClock.Instant
    public let seconds: Double

    public init(seconds: Double) {
        self.seconds = seconds
        deadline = ContinuousClock.now.advanced(by: .milliseconds(Int64(seconds * 1000)))
    }

    @TaskLocal public static var current: WorkBudget?

    /// True once the current budget's deadline has passed.
    public static var isOver: Bool {
        guard let budget = current else { return false }
        return ContinuousClock.now >= budget.deadline
    }

    /// Runs `work` under this budget; throws ``LedeError/overBudget(_:)`` naming `what` when the
    /// deadline passed before it finished (its result, perhaps cut short, is dropped).
    public func run<T>(_ what: String, _ work: () throws -> T) throws -> T {
        let over = LedeError.overBudget("\(what) took more than its \(Self.format(seconds)) s budget")
        let result: T
        do {
            result = try Self.$current.withValue(self) { try work() }
        } catch {
            // A stage cut short by the budget may fail for want of what it did not reach.
            if ContinuousClock.now >= deadline { throw over }
            throw error
        }
        if ContinuousClock.now >= deadline { throw over }
        return result
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }
}
