import Foundation
import LedeCore
@testable import LedeSpeech

/// The package root and its `../shared` data (absent on machines without it).
enum SharedData {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static func path(_ relative: String) -> String? {
        let p = packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(relative).path
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }
}

/// The real Piper voice, loaded once for the whole test run (loading takes seconds).
enum Voices {
    static let joe: Result<PiperVoice, Error> = Result { try PiperVoice(name: "en_US-joe-medium", threads: 1) }
    static func piper() throws -> PiperVoice { try joe.get() }
}

/// Runs a program and returns its exit status and output.
enum Tool {
    struct Run { var status: Int32; var stdout: String; var stderr: String; var stdoutData: Data }

    static func run(_ executable: String, _ args: [String], environment: [String: String]? = nil) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        if let environment { p.environment = environment }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        // Read both pipes while the program runs so neither fills up.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self), stdoutData: outData)
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
