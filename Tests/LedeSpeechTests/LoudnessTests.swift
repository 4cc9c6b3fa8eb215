import Foundation
import LedeCore
import Testing
@testable import LedeSpeech

/// The EBU R128 meter, the normaliser and the limiter.
@Suite struct LoudnessTests {
    static func sine(frequency: Double, amplitude: Double, seconds: Double, sampleRate: Int, phase: Double = 0) -> [Float] {
        (0..<Int(seconds * Double(sampleRate))).map {
            Float(amplitude * sin(2 * Double.pi * frequency * Double($0) / Double(sampleRate) + phase))
        }
    }

    @Test func meterReadsTheCalibrationTone() {
        // BS.1770's calibration: a 997 Hz sine at full scale in one channel reads -3.01 LKFS, so at
        // -20 dBFS it reads -23.01.
        for rate in [48000, 22050] {
            let tone = Self.sine(frequency: 997, amplitude: 0.1, seconds: 5, sampleRate: rate)
            let m = LoudnessMeter.measure(tone, sampleRate: rate)
            #expect(abs(m.integrated - -23.01) < 0.1, "\(rate) Hz: \(m.integrated)")
            #expect(abs(m.truePeak - -20) < 0.1)
        }
        #expect(LoudnessMeter.measure([Float](repeating: 0, count: 48000), sampleRate: 48000).integrated == -.infinity)
    }

    @Test func truePeakSeesBetweenSamples() {
        // A sine at a quarter of the sample rate, sampled 45° off its crests: every sample is at
        // 0.707 of the peak, the waveform itself reaches the peak between samples.
        let tone = Self.sine(frequency: 22050.0 / 4, amplitude: 0.5, seconds: 1, sampleRate: 22050, phase: .pi / 4)
        let meter = LoudnessMeter(sampleRate: 22050)
        meter.add(tone)
        #expect(abs(meter.samplePeakDB - (20 * log10(0.5) - 3.01)) < 0.05)
        #expect(abs(meter.truePeakDB - 20 * log10(0.5)) < 0.3, "\(meter.truePeakDB)")
    }

    @Test func gatingIgnoresSilence() {
        let tone = Self.sine(frequency: 997, amplitude: 0.1, seconds: 3, sampleRate: 48000)
        let withSilence = tone + [Float](repeating: 0, count: 48000 * 6) + tone
        let m = LoudnessMeter.measure(withSilence, sampleRate: 48000)
        // Half the programme is silence: ungated it would read 3 LU lower. Only the few blocks that
        // straddle the tone's edges pull the gated figure down a little.
        #expect(abs(m.integrated - -23.01) < 0.3, "\(m.integrated)")
    }

    @Test func limiterHoldsTheCeilingWithoutClipping() {
        var signal = Self.sine(frequency: 300, amplitude: 0.3, seconds: 1, sampleRate: 22050)
        for i in 10000..<10400 { signal[i] *= 3 }  // a burst to 0.9
        let out = Limiter(sampleRate: 22050, ceiling: 0.5).process(signal)
        #expect(out.map { abs($0) }.max()! <= 0.5 + 1e-6)
        // Away from the burst the signal is untouched.
        #expect(abs(out[2000] - signal[2000]) < 1e-6)
    }

    @Test func narrationIsNormalisedToMinus16LUFSAndAgreesWithFFmpeg() throws {
        let voice = try Voices.piper()
        let script = SynthesizerTests.script([
            "Vadim fled Belarus in twenty twenty, after the protests.",
            "He now lives in Warsaw, where he runs a small shop.",
        ])
        let raw = try Synthesizer(engine: voice).render(script)
        let result = LoudnessNormalizer().normalize(raw.samples, sampleRate: raw.sampleRate)
        #expect(abs(result.loudness - -16) <= 0.5, "\(result.loudness) LUFS")
        #expect(result.truePeak <= -1, "\(result.truePeak) dBTP")
        #expect(result.samples.count == raw.samples.count)

        // An independent meter: ffmpeg's ebur128 filter, on the raw and the normalised audio.
        let rawPath = Tool.temporaryFile("raw.wav"), normPath = Tool.temporaryFile("norm.wav")
        defer { try? FileManager.default.removeItem(atPath: rawPath); try? FileManager.default.removeItem(atPath: normPath) }
        try WAVFile.write(raw.samples, sampleRate: raw.sampleRate, to: URL(fileURLWithPath: rawPath))
        try WAVFile.write(result.samples, sampleRate: raw.sampleRate, to: URL(fileURLWithPath: normPath))
        let ffRaw = try Tool.ffmpegLoudness(rawPath)
        let ffNorm = try Tool.ffmpegLoudness(normPath)
        #expect(abs(ffRaw.integrated - result.inputLoudness) <= 0.3, "ffmpeg \(ffRaw.integrated) vs \(result.inputLoudness)")
        #expect(abs(ffNorm.integrated - result.loudness) <= 0.3, "ffmpeg \(ffNorm.integrated) vs \(result.loudness)")
        #expect(abs(ffNorm.integrated - -16) <= 0.5)
        #expect(ffNorm.truePeak <= -1 + 0.1, "ffmpeg true peak \(ffNorm.truePeak)")
    }
}

/// The true-peak meter and the true-peak limiter.
@Suite struct TruePeakTests {
    /// `signal` faded in and out over 10 ms: a tone that starts at full level out of silence rings
    /// past its amplitude at the step (correctly: that is the band-limited waveform).
    static func faded(_ signal: [Float]) -> [Float] {
        let ramp = 240
        return signal.enumerated().map { i, x in
            let edge = min(i, signal.count - 1 - i)
            return edge >= ramp ? x : x * Float(0.5 - 0.5 * cos(Double.pi * Double(edge) / Double(ramp)))
        }
    }

    @Test func truePeakOfTonesBetweenSamples() {
        // A quarter of the sample rate, 45° off its crests: every sample at 0.707 of the peak.
        let quarter = Self.faded(LoudnessTests.sine(frequency: 24000.0 / 4, amplitude: 0.5, seconds: 1, sampleRate: 24000, phase: .pi / 4))
        #expect(abs(TruePeakMeter.measure(quarter) - 20 * log10(0.5)) < 0.05, "\(TruePeakMeter.measure(quarter))")
        // Close to the Nyquist frequency (11 kHz of 12): within 0.2 dB at any phase.
        for phase in stride(from: 0.0, to: Double.pi, by: 0.4) {
            let high = Self.faded(LoudnessTests.sine(frequency: 11000, amplitude: 0.5, seconds: 0.5, sampleRate: 24000, phase: phase))
            let read = TruePeakMeter.measure(high)
            #expect(abs(read - 20 * log10(0.5)) < 0.2, "phase \(phase): \(read) dBTP")
            #expect(read >= 20 * log10(Double(high.map(abs).max()!)))
        }
        #expect(TruePeakMeter.measure([Float](repeating: 0, count: 1000)) == -.infinity)
    }

    @Test func piecesReadAsTheWhole() {
        var noise = GaussianNoise(seed: 9)
        let signal = (0..<30000).map { i in 0.2 * noise.pair().0 * Float(i % 7000 < 3500 ? 1 : 0.1) }
        let meter = TruePeakMeter()
        var start = 0
        for size in [1, 17, 64, 999, 5000, 23919] {
            meter.add(Array(signal[start..<(start + size)]))
            start += size
        }
        meter.finish()
        #expect(start == signal.count)
        #expect(abs(meter.truePeakDB - TruePeakMeter.measure(signal)) < 1e-4)
    }

    @Test func agreesWithAnUnskippedMeter() {
        // The skipping is exact: the same reading as interpolating every point of every sample.
        var noise = GaussianNoise(seed: 4)
        let signal = (0..<6000).map { i in noise.pair().0 * (i % 1500 < 200 ? 0.5 : 0.02) }
        let padded = [Float](repeating: 0, count: 24) + signal + [Float](repeating: 0, count: 24)
        var everyPoint: Float = signal.map(abs).max()!
        padded.withUnsafeBufferPointer { p in
            for n in 23..<(padded.count - 24) { everyPoint = max(everyPoint, TruePeakMeter.between(p.baseAddress!, n)) }
        }
        #expect(abs(TruePeakMeter.measure(signal) - 20 * log10(Double(everyPoint))) < 1e-4)
    }

    @Test func limiterHoldsTheTruePeakNotOnlyTheSamples() {
        // A burst at a quarter of the sample rate, sampled 45° off its crests: its samples (0.64)
        // stay under the ceiling while the waveform between them (0.9) passes it, so a sample-peak
        // limiter would let it through untouched.
        var signal = LoudnessTests.sine(frequency: 6000, amplitude: 0.3, seconds: 1, sampleRate: 24000, phase: .pi / 4)
        for i in 10000..<10400 { signal[i] *= 3 }
        let ceiling = 0.7
        #expect(signal.map(abs).max()! < Float(ceiling))
        let limited = Limiter(sampleRate: 24000, ceiling: ceiling).process(signal)
        #expect(TruePeakMeter.measure(limited) <= 20 * log10(ceiling) + 0.05, "\(TruePeakMeter.measure(limited)) dBTP")
        #expect(abs(limited[2000] - signal[2000]) < 1e-6)
    }
}
