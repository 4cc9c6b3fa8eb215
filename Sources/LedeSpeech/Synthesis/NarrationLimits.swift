import Foundation
import LedeCore

/// What a narration may take: a length cap (`--max-narration-minutes`) checked on the script before
/// rendering and on the audio while it is made, and the disk space rendering needs, checked first.
///
/// ```swift
/// let limits = NarrationLimits(maxMinutes: 120, scratchDirectory: audioDirectory)
/// try limits.check(script, speed: 0.85, output: audioDirectory.appendingPathComponent("story.mp3"))
/// let checked = NarrationWriter(synthesizer: synthesizer, limits: limits)
/// ```
public struct NarrationLimits: Sendable {
    /// Longest narration, in minutes; nil: no cap.
    public var maxMinutes: Double?
    /// Where raw speech is kept while it is made (nil: the system's temporary folder).
    public var scratchDirectory: URL?

    /// The pace the estimate assumes (``defaultCharactersPerMinute``).
    public var charactersPerMinute = Self.defaultCharactersPerMinute

    public init(maxMinutes: Double? = nil, scratchDirectory: URL? = nil) {
        self.maxMinutes = maxMinutes
        self.scratchDirectory = scratchDirectory
    }

    /// Characters of spoken text per minute of audio at speed 1. Measured: 45 KB of text made 77
    /// minutes at speed 0.85, about 690 a minute at speed 1; the estimate counts a little faster
    /// so it refuses only what is clearly too long (rendering stops at the cap anyway).
    public static let defaultCharactersPerMinute = 800.0
    /// Raw speech kept while rendering: 32-bit float samples, at most 24 kHz for the voices we ship.
    static let scratchBytesPerSecond = 24_000 * 4
    /// The MP3 written (64 kbit/s mono at most) plus its WebVTT transcript.
    static let outputBytesPerSecond = 64_000 / 8 + 200
    /// Free space left over for everything else on the disk.
    static let reserveBytes: Int64 = 64 << 20

    /// Minutes of audio a script will roughly make at `speed`.
    public func estimatedMinutes(_ script: Script, speed: Double) -> Double {
        let characters = script.segments.reduce(0) { $0 + $1.spoken.count }
        let pauses = Double(script.segments.reduce(0) { $0 + $1.pauseAfterMs }) / 60_000
        return Double(characters) / (charactersPerMinute * max(0.1, speed)) + pauses
    }

    /// The samples the cap allows at `sampleRate`; `Int.max` without a cap, or for a cap past what
    /// an `Int` counts (`--max-narration-minutes 1e300` trapped the conversion).
    public func maxSamples(sampleRate: Int) -> Int {
        guard let maxMinutes else { return Int.max }
        let samples = (maxMinutes * 60 * Double(sampleRate)).rounded(.up)
        return samples < Double(Int.max) ? Int(max(0, samples)) : Int.max
    }

    /// The error a narration over the cap fails with, naming the limit.
    public func overCap(_ minutes: Double) -> LedeError {
        LedeError.overBudget(String(format: "the narration would last about %.0f minutes, over the %@-minute limit (--max-narration-minutes)",
                                    minutes, Self.format(maxMinutes ?? 0)))
    }

    /// The error a render stopped at the cap fails with.
    public func passedCap() -> LedeError {
        LedeError.overBudget("the narration reached the \(Self.format(maxMinutes ?? 0))-minute limit (--max-narration-minutes) and was stopped")
    }

    /// Refuses a script estimated over the cap, and a render the disks have no room for.
    public func check(_ script: Script, speed: Double, output: URL) throws {
        let minutes = estimatedMinutes(script, speed: speed)
        if let maxMinutes, minutes > maxMinutes { throw overCap(minutes) }
        let seconds = Int64(minutes * 60)
        let scratch = scratchDirectory ?? FileManager.default.temporaryDirectory
        let outputFolder = output.hasDirectoryPath ? output : output.deletingLastPathComponent()
        let needs: [(URL, Int64)] = [(scratch, seconds * Int64(Self.scratchBytesPerSecond)),
                                     (outputFolder, seconds * Int64(Self.outputBytesPerSecond))]
        for (folder, bytes) in needs {
            guard let free = Self.freeBytes(folder) else { continue }
            if free < bytes + Self.reserveBytes {
                throw LedeError.engine("not enough disk space in \(folder.path): the narration needs about \(bytes >> 20) MiB "
                                       + "and \(Self.reserveBytes >> 20) MiB must stay free, but \(free >> 20) MiB are")
            }
        }
    }

    /// Bytes free to an unprivileged user on the file system holding `folder` (nil: unknown).
    public static func freeBytes(_ folder: URL) -> Int64? {
        var info = statvfs()
        let path = folder.path.isEmpty ? "." : folder.path
        guard statvfs(path, &info) == 0 else { return nil }
        return Int64(info.f_bavail) * Int64(info.f_frsize)
    }

    static func format(_ minutes: Double) -> String {
        minutes == minutes.rounded() ? String(Int(minutes)) : String(format: "%.1f", minutes)
    }
}
