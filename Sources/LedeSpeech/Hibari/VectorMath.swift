import Foundation

/// Exponential, logarithm, tangent hyperbolic, square root, sine and cosine of eight
/// single-precision values at once, for the vocoder's per-bin shaping (millions of calls a
/// narration, one libm call each before). Range reduction by powers of two or quarter turns, then
/// short Taylor series on the reduced range; accurate to a few units in the last place of a `Float`
/// over the ranges the vocoder uses (checked against Foundation in the tests). Only arithmetic and
/// bit operations on whole vectors: no per-lane comparisons or selections, which Swift's SIMD types
/// turn into loops over the lanes.
///
/// ```swift
/// let e = VectorMath.exp(SIMD8<Float>(repeating: 1))          // e, eight times
/// let (s, c) = VectorMath.sinCos(SIMD8<Float>(repeating: .pi / 6))
/// ```
enum VectorMath {
    typealias Vector = SIMD8<Float>
    typealias Bits = SIMD8<Int32>

    /// 1.5 · 2²³: adding it rounds a Float of magnitude under 2²² to an integer, held in the low
    /// bits of the sum's pattern.
    private static let roundingMagic: Float = 12_582_912
    private static let signBit = Int32(bitPattern: 0x8000_0000)

    @inline(__always) private static func bits(_ v: Vector) -> Bits { unsafeBitCast(v, to: Bits.self) }
    @inline(__always) private static func float(_ b: Bits) -> Vector { unsafeBitCast(b, to: Vector.self) }

    /// The nearest integer to each value (|x| < 2²²), as a Float and as its integer.
    @inline(__always)
    private static func roundToInteger(_ x: Vector) -> (Vector, Bits) {
        let shifted = x + Vector(repeating: roundingMagic)
        let integer = bits(shifted) &- Bits(repeating: bits(Vector(repeating: roundingMagic))[0])
        return (shifted - Vector(repeating: roundingMagic), integer)
    }

    /// Integers (|n| < 2²²) as Floats.
    @inline(__always)
    private static func toFloat(_ n: Bits) -> Vector {
        float(n &+ Bits(repeating: bits(Vector(repeating: roundingMagic))[0])) - Vector(repeating: roundingMagic)
    }

    /// |x|.
    @inline(__always)
    static func magnitude(_ x: Vector) -> Vector { float(bits(x) & Bits(repeating: 0x7FFF_FFFF)) }

    /// eˣ for x in [−87, 88] (a Float's normal range; callers clamp).
    @inline(__always)
    static func exp(_ x: Vector) -> Vector {
        let (n, integer) = roundToInteger(x * Vector(repeating: 1.442_695_04))  // x / ln 2
        // r = x − n·ln 2, with ln 2 in two parts so the product is exact for |n| ≤ 128.
        let r = (x - n * Vector(repeating: 0.693_145_75)) - n * Vector(repeating: 1.428_606_8e-6)
        // e^r for |r| ≤ ln2/2, Taylor to r⁷ (truncation under 6e-9).
        var p = Vector(repeating: 1.0 / 5040)
        p = p * r + Vector(repeating: 1.0 / 720)
        p = p * r + Vector(repeating: 1.0 / 120)
        p = p * r + Vector(repeating: 1.0 / 24)
        p = p * r + Vector(repeating: 1.0 / 6)
        p = p * r + Vector(repeating: 0.5)
        p = p * r + Vector(repeating: 1)
        p = p * r + Vector(repeating: 1)
        return p * float((integer &+ Bits(repeating: 127)) &<< Bits(repeating: 23))
    }

    /// The natural logarithm of positive normal values.
    @inline(__always)
    static func log(_ x: Vector) -> Vector {
        // Measured from √½: the exponent of x/√½ and its mantissa times √½, in [√½, √2), where the
        // series below converges fast.
        let shifted = bits(x) &- Bits(repeating: 0x3F35_04F3)
        let exponent = shifted &>> Bits(repeating: 23)
        let m = float((shifted & Bits(repeating: 0x007F_FFFF)) &+ Bits(repeating: 0x3F35_04F3))
        // ln m = 2·atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.172: the odd series to s⁹ (error < 4e-10).
        let s = (m - 1) / (m + 1)
        let s2 = s * s
        var p = Vector(repeating: 1.0 / 9)
        p = p * s2 + Vector(repeating: 1.0 / 7)
        p = p * s2 + Vector(repeating: 1.0 / 5)
        p = p * s2 + Vector(repeating: 1.0 / 3)
        p = p * s2 + Vector(repeating: 1)
        return toFloat(exponent) * Vector(repeating: 0.693_147_18) + 2 * s * p
    }

    /// √x for x ≥ 0: the reciprocal root from its bit-pattern estimate and three Newton steps.
    @inline(__always)
    static func squareRoot(_ x: Vector) -> Vector {
        var y = float(Bits(repeating: 0x5F37_59DF) &- (bits(x) &>> Bits(repeating: 1)))
        let half = 0.5 * x
        for _ in 0..<3 { y = y * (1.5 - half * y * y) }
        return x * y
    }

    /// tanh x for |x| ≤ 20 (callers clamp; tanh is ±1 in a Float beyond 9), from eˣ:
    /// 1 − 2/(e^{2|x|} + 1) with the sign of x (absolute error under 1e-7).
    @inline(__always)
    static func tanh(_ x: Vector) -> Vector {
        let t = 1 - 2 / (exp(2 * magnitude(x)) + 1)
        return float(bits(t) | (bits(x) & Bits(repeating: signBit)))
    }

    /// sin x and cos x, for |x| up to about 10⁵ (the quarter-turn reduction is exact to there).
    @inline(__always)
    static func sinCos(_ x: Vector) -> (sin: Vector, cos: Vector) {
        let (q, quadrant) = roundToInteger(x * Vector(repeating: 0.636_619_77))  // x / (π/2)
        // r = x − q·π/2 in three parts (Cody and Waite), |r| ≤ π/4.
        var r = x - q * Vector(repeating: 1.570_312_5)
        r = r - q * Vector(repeating: 4.837_512_969_970_703e-4)
        r = r - q * Vector(repeating: 7.549_789_948_768_648e-8)
        let r2 = r * r
        // Taylor series on |r| ≤ π/4: sine to r¹¹, cosine to r¹² (truncation under 1e-9).
        var s = Vector(repeating: -1.0 / 39_916_800)
        s = s * r2 + Vector(repeating: 1.0 / 362_880)
        s = s * r2 + Vector(repeating: -1.0 / 5040)
        s = s * r2 + Vector(repeating: 1.0 / 120)
        s = s * r2 + Vector(repeating: -1.0 / 6)
        s = s * r2 + Vector(repeating: 1)
        s = s * r
        var c = Vector(repeating: 1.0 / 479_001_600)
        c = c * r2 + Vector(repeating: -1.0 / 3_628_800)
        c = c * r2 + Vector(repeating: 1.0 / 40320)
        c = c * r2 + Vector(repeating: -1.0 / 720)
        c = c * r2 + Vector(repeating: 1.0 / 24)
        c = c * r2 + Vector(repeating: -0.5)
        c = c * r2 + Vector(repeating: 1)
        // Quadrant k: sin x = (s, c, −s, −c)[k], cos x = (c, −s, −c, s)[k]: swap on odd k (a mask
        // of all ones from its low bit), and flip signs by the quadrant's bits.
        let (sb, cb) = (bits(s), bits(c))
        let swap = Bits(repeating: 0) &- (quadrant & Bits(repeating: 1))
        let sine = sb ^ ((sb ^ cb) & swap), cosine = cb ^ ((sb ^ cb) & swap)
        let sineSign = (quadrant & Bits(repeating: 2)) &<< Bits(repeating: 30)
        let cosineSign = ((quadrant &+ Bits(repeating: 1)) & Bits(repeating: 2)) &<< Bits(repeating: 30)
        return (float(sine ^ sineSign), float(cosine ^ cosineSign))
    }
}
