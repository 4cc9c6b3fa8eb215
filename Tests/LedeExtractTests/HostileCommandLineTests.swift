import Foundation
import Testing

/// `lede read` on the pages of issue 15 that made it quadratic: each is read, and what the caps
/// dropped is listed among the removals.
@Suite struct HostileCommandLineTests {
    static func write(_ page: String, _ name: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lede-hostile-\(UUID().uuidString)-\(name)").path
        try Data(page.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: CommandLineTests.binary.path), "build the lede product first (swift build)"))
    func readsPagesBuiltToBeQuadratic() throws {
        let attributes = (0..<200_000).map { "a\($0)=\"x\"" }.joined(separator: " ")
        let pages = [
            ("attributes.html", "<html><body><article><div \(attributes)>\(HostileMarkupTests.paragraph)</div></article></body></html>"),
            ("nested.html", "<html><body><article><p>" + String(repeating: "<span>word, ", count: 105_000)
                + String(repeating: "</span>", count: 105_000) + "</p>\(HostileMarkupTests.paragraph)</article></body></html>"),
        ]
        for (name, page) in pages {
            let path = try Self.write(page, name)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let run = try CommandLineTests.lede(["read", path, "--explain"])
            #expect(run.status == 0, "\(name): \(run.stderr)")
            #expect(run.stdout.contains("night ferry"), "\(name)")
            #expect(run.stdout.contains("excess-markup"), "\(name)")
        }
    }
}
