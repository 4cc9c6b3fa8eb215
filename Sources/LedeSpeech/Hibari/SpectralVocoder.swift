import Foundation

/// The hibari voice's signal step: its model predicts, for every 12.5 ms frame, five spectra (601
/// bins) and a pitch; this turns them into 24 kHz samples. A band-limited pulse train at the pitch is
/// analysed (short-time Fourier transform), shaped by the harmonic magnitude and phase turn, plus
/// noise shaped by its magnitude, plus a free-phase part; one inverse transform with overlap-add makes
/// the waveform. Written from the package's description of the method (`hibari/dsp.py`), not its code.
///
/// ```swift
/// var noise = GaussianNoise(seed: 7)
/// let samples = SpectralVocoder.shared.synthesize(frames, noise: &noise)
/// ```
struct SpectralVocoder: Sendable {
    /// Frame length, hop and sample rate the model was trained with.
    static let frameLength = 1200
    static let hop = 300
    static let sampleRate = 24000
    static let bins = frameLength / 2 + 1
    /// Frames with a pitch below this (Hz) are unvoiced: no pulses.
    static let voicingThreshold: Float = 40
    /// Pulses carry every harmonic below this frequency (Hz), under the 12 kHz Nyquist limit.
    static let highestHarmonic: Float = 11000
    /// Log magnitudes are clipped here before exponentiation (e⁷ ≈ 1,100), as in training.
    static let logMagnitudeCeiling: Float = 7
    /// And here from below: e⁻⁸⁷ is the smallest normal Float, far under anything audible.
    static let logMagnitudeFloor: Float = -87
    /// Below this |2·sin(t/2)| the pulse sum is taken at its limit (the harmonic count), not divided.
    static let pulseSingularity: Float = 2e-3

    static let shared = SpectralVocoder()

    let fft = RealFFT(size: frameLength)
    /// Periodic Hann window.
    let window: [Float]
    /// The window used to analyse the pulse train, scaled so a unit cosine reads its own amplitude.
    let analysisWindow: [Float]
    /// The window applied after the inverse transform, with the transform's 1/n folded in.
    let synthesisWindow: [Float]

    init() {
        let n = Self.frameLength
        window = (0..<n).map { Float(0.5 - 0.5 * cos(2 * Double.pi * Double($0) / Double(n))) }
        let scale = Float(n) / 4  // a unit cosine peaks at sum(window)/2 = n/4 in the transform
        analysisWindow = window.map { $0 / scale }
        synthesisWindow = window.map { $0 / Float(n) }
    }

    /// The model's outputs for one sentence: five [bins × frames] arrays (bin-major) and the pitch.
    struct Frames: Sendable {
        var count: Int
        var harmonicLogMagnitude: [Float]
        var harmonicPhase: [Float]
        var noiseLogMagnitude: [Float]
        var freeLogMagnitude: [Float]
        var freePhase: [Float]
        var pitch: [Float]
    }

    /// The waveform of `frames`: `frames.count × hop` samples.
    func synthesize(_ frames: Frames, noise: inout GaussianNoise) -> [Float] {
        let f = frames.count, n = Self.frameLength, hop = Self.hop
        guard f > 0 else { return [] }
        let half = n / 2
        // The pulse train padded by half a frame at each end: frame i analyses excitation[i·hop ..< i·hop + n].
        let excitation = Self.reflectPadded(Self.pulses(pitch: frames.pitch), before: half, count: (f - 1) * hop + n)
        var output = [Float](repeating: 0, count: (f + n / hop - 1) * hop)
        let buffers = RealFFT.Buffers(size: n)
        let samples = buffers.samples
        let rows = FrameRows()
        Planes.with(frames) { planes in
            for i in 0..<f {
                let base = i * hop
                excitation.withUnsafeBufferPointer { source in
                    analysisWindow.withUnsafeBufferPointer { w in
                        for j in 0..<n { samples[j] = source[base + j] * w[j] }
                    }
                }
                fft.forward(buffers)
                shape(buffers.spectrum, frame: i, planes, rows: rows, noise: &noise)
                fft.inverse(buffers)
                output.withUnsafeMutableBufferPointer { out in
                    synthesisWindow.withUnsafeBufferPointer { w in
                        for j in 0..<n { out[base + j] += samples[j] * w[j] }
                    }
                }
            }
        }
        // Normalise by the summed squared window and drop the half frame of padding at each end.
        let weight = overlapWeight(frames: f, length: output.count)
        return (0..<(f * hop)).map { i in
            output[half + i] / max(weight[half + i], 1e-11)
        }
    }

    /// The squared window summed over the frames' overlap-add.
    private func overlapWeight(frames f: Int, length: Int) -> [Float] {
        var weight = [Float](repeating: 0, count: length)
        let squared = window.map { $0 * $0 }
        weight.withUnsafeMutableBufferPointer { out in
            for i in 0..<f {
                let base = i * Self.hop
                for j in 0..<Self.frameLength { out[base + j] += squared[j] }
            }
        }
        return weight
    }

    /// The model's five spectra, read in place while one sentence is rendered.
    private struct Planes {
        let frames: Int
        let harmonicLogMagnitude, harmonicPhase, noiseLogMagnitude, freeLogMagnitude, freePhase: UnsafeBufferPointer<Float>

        static func with(_ f: Frames, _ body: (Planes) -> Void) {
            f.harmonicLogMagnitude.withUnsafeBufferPointer { lh in
                f.harmonicPhase.withUnsafeBufferPointer { theta in
                    f.noiseLogMagnitude.withUnsafeBufferPointer { ln in
                        f.freeLogMagnitude.withUnsafeBufferPointer { lr in
                            f.freePhase.withUnsafeBufferPointer { phi in
                                body(Planes(frames: f.count, harmonicLogMagnitude: lh, harmonicPhase: theta,
                                            noiseLogMagnitude: ln, freeLogMagnitude: lr, freePhase: phi))
                            }
                        }
                    }
                }
            }
        }
    }

    /// One frame's values, bin by bin in contiguous rows (the planes hold them a frame apart), rounded
    /// up to whole vectors of eight; the rows past the last bin hold harmless values.
    private final class FrameRows {
        static let width = (SpectralVocoder.bins + 7) / 8 * 8
        static let rowCount = 9
        let storage = UnsafeMutablePointer<Float>.allocate(capacity: width * rowCount)
        var harmonicLogMagnitude: UnsafeMutablePointer<Float> { storage }
        var harmonicPhase: UnsafeMutablePointer<Float> { storage + Self.width }
        var noiseLogMagnitude: UnsafeMutablePointer<Float> { storage + 2 * Self.width }
        var freeLogMagnitude: UnsafeMutablePointer<Float> { storage + 3 * Self.width }
        var freePhase: UnsafeMutablePointer<Float> { storage + 4 * Self.width }
        /// The noise's two uniforms for every bin.
        var uniform1: UnsafeMutablePointer<Float> { storage + 5 * Self.width }
        var uniform2: UnsafeMutablePointer<Float> { storage + 6 * Self.width }
        /// The spectrum, real and imaginary parts.
        var real: UnsafeMutablePointer<Float> { storage + 7 * Self.width }
        var imaginary: UnsafeMutablePointer<Float> { storage + 8 * Self.width }

        init() {
            storage.initialize(repeating: 0, count: Self.width * Self.rowCount)
            // A uniform of 1 past the last bin keeps the logarithm finite there.
            uniform1.update(repeating: 1, count: Self.width)
        }

        deinit { storage.deallocate() }
    }

    /// One frame's pulse spectrum shaped by the model: harmonic magnitude and phase turn, plus shaped
    /// noise, plus the free-phase part. The imaginary parts of the first and last bins are left at 0.
    /// Eight bins at a time (``VectorMath``), from the frame's values gathered into rows.
    private func shape(_ spectrum: UnsafeMutablePointer<(Float, Float)>, frame i: Int, _ planes: Planes,
                       rows: FrameRows, noise: inout GaussianNoise) {
        let f = planes.frames, bins = Self.bins
        // Log magnitudes clipped at the ceiling (as in training) and the floor; phase turns at
        // ±20 (tanh is ±1 in a Float from 9 on).
        let ceiling = Self.logMagnitudeCeiling, floor = Self.logMagnitudeFloor
        for k in 0..<bins {
            let at = k * f + i
            rows.harmonicLogMagnitude[k] = min(max(planes.harmonicLogMagnitude[at], floor), ceiling)
            rows.harmonicPhase[k] = min(max(planes.harmonicPhase[at], -20), 20)
            rows.noiseLogMagnitude[k] = min(max(planes.noiseLogMagnitude[at], floor), ceiling)
            rows.freeLogMagnitude[k] = min(max(planes.freeLogMagnitude[at], floor), ceiling)
            rows.freePhase[k] = planes.freePhase[at]
            (rows.real[k], rows.imaginary[k]) = spectrum[k]
        }
        noise.uniforms(rows.uniform1, rows.uniform2, count: bins)
        typealias V = VectorMath.Vector
        func load(_ row: UnsafeMutablePointer<Float>, _ k: Int) -> V {
            UnsafeRawPointer(row + k).loadUnaligned(as: V.self)
        }
        func store(_ v: V, _ row: UnsafeMutablePointer<Float>, _ k: Int) {
            UnsafeMutableRawPointer(row + k).storeBytes(of: v, as: V.self)
        }
        var k = 0
        while k < FrameRows.width {
            let gain = VectorMath.exp(load(rows.harmonicLogMagnitude, k))
            let turn = VectorMath.sinCos(Float.pi * VectorMath.tanh(load(rows.harmonicPhase, k)))
            let (cr, ci) = (turn.cos * gain, turn.sin * gain)
            let (pr, pi) = (load(rows.real, k), load(rows.imaginary, k))
            var r = pr * cr - pi * ci, m = pr * ci + pi * cr
            // Gaussian noise by Box–Muller, as `GaussianNoise.pair()` makes it.
            let radius = VectorMath.squareRoot(-2 * VectorMath.log(load(rows.uniform1, k)))
            let angle = VectorMath.sinCos(2 * Float.pi * load(rows.uniform2, k))
            let noiseGain = VectorMath.exp(load(rows.noiseLogMagnitude, k))
            r += radius * angle.cos * noiseGain
            m += radius * angle.sin * noiseGain
            let freeGain = VectorMath.exp(load(rows.freeLogMagnitude, k))
            let phase = VectorMath.sinCos(load(rows.freePhase, k))
            r += phase.cos * freeGain
            m += phase.sin * freeGain
            store(r, rows.real, k)
            store(m, rows.imaginary, k)
            k += 8
        }
        for k in 0..<bins { spectrum[k] = (rows.real[k], rows.imaginary[k]) }
        spectrum[0].1 = 0
        spectrum[bins - 1].1 = 0
    }

    /// `count` samples: `signal` mirrored at both ends (without repeating the end sample) and read
    /// from `before` samples ahead of its start, as the analysis pads the pulse train by half a frame.
    static func reflectPadded(_ signal: [Float], before: Int, count: Int) -> [Float] {
        guard signal.count > 1 else { return [Float](repeating: signal.first ?? 0, count: count) }
        let period = 2 * (signal.count - 1)
        return (0..<count).map { m in
            var i = (m - before) % period
            if i < 0 { i += period }
            return signal[i < signal.count ? i : period - i]
        }
    }

    /// A band-limited pulse train following the pitch (one value per frame, linearly interpolated to
    /// every sample): every harmonic below ``highestHarmonic`` at unit amplitude, summed in closed
    /// form, sin((H+½)t) / (2 sin(t/2)) − ½. Unvoiced samples are 0.
    static func pulses(pitch: [Float]) -> [Float] {
        let f = pitch.count, hop = Self.hop
        var out = [Float](repeating: 0, count: f * hop)
        var phase = 0.0  // in cycles
        for k in 0..<f {
            let previous = pitch[max(k - 1, 0)], current = pitch[k], next = pitch[min(k + 1, f - 1)]
            for j in 0..<hop {
                // Sample j of frame k lies at k + (j + ½)/hop − ½ frames: between k−1 and k in the
                // first half of the hop, between k and k+1 in the second.
                let position = (Float(j) + 0.5) / Float(hop) - 0.5
                let frequency = position < 0
                    ? previous * -position + current * (1 + position)
                    : current * (1 - position) + next * position
                let voiced = frequency > voicingThreshold
                let hz = max(frequency, voicingThreshold)
                phase += Double(hz) / Double(sampleRate)
                phase -= phase.rounded(.down)
                guard voiced else { continue }
                let t = Float(phase * 2 * Double.pi)
                let harmonics = (highestHarmonic / hz).rounded(.down) + 0.5
                let denominator = 2 * sin(t / 2)
                let sum = abs(denominator) <= pulseSingularity ? harmonics : sin(harmonics * t) / denominator
                out[k * hop + j] = sum - 0.5
            }
        }
        return out
    }
}

/// Standard normal numbers from a seeded generator (SplitMix64, Box–Muller), so a sentence renders
/// the same every time.
///
/// ```swift
/// var noise = GaussianNoise(seed: 42)
/// let (a, b) = noise.pair()
/// ```
struct GaussianNoise: Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The two uniforms of `count` successive ``pair()`` calls, for the caller to turn into normal
    /// values eight at a time (`u1` in (0, 1], `u2` in [0, 1)).
    mutating func uniforms(_ u1: UnsafeMutablePointer<Float>, _ u2: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count {
            let bits = next()
            u1[i] = (Float(bits >> 40) + 1) * 0x1p-24
            u2[i] = Float((bits >> 16) & 0xFF_FFFF) * 0x1p-24
        }
    }

    /// Two independent standard normal values, in single precision (the spectra are Float): one
    /// 64-bit draw gives both uniforms, 24 bits each.
    mutating func pair() -> (Float, Float) {
        let bits = next()
        // Uniform in (0, 1]: never 0, so the logarithm is finite.
        let u1 = (Float(bits >> 40) + 1) * 0x1p-24
        let u2 = Float((bits >> 16) & 0xFF_FFFF) * 0x1p-24
        let radius = (-2 * log(u1)).squareRoot()
        let angle = 2 * Float.pi * u2
        return (radius * cos(angle), radius * sin(angle))
    }
}
