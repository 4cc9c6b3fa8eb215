import Foundation

/// What a batch run did: lines written, articles, errors by reason, what was passed over.
///
/// ```swift
/// var counted = BatchSummary()
/// counted.count(outcome.failure)
/// print(counted.report(seconds: 12.5, output: output))
/// ```
public struct BatchSummary: Sendable {
    public var lines = 0
    public var articles = 0
    public var errors: [BatchFailure.Reason: Int] = [:]
    /// Lines that were already in the output (`--resume`) and were not made again.
    public var resumedAfter = 0
    /// Inputs passed over without a line: request/warcinfo records, other files in a folder.
    public var notPages: [String: Int] = [:]
    public var interrupted = false

    public init() {}

    public var errorCount: Int { errors.values.reduce(0, +) }

    public mutating func count(_ failure: BatchFailure?) {
        lines += 1
        if let failure { errors[failure.reason, default: 0] += 1 } else { articles += 1 }
    }

    /// The summary printed on standard error at the end.
    public func report(seconds: Double, output: String) -> String {
        let rate = seconds > 0 ? Double(lines) / seconds : 0
        var text = "lede batch: \(lines) lines to \(output) in \(String(format1: seconds)) s (\(Int(rate.rounded())) pages/s): \(articles) articles, \(errorCount) errors"
        if resumedAfter > 0 { text += " (resumed after \(resumedAfter) lines already written)" }
        text += "\n"
        for (reason, n) in errors.sorted(by: { $0.value > $1.value || ($0.value == $1.value && $0.key.rawValue < $1.key.rawValue) }) {
            text += "  \(reason.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0))\(n)\n"
        }
        if !notPages.isEmpty {
            text += "passed over (no line, not pages):\n"
            for (what, n) in notPages.sorted(by: { $0.key < $1.key }) {
                text += "  \(what.padding(toLength: 28, withPad: " ", startingAt: 0))\(n)\n"
            }
        }
        if interrupted {
            text += "interrupted: the output holds \(resumedAfter + lines) complete lines; run again with --resume to go on\n"
        }
        return text
    }
}

extension String {
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(tenths % 10)"
    }
}
