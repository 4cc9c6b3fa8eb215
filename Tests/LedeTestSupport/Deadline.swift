import Foundation
import Testing

/// Where a thread leaves its result for the test that waits on it.
final class ResultBox<T>: @unchecked Sendable { var result: Result<T, Error>? }

/// A very generous deadline for work built to be worse than linear: no timing is asserted, the
/// deadline only turns a hang into a failure.
///
/// ```swift
/// let story = try Deadline.finishes(within: 120) { StoryBuilder().story(of: article) }
/// ```
public enum Deadline {
    /// Runs `work` on a thread of its own (8 MB of stack) and records an issue instead of hanging
    /// when it is not done in `seconds`; nil then.
    public static func finishes<T: Sendable>(within seconds: Double, _ work: @escaping @Sendable () throws -> T) throws -> T? {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread { box.result = Result { try work() }; done.signal() }
        thread.stackSize = 8 << 20
        thread.start()
        guard done.wait(timeout: .now() + seconds) == .success, let result = box.result else {
            Issue.record("did not finish within \(seconds) s")
            return nil
        }
        return try result.get()
    }
}
