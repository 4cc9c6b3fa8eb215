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
