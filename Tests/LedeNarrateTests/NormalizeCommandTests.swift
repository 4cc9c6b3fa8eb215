import Foundation
import Testing

/// `lede normalize` and `lede bench normalization`, run as a user runs them.
@Suite struct NormalizeCommandTests {
    static var binary: String { SharedData.packageRoot.appendingPathComponent(".build/debug/lede").path }
    static var built: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    static func run(_ args: [String], stdin: Data? = nil) throws -> ProgramRun {
        try LedeBinary.run(args, stdin: stdin)
    }

    static func temporaryFile(_ name: String, _ data: Data) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("lede-norm-\(getpid())-\(name)").path
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test(.enabled(if: built, "build the lede product first (swift build)"))
    func linesFromStandardInput() throws {
        let r = try Self.run(["normalize"], stdin: Data("He fled in 2020.\n\nIt cost $1.5bn.\n".utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "He fled in twenty twenty.\n\nIt cost one point five billion dollars.\n")
    }

    @Test(.enabled(if: built, "build the lede product first (swift build)"))
    func jsonAndStyleFromAFile() throws {
        let path = try Self.temporaryFile("lines.txt", Data("the KGB in 1994\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let r = try Self.run(["normalize", path, "--json", "--style", "nemo"])
        #expect(r.status == 0, "\(r.stderr)")
        let pairs = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: String]]
        #expect(pairs == [["text": "the KGB in 1994", "spoken": "the KGB in nineteen ninety four"]])
    }

    @Test(.enabled(if: built, "build the lede product first (swift build)"))
    func badInputIsAClearError() throws {
        let missing = try Self.run(["normalize", "/nonexistent/lines.txt"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("not found"))
        let path = try Self.temporaryFile("latin1.txt", Data([0x63, 0x61, 0x66, 0xE9, 0x0A]))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let binary = try Self.run(["normalize", path])
        #expect(binary.status != 0)
        #expect(binary.stderr.contains("not UTF-8"))
        let style = try Self.run(["normalize", "--style", "loud"], stdin: Data())
        #expect(style.status != 0)
        #expect(style.stderr.contains("--style"))
    }

    @Test(.enabled(if: built && SharedData.path("bench/normalization/nemo-en-dev.jsonl") != nil,
                   "needs the built lede product and ../shared/bench/normalization"))
    func benchPrintsEveryClassAndTheNewsTotal() throws {
        let cases = SharedData.path("bench/normalization/nemo-en-dev.jsonl")!
        let heldout = SharedData.packageRoot.appendingPathComponent("Tests/LedeNarrateTests/Fixtures/spoken-forms-heldout.jsonl").path
        let r = try Self.run(["bench", "normalization", "--cases", cases, "--heldout", heldout, "--failures"])
        #expect(r.status == 0, "\(r.stderr)")
        for cls in ["money", "date", "punctuation", "punctuation_match_input", "electronic", "telephone", "serial", "address", "special_text"] {
            #expect(r.stdout.contains("| \(cls) |"), "no row for \(cls)")
        }
        #expect(r.stdout.contains("**news classes**"))
        for row in ["| NeMo dev, tune half", "| NeMo dev, check half", "| Lede held-out"] {
            #expect(r.stdout.contains(row), "no row \(row)")
        }
        #expect(r.stdout.contains("failures: tune"))
    }
}
