import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import LedeServer

/// The reader's stylesheet and script are the files in `Sources/LedeServer/Resources`, embedded in the
/// binary at build time: served byte for byte, and still there when `lede` is copied alone elsewhere.
@Suite struct StaticAssetTests {
    /// Each served path, the file it comes from, and the type it is served as.
    static let assets = [
        (path: "/static/lede.css", file: "lede.css", type: "text/css"),
        (path: "/static/player.js", file: "player.js", type: "text/javascript"),
    ]

    static func sourceFile(_ name: String) throws -> Data {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/LedeServer/Resources/\(name)")
        return try Data(contentsOf: url)
    }

    @Test func servesTheResourceFilesByteForByte() async throws {
        let server = try TestServer()
        for asset in Self.assets {
            let expected = try Self.sourceFile(asset.file)
            #expect(expected.count > 1000, "\(asset.file) should be the real file, not a stub")
            try await server.test { client in
                try await client.execute(uri: asset.path, method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType]?.hasPrefix(asset.type) == true, "\(asset.path)")
                    #expect(Data(response.body.readableBytesView) == expected, "\(asset.path) differs from \(asset.file)")
                }
            }
        }
    }

    /// `lede` copied alone into an empty folder (no resource bundle beside it) still serves both files.
    @Test func aRelocatedBinaryServesThemWithoutAResourceFolder() async throws {
        let built = ServeProcessTests.ledeBinary
        try #require(FileManager.default.isExecutableFile(atPath: built.path),
                     "build the lede binary first (swift build) — looked for \(built.path)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lede-alone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("lede")
        try FileManager.default.copyItem(at: built, to: binary)
        let port = Int.random(in: 20000..<60000)
        let process = Process()
        process.executableURL = binary
        process.currentDirectoryURL = folder
        process.arguments = ["serve", "--data", folder.appendingPathComponent("data").path, "--port", String(port),
                             "--voice", "espeak:en-us"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        for asset in Self.assets {
            let url = URL(string: "http://127.0.0.1:\(port)\(asset.path)")!
            var served: Data?
            try await waitFor("lede serve to answer \(asset.path)") {
                served = try? await URLSession.shared.data(from: url).0
                return served != nil
            }
            #expect(served == (try Self.sourceFile(asset.file)), "\(asset.path)")
        }
    }
}
