import Foundation

/// A discrete Fourier transform of any length whose prime factors are small (the hibari voice's
/// frames are 1,200 = 2⁴·3·5² samples, not a power of two): recursive decimation in time, one
/// stage per prime factor, twiddles from one table. Real frames go two at a time through one complex
/// transform (one as the real part, one as the imaginary part), which halves the work.
///
/// ```swift
/// let fft = MixedRadixFFT(size: 1200)
/// var re = frame, im = [Float](repeating: 0, count: 1200)
/// fft.transform(re: &re, im: &im)          // forward, unnormalised
/// fft.transform(re: &re, im: &im, inverse: true)  // back, scaled by 1/size
/// ```
struct MixedRadixFFT: Sendable {
    let size: Int
    /// The radices, outermost stage first.
    let factors: [Int]
    /// cos and −sin of 2πk/size: the forward twiddle e^(−2πik/size).
    private let cosTable: [Float]
    private let sinTable: [Float]

    /// The largest prime factor worth a direct butterfly (its cost grows with the square).
    static let largestRadix = 7

    /// `size` must factor into primes no larger than ``largestRadix``.
    init(size: Int) {
        precondition(size >= 1, "an FFT needs at least one point")
        var n = size, factors: [Int] = []
        for p in 2...Self.largestRadix {
            while n % p == 0 { factors.append(p); n /= p }
        }
        precondition(n == 1, "\(size) has a prime factor above \(Self.largestRadix)")
        self.size = size
        self.factors = factors
        cosTable = (0..<size).map { Float(cos(2 * Double.pi * Double($0) / Double(size))) }
        sinTable = (0..<size).map { Float(-sin(2 * Double.pi * Double($0) / Double(size))) }
    }

    /// Transforms `re` + i·`im` in place (each `size` long). The inverse is scaled by 1/size, so a
    /// forward then inverse transform gives the input back.
    func transform(re: inout [Float], im: inout [Float], inverse: Bool = false) {
        precondition(re.count == size && im.count == size, "FFT input must be \(size) points")
        if inverse { for i in 0..<size { im[i] = -im[i] } }
        var outRe = [Float](repeating: 0, count: size), outIm = [Float](repeating: 0, count: size)
        let scratch = UnsafeMutablePointer<Float>.allocate(capacity: 2 * Self.largestRadix)
        defer { scratch.deallocate() }
        re.withUnsafeBufferPointer { inRe in
            im.withUnsafeBufferPointer { inIm in
                outRe.withUnsafeMutableBufferPointer { oRe in
                    outIm.withUnsafeMutableBufferPointer { oIm in
                        cosTable.withUnsafeBufferPointer { c in
                            sinTable.withUnsafeBufferPointer { s in
                                let io = IO(inRe: inRe.baseAddress!, inIm: inIm.baseAddress!, outRe: oRe.baseAddress!,
                                            outIm: oIm.baseAddress!, cos: c.baseAddress!, sin: s.baseAddress!,
                                            scratch: scratch)
                                stage(io, out: 0, input: 0, stride: 1, level: 0)
                            }
                        }
                    }
                }
            }
        }
        if inverse {
            let scale = 1 / Float(size)
            for i in 0..<size {
                outRe[i] *= scale
                outIm[i] *= -scale
            }
        }
        re = outRe
        im = outIm
    }

    private struct IO {
        let inRe: UnsafePointer<Float>, inIm: UnsafePointer<Float>
        let outRe: UnsafeMutablePointer<Float>, outIm: UnsafeMutablePointer<Float>
        let cos: UnsafePointer<Float>, sin: UnsafePointer<Float>
        /// Room for one butterfly's inputs (real parts, then imaginary parts).
        let scratch: UnsafeMutablePointer<Float>
    }

    /// The transform of the input points `input`, `input + stride`, … (size/stride of them) into
    /// `out`…: the sub-transforms of its `p` interleaved parts, then one butterfly per output bin.
    private func stage(_ io: IO, out: Int, input: Int, stride: Int, level: Int) {
        let p = factors.isEmpty ? 1 : factors[level]
        let m = size / (stride * p)
        if m == 1 {
            for q in 0..<p {
                io.outRe[out + q] = io.inRe[input + q * stride]
                io.outIm[out + q] = io.inIm[input + q * stride]
            }
        } else {
            for q in 0..<p {
                stage(io, out: out + q * m, input: input + q * stride, stride: stride * p, level: level + 1)
            }
        }
        guard p > 1 else { return }
        // Y_q[k] sits at out + q·m + k; X[k + m·r] = Σ_q W^(q·k·stride) Y_q[k] · W^(q·r·m·stride).
        let t = io.scratch, u = io.scratch + Self.largestRadix
        let step = m * stride
        for k in 0..<m {
            for q in 0..<p {
                let w = q * k * stride
                let yr = io.outRe[out + q * m + k], yi = io.outIm[out + q * m + k]
                t[q] = yr * io.cos[w] - yi * io.sin[w]
                u[q] = yr * io.sin[w] + yi * io.cos[w]
            }
            if p == 2 {
                io.outRe[out + k] = t[0] + t[1]
                io.outIm[out + k] = u[0] + u[1]
                io.outRe[out + m + k] = t[0] - t[1]
                io.outIm[out + m + k] = u[0] - u[1]
                continue
            }
            for r in 0..<p {
                var sr = t[0], si = u[0]
                // W^(q·r·step) is the p-th root of unity number q·r mod p, kept as a running index.
                var w = 0
                for q in 1..<p {
                    w += r
                    if w >= p { w -= p }
                    let c = io.cos[w * step], sn = io.sin[w * step]
                    sr += t[q] * c - u[q] * sn
                    si += t[q] * sn + u[q] * c
                }
                io.outRe[out + r * m + k] = sr
                io.outIm[out + r * m + k] = si
            }
        }
    }
}
