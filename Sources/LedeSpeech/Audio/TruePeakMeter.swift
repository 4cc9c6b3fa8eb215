import Foundation

/// True peak as BS.1770-4 Annex 2 describes it: the signal is oversampled four times with a
/// polyphase interpolation filter and the largest magnitude of the result is the peak.
///
/// ```swift
/// var meter = TruePeakMeter()
/// for s in samples { meter.add(s) }
/// print(meter.peakDB)
/// ```
struct TruePeakMeter: Sendable {
    /// Four times oversampling, as the recommendation asks.
    static let factor = 4
    /// Twelve taps per phase (48 in all): the recommendation's own example filter length.
    static let tapsPerPhase = 12
    /// Phase-major coefficients: `phases[p][k]`.
    static let phases: [[Double]] = makePhases()

    /// The largest sum of |taps| of a phase: no interpolated value exceeds this times the largest
    /// input sample under the filter. So while no sample of the last `tapsPerPhase` could lift the
    /// peak even at this gain, the filter need not run: an exact shortcut that skips most of speech.
    static let gainBound: Double = phases.map { $0.reduce(0) { $0 + abs($1) } }.max() ?? 1
    /// Flat copy of `phases` for the inner loop.
    private static let flatTaps: [Double] = phases.flatMap { $0 }

    private var history = [Double](repeating: 0, count: tapsPerPhase)
    /// Samples left during which the filter must run (a sample loud enough to matter is under it).
    private var loudCountdown = 0
    private var head = 0
    private(set) var peak = 0.0
    private(set) var samplePeak = 0.0

    var peakDB: Double { peak > 0 ? 20 * log10(peak) : -.infinity }
    var samplePeakDB: Double { samplePeak > 0 ? 20 * log10(samplePeak) : -.infinity }

    @inline(__always)
    mutating func add(_ sample: Float) {
        let x = Double(sample)
        samplePeak = max(samplePeak, abs(x))
        head = head == 0 ? Self.tapsPerPhase - 1 : head - 1
        history[head] = x
        if abs(x) * Self.gainBound > peak { loudCountdown = Self.tapsPerPhase }
        guard loudCountdown > 0 else { return }
        loudCountdown -= 1
        let taps = Self.flatTaps
        for p in 0..<Self.factor {
            var y = 0.0
            var index = head
            let base = p * Self.tapsPerPhase
            for k in 0..<Self.tapsPerPhase {
                y += taps[base + k] * history[index]
                index += 1
                if index == Self.tapsPerPhase { index = 0 }
            }
            peak = max(peak, abs(y))
        }
    }

    /// A windowed-sinc low-pass at the original Nyquist frequency, split into its four phases; each
    /// phase is scaled to unit gain at 0 Hz so a constant signal keeps its level.
    private static func makePhases() -> [[Double]] {
        let length = factor * tapsPerPhase
        let centre = Double(length - 1) / 2
        var h = [Double](repeating: 0, count: length)
        for n in 0..<length {
            let t = (Double(n) - centre) / Double(factor)
            let sinc = t == 0 ? 1 : sin(Double.pi * t) / (Double.pi * t)
            // Blackman-Harris window: low side lobes keep images of the original band out.
            let w = 2 * Double.pi * Double(n) / Double(length - 1)
            let window = 0.35875 - 0.48829 * cos(w) + 0.14128 * cos(2 * w) - 0.01168 * cos(3 * w)
            h[n] = sinc * window
        }
        var phases: [[Double]] = []
        for p in 0..<factor {
            var taps = (0..<tapsPerPhase).map { h[$0 * factor + p] }
            let sum = taps.reduce(0, +)
            taps = taps.map { $0 / sum }
            phases.append(taps)
        }
        return phases
    }
}
