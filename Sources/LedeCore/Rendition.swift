/// Narrated audio: mono PCM samples in -1…1 and the timing map.
///
/// ```swift
/// let rendition = Rendition(sampleRate: 22050, samples: Array(repeating: 0, count: 22050), timings: [entry])
/// print(rendition.durationMs)   // 1000
/// ```
public struct Rendition: Sendable, Equatable {
    public var sampleRate: Int
    public var samples: [Float]
    public var timings: [TimingEntry]

    public init(sampleRate: Int, samples: [Float], timings: [TimingEntry]) {
        self.sampleRate = sampleRate
        self.samples = samples
        self.timings = timings
    }

    public var durationMs: Int { sampleRate > 0 ? samples.count * 1000 / sampleRate : 0 }
}
