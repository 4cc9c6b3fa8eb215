import Foundation
import LedeTestSupport
import Testing

/// The built `lede` binary, run as a user runs it.
@Suite struct CommandLineTests {
    static var binary: URL {
        SharedData.packageRoot.appendingPathComponent(".build/debug/lede")
    }

    static func lede(_ args: [String], stdin: Data? = nil) throws -> ProgramRun {
        try LedeBinary.run(args, stdin: stdin)
    }

    static let example = SharedData.packageRoot.appendingPathComponent("Examples/harbour-ferry.html").path

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path), "build the lede product first (swift build)"))
    func readsTheExampleInEveryFormat() throws {
        let text = try Self.lede(["read", Self.example])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Night ferry returns to Port Avery after 12-year gap\n"))
        let json = try Self.lede(["read", Self.example, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Night ferry returns to Port Avery after 12-year gap")
        #expect((object["blocks"] as? [[String: Any]])?.isEmpty == false)
        #expect((object["removed"] as? [[String: Any]])?.isEmpty == false)
        let md = try Self.lede(["read", Self.example, "--format", "markdown"])
        #expect(md.stdout.hasPrefix("# Night ferry"))
        let html = try Self.lede(["read", Self.example, "--format", "html"])
        #expect(html.stdout.contains("<h1>Night ferry returns"))
        #expect(!html.stdout.contains("<script"))
        let explained = try Self.lede(["read", "--explain", Self.example])
        #expect(explained.stdout.contains("Removed ("))
        #expect(explained.stdout.contains("[promo]"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path), "build the lede product first (swift build)"))
    func readsStandardInput() throws {
        let page = try Data(contentsOf: URL(fileURLWithPath: Self.example))
        let run = try Self.lede(["read", "-"], stdin: page)
        #expect(run.status == 0)
        #expect(run.stdout.contains("Gull Island"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path), "build the lede product first (swift build)"))
    func errorsAreClearAndExitNonZero() throws {
        let missing = try Self.lede(["read", "/no/such/file.html"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no file at /no/such/file.html"))
        let empty = try Self.lede(["read", "-"], stdin: Data())
        #expect(empty.status != 0)
        #expect(empty.stderr.contains("empty input"))
        let loopback = try Self.lede(["read", "http://127.0.0.1:9/story"])
        #expect(loopback.status != 0)
        #expect(loopback.stderr.contains("--allow-private"))
        #expect(!missing.stderr.contains("Fatal error"))
        for command in ["read", "normalize"] {
            let folder = try Self.lede([command, NSTemporaryDirectory()])
            #expect(folder.status != 0)
            #expect(folder.stderr.contains("is a folder"), "\(command): \(folder.stderr)")
            let negative = try Self.lede([command, Self.example, "--max-bytes=-5"])
            #expect(negative.status != 0)
            #expect(negative.stderr.contains("--max-bytes must be positive"), "\(command): \(negative.stderr)")
        }
    }

    /// Byte caps and job counts at `Int`'s edge are taken or refused with a message, never trapped on
    /// (one more byte than the cap is read to tell "exactly the cap" from "over it").
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path), "build the lede product first (swift build)"))
    func countsAtIntsEdgeAreTakenOrRefusedClearly() throws {
        let edge = String(Int.max)
        let read = try Self.lede(["read", Self.example, "--max-bytes", edge])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout.hasPrefix("Night ferry returns"))
        let normalized = try Self.lede(["normalize", "--max-bytes", edge], stdin: Data("In 2020.\n".utf8))
        #expect(normalized.status == 0, "\(normalized.stderr)")
        #expect(normalized.stdout == "In twenty twenty.\n")
        let folder = SharedData.packageRoot.appendingPathComponent("Examples").path
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("lede-edge-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        for option in ["--jobs", "--max-bytes"] {
            let batch = try Self.lede(["batch", folder, "--out", out, option, edge])
            #expect(batch.status != 0)
            #expect(batch.stderr.contains("must be between"), "\(option): \(batch.stderr)")
            #expect(!batch.stderr.contains("Fatal error") && !batch.stderr.contains("overflow"))
        }
    }

    /// A file with no size to trust is read under the cap too: `/dev/zero` reports 0 bytes and never
    /// ends (it was read whole, without end).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary.path), "build the lede product first (swift build)"))
    func anEndlessFileIsRefusedAtTheCap() throws {
        let run = try Deadline.finishes(within: 120) { try Self.lede(["read", "/dev/zero", "--max-bytes", "3000000"]) }
        #expect(run?.status != 0)
        #expect(run?.stderr.contains("too large") == true, "\(run?.stderr ?? "")")
        let normalized = try Deadline.finishes(within: 120) { try Self.lede(["normalize", "/dev/zero", "--max-bytes", "3000000"]) }
        #expect(normalized?.status != 0)
        #expect(normalized?.stderr.contains("too large") == true, "\(normalized?.stderr ?? "")")
    }
}
