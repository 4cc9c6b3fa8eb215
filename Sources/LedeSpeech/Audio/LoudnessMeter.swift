import Foundation

/// An EBU R128 / ITU-R BS.1770-4 loudness meter for mono audio: integrated loudness (LUFS, gated)
/// and true peak (dBTP, 4× oversampled). Feed it samples in pieces of any size.
///
/// ```swift
/// var meter = LoudnessMeter(sampleRate: 22050)
/// meter.add(samples)
/// print(meter.integratedLoudness, meter.truePeakDB)
/// ```
public struct LoudnessMeter: Sendable {
    public let sampleRate: Int
    private var shelf: Biquad
    private var highPass: Biquad
    private var truePeak: TruePeakMeter
    /// Sum of squares of K-weighted samples for each 100 ms step (a gating block is four steps).
    private var stepEnergies: [Double] = []
    private var currentEnergy = 0.0
    private var currentCount = 0
    private let stepLength: Int

    /// BS.1770: blocks below this are silence and never count.
    static let absoluteGate = -70.0
    /// BS.1770: blocks more than this far below the loudness of the louder blocks do not count.
    static let relativeGate = -10.0

    public init(sampleRate: Int) {
        self.sampleRate = sampleRate
        shelf = .kWeightingShelf(sampleRate: Double(sampleRate))
        highPass = .kWeightingHighPass(sampleRate: Double(sampleRate))
        truePeak = TruePeakMeter()
        // Gating blocks are 400 ms long and overlap by 75 %: a step of 100 ms.
        stepLength = max(1, sampleRate / 10)
    }

    public mutating func add(_ samples: some Collection<Float>) {
        for sample in samples {
            let x = Double(sample)
            let y = highPass.process(shelf.process(x))
            currentEnergy += y * y
            currentCount += 1
            if currentCount == stepLength {
                stepEnergies.append(currentEnergy)
                currentEnergy = 0
                currentCount = 0
            }
            truePeak.add(sample)
        }
    }

    /// Integrated loudness in LUFS; `-infinity` for silence or less than 400 ms of audio.
    public var integratedLoudness: Double {
        guard stepEnergies.count >= 4 else { return -.infinity }
        let blockLength = Double(stepLength * 4)
        var blocks: [Double] = []  // mean squares
        blocks.reserveCapacity(stepEnergies.count - 3)
        var window = stepEnergies[0] + stepEnergies[1] + stepEnergies[2]
        for i in 3..<stepEnergies.count {
            window += stepEnergies[i]
            blocks.append(window / blockLength)
            window -= stepEnergies[i - 3]
        }
        let aboveAbsolute = blocks.filter { Self.loudness($0) > Self.absoluteGate }
        guard !aboveAbsolute.isEmpty else { return -.infinity }
        let relative = Self.loudness(aboveAbsolute.reduce(0, +) / Double(aboveAbsolute.count)) + Self.relativeGate
        let gated = aboveAbsolute.filter { Self.loudness($0) > relative }
        guard !gated.isEmpty else { return -.infinity }
        return Self.loudness(gated.reduce(0, +) / Double(gated.count))
    }

    /// The highest true peak so far, in dBTP (dB relative to full scale, between samples included).
    public var truePeakDB: Double { truePeak.peakDB }

    /// The highest sample magnitude, in dBFS.
    public var samplePeakDB: Double { truePeak.samplePeakDB }

    static func loudness(_ meanSquare: Double) -> Double {
        meanSquare > 0 ? -0.691 + 10 * log10(meanSquare) : -.infinity
    }

    /// Measures a whole buffer.
    public static func measure(_ samples: [Float], sampleRate: Int) -> (integrated: Double, truePeak: Double) {
        var meter = LoudnessMeter(sampleRate: sampleRate)
        meter.add(samples)
        return (meter.integratedLoudness, meter.truePeakDB)
    }
}
