import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LedeCore
import LedeStore
import Testing
@testable import LedeServer

/// `lede serve` as a real child process, killed with SIGKILL in the middle of a narration.
@Suite(.serialized) struct ServeProcessTests {
    /// The `lede` binary SwiftPM built next to this test bundle.
    static var ledeBinary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("lede")
    }

    static func serve(_ directory: URL, port: Int) throws -> Process {
        let process = Process()
        process.executableURL = ledeBinary
        process.arguments = ["serve", "--data", directory.path, "--port", String(port), "--voice", "espeak:en-us"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func killedMidNarrationResumesOnRestartWithoutAHalfFile() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.ledeBinary.path),
                     "build the lede binary first (swift build) — looked for \(Self.ledeBinary.path)")
        let library = try TestServer()
        let id = try await library.store.add(longArticle(paragraphs: 40)).id
        let job = try await library.store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        let port = Int.random(in: 20000..<60000)

        let first = try Self.serve(library.directory, port: port)
        try await waitFor("narration to get under way") { (try await library.store.job(id: job.id)?.progress ?? 0) >= 0.1 }
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        #expect(first.terminationReason == .uncaughtSignal)

        let interrupted = try #require(try await library.store.job(id: job.id))
        #expect(interrupted.status == .running)
        #expect(try FileManager.default.contentsOfDirectory(atPath: library.store.files.audioDirectory.path).filter { $0 != "sentences" }.isEmpty,
                "no half-written audio (the sentence cache's folder aside)")
        #expect(try await library.store.article(id: id)?.edition == nil)

        let second = try Self.serve(library.directory, port: port)
        defer {
            second.terminate()
            second.waitUntilExit()
        }
        try await waitFor("the resumed narration") { try await library.store.job(id: job.id)?.status == .done }
        let done = try #require(try await library.store.job(id: job.id))
        #expect(done.attempts == 2)
        let edition = try #require(try await library.store.article(id: id)?.edition)
        let file = library.store.files.url(articleID: id, kind: .mp3)
        #expect(try Data(contentsOf: file).count == edition.audioBytes)
        // The restarted server serves it.
        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/audio/\(id).mp3")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(data.count == edition.audioBytes)
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = ledeBinary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    @Test func ledeAddStoresOnceAndQueuesANarration() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.ledeBinary.path))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lede-add-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Examples/harbour-ferry.html").path
        let first = try Self.run(["add", example, "--data", directory.path, "--voice", "espeak:en-us"])
        #expect(first.status == 0, "\(first.err)")
        #expect(first.out.hasPrefix("added 1: Night ferry returns to Port Avery"))
        #expect(first.out.contains("narration job 1 queued"))
        let again = try Self.run(["add", example, "--data", directory.path, "--no-narrate"])
        #expect(again.out.hasPrefix("updated 1:"))
        let text = try Self.run(["add", "Ferry fares rise\n\nFares on the night ferry will rise by a tenth in May.", "--data", directory.path, "--no-narrate"])
        #expect(text.out.hasPrefix("added 2: Ferry fares rise"), "\(text.out) \(text.err)")
        let store = try SQLiteStore(directory: directory)
        #expect(try await store.count() == 2)
        #expect(try await store.jobs(status: .queued).count == 1)

        let missing = try Self.run(["add", "no-such-file.html", "--data", directory.path])
        #expect(missing.status != 0)
        #expect(missing.err.contains("no file at no-such-file.html"))
        let refused = try Self.run(["add", "http://127.0.0.1:9/story", "--data", directory.path])
        #expect(refused.status != 0)
        #expect(refused.err.contains("127.0.0.1"))
    }
}
