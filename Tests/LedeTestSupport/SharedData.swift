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

    /// The path of `relative` under `../shared`, or nil when it is not there.
    public static func path(_ relative: String) -> String? {
        let p = packageRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(relative).path
        return FileManager.default.fileExists(atPath: p) ? p : nil
    }
}
