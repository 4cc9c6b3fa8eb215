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
        var gainDB = targetLUFS - input.integrated
        var limitDB = ceilingDBTP - Self.initialMarginDB
        var best = Result(samples: samples, gainDB: 0, inputLoudness: input.integrated,
                          loudness: input.integrated, truePeak: input.truePeak)
        // A few rounds: limiting lowers loudness a little, and inter-sample peaks may still poke out.
        for _ in 0..<10 {
            let gain = Float(pow(10, gainDB / 20))
            let amplified = samples.map { $0 * gain }
            let limited = Limiter(sampleRate: sampleRate, ceiling: pow(10, limitDB / 20)).process(amplified)
            let measured = LoudnessMeter.measure(limited, sampleRate: sampleRate)
            best = Result(samples: limited, gainDB: gainDB, inputLoudness: input.integrated,
                          loudness: measured.integrated, truePeak: measured.truePeak)
            let loudnessOK = abs(measured.integrated - targetLUFS) <= 0.1
            let peakOK = measured.truePeak <= ceilingDBTP - 0.05
            if loudnessOK && peakOK { break }
            if !peakOK { limitDB -= measured.truePeak - (ceilingDBTP - 0.1) }
            if !loudnessOK { gainDB += targetLUFS - measured.integrated }
        }
        return best
    }
}
