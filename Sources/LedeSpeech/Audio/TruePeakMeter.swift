import Foundation

/// The true peak of mono audio (the highest magnitude of the waveform between samples too, as
/// BS.1770 defines it), by oversampling with a windowed-sinc interpolator, computed only where it can
/// matter: a stretch whose samples are all below `current peak ÷ gain bound` cannot interpolate
/// above the current peak (an interpolated value is a weighted sum of nearby samples, at most the
/// sum of the weights' magnitudes times the largest of them), so most of a programme is skipped
/// exactly and the rest costs a few short dot products. Feed it samples in pieces of any size.
///
/// ```swift
/// let meter = TruePeakMeter()
/// meter.add(samples)
/// print(meter.truePeakDB)   // ≥ the sample peak, dBTP
/// ```
public final class TruePeakMeter {
    /// 8× oversampling: the crest of a tone near the 12 kHz limit of 24 kHz audio falls at most
    /// 1/16 of its period from a computed point (under 0.15 dB low), where 4× can miss 0.6 dB.
    public static let oversampling = 8
    /// The interpolator reaches this many samples to each side: long enough that its pass band
    /// stays flat to about 93 % of the Nyquist frequency.
    public static let halfLength = 24
    /// The Kaiser window's shape: side lobes about 45 dB down, a narrow transition.
    static let kaiserBeta = 5.0
    /// Samples per block for the skip test (blocks are at least as long as the interpolator's reach).
    static let blockLength = 64

    /// Interpolation weights, phase by phase: `weights[p - 1]` makes the point p/oversampling of a
    /// sample after `x[n]` from `x[n − halfLength + 1 ... n + halfLength]`, stored in that order.
    private static let weights: [[Float]] = (1..<oversampling).map { phase in
        let offset = Double(phase) / Double(oversampling)
        return (0..<(2 * halfLength)).map { k in
            let t = Double(k - halfLength + 1) - offset  // the tap's distance from the point, in samples
            let sinc = t == 0 ? 1 : sin(Double.pi * t) / (Double.pi * t)
            let r = t / Double(halfLength)
            let window = abs(r) >= 1 ? 0 : besselI0(kaiserBeta * (1 - r * r).squareRoot()) / besselI0(kaiserBeta)
            return Float(sinc * window)
        }
    }
    /// The largest sum of weight magnitudes over the phases: no interpolated point exceeds this
    /// times the largest sample it is made from.
    static let gainBound: Float = weights.map { $0.reduce(0) { $0 + abs($1) } }.max()! * 1.0001

    /// The highest magnitude found so far (linear), sample values included.
    public private(set) var truePeak: Float = 0
    /// The last `2 · halfLength` samples of the previous piece: an interpolator reaching back.
    private var history: [Float] = []

    public init() {}

    /// The true peak so far in dBTP; `-infinity` for silence.
    public var truePeakDB: Double { truePeak > 0 ? 20 * log10(Double(truePeak)) : -.infinity }

    public func add(_ samples: [Float]) {
        guard !samples.isEmpty else { return }
        let reach = Self.halfLength
        // Points between samples are made from the history, the new samples, and (for the last
        // `reach` of them) samples yet to come: they are computed with the next piece. Silence is
        // assumed before the first piece and after the last (see `truePeakDB`).
        var padded = history.isEmpty ? [Float](repeating: 0, count: 2 * reach) : history
        padded += samples
        samplePeak(samples)
        measureBetween(padded, from: reach - 1, to: padded.count - reach)
        history = Array(padded.suffix(2 * reach))
    }

    /// Ends the programme: the last samples' points, with silence after them.
    public func finish() {
        guard !history.isEmpty else { return }
        let padded = history + [Float](repeating: 0, count: Self.halfLength)
        measureBetween(padded, from: Self.halfLength - 1, to: padded.count - Self.halfLength)
        history = []
    }

    /// Measures a whole buffer (silence around it).
    public static func measure(_ samples: [Float]) -> Double {
        let meter = TruePeakMeter()
        meter.add(samples)
        meter.finish()
        return meter.truePeakDB
    }

    private func samplePeak(_ samples: [Float]) {
        let peak = samples.withUnsafeBufferPointer { Self.absoluteMax($0, 0, $0.count) }
        truePeak = max(truePeak, peak)
    }

    /// The largest |x[i]| for i in `from ..< to`.
    static func absoluteMax(_ x: UnsafeBufferPointer<Float>, _ from: Int, _ to: Int) -> Float {
        var peak: Float = 0
        var i = from
        while i < to { peak = max(peak, abs(x[i])); i += 1 }
        return peak
    }

    /// The interpolated points after `x[n]` for n in `from ..< to` (n − halfLength + 1 ≥ 0 and
    /// n + halfLength ≤ x.count), skipping blocks whose samples cannot reach the current peak.
    private func measureBetween(_ x: [Float], from: Int, to: Int) {
        guard to > from else { return }
        let reach = Self.halfLength, block = Self.blockLength, bound = Self.gainBound
        x.withUnsafeBufferPointer { x in
            // The largest magnitude in each block of the buffer; the points after the samples of
            // block b are made from samples in blocks b − 1 ... b + 1 (a block is longer than the reach).
            let blocks = (x.count + block - 1) / block
            let blockMax = (0..<blocks).map { b in Self.absoluteMax(x, b * block, min(x.count, (b + 1) * block)) }
            precondition(block >= reach)
            for b in (from / block)...((to - 1) / block) {
                let local = max(blockMax[b], b > 0 ? blockMax[b - 1] : 0, b + 1 < blocks ? blockMax[b + 1] : 0)
                guard local * bound > truePeak else { continue }
                interpolate(x, from: max(from, b * block), to: min(to, (b + 1) * block))
            }
        }
    }

    private func interpolate(_ x: UnsafeBufferPointer<Float>, from: Int, to: Int) {
        guard let base = x.baseAddress else { return }
        var peak = truePeak
        for n in from..<to where Self.bound(base, n) > peak { peak = max(peak, Self.between(base, n)) }
        truePeak = peak
    }

    /// For each tap, its largest weight magnitude over the phases.
    nonisolated(unsafe) private static let boundWeights: UnsafeMutablePointer<Float> = {
        let largest = (0..<(2 * halfLength)).map { k in weights.map { abs($0[k]) }.max()! * 1.0001 }
        let pointer = UnsafeMutablePointer<Float>.allocate(capacity: largest.count)
        pointer.initialize(from: largest, count: largest.count)
        return pointer
    }()

    /// A bound on ``between(_:_:)`` at a seventh of its cost: every tap's largest weight magnitude
    /// times its sample's magnitude, summed.
    @inline(__always)
    static func bound(_ x: UnsafePointer<Float>, _ n: Int) -> Float {
        let first = x + (n - halfLength + 1)
        var sum = SIMD8<Float>()
        var k = 0
        while k < 2 * halfLength {
            let v = UnsafeRawPointer(first + k).loadUnaligned(as: SIMD8<Float>.self)
            sum += UnsafeRawPointer(boundWeights + k).loadUnaligned(as: SIMD8<Float>.self) * VectorMath.magnitude(v)
            k += 8
        }
        return sum.sum()
    }

    /// Every phase's weights one after another, for ``between(_:_:)``; written once, then only read.
    nonisolated(unsafe) private static let flatWeights: UnsafeMutablePointer<Float> = {
        let flat = weights.flatMap { $0 }
        let pointer = UnsafeMutablePointer<Float>.allocate(capacity: flat.count)
        pointer.initialize(from: flat, count: flat.count)
        return pointer
    }()

    /// The largest magnitude of the waveform strictly between `x[n]` and `x[n + 1]` (at the
    /// oversampled points); reads `x[n − halfLength + 1 ... n + halfLength]`.
    @inline(__always)
    static func between(_ x: UnsafePointer<Float>, _ n: Int) -> Float {
        let taps = 2 * halfLength
        let first = x + (n - halfLength + 1)
        var peak: Float = 0
        var w = UnsafePointer(flatWeights)
        for _ in 1..<oversampling {
            var sum = SIMD8<Float>()
            var k = 0
            while k < taps {
                sum += UnsafeRawPointer(w + k).loadUnaligned(as: SIMD8<Float>.self)
                    * UnsafeRawPointer(first + k).loadUnaligned(as: SIMD8<Float>.self)
                k += 8
            }
            peak = max(peak, abs(sum.sum()))
            w += taps
        }
        return peak
    }

    /// Calls `body(i, peak)` in order for every sample i of `x` whose stretch to the next sample
    /// (the sample itself included) peaks above `threshold`, with that peak; silence is assumed
    /// around `x`. What a true-peak limiter needs: only the samples near loud ones are interpolated.
    static func peaks(_ x: [Float], above threshold: Float, _ body: (Int, Float) -> Void) {
        let reach = halfLength, block = blockLength
        guard !x.isEmpty else { return }
        // Silence before and after, and the buffer rounded up to whole blocks.
        let blocks = (x.count + block - 1) / block
        var padded = [Float](repeating: 0, count: reach + blocks * block + reach)
        padded.withUnsafeMutableBufferPointer { p in
            _ = UnsafeMutableBufferPointer(rebasing: p[reach..<(reach + x.count)]).initialize(from: x)
        }
        padded.withUnsafeBufferPointer { p in
            let blockMax = (0..<blocks).map { b in absoluteMax(p, reach + b * block, reach + (b + 1) * block) }
            for b in 0..<blocks {
                // The points after this block's samples are made from it and its neighbours (or silence).
                let local = max(blockMax[b], b > 0 ? blockMax[b - 1] : 0, b + 1 < blocks ? blockMax[b + 1] : 0)
                guard local * gainBound > threshold else { continue }
                for i in (b * block)..<min(x.count, (b + 1) * block) {
                    let inner = bound(p.baseAddress!, reach + i) > threshold ? between(p.baseAddress!, reach + i) : 0
                    let peak = max(abs(x[i]), inner)
                    if peak > threshold { body(i, peak) }
                }
            }
        }
    }

    /// The modified Bessel function of the first kind, order 0 (its power series), for the window.
    static func besselI0(_ x: Double) -> Double {
        var sum = 1.0, term = 1.0, k = 1.0
        while term > 1e-12 * sum {
            term *= (x / (2 * k)) * (x / (2 * k))
            sum += term
            k += 1
        }
        return sum
    }
}
