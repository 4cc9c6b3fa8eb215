import Foundation
// Shared by every test target: SharedData (the package and ../shared), ProgramRun, LedeBinary.
@_exported import LedeTestSupport
import LedeCore
@testable import LedeSpeech


/// The real Piper voice, loaded once for the whole test run (loading takes seconds).
enum Voices {
    static let joe: Result<PiperVoice, Error> = Result { try PiperVoice(name: "en_US-joe-medium", threads: 1) }
    static func piper() throws -> PiperVoice { try joe.get() }
}

/// Runs a program and returns its exit status and output.
enum Tool {
    static func run(_ executable: String, _ args: [String], environment: [String: String]? = nil) throws -> ProgramRun {
        try ProgramRun.run(executable, args, environment: environment)
    }

    static let ffmpeg = ["/usr/bin/ffmpeg", "/usr/local/bin/ffmpeg"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let ffprobe = ["/usr/bin/ffprobe", "/usr/local/bin/ffprobe"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// ffmpeg's EBU R128 meter on a file: integrated loudness and true peak.
    static func ffmpegLoudness(_ path: String) throws -> (integrated: Double, truePeak: Double) {
        let run = try Tool.run(ffmpeg!, ["-hide_banner", "-nostats", "-i", path, "-af", "ebur128=peak=true", "-f", "null", "-"])
        let summary = run.stderr.components(separatedBy: "Summary:").last ?? ""
        func value(after label: String) -> Double? {
            guard let r = summary.range(of: label) else { return nil }
            let rest = summary[r.upperBound...].drop { $0 == " " }
            return Double(rest.prefix { "-.0123456789".contains($0) })
        }
        guard let i = value(after: "I:"), let p = value(after: "Peak:") else {
            throw LedeError.engine("could not read ffmpeg's ebur128 summary: \(run.stderr.suffix(500))")
        }
        return (i, p)
    }

    static func temporaryFile(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("lede-speech-\(ProcessInfo.processInfo.processIdentifier)-\(name)").path
    }
}

extension Array where Element == Float {
    var rms: Double {
        guard !isEmpty else { return 0 }
        return (reduce(0.0) { $0 + Double($1) * Double($1) } / Double(count)).squareRoot()
    }
}
