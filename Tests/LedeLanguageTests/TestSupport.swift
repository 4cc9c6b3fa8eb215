import Foundation

/// Locates third-party data in `../shared` beside the package (absent on machines without it).
enum SharedData {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The path of `relative` under `../shared`, or nil when it is not there.
    static func path(_ relative: String) -> String? {
        let p = packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(relative).path
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }
}

/// Fixtures written for these tests, in `Tests/LedeLanguageTests/Fixtures`.
enum Fixture {
    static func url(_ name: String) -> URL {
        SharedData.packageRoot.appendingPathComponent("Tests/LedeLanguageTests/Fixtures").appendingPathComponent(name)
    }

    static func text(_ name: String) throws -> String { try String(contentsOf: url(name), encoding: .utf8) }
    static func bytes(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: url(name))) }
}
