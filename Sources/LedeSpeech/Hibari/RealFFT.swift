import CFFTW
import Synchronization

/// Fourier transforms of real frames of one even length (the hibari voice's 1,200 samples, which is
/// not a power of two), by FFTW (Debian's libfftw3, single precision): the samples to the
/// `size / 2 + 1` bins of their spectrum, and back. The plans are made once; each caller brings its
/// own ``Buffers`` (FFTW's aligned memory), so one `RealFFT` serves every thread at once.
///
/// ```swift
/// let fft = RealFFT(size: 1200)
/// let buffers = RealFFT.Buffers(size: 1200)
/// buffers.samples.update(from: frame, count: 1200)
/// fft.forward(buffers)   // buffers.spectrum: bins 0…600 as (re, im), unnormalised
/// fft.inverse(buffers)   // buffers.samples: the frame again, times 1,200
/// ```
final class RealFFT: Sendable {
    let size: Int
    var bins: Int { size / 2 + 1 }
    private let plans: Plans

    /// FFTW's plans are immutable once made, and running one on new arrays is thread-safe.
    private struct Plans: @unchecked Sendable {
        let forward: fftwf_plan
        let inverse: fftwf_plan
    }

    /// FFTW's planner is not thread-safe (running a plan is): one planner call at a time.
    private static let planner = Mutex(())
    /// Plans chosen by FFTW's rules, not by timing trials: made at once (no delay before the first
    /// audio), and every run computes with the same algorithm, so a sentence renders to the same
    /// samples every time.
    private static let planFlags = UInt32(FFTW_ESTIMATE)

    /// Plans the transforms of `size` samples (even, at least 2).
    init(size: Int) {
        precondition(size >= 2 && size % 2 == 0, "a real FFT here needs an even length of at least 2")
        self.size = size
        plans = Self.planner.withLock { _ in
            // The plans run later on other arrays of the same alignment (FFTW's own allocation).
            let scratch = Buffers(size: size)
            let forward = fftwf_plan_dft_r2c_1d(Int32(size), scratch.samples, scratch.spectrum, Self.planFlags)
            let inverse = fftwf_plan_dft_c2r_1d(Int32(size), scratch.spectrum, scratch.samples, Self.planFlags)
            guard let forward, let inverse else { fatalError("FFTW could not plan a transform of \(size) points") }
            return Plans(forward: forward, inverse: inverse)
        }
    }

    deinit {
        Self.planner.withLock { _ in
            fftwf_destroy_plan(plans.forward)
            fftwf_destroy_plan(plans.inverse)
        }
    }

    /// `buffers.samples` → `buffers.spectrum` (bin k is Σ x[t]·e^(−2πikt/size)).
    func forward(_ buffers: Buffers) {
        precondition(buffers.size == size, "buffers for \(buffers.size) points, not \(size)")
        fftwf_execute_dft_r2c(plans.forward, buffers.samples, buffers.spectrum)
    }

    /// `buffers.spectrum` (the imaginary parts of bins 0 and size/2 taken as 0) → `buffers.samples`,
    /// unnormalised: a forward then inverse transform multiplies by `size`. Overwrites the spectrum.
    func inverse(_ buffers: Buffers) {
        precondition(buffers.size == size, "buffers for \(buffers.size) points, not \(size)")
        fftwf_execute_dft_c2r(plans.inverse, buffers.spectrum, buffers.samples)
    }

    /// Memory for one transform at a time, aligned as FFTW's vector code wants it.
    final class Buffers {
        let size: Int
        /// `size` samples.
        let samples: UnsafeMutablePointer<Float>
        /// `size / 2 + 1` bins, each (re, im).
        let spectrum: UnsafeMutablePointer<fftwf_complex>

        init(size: Int) {
            self.size = size
            guard let samples = fftwf_alloc_real(size), let spectrum = fftwf_alloc_complex(size / 2 + 1) else {
                fatalError("out of memory for an FFT of \(size) points")
            }
            samples.initialize(repeating: 0, count: size)
            spectrum.initialize(repeating: (0, 0), count: size / 2 + 1)
            self.samples = samples
            self.spectrum = spectrum
        }

        deinit {
            fftwf_free(samples)
            fftwf_free(spectrum)
        }
    }
}
