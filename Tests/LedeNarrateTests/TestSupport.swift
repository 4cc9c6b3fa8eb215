import Foundation
import LedeNarrate

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

/// The narration style (what the voice gets) and NeMo's spelling of the same readings.
let narration = TextNormalizer()
let plain = TextNormalizer(style: .nemoConventions)

func say(_ s: String) -> String { narration.spoken(s) }
