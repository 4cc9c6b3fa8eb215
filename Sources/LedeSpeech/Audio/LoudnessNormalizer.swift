import Foundation

/// Brings narration to a loudness target (EBU R128 integrated loudness) with a true-peak ceiling:
/// one gain for the whole programme, then a look-ahead limiter for the few peaks the gain pushes
/// past the ceiling, measured again until both hold.
///
/// ```swift
/// let result = LoudnessNormalizer().normalize(rendition.samples, sampleRate: rendition.sampleRate)
/// print(result.loudness, result.truePeak)   // ≈ -16.0 LUFS, ≤ -1.0 dBTP
/// ```
public struct LoudnessNormalizer: Sendable {
    /// −16 LUFS: the usual target for spoken-word podcasts.
    public var targetLUFS = -16.0
    /// −1 dBTP: headroom for lossy encoders, which raise peaks a little.
    public var ceilingDBTP = -1.0
    /// How far under the wanted true peak the limiter's ceiling starts: the limiter holds true
    /// peaks, but its gain moves within the few samples a peak is interpolated from, so the
    /// waveform can pass its ceiling by a few hundredths of a dB.
    static let initialMarginDB = 0.1

    public init(targetLUFS: Double = -16, ceilingDBTP: Double = -1) {
        self.targetLUFS = targetLUFS
        self.ceilingDBTP = ceilingDBTP
    }

    public struct Result: Sendable {
        public var samples: [Float]
        /// Gain applied before limiting, in dB.
        public var gainDB: Double
        public var inputLoudness: Double
        public var loudness: Double
        public var truePeak: Double
    }

    public func normalize(_ samples: [Float], sampleRate: Int) -> Result {
        let input = Self.measure(samples, sampleRate: sampleRate)
        guard input.integrated.isFinite else {
            return Result(samples: samples, gainDB: 0, inputLoudness: input.integrated,
                          loudness: input.integrated, truePeak: input.truePeak)
        }
        var limited = samples
        let search = GainSearch(targetLUFS: targetLUFS, ceilingDBTP: ceilingDBTP, peakMarginDB: 0.05)
        let outcome = search.run(inputLoudness: input.integrated) { gainDB, ceiling in
            let gain = Float(pow(10, gainDB / 20))
            limited = Limiter(sampleRate: sampleRate, ceiling: ceiling).process(samples.map { $0 * gain })
            return Self.measure(limited, sampleRate: sampleRate)
        }
        return Result(samples: limited, gainDB: outcome.gainDB, inputLoudness: input.integrated,
                      loudness: outcome.loudness, truePeak: outcome.truePeak)
    }

    /// Integrated loudness by libebur128 (loudness alone) and the true peak by ``TruePeakMeter``.
    static func measure(_ samples: [Float], sampleRate: Int) -> (integrated: Double, truePeak: Double) {
        let loudness = LoudnessMeter(sampleRate: sampleRate, truePeak: false)
        loudness.add(samples)
        return (loudness.integratedLoudness, TruePeakMeter.measure(samples))
    }
}
