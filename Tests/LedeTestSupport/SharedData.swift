import Foundation

/// The package's own folder, and third-party data in `../shared` beside it (absent on machines
/// without it: tests that need it skip with a message).
public enum SharedData {
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The path of `relative` under `../shared`, or else under the folder `LEDE_SHARED` names (data
    /// not yet in `../shared`, such as pages of a benchmark taken from its own repository); nil when
    /// neither has it.
    public static func path(_ relative: String) -> String? {
        let p = packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(relative).path
        if FileManager.default.fileExists(atPath: p) { return p }
        guard let root = ProcessInfo.processInfo.environment["LEDE_SHARED"] else { return nil }
        let q = URL(fileURLWithPath: root).appendingPathComponent(relative).path
        return FileManager.default.fileExists(atPath: q) ? q : nil
    }
}

extension SharedData {
    /// The `.html.gz` pages of a shared benchmark folder, unzipped (by Debian's gzip) and sorted by
    /// name; nil when the folder is absent.
    public static func benchmarkPages(_ relative: String = "bench/extraction/pages") throws -> [(name: String, bytes: [UInt8])]? {
        guard let dir = path(relative) else { return nil }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".html.gz") }.sorted()
        return try files.map { file in
            let gunzip = Process()
            gunzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
            gunzip.arguments = ["-dc", "\(dir)/\(file)"]
            let pipe = Pipe()
            gunzip.standardOutput = pipe
            try gunzip.run()
            let raw = pipe.fileHandleForReading.readDataToEndOfFile()
            gunzip.waitUntilExit()
            return (file, Array(raw))
        }
    }
}
