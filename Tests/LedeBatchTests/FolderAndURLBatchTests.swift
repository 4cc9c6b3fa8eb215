import Foundation
import LedeBatch
import Testing

/// `lede batch` over folders and URL lists, and the order and resume guarantees.
@Suite struct FolderAndURLBatchTests {
    @Test func aFolderIsReadSortedAndRecursively() async throws {
        let dir = try temporaryFolder()
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages.appendingPathComponent("b/deep"), withIntermediateDirectories: true)
        try WARCWriter.page("Ferry").write(to: pages.appendingPathComponent("b/deep/ferry.htm"), atomically: true, encoding: .utf8)
        try WARCWriter.page("Market").write(to: pages.appendingPathComponent("a.html"), atomically: true, encoding: .utf8)
        try Data(try Gzip.compress(Array(WARCWriter.page("Library").utf8))).write(to: pages.appendingPathComponent("c.html.gz"))
        try "notes, not a page".write(to: pages.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        try Data([0, 1, 2, 3, 0xFF, 0xFE, 0, 0]).write(to: pages.appendingPathComponent("d.html"))
        let (lines, summary) = try await runBatch([pages.path], out: dir.appendingPathComponent("out.jsonl"))
        #expect(lines.map { URL(fileURLWithPath: $0.url ?? "").lastPathComponent } == ["a.html", "ferry.htm", "c.html.gz", "d.html"])
        #expect(lines.map(\.title) == ["Market opens on the quay", "Ferry opens on the quay", "Library opens on the quay", nil])
        #expect(lines[3].reason == "undecodable")
        #expect(summary.notPages == ["other files in folders": 1])
    }

    @Test func aURLListFetchesEachLineUnderTheReadLimits() async throws {
        let dir = try temporaryFolder()
        let list = dir.appendingPathComponent("urls.txt")
        // Loopback is refused without --allow-private; a line that is not a URL is an error line.
        try "# crawl list\nhttp://127.0.0.1:9/story\n\nnot a url\nhttps://localhost:9/other\n".write(to: list, atomically: true, encoding: .utf8)
        #expect(try BatchInputKind.of(list.path) == .urlList)
        let (lines, summary) = try await runBatch([list.path], out: dir.appendingPathComponent("out.jsonl"))
        #expect(lines.map(\.url) == ["http://127.0.0.1:9/story", "not a url", "https://localhost:9/other"])
        #expect(lines.map(\.reason) == ["fetch", "unreadable", "fetch"])
        #expect(summary.errors[.fetch] == 2)
    }

    @Test func aFileThatIsNoInputKindIsRefusedUpFront() throws {
        let dir = try temporaryFolder()
        let file = dir.appendingPathComponent("essay")
        try "An essay, not a list of URLs.\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: BatchFailure.self) { try BatchInputKind.of(file.path) }
    }

    static func bigWARC(_ dir: URL, count: Int) throws -> URL {
        var w = WARCWriter()
        for i in 0..<count {
            if i % 7 == 3 {
                w.response("https://example.org/\(i)", status: 500, body: Array("<html></html>".utf8))
            } else {
                // Pages of very different sizes, so jobs finish out of order.
                w.response("https://example.org/\(i)", body: Array(WARCWriter.page("Page \(i)", paragraphs: 1 + (i * 37) % 30).utf8))
            }
        }
        let warc = dir.appendingPathComponent("many.warc.gz")
        try w.write(to: warc, .perRecord)
        return warc
    }

    @Test func linesKeepInputOrderWhateverTheJobs() async throws {
        let dir = try temporaryFolder()
        let warc = try Self.bigWARC(dir, count: 60)
        let expected = (0..<60).map { "https://example.org/\($0)" }
        for jobs in [1, 3, 8] {
            let (lines, summary) = try await runBatch([warc.path], jobs: jobs, out: dir.appendingPathComponent("out\(jobs).jsonl"))
            #expect(lines.map(\.url) == expected)
            #expect(summary.errors[.httpStatus] == 9)
        }
        let one = try Data(contentsOf: dir.appendingPathComponent("out1.jsonl"))
        #expect(try Data(contentsOf: dir.appendingPathComponent("out8.jsonl")) == one)
    }

    @Test func resumeGoesOnAfterTheCompleteLinesWithoutDuplicates() async throws {
        let dir = try temporaryFolder()
        let warc = try Self.bigWARC(dir, count: 40)
        let full = dir.appendingPathComponent("full.jsonl")
        _ = try await runBatch([warc.path], jobs: 2, out: full)
        let fullBytes = try Data(contentsOf: full)
        // An interrupted run: 17 complete lines and half of the 18th.
        let lineEnds = fullBytes.enumerated().filter { $0.element == 0x0A }.map(\.offset)
        let cut = lineEnds[16] + 1 + (lineEnds[17] - lineEnds[16]) / 2
        let partial = dir.appendingPathComponent("partial.jsonl")
        try fullBytes.prefix(cut).write(to: partial)
        let (lines, summary) = try await runBatch([warc.path], jobs: 3, out: partial, resume: true)
        #expect(summary.resumedAfter == 17)
        #expect(summary.lines == 23)
        #expect(lines.count == 40)
        #expect(try Data(contentsOf: partial) == fullBytes)
    }
}
