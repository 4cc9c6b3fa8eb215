import Foundation
import LedeBatch
import LedeTestSupport
import Testing

/// The `lede batch` command as a user runs it: Ctrl-C leaves a valid file, --resume completes it.
@Suite struct BatchCommandTests {
    /// Two jobs whose first pages parse at the same moment: libxml2's global state set up by both at
    /// once lost a lock and hung about one run in two. Each fresh process is a new first parse.
    @Test(.enabled(if: LedeBinary.built, "build the lede product first (swift build)"))
    func twoJobsStartingTogetherNeverHang() throws {
        let dir = try temporaryFolder()
        var w = WARCWriter()
        for i in 0..<40 { w.response("https://example.org/\(i)", body: Array(WARCWriter.page("Page \(i)", paragraphs: 5).utf8)) }
        let warc = dir.appendingPathComponent("t.warc.gz")
        try w.write(to: warc, .perRecord)
        for run in 0..<Self.freshProcesses {
            let out = dir.appendingPathComponent("out-\(run).jsonl")
            let p = Process()
            p.executableURL = URL(fileURLWithPath: LedeBinary.path)
            p.arguments = ["batch", warc.path, "--out", out.path, "--jobs", "2"]
            p.standardError = FileHandle.nullDevice
            try p.run()
            let deadline = Date().addingTimeInterval(Self.runLimitSeconds)
            while p.isRunning && Date() < deadline { usleep(20_000) }
            let hung = p.isRunning
            if hung { kill(p.processIdentifier, SIGKILL) }
            p.waitUntilExit()
            #expect(!hung, "run \(run) of lede batch --jobs 2 did not end within \(Self.runLimitSeconds) s")
            if hung { return }
        }
    }

    /// Fresh processes: before the fix about half hung, so ten runs miss it with odds of 1 in 1,000.
    static let freshProcesses = 10
    /// Forty small pages take well under a second; a run still going after this long is stuck.
    static let runLimitSeconds: TimeInterval = 60

    @Test(.enabled(if: LedeBinary.built, "build the lede product first (swift build)"))
    func ctrlCLeavesValidLinesAndResumeCompletesThem() throws {
        let dir = try temporaryFolder()
        var w = WARCWriter()
        let count = 400
        for i in 0..<count { w.response("https://example.org/\(i)", body: Array(WARCWriter.page("Page \(i)", paragraphs: 30).utf8)) }
        let warc = dir.appendingPathComponent("c.warc.gz")
        try w.write(to: warc, .perRecord)
        let out = dir.appendingPathComponent("out.jsonl")
        let errors = dir.appendingPathComponent("errors.jsonl")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: LedeBinary.path)
        p.arguments = ["batch", warc.path, "--out", out.path, "--jobs", "1", "--errors", errors.path]
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Interrupt once some lines are out (or the run ended first on a fast machine).
        let deadline = Date().addingTimeInterval(60)
        while p.isRunning && Date() < deadline && ((try? Data(contentsOf: out))?.count ?? 0) == 0 { usleep(20_000) }
        p.interrupt()
        p.waitUntilExit()
        #expect(p.terminationStatus == 130 || p.terminationStatus == 0)
        let partial = try String(contentsOf: out, encoding: .utf8)
        #expect(partial.isEmpty || partial.hasSuffix("\n"))
        for line in partial.split(separator: "\n") {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil)
        }
        let resumed = try LedeBinary.run(["batch", warc.path, "--out", out.path, "--resume", "--errors", errors.path])
        #expect(resumed.status == 0)
        let urls = try String(contentsOf: out, encoding: .utf8).split(separator: "\n").map {
            (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["url"] as? String
        }
        #expect(urls == (0..<count).map { "https://example.org/\($0)" })
        #expect(resumed.stderr.contains("articles, 0 errors"))
    }
}
