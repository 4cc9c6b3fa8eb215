import CEbur128
import Foundation

/// An EBU R128 / ITU-R BS.1770-4 loudness meter for mono audio, by libebur128 (the reference
/// implementation podcast tools use; Debian's libebur128): integrated loudness (LUFS, gated) and
/// true peak (dBTP, oversampled). Feed it samples in pieces of any size.
///
/// ```swift
/// let meter = LoudnessMeter(sampleRate: 22050)
/// meter.add(samples)
/// print(meter.integratedLoudness, meter.truePeakDB)
/// ```
public final class LoudnessMeter {
    public let sampleRate: Int
    private let truePeaks: Bool
    private var state: UnsafeMutablePointer<ebur128_state>?

    /// Integrated loudness with its gates, and the true peak (which brings the sample peak).
    private static let mode = Int32(EBUR128_MODE_I.rawValue | EBUR128_MODE_TRUE_PEAK.rawValue)
    /// Integrated loudness and the sample peak only: libebur128's true-peak filter runs on every
    /// sample and costs five times the loudness (0.17 against 0.03 s per 100 s of 24 kHz audio).
    private static let loudnessMode = Int32(EBUR128_MODE_I.rawValue | EBUR128_MODE_SAMPLE_PEAK.rawValue)

    /// `truePeak: false` meters loudness alone (``truePeakDB`` then reads the sample peak); a
    /// ``TruePeakMeter`` beside it measures the true peak for a fraction of the cost.
    public init(sampleRate: Int, truePeak: Bool = true) {
        self.sampleRate = sampleRate
        truePeaks = truePeak
        // Fails only for a sample rate of 0 or no memory; either is a bug in the caller.
        guard let state = ebur128_init(1, UInt(max(1, sampleRate)), truePeak ? Self.mode : Self.loudnessMode) else {
            fatalError("libebur128 could not start a meter at \(sampleRate) Hz")
        }
        self.state = state
    }

    deinit { ebur128_destroy(&state) }

    public func add(_ samples: some Collection<Float>) {
        if samples.withContiguousStorageIfAvailable({ add(buffer: $0) }) == nil {
            Array(samples).withUnsafeBufferPointer { add(buffer: $0) }
        }
    }

    private func add(buffer: UnsafeBufferPointer<Float>) {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
        ebur128_add_frames_float(state, base, buffer.count)
    }

    /// Integrated loudness in LUFS; `-infinity` for silence or less than 400 ms of audio.
    public var integratedLoudness: Double {
        var value = -Double.infinity
        guard ebur128_loudness_global(state, &value) == Int32(EBUR128_SUCCESS.rawValue), value.isFinite else {
            return -.infinity
        }
        return value
    }

    /// The highest true peak so far, in dBTP (dB relative to full scale, between samples included).
    public var truePeakDB: Double { Self.decibels(peak(truePeaks ? ebur128_true_peak : ebur128_sample_peak)) }

    /// The highest sample magnitude, in dBFS.
    public var samplePeakDB: Double { Self.decibels(peak(ebur128_sample_peak)) }

    private func peak(_ read: (UnsafeMutablePointer<ebur128_state>?, UInt32, UnsafeMutablePointer<Double>?) -> Int32) -> Double {
        var value = 0.0
        return read(state, 0, &value) == Int32(EBUR128_SUCCESS.rawValue) ? value : 0
    }

    static func decibels(_ linear: Double) -> Double { linear > 0 ? 20 * log10(linear) : -.infinity }

    /// Measures a whole buffer.
    public static func measure(_ samples: [Float], sampleRate: Int) -> (integrated: Double, truePeak: Double) {
        let meter = LoudnessMeter(sampleRate: sampleRate)
        meter.add(samples)
        return (meter.integratedLoudness, meter.truePeakDB)
    }
}
