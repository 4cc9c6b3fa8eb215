import Foundation
import Testing
@testable import LedeSpeech

/// The resampler that brings a quote voice to the narrator's rate: same duration, same tones, and
/// nothing above the new rate's Nyquist frequency folded back in.
@Suite struct ResamplerTests {
    static func tone(_ hz: Double, rate: Int, seconds: Double = 0.5) -> [Float] {
        (0..<Int(Double(rate) * seconds)).map { Float(0.5 * sin(2 * .pi * hz * Double($0) / Double(rate))) }
    }

    /// Upward zero crossings per second of the middle of a signal (away from the edges).
    static func frequency(_ samples: [Float], rate: Int) -> Double {
        let middle = samples[samples.count / 4 ..< samples.count * 3 / 4]
        let crossings = zip(middle, middle.dropFirst()).filter { $0 < 0 && $1 >= 0 }.count
        return Double(crossings) / (Double(middle.count) / Double(rate))
    }

    @Test func aToneKeepsItsPitchLengthAndLevelGoingDown() {
        let input = Self.tone(1_000, rate: 24_000)
        let output = Resampler(from: 24_000, to: 22_050).process(input)
        #expect(output.count == 11_025)
        #expect(abs(Self.frequency(output, rate: 22_050) - 1_000) < 10)
        let middle = Array(output[2_000..<9_000])
        #expect(abs(middle.rms - 0.5 / 2.0.squareRoot()) < 0.01, "\(middle.rms)")
    }

    @Test func aToneKeepsItsPitchGoingUp() {
        let output = Resampler(from: 16_000, to: 22_050).process(Self.tone(440, rate: 16_000))
        #expect(output.count == 11_025)
        #expect(abs(Self.frequency(output, rate: 22_050) - 440) < 10)
    }

    @Test func whatTheLowerRateCannotHoldIsFilteredNotFoldedBack() {
        // 11.8 kHz fits at 24 kHz but not at 22.05 kHz (Nyquist 11.025 kHz): decimated naively it
        // would come back as a 10.25 kHz alias at full level.
        let output = Resampler(from: 24_000, to: 22_050).process(Self.tone(11_800, rate: 24_000))
        let middle = Array(output[2_000..<9_000])
        #expect(middle.rms < 0.35 * 0.01, "\(middle.rms)")   // at least 40 dB down
    }

    @Test func sameRateIsUntouchedAndEmptyStaysEmpty() {
        let input = Self.tone(300, rate: 22_050, seconds: 0.01)
        #expect(Resampler(from: 22_050, to: 22_050).process(input) == input)
        #expect(Resampler(from: 24_000, to: 22_050).process([]).isEmpty)
    }
}
