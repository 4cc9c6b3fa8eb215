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
