import Foundation

/// A look-ahead peak limiter: the gain starts falling a few milliseconds before a peak that would
/// pass the ceiling (so nothing is clipped), and rises back slowly after it.
///
/// ```swift
/// let limited = Limiter(sampleRate: 22050, ceiling: 0.84).process(samples)
/// ```
public struct Limiter: Sendable {
    public var sampleRate: Int
    /// Largest sample magnitude allowed out (linear, 0…1).
    public var ceiling: Double
    /// 5 ms: long enough for a smooth fade into a peak, short enough not to duck the syllable before.
    public var lookaheadSeconds = 0.005
    /// 80 ms: recovers within a syllable without audible pumping.
    public var releaseSeconds = 0.08

    public init(sampleRate: Int, ceiling: Double) {
        self.sampleRate = sampleRate
        self.ceiling = ceiling
    }

    public func process(_ samples: [Float]) -> [Float] {
        let n = samples.count
        guard n > 0 else { return samples }
        let window = max(1, Int(lookaheadSeconds * Double(sampleRate)))
        // The gain each sample needs on its own.
        var needed = [Double](repeating: 1, count: n)
        var any = false
        for i in 0..<n {
            let m = Double(abs(samples[i]))
            if m > ceiling { needed[i] = ceiling / m; any = true }
        }
        guard any else { return samples }
        // Minimum of the next `window` needs (a monotonic deque, backwards).
        var ahead = [Double](repeating: 1, count: n)
        var deque: [Int] = []
        deque.reserveCapacity(window + 1)
        var front = 0
        for i in stride(from: n - 1, through: 0, by: -1) {
            while deque.count > front, needed[deque[deque.count - 1]] >= needed[i] { deque.removeLast() }
            deque.append(i)
            while deque[front] >= i + window { front += 1 }
            ahead[i] = needed[deque[front]]
            if front > 4096 { deque.removeFirst(front); front = 0 }
        }
        // Average over the last `window` values: every value averaged covers sample i, so the
        // result is never above what sample i needs, and it moves smoothly.
        var smoothed = [Double](repeating: 1, count: n)
        var sum = ahead[0] * Double(window)
        for i in 0..<n {
            sum += ahead[i] - (i >= window ? ahead[i - window] : ahead[0])
            smoothed[i] = sum / Double(window)
        }
        // Release: the gain may rise only as fast as the release allows.
        let coefficient = exp(-1 / (releaseSeconds * Double(sampleRate)))
        var gain = 1.0
        var out = [Float](repeating: 0, count: n)
        for i in 0..<n {
            let released = 1 - (1 - gain) * coefficient
            gain = min(smoothed[i], released)
            out[i] = Float(Double(samples[i]) * gain)
        }
        return out
    }
}
