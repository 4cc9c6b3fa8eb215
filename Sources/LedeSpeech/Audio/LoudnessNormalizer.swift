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
    /// Extra margin under the ceiling for the limiter's sample-peak ceiling; inter-sample peaks sit
    /// above sample peaks, by about this much in speech at 22 kHz.
    static let initialMarginDB = 0.5

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
        let input = LoudnessMeter.measure(samples, sampleRate: sampleRate)
        guard input.integrated.isFinite else {
            return Result(samples: samples, gainDB: 0, inputLoudness: input.integrated,
                          loudness: input.integrated, truePeak: input.truePeak)
        }
        var limited = samples
        let search = GainSearch(targetLUFS: targetLUFS, ceilingDBTP: ceilingDBTP, peakMarginDB: 0.05)
        let outcome = search.run(inputLoudness: input.integrated) { gainDB, ceiling in
            let gain = Float(pow(10, gainDB / 20))
            limited = Limiter(sampleRate: sampleRate, ceiling: ceiling).process(samples.map { $0 * gain })
            let measured = LoudnessMeter.measure(limited, sampleRate: sampleRate)
            return (measured.integrated, measured.truePeak)
        }
        return Result(samples: limited, gainDB: outcome.gainDB, inputLoudness: input.integrated,
                      loudness: outcome.loudness, truePeak: outcome.truePeak)
    }
}
