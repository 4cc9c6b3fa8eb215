import Foundation
import LedeCore

/// Script → a loudness-normalised WAV or MP3 file and its timing map, with memory bounded by the
/// longest sentence, not the article: the raw speech goes to a scratch file as it is made, the
/// loudness is measured on the way, and the file is then read back segment by segment to apply
/// the gain and the limiter and to encode. The output appears complete or not at all (written
/// beside the target and renamed into place).
///
/// ```swift
/// let writer = NarrationWriter(synthesizer: Synthesizer(engine: voice))
/// let result = try writer.write(script, to: audioDirectory.appendingPathComponent("story.mp3"), tags: AudioTags(title: script.title))
/// print(result.durationMs, result.loudness, result.timings.count)
/// ```
public struct NarrationWriter: Sendable {
    public enum Format: Sendable { case wav, mp3 }

    public var synthesizer: Synthesizer
    public var normalizer: LoudnessNormalizer
    /// The length cap, checked before rendering and while rendering, and where scratch goes.
    public var limits: NarrationLimits

    public init(synthesizer: Synthesizer, normalizer: LoudnessNormalizer = LoudnessNormalizer(),
                limits: NarrationLimits = NarrationLimits()) {
        self.synthesizer = synthesizer
        self.normalizer = normalizer
        self.limits = limits
    }

    public struct Result: Sendable {
        public var timings: [TimingEntry]
        public var sampleRate: Int
        public var durationMs: Int
        /// Integrated loudness (LUFS) and true peak (dBTP) of what was written.
        public var loudness: Double
        public var truePeak: Double
        public var gainDB: Double
        /// Seconds from the start until the first sentence's audio was ready.
        public var firstAudioSeconds: Double
        /// Seconds spent synthesising (the voice), and in all.
        public var synthesisSeconds: Double
        public var totalSeconds: Double
    }

    /// The true peak is kept 0.3 dB under the ceiling: other meters interpolate differently (ffmpeg's
    /// ebur128 resamples to 192 kHz; `TruePeakMeter`, eight times oversampling with a long
    /// interpolator, read the seed narrated by heart within 0.1 dB of it, where libebur128's four
    /// times read 0.6 dB under it), and 16-bit rounding adds a little.
    static let peakMarginDB = 0.3
    /// MP3 encoding raises peaks: on the seed narration the encoded file's true peak (ffmpeg's
    /// ebur128) stood 0.7 dB above the PCM's (−0.6 dBTP with the PCM at −1.3). An MP3 keeps this much
    /// more room under the ceiling, so the file people get holds the promise, not only the PCM.
    static let mp3HeadroomDB = 1.0

    public static func format(of url: URL) throws -> Format {
        switch url.pathExtension.lowercased() {
        case "wav": return .wav
        case "mp3": return .mp3
        default: throw LedeError.invalidInput("\(url.path): the output must end in .wav or .mp3")
        }
    }

    public func write(_ script: Script, to url: URL, tags: AudioTags = AudioTags(),
                      progress: ((Synthesizer.Progress) -> Void)? = nil) throws -> Result {
        let format = try Self.format(of: url)
        try limits.check(script, speed: synthesizer.speed, output: url)
        let start = Date()
        let rate = synthesizer.engine.sampleRate
        let maxSamples = limits.maxSamples(sampleRate: rate)
        // Removed when this function returns or throws (a failed or cancelled job keeps nothing).
        let scratch = try ScratchPCM(directory: limits.scratchDirectory)
        let meter = LoudnessMeter(sampleRate: rate, truePeak: false)
        var chunks: [Int] = []  // samples per segment, its pause included
        var rendered = 0
        var timings: [TimingEntry] = []
        var firstAudio: Double? = nil
        try synthesizer.speak(script, progress: progress) { spoken in
            if firstAudio == nil { firstAudio = Date().timeIntervalSince(start) }
            var chunk = spoken.samples
            chunk += repeatElement(0, count: spoken.pauseSamples)
            // The estimate can be short (slow voices, long numbers read out): stop at the cap itself.
            if rendered + chunk.count > maxSamples { throw limits.passedCap() }
            rendered += chunk.count
            meter.add(chunk)
            try scratch.append(chunk)
            chunks.append(chunk.count)
            timings.append(spoken.timing)
        }
        let synthesisSeconds = Date().timeIntervalSince(start)
        guard timings.contains(where: { $0.endMs > $0.startMs }) else {
            throw LedeError.invalidInput("the voice \(synthesizer.engine.voiceID) could read none of the text (see above for why)")
        }
        let total = chunks.reduce(0, +)

        // Gain and limiter settings, found as LoudnessNormalizer finds them, but reading the
        // scratch file back a segment at a time: a first pass measures the loudness alone (the
        // limiter holds the true peak), then each round writes the file and measures loudness and
        // true peak on the way; the last round's file is kept. Usually one round.
        var gainDB = 0.0
        var measured = (integrated: meter.integratedLoudness, truePeak: meter.truePeakDB)
        let partial = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial")
        do {
            if measured.integrated.isFinite {
                let search = GainSearch(targetLUFS: normalizer.targetLUFS, ceilingDBTP: normalizer.ceilingDBTP,
                                        peakMarginDB: Self.peakMarginDB + (format == .mp3 ? Self.mp3HeadroomDB : 0))
                let outcome = try search.run(inputLoudness: measured.integrated, preview: { gainDB, ceiling in
                    let check = LoudnessMeter(sampleRate: rate, truePeak: false)
                    try process(scratch, chunks: chunks, gainDB: gainDB, ceiling: ceiling, rate: rate) { check.add($0) }
                    return check.integratedLoudness
                }) { gainDB, ceiling in
                    let check = LoudnessMeter(sampleRate: rate, truePeak: false), peaks = TruePeakMeter()
                    try writeOutput(format, scratch: scratch, chunks: chunks, total: total, gainDB: gainDB, ceiling: ceiling,
                                    rate: rate, tags: tags, to: partial) {
                        check.add($0)
                        peaks.add($0)
                    }
                    peaks.finish()
                    return (check.integratedLoudness, peaks.truePeakDB)
                }
                gainDB = outcome.gainDB
                measured = (outcome.loudness, outcome.truePeak)
            } else {
                try writeOutput(format, scratch: scratch, chunks: chunks, total: total, gainDB: 0, ceiling: 1,
                                rate: rate, tags: tags, to: partial) { _ in }
            }
            if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
            try FileManager.default.moveItem(at: partial, to: url)
        } catch {
            try? FileManager.default.removeItem(at: partial)
            if let e = error as? LedeError { throw e }
            throw LedeError.invalidInput("cannot write \(url.path): \(error.localizedDescription)")
        }
        return Result(timings: timings, sampleRate: rate, durationMs: Synthesizer.ms(total, rate),
                      loudness: measured.integrated, truePeak: measured.truePeak, gainDB: gainDB,
                      firstAudioSeconds: firstAudio ?? synthesisSeconds, synthesisSeconds: synthesisSeconds,
                      totalSeconds: Date().timeIntervalSince(start))
    }

    /// Each segment read back, amplified and limited. A segment ends in its pause (or is the last),
    /// so the limiter, whose look-ahead and release are far shorter than a pause, can run on one
    /// segment at a time without a seam.
    private func process(_ scratch: ScratchPCM, chunks: [Int], gainDB: Double, ceiling: Double, rate: Int,
                         _ body: ([Float]) throws -> Void) throws {
        let gain = Float(pow(10, gainDB / 20))
        let limiter = Limiter(sampleRate: rate, ceiling: ceiling)
        try scratch.rewind()
        for count in chunks {
            var chunk = try scratch.read(count)
            if gain != 1 { for i in chunk.indices { chunk[i] *= gain } }
            try body(limiter.process(chunk))
        }
    }

    /// Writes the whole file with these settings, handing every processed segment to `observe`
    /// (the meters) before encoding it.
    private func writeOutput(_ format: Format, scratch: ScratchPCM, chunks: [Int], total: Int, gainDB: Double,
                             ceiling: Double, rate: Int, tags: AudioTags, to url: URL,
                             observe: ([Float]) -> Void) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let out = try? FileHandle(forWritingTo: url) else {
            throw LedeError.invalidInput("cannot create \(url.path)")
        }
        defer { try? out.close() }
        switch format {
        case .wav:
            try out.write(contentsOf: WAVFile.header(sampleRate: rate, dataBytes: total * 2))
            try process(scratch, chunks: chunks, gainDB: gainDB, ceiling: ceiling, rate: rate) {
                observe($0)
                try out.write(contentsOf: WAVFile.pcm16($0))
            }
        case .mp3:
            let encoder = try MP3Encoder(sampleRate: rate, tags: tags)
            try process(scratch, chunks: chunks, gainDB: gainDB, ceiling: ceiling, rate: rate) {
                observe($0)
                try out.write(contentsOf: encoder.encode($0))
            }
            let (tail, info) = encoder.finish()
            try out.write(contentsOf: tail)
            if !info.isEmpty {
                try out.seek(toOffset: UInt64(encoder.infoFrameOffset))
                try out.write(contentsOf: info)
            }
        }
    }
}

/// Raw 32-bit float samples in a scratch file that is deleted when the last reference goes.
final class ScratchPCM {
    private let url: URL
    private let handle: FileHandle

    init(directory: URL? = nil) throws {
        let folder = directory ?? FileManager.default.temporaryDirectory
        url = folder.appendingPathComponent("lede-\(UUID().uuidString).f32")
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let h = try? FileHandle(forUpdating: url) else {
            throw LedeError.engine("cannot create a scratch file in \(folder.path)")
        }
        handle = h
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
    }

    func append(_ samples: [Float]) throws {
        guard !samples.isEmpty else { return }
        try handle.seekToEnd()
        try samples.withUnsafeBytes { try handle.write(contentsOf: Data($0)) }
    }

    func rewind() throws { try handle.seek(toOffset: 0) }

    func read(_ count: Int) throws -> [Float] {
        guard count > 0 else { return [] }
        let data = try handle.read(upToCount: count * MemoryLayout<Float>.size) ?? Data()
        var samples = [Float](repeating: 0, count: count)
        _ = samples.withUnsafeMutableBytes { data.copyBytes(to: $0) }
        return samples
    }
}
