import Foundation

/// The search for a programme's gain and limiter ceiling, shared by ``LoudnessNormalizer`` (samples
/// in memory) and the narration writer (samples read back from a scratch file): apply a gain, limit
/// at a ceiling, measure, and adjust both until the loudness is on target and the true peak under the
/// ceiling.
struct GainSearch {
    var targetLUFS: Double
    var ceilingDBTP: Double
    /// How far under the ceiling the measured true peak must stay.
    var peakMarginDB: Double
    var rounds = 12

    struct Outcome {
        var gainDB: Double
        /// The limiter's ceiling, linear.
        var ceiling: Double
        var loudness: Double
        var truePeak: Double
    }

    /// `measure(gain in dB, limiter ceiling linear)` renders the programme with these settings and
    /// returns its integrated loudness and true peak. The last round's settings are returned even
    /// when the rounds run out. `preview`, when given, returns the loudness alone of the same
    /// rendering, more cheaply: it runs once first, to learn how much loudness the limiter takes
    /// (the limiter holds the true peak itself, so the rounds that follow, usually one, only check).
    func run(inputLoudness: Double,
             preview: (_ gainDB: Double, _ ceiling: Double) throws -> Double,
             measure: (_ gainDB: Double, _ ceiling: Double) throws -> (integrated: Double, truePeak: Double)) rethrows -> Outcome {
        let gainDB = targetLUFS - inputLoudness
        let loudness = try preview(gainDB, pow(10, startLimitDB / 20))
        return try rounds(gainDB: gainDB + targetLUFS - loudness, previous: (gainDB, loudness),
                          inputLoudness: inputLoudness, measure: measure)
    }

    /// The same without a preview: every round measures both.
    func run(inputLoudness: Double,
             measure: (_ gainDB: Double, _ ceiling: Double) throws -> (integrated: Double, truePeak: Double)) rethrows -> Outcome {
        try rounds(gainDB: targetLUFS - inputLoudness, previous: nil, inputLoudness: inputLoudness, measure: measure)
    }

    /// The limiter's ceiling in the first round, in dB.
    private var startLimitDB: Double { ceilingDBTP - peakMarginDB - LoudnessNormalizer.initialMarginDB }

    private func rounds(gainDB start: Double, previous first: (gainDB: Double, loudness: Double)?, inputLoudness: Double,
                        measure: (_ gainDB: Double, _ ceiling: Double) throws -> (integrated: Double, truePeak: Double)) rethrows -> Outcome {
        var gainDB = start
        var limitDB = startLimitDB
        var previous = first
        var previousPeak: (limitDB: Double, truePeak: Double)? = nil
        var outcome = Outcome(gainDB: gainDB, ceiling: 1, loudness: inputLoudness, truePeak: .nan)
        for _ in 0..<rounds {
            let ceiling = pow(10, limitDB / 20)
            let measured = try measure(gainDB, ceiling)
            outcome = Outcome(gainDB: gainDB, ceiling: ceiling, loudness: measured.integrated, truePeak: measured.truePeak)
            let loudnessOK = abs(measured.integrated - targetLUFS) <= 0.1
            let peakOK = measured.truePeak <= ceilingDBTP - peakMarginDB
            if loudnessOK && peakOK { break }
            if !peakOK {
                // Lowering the limiter's (sample-peak) ceiling lowers the true peak less than one
                // for one where the peaks lie between samples: a secant step here too.
                var slope = 1.0
                if let p = previousPeak, abs(limitDB - p.limitDB) > 0.01 {
                    slope = min(1, max(0.2, (measured.truePeak - p.truePeak) / (limitDB - p.limitDB)))
                }
                previousPeak = (limitDB, measured.truePeak)
                limitDB -= (measured.truePeak - (ceilingDBTP - peakMarginDB - 0.05)) / slope
            }
            if !loudnessOK {
                // The limiter eats part of any gain added: step by the slope seen between the last
                // two rounds (a secant step), so a few rounds suffice.
                var slope = 1.0
                if let p = previous, abs(gainDB - p.gainDB) > 0.01 {
                    slope = min(1, max(0.2, (measured.integrated - p.loudness) / (gainDB - p.gainDB)))
                }
                previous = (gainDB, measured.integrated)
                gainDB += (targetLUFS - measured.integrated) / slope
            }
        }
        return outcome
    }
}
