import Foundation
import Testing
@testable import LedeSpeech

/// The vocoder's eight-at-a-time maths against Foundation's, over the ranges the vocoder feeds it.
@Suite struct VectorMathTests {
    /// Values spread evenly over `range`, in vectors of eight.
    static func vectors(_ range: ClosedRange<Float>, count: Int = 4096) -> [SIMD8<Float>] {
        let step = (range.upperBound - range.lowerBound) / Float(count * 8 - 1)
        return (0..<count).map { v in SIMD8((0..<8).map { range.lowerBound + Float(v * 8 + $0) * step }) }
    }

    /// The largest error over `range`, relative to `scale(expected)`.
    static func largestError(_ range: ClosedRange<Float>, _ vector: (SIMD8<Float>) -> SIMD8<Float>,
                             _ reference: (Double) -> Double, scale: (Double) -> Double = { max(abs($0), 1e-30) }) -> Double {
        var worst = 0.0
        for v in vectors(range) {
            let got = vector(v)
            for i in 0..<8 {
                let expected = reference(Double(v[i]))
                worst = max(worst, abs(Double(got[i]) - expected) / scale(expected))
            }
        }
        return worst
    }

    @Test func exponentialIsWithinAFewUlps() {
        // Relative: a Float's unit in the last place is 6e-8 of its value.
        #expect(Self.largestError(-87...7, VectorMath.exp, Foundation.exp) < 4e-7)
    }

    @Test func logarithmIsWithinAFewUlps() {
        // The noise's uniforms: (0, 1]; absolute error, as the result passes through 0 at 1.
        #expect(Self.largestError(1e-7...1, VectorMath.log, Foundation.log, scale: { max(abs($0), 1) }) < 4e-7)
        #expect(Self.largestError(1...1000, VectorMath.log, Foundation.log) < 4e-7)
    }

    @Test func squareRootIsWithinAFewUlps() {
        #expect(Self.largestError(1e-6...40, VectorMath.squareRoot, { $0.squareRoot() }) < 4e-7)
        #expect(VectorMath.squareRoot(SIMD8(repeating: 0)) == SIMD8(repeating: 0))
    }

    @Test func tanhIsWithinAMillionth() {
        #expect(Self.largestError(-20...20, VectorMath.tanh, Foundation.tanh, scale: { _ in 1 }) < 1e-6)
    }

    @Test func sineAndCosineAreWithinAFewUlpsOfTheirAmplitude() {
        // Phases as the model gives them, and the noise's angles (0 ..< 2π).
        #expect(Self.largestError(-50...50, { VectorMath.sinCos($0).sin }, Foundation.sin, scale: { _ in 1 }) < 4e-7)
        #expect(Self.largestError(-50...50, { VectorMath.sinCos($0).cos }, Foundation.cos, scale: { _ in 1 }) < 4e-7)
    }
}
