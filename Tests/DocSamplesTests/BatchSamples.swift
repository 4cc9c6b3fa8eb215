import Foundation
import LedeBatch
import LedeCore
import LedeExtract
import Testing

/// The samples of LedeBatch's types, on a small gzipped WARC file made from the example page.
@Suite struct BatchSamples {
    /// One WARC response record holding the example page.
    static func warc(url: String = Fixture.url) -> [UInt8] {
        let block = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n".utf8) + Fixture.bytes
        let header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: \(url)\r\n"
            + "WARC-Record-ID: <urn:uuid:6c1d1a5e-0000-4000-8000-000000000001>\r\nWARC-Date: 2026-03-14T07:00:00Z\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: \(block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    /// A folder holding `crawl.warc.gz` (two gzip members: one record each).
    static func crawl() throws -> (folder: URL, path: String) {
        let folder = try Fixture.folder("batch")
        let path = folder.appendingPathComponent("crawl.warc.gz").path
        let members = try Gzip.compress(warc()) + Gzip.compress(warc(url: Fixture.url + "?page=2"))
        try Data(members).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    @Test func compression() throws {
        let record = Self.warc()
        // sample: Gzip
        let member = try Gzip.compress(Array("WARC/1.1\r\n...".utf8))
        // end sample
        #expect(Inflate.isGzip(member))
        let gzipped = try Gzip.compress(record) + Gzip.compress(record)
        // sample: Inflate
        let page = try Inflate.all(gzipped, maxOutput: 16 << 20)   // concatenated members are joined
        // end sample
        #expect(page == record + record)
        let compressed = try Gzip.compress(record)
        // sample: Inflater
        let inflater = try Inflater(format: .gzipOrZlib)
        var out: [UInt8] = []
        let step = try compressed.withUnsafeBytes { try inflater.inflate($0, into: &out, maxOutput: 1 << 20) }
        if step.ended { inflater.reset() }   // the next gzip member starts at step.consumed
        // end sample
        #expect(out == record && step.consumed == compressed.count)
        // sample: InflateError
        do { _ = try Inflate.all(Array(compressed.dropLast(8)), maxOutput: 1 << 20) } catch let error as InflateError {
            print(error)   // compressed data ends before its end marker
        }
        // end sample
        #expect(throws: InflateError.self) { try Inflate.all(Array(compressed.dropLast(8)), maxOutput: 1 << 20) }
    }

    @Test func reading() throws {
        let (folder, path) = try Self.crawl()
        defer { try? FileManager.default.removeItem(at: folder) }
        // sample: WARCReader
        let reader = try WARCReader(path: path, maxBlock: 16 << 20)
        while let event = reader.next() {
            if case .record(let record) = event, record.type == "response" { print(record.targetURI ?? "") }
        }
        // end sample
        guard case .record(let record)? = try WARCReader(path: path, maxBlock: 16 << 20).next() else {
            Issue.record("no record")
            return
        }
        // sample: WARCRecord
        if record.type == "response" { let response = try HTTPResponse(parsing: record.block, maxBody: 16 << 20); print(response.status) }
        // end sample
        // sample: HTTPResponse
        let response = try HTTPResponse(parsing: record.block, maxBody: 16 << 20)
        if response.status == 200 { print(response.body.count, response.header("content-type") ?? "") }
        // end sample
        #expect(response.header("Content-Type") == "text/html; charset=utf-8")
        // sample: ByteReader
        let lines = ByteReader(source: try GzipChunks(file: FileChunks(path: path)))
        while let line = try lines.readLine(maxLength: 1 << 16) { print(line.count) }
        // end sample
        // sample: ChunkSource
        let source: ChunkSource = try GzipChunks(file: FileChunks(path: path))
        while let chunk = try source.next() { print(chunk.count) }
        // end sample
        // sample: FileChunks
        let head = FileChunks.prefix(of: path, count: 2)   // [0x1F, 0x8B]: gzip
        // end sample
        #expect(head == [0x1F, 0x8B])
        // sample: GzipChunks
        var size = 0
        let inflated = try GzipChunks(file: FileChunks(path: path))   // every member, joined
        while let chunk = try inflated.next() { size += chunk.count }
        // end sample
        #expect(size == Self.warc().count + Self.warc(url: Fixture.url + "?page=2").count)
        // sample: BatchInputKind
        let kind = try BatchInputKind.of(path)   // .warc, told by its first bytes
        // end sample
        #expect(kind == .warc)
    }

    @Test func running() async throws {
        let (folder, path) = try Self.crawl()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("articles.jsonl").path
        // sample: BatchInputs
        let inputs = try BatchInputs(paths: [path], maxBytes: 16 << 20)
        while let item = inputs.next() { print(item.source.url) }
        // end sample
        // sample: BatchItem
        let first = try BatchInputs(paths: [path], maxBytes: 16 << 20).next()
        if case .record(let record)? = first?.work { print(record.type) }   // "response"
        // end sample
        #expect(first?.source.url == Fixture.url)
        // sample: BatchSource
        let source = BatchSource(url: "https://courier.example/ferry", recordID: "<urn:uuid:…>", date: "2026-03-14T07:00:00Z")
        // end sample
        // sample: BatchProcessor
        let processor = BatchProcessor(maxBytes: 16 << 20, story: false, fetch: FetchLimits())
        let outcome = await processor.process(first!)   // outcome.line is one JSON line with its "\n"
        // end sample
        #expect(outcome.failure == nil && outcome.line.last == UInt8(ascii: "\n"))
        // sample: BatchRunner
        let out = try LineFile(path: output, append: false)
        let runner = BatchRunner(processor: processor, jobs: 2)
        let summary = try await runner.run(try BatchInputs(paths: [path], maxBytes: 16 << 20), output: out, errors: nil,
                                           skip: 0, stop: StopFlag())
        // end sample
        #expect(summary.articles == 2)
        // sample: BatchSummary
        var counted = BatchSummary()
        counted.count(outcome.failure)
        print(counted.report(seconds: 12.5, output: output))
        // end sample
        #expect(counted.lines == 1)
        // sample: LineFile
        let kept = try LineFile.keepCompleteLines(of: output)   // lines already written
        let more = try LineFile(path: output, append: true)
        try more.write(outcome.line); try more.flush()
        // end sample
        #expect(kept == 2)
        // sample: BatchLine
        let line = try BatchLine.encode(source: source, article: Fixture.article, story: nil)
        // {"url":"https://courier.example/ferry","article":{...}}\n
        // end sample
        #expect(line.last == UInt8(ascii: "\n"))
        // sample: BatchFailure
        let failure = BatchFailure(.httpStatus, "the server answered HTTP 404")
        print(failure.reason.rawValue)   // "http-status"
        // end sample
        #expect(failure.reason.rawValue == "http-status")
        // sample: StopFlag
        let stop = StopFlag()
        stop.set()          // from a signal source
        if stop.isSet { print("stopping after the items already started") }
        // end sample
    }
}
