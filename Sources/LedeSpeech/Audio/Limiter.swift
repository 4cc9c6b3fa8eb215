import Foundation

/// A look-ahead true-peak limiter: the gain starts falling a few milliseconds before a peak that
/// would pass the ceiling (so nothing is clipped), holds through the samples the peak is
/// interpolated from, and rises back slowly after it. Peaks between samples count (speech made by
/// a vocoder carries energy close to the Nyquist frequency, whose peaks fall between samples).
///
/// ```swift
/// let limited = Limiter(sampleRate: 22050, ceiling: 0.84).process(samples)
/// ```
public struct Limiter: Sendable {
    public var sampleRate: Int
    /// Largest magnitude allowed out (linear, 0…1), between samples too: the waveform's peaks
    /// where a player's converter reconstructs it, as `TruePeakMeter` measures them.
    public var ceiling: Double
    /// 5 ms: long enough for a smooth fade into a peak, short enough not to duck the syllable before.
    public var lookaheadSeconds = 0.005
    /// 80 ms: recovers within a syllable without audible pumping.
    public var releaseSeconds = 0.08

    public init(sampleRate: Int, ceiling: Double) {
        self.sampleRate = sampleRate
        self.ceiling = ceiling
    }

    /// A gain this close to 1 is taken as 1 when the release has run out (−0.00001 dB).
    static let settledGain: Float = 1 - 1e-6

    public func process(_ samples: [Float]) -> [Float] {
        let n = samples.count
        let limit = Float(ceiling)
        // The samples whose stretch to the next sample peaks past the ceiling (between samples
        // too: a true-peak limiter), with that peak: usually a few short runs in a sentence, so the
        // work below covers only the stretch from a window before the first to where the gain has
        // recovered.
        var over: [Int] = [], needs: [Float] = []
        TruePeakMeter.peaks(samples, above: limit) { i, peak in
            over.append(i)
            needs.append(limit / peak)
        }
        guard let first = over.first, let last = over.last else { return samples }
        let window = max(1, Int(lookaheadSeconds * Double(sampleRate)))
        // The gain is held at a peak's need from `reach` samples before it to `reach` after, so the
        // interpolated waveform around it, made from those samples, is scaled by that need too.
        let reach = TruePeakMeter.halfLength
        let span = window + 2 * reach
        let lo = first - span + 1  // may be negative: before the first sample
        // least[m − lo]: the least need among the samples m ... m + span − 1 (a monotonic deque of
        // positions in `over`, backwards); 1 where none of them is past the ceiling.
        var least = [Float](repeating: 1, count: last - lo + 1)
        var deque: [Int] = []
        deque.reserveCapacity(span + 1)
        var front = 0
        var next = over.count - 1
        var m = last
        while m >= lo {
            if next >= 0, over[next] == m {
                while deque.count > front, needs[deque[deque.count - 1]] >= needs[next] { deque.removeLast() }
                deque.append(next)
                next -= 1
            }
            while deque.count > front, over[deque[front]] >= m + span { front += 1 }
            if deque.count > front { least[m - lo] = needs[deque[front]] }
            if front > 4096 { deque.removeFirst(front); front = 0 }
            m -= 1
        }
        // ahead(i): the least need from `reach` before sample i to `window + reach` after it; before
        // the first sample, the first sample's.
        func ahead(_ i: Int) -> Float {
            let m = max(i, 0) - reach
            return m < lo || m > last ? 1 : least[m - lo]
        }
        // Average over the last `window` values: every value averaged covers sample i (and the
        // `reach` around it), so the result is never above what they need, and it moves smoothly.
        // Release: the gain may rise only as fast as the release allows.
        let coefficient = Float(exp(-1 / (releaseSeconds * Double(sampleRate))))
        var i = max(0, lo + reach)
        var sum = 0.0
        for j in (i - window)..<i { sum += Double(ahead(j)) }
        var gain: Float = 1
        var out = samples
        while i < n {
            sum += Double(ahead(i)) - Double(ahead(i - window))
            let released = 1 - (1 - gain) * coefficient
            gain = min(Float(sum / Double(window)), released)
            if i > last + window + reach, gain >= Self.settledGain { break }
            out[i] = samples[i] * gain
            i += 1
        }
        return out
    }
}
