import Foundation
import Testing
@testable import LedeSpeech

/// The hibari voice's signal step against a straightforward reference written from its definition:
/// in double precision, the pulse train as an explicit sum of cosines, Fourier transforms as plain
/// sums over every bin.
@Suite struct SpectralVocoderTests {
    /// Float32 rounding in FFTW and the shaping: the output may differ from the double-precision
    /// reference by this fraction of its peak (−60 dB, far below anything audible).
    static let tolerance = 1e-3

    @Test func fftAgreesWithTheDefinitionAndInvertsForAFrameOf1200() {
        let n = 1200
        let fft = RealFFT(size: n)
        let buffers = RealFFT.Buffers(size: n)
        var noise = GaussianNoise(seed: 3)
        let signal = (0..<n).map { _ in noise.pair().0 }
        buffers.samples.update(from: signal, count: n)
        fft.forward(buffers)
        let spectrum = Array(UnsafeBufferPointer(start: buffers.spectrum, count: fft.bins))
        // Every bin against the sum that defines it.
        for (k, bin) in spectrum.enumerated() {
            var sr = 0.0, si = 0.0
            for (t, x) in signal.enumerated() {
                let angle = -2 * Double.pi * Double(k * t % n) / Double(n)
                sr += Double(x) * cos(angle)
                si += Double(x) * sin(angle)
            }
            #expect(abs(Double(bin.0) - sr) < 1e-2 && abs(Double(bin.1) - si) < 1e-2, "bin \(k)")
        }
        fft.inverse(buffers)
        let back = (0..<n).map { buffers.samples[$0] / Float(n) }
        #expect(zip(back, signal).map { abs($0 - $1) }.max()! < 1e-4)
    }

    @Test func vocoderMatchesTheReferenceOnAShortUtterance() {
        // Eight frames (100 ms): voicing starts, the pitch glides, voicing stops.
        let pitch: [Float] = [0, 0, 110, 128, 151, 173, 190, 0]
        let frames = Self.randomFrames(pitch: pitch, seed: 11)
        var noise = GaussianNoise(seed: 5), referenceNoise = GaussianNoise(seed: 5)
        let output = SpectralVocoder.shared.synthesize(frames, noise: &noise)
        let expected = Self.reference(frames, noise: &referenceNoise)
        #expect(output.count == expected.count)
        let peak = expected.map(abs).max()!
        #expect(peak > 0.01)
        let error = zip(output, expected).map { abs(Double($0) - $1) }.max()!
        #expect(error <= Self.tolerance * peak, "largest difference \(error) against a peak of \(peak)")
    }

    @Test func silenceInSilenceOut() {
        let frames = SpectralVocoder.Frames(
            count: 3, harmonicLogMagnitude: .init(repeating: -80, count: 3 * 601),
            harmonicPhase: .init(repeating: 0, count: 3 * 601), noiseLogMagnitude: .init(repeating: -80, count: 3 * 601),
            freeLogMagnitude: .init(repeating: -80, count: 3 * 601), freePhase: .init(repeating: 0, count: 3 * 601),
            pitch: [0, 0, 0])
        var noise = GaussianNoise(seed: 1)
        let output = SpectralVocoder.shared.synthesize(frames, noise: &noise)
        #expect(output.count == 900)
        #expect(output.allSatisfy { abs($0) < 1e-20 })
    }

    /// Model outputs in the ranges the real model gives (log magnitudes of a few units, phases
    /// within ±π), drawn from a seeded generator.
    static func randomFrames(pitch: [Float], seed: UInt64) -> SpectralVocoder.Frames {
        let count = pitch.count * 601
        var random = GaussianNoise(seed: seed)
        func values(mean: Float, spread: Float) -> [Float] { (0..<count).map { _ in mean + spread * random.pair().0 } }
        return SpectralVocoder.Frames(
            count: pitch.count, harmonicLogMagnitude: values(mean: -2, spread: 1.5),
            harmonicPhase: values(mean: 0, spread: 1), noiseLogMagnitude: values(mean: -5, spread: 1),
            freeLogMagnitude: values(mean: -5, spread: 1), freePhase: values(mean: 0, spread: 2), pitch: pitch)
    }

    /// The signal step from its definition, in double precision.
    static func reference(_ frames: SpectralVocoder.Frames, noise: inout GaussianNoise) -> [Double] {
        let n = 1200, hop = 300, bins = 601, half = 600, rate = 24000.0, f = frames.count
        // The pulse train: the pitch interpolated linearly between frame centres; every harmonic
        // below 11 kHz at unit amplitude, Σ cos(h·t); nothing where the pitch is under 40 Hz.
        var pulses = [Double](repeating: 0, count: f * hop)
        var phase = 0.0
        for k in 0..<f {
            let previous = Double(frames.pitch[max(k - 1, 0)]), current = Double(frames.pitch[k])
            let next = Double(frames.pitch[min(k + 1, f - 1)])
            for j in 0..<hop {
                let position = (Double(j) + 0.5) / Double(hop) - 0.5
                let frequency = position < 0 ? previous * -position + current * (1 + position)
                                             : current * (1 - position) + next * position
                phase += max(frequency, 40) / rate
                phase -= phase.rounded(.down)
                guard frequency > 40 else { continue }
                let t = 2 * Double.pi * phase
                let harmonics = Int((11000 / max(frequency, 40)).rounded(.down))
                pulses[k * hop + j] = (1...harmonics).reduce(0.0) { $0 + cos(Double($1) * t) }
            }
        }
        // Half a frame of mirror padding at each end.
        func padded(_ index: Int) -> Double {
            let period = 2 * (pulses.count - 1)
            var i = (index - half) % period
            if i < 0 { i += period }
            return pulses[i < pulses.count ? i : period - i]
        }
        let window = (0..<n).map { 0.5 - 0.5 * cos(2 * Double.pi * Double($0) / Double(n)) }
        let cosines = (0..<n).map { cos(2 * Double.pi * Double($0) / Double(n)) }
        let sines = (0..<n).map { sin(2 * Double.pi * Double($0) / Double(n)) }
        var output = [Double](repeating: 0, count: (f + 3) * hop), weight = output
        for i in 0..<f {
            let frame = (0..<n).map { padded(i * hop + $0) * window[$0] / (Double(n) / 4) }
            var spectrum = [(Double, Double)](repeating: (0, 0), count: bins)
            for k in 0..<bins {
                var re = 0.0, im = 0.0
                for t in 0..<n {
                    re += frame[t] * cosines[k * t % n]
                    im -= frame[t] * sines[k * t % n]
                }
                let at = k * f + i
                let gain = exp(min(Double(frames.harmonicLogMagnitude[at]), 7))
                let turn = Double.pi * tanh(Double(frames.harmonicPhase[at]))
                var shapedRe = gain * (re * cos(turn) - im * sin(turn))
                var shapedIm = gain * (re * sin(turn) + im * cos(turn))
                let (z1, z2) = noise.pair()
                let noiseGain = exp(min(Double(frames.noiseLogMagnitude[at]), 7))
                shapedRe += Double(z1) * noiseGain
                shapedIm += Double(z2) * noiseGain
                let freeGain = exp(min(Double(frames.freeLogMagnitude[at]), 7))
                shapedRe += cos(Double(frames.freePhase[at])) * freeGain
                shapedIm += sin(Double(frames.freePhase[at])) * freeGain
                spectrum[k] = (shapedRe, k == 0 || k == bins - 1 ? 0 : shapedIm)
            }
            // The inverse transform of a real signal's half spectrum.
            for t in 0..<n {
                var sum = spectrum[0].0 + spectrum[bins - 1].0 * (t % 2 == 0 ? 1 : -1)
                for k in 1..<(bins - 1) {
                    sum += 2 * (spectrum[k].0 * cosines[k * t % n] - spectrum[k].1 * sines[k * t % n])
                }
                output[i * hop + t] += sum / Double(n) * window[t]
                weight[i * hop + t] += window[t] * window[t]
            }
        }
        return (0..<(f * hop)).map { output[half + $0] / max(weight[half + $0], 1e-11) }
    }
}
