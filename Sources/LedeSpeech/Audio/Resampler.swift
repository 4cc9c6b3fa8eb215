import Foundation

/// Changes the sample rate of mono speech by band-limited interpolation (a windowed sinc), so two
/// voices made at different rates (joe at 22,050 Hz, heart at 24,000 Hz) can share one narration.
/// Going down, the filter also removes what the lower rate cannot hold, so nothing folds back as
/// aliasing. The kernel for every fractional position is computed once (rates in a small ratio,
/// like 147:160 here, need few); other pairs compute it per sample.
///
/// ```swift
/// let resampler = Resampler(from: 24_000, to: 22_050)
/// let samples = resampler.process(heartSamples)   // 22,050 samples a second
/// ```
public struct Resampler: Sendable {
    public let sourceRate: Int
    public let targetRate: Int
    /// Zero crossings of the sinc kept on each side: 16 puts the first side lobes of the windowed
    /// kernel more than 70 dB down, far below anything audible in speech at narration loudness.
    static let zeroCrossings = 16
    /// The pass band ends at this fraction of the lower rate's Nyquist frequency, leaving the filter
    /// room to fall; speech holds next to nothing in the top 8 % (above 10 kHz at 22,050 Hz).
    static let passBand = 0.92
    /// Most fractional positions worth a table (4 × 35 floats a phase at most: about half a megabyte).
    static let maxPhases = 4096

    private let up: Int      // output step, in 1/up of an input sample
    private let down: Int    // input samples per `up` outputs
    private let cutoff: Double
    private let halfWidth: Int
    private let table: [[Float]]?

    public init(from sourceRate: Int, to targetRate: Int) {
        precondition(sourceRate > 0 && targetRate > 0, "sample rates must be positive")
        self.sourceRate = sourceRate
        self.targetRate = targetRate
        func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
        let g = gcd(sourceRate, targetRate)
        up = targetRate / g
        down = sourceRate / g
        cutoff = Self.passBand * min(1, Double(targetRate) / Double(sourceRate))
        halfWidth = Int((Double(Self.zeroCrossings) / cutoff).rounded(.up))
        if up <= Self.maxPhases {
            let (up, cutoff, halfWidth) = (up, cutoff, halfWidth)
            table = (0..<up).map { phase in
                let fraction = Double(phase) / Double(up)
                return (-halfWidth...halfWidth).map { Float(Self.kernel(Double($0) - fraction, cutoff: cutoff, halfWidth: halfWidth)) }
            }
        } else {
            table = nil
        }
    }

    /// The samples at the target rate (the same duration, to the nearest sample).
    public func process(_ input: [Float]) -> [Float] {
        guard sourceRate != targetRate, !input.isEmpty else { return input }
        let count = Int((Double(input.count) * Double(targetRate) / Double(sourceRate)).rounded())
        var output = [Float](repeating: 0, count: count)
        let n = input.count
        input.withUnsafeBufferPointer { x in
            for i in 0..<count {
                let position = i * down           // in 1/up of an input sample
                let base = position / up, phase = position % up
                var sum: Float = 0
                if let weights = table?[phase] {
                    for (t, k) in (base - halfWidth...base + halfWidth).enumerated() where k >= 0 && k < n {
                        sum += weights[t] * x[k]
                    }
                } else {
                    let fraction = Double(phase) / Double(up)
                    for k in max(0, base - halfWidth)...min(n - 1, base + halfWidth) {
                        sum += Float(Self.kernel(Double(k - base) - fraction, cutoff: cutoff, halfWidth: halfWidth)) * x[k]
                    }
                }
                output[i] = sum
            }
        }
        return output
    }

    /// A low-pass sinc at `cutoff` (of the input's Nyquist frequency) under a Blackman window that
    /// reaches zero just past `halfWidth` input samples, at `x` input samples from its centre.
    static func kernel(_ x: Double, cutoff: Double, halfWidth: Int) -> Double {
        let width = Double(halfWidth + 1)
        guard abs(x) < width else { return 0 }
        let arg = Double.pi * cutoff * x
        let sinc = x == 0 ? 1 : sin(arg) / arg
        let w = 0.42 + 0.5 * cos(Double.pi * x / width) + 0.08 * cos(2 * Double.pi * x / width)
        return cutoff * sinc * w
    }
}
