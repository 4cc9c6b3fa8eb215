import Foundation

/// A program run to its end: exit status and what it printed.
public struct ProgramRun: Sendable {
    public var status: Int32
    public var stdoutData: Data
    public var stderrData: Data
    public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    public var stderr: String { String(decoding: stderrData, as: UTF8.self) }

    /// Runs `executable` with `args`, feeding `stdin` (or nothing), reading both output pipes while
    /// it runs so neither fills up.
    public static func run(_ executable: String, _ args: [String], stdin: Data? = nil,
                           environment: [String: String]? = nil) throws -> ProgramRun {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        if let environment { p.environment = environment }
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try p.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        if let stdin {
            DispatchQueue.global().async {
                input.fileHandleForWriting.write(stdin)
                try? input.fileHandleForWriting.close()
            }
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return ProgramRun(status: p.terminationStatus, stdoutData: outData, stderrData: errData)
    }
}

/// The `lede` command as `swift build` leaves it.
public enum LedeBinary {
    public static var path: String { SharedData.packageRoot.appendingPathComponent(".build/debug/lede").path }
    public static var built: Bool { FileManager.default.isExecutableFile(atPath: path) }

    public static func run(_ args: [String], stdin: Data? = nil, environment: [String: String]? = nil) throws -> ProgramRun {
        try ProgramRun.run(path, args, stdin: stdin, environment: environment)
    }
}
