import Foundation
import LedeBatch
import Testing

/// `lede batch` over WARC files: every record kind, every compression, every kind of damage.
@Suite struct WARCBatchTests {
    /// Three pages, an image, a 404, a request record (no line, counted).
    static func mixed() -> WARCWriter {
        var w = WARCWriter()
        w.record(type: "warcinfo", uri: nil, contentType: "application/warc-fields", block: Array("software: tests\r\n".utf8))
        w.response("https://example.org/ferry", body: Array(WARCWriter.page("Ferry").utf8))
        w.record(type: "request", uri: "https://example.org/logo.png", contentType: "application/http; msgtype=request",
                 block: Array("GET /logo.png HTTP/1.1\r\nHost: example.org\r\n\r\n".utf8))
        w.response("https://example.org/logo.png", headers: ["Content-Type: image/png"], body: [0x89, 0x50, 0x4E, 0x47, 0, 1, 2, 3])
        w.response("https://example.org/gone", status: 404, body: Array("<html><body>gone</body></html>".utf8))
        w.response("https://example.org/market", body: Array(WARCWriter.page("Market").utf8))
        w.response("https://example.org/library", body: Array(WARCWriter.page("Library").utf8))
        return w
    }

    @Test(arguments: [WARCWriter.Compression.none, .perRecord, .wholeFile])
    func readsEveryPageRecordInOrder(_ compression: WARCWriter.Compression) async throws {
        let dir = try temporaryFolder()
        let warc = dir.appendingPathComponent("crawl.warc.gz")
        try Self.mixed().write(to: warc, compression)
        let (lines, summary) = try await runBatch([warc.path], out: dir.appendingPathComponent("out.jsonl"))
        #expect(lines.map(\.url) == ["https://example.org/ferry", "https://example.org/logo.png", "https://example.org/gone",
                                     "https://example.org/market", "https://example.org/library"])
        #expect(lines[0].title == "Ferry opens on the quay")
        #expect(lines[3].title == "Market opens on the quay")
        #expect(lines[1].reason == "not-html")
        #expect(lines[2].reason == "http-status")
        #expect((lines[0]["recordID"] as? String)?.hasPrefix("<urn:uuid:") == true)
        #expect(lines[0]["date"] as? String == "2026-03-14T09:00:00Z")
        #expect(summary.articles == 3)
        #expect(summary.errors == [.notHTML: 1, .httpStatus: 1])
        #expect(summary.notPages == ["request records": 1, "warcinfo records": 1])
    }

    @Test func decodesChunkedGzipBodiesAndPassesTheCharset() async throws {
        let dir = try temporaryFolder()
        var w = WARCWriter()
        let page = Array(WARCWriter.page("Ferry").utf8)
        let gz = try Gzip.compress(page)
        // Chunked in two pieces, over a gzip content coding.
        let half = gz.count / 2
        var chunked = Array(String(half, radix: 16).utf8) + [13, 10] + Array(gz[..<half]) + [13, 10]
        chunked += Array(String(gz.count - half, radix: 16).utf8) + [13, 10] + Array(gz[half...]) + [13, 10] + Array("0\r\n\r\n".utf8)
        w.response("https://example.org/chunked", headers: ["Content-Type: text/html", "Transfer-Encoding: chunked", "Content-Encoding: gzip"], body: chunked)
        // Latin-1 bytes, named only by the HTTP header (the page itself says nothing).
        let latin1 = "<html><head><title>Caf\u{E9} on the quay reopens</title></head><body><article><h1>Caf\u{E9} on the quay reopens</h1>"
            + String(repeating: "<p>The caf\u{E9} by the harbour served its first cr\u{E8}me br\u{FB}l\u{E9}e of the season on Tuesday, the owners said, after a winter of repairs to the roof and the old stone floor.</p>", count: 4)
            + "</article></body></html>"
        w.response("https://example.org/latin1", headers: ["Content-Type: text/html; charset=ISO-8859-1"],
                   body: Array(latin1.data(using: .isoLatin1)!))
        let warc = dir.appendingPathComponent("c.warc")
        try w.write(to: warc, .none)
        let (lines, _) = try await runBatch([warc.path], out: dir.appendingPathComponent("out.jsonl"))
        #expect(lines[0].title == "Ferry opens on the quay")
        #expect(lines[1].title == "Café on the quay reopens")
    }

    @Test func damageBecomesErrorLinesAndTheRunGoesOn() async throws {
        let dir = try temporaryFolder()
        var w = WARCWriter()
        w.response("https://example.org/one", body: Array(WARCWriter.page("One").utf8))
        // A response that claims HTML but is binary.
        w.response("https://example.org/binary", body: (0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        // A record header without Content-Length, then one that does not start with WARC/.
        w.raw(Array("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/nolength\r\n\r\nHTTP/1.1 200 OK\r\n\r\n\r\n\r\n".utf8))
        w.response("https://example.org/two", body: Array(WARCWriter.page("Two").utf8))
        // A gzip body that does not inflate.
        w.response("https://example.org/badgzip", headers: ["Content-Type: text/html", "Content-Encoding: gzip"], body: [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, 0, 3, 0xFF, 0xFF, 0xFF, 0xFF])
        w.response("https://example.org/three", body: Array(WARCWriter.page("Three").utf8))
        // Last: a record cut short (declares more bytes than the file holds).
        w.record(type: "response", uri: "https://example.org/cut", contentType: "application/http; msgtype=response",
                 block: Array("HTTP/1.1 200 OK\r\n\r\n<html>".utf8), declaredLength: 5000)
        let warc = dir.appendingPathComponent("damaged.warc")
        var bytes = try w.bytes(.none)
        bytes.removeLast(4)   // the cut record's closing blank lines are not there either
        try Data(bytes).write(to: warc)
        let (lines, summary) = try await runBatch([warc.path], out: dir.appendingPathComponent("out.jsonl"))
        let byURL = Dictionary(lines.map { ($0.url ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byURL["https://example.org/one"]?.title == "One opens on the quay")
        #expect(byURL["https://example.org/two"]?.title == "Two opens on the quay")
        #expect(byURL["https://example.org/three"]?.title == "Three opens on the quay")
        #expect(byURL["https://example.org/binary"]?.reason == "undecodable")
        #expect(byURL["https://example.org/nolength"]?.reason == "corrupt-record")
        #expect(byURL["https://example.org/badgzip"]?.reason == "corrupt-gzip")
        #expect(byURL["https://example.org/cut"]?.reason == "truncated-record")
        #expect(summary.articles == 3)
    }

    @Test func aGzipMemberThatDoesNotInflateCostsOnlyItsRecord() async throws {
        let dir = try temporaryFolder()
        var w = WARCWriter()
        for name in ["One", "Two", "Three"] { w.response("https://example.org/\(name)", body: Array(WARCWriter.page(name).utf8)) }
        var members = try w.records.map { try Gzip.compress($0) }
        // Spoil the deflate data in the middle of the second member (its header stays).
        for i in 20..<60 { members[1][i] ^= 0x5A }
        let warc = dir.appendingPathComponent("members.warc.gz")
        try Data(members.flatMap { $0 }).write(to: warc)
        let (lines, summary) = try await runBatch([warc.path], out: dir.appendingPathComponent("out.jsonl"))
        #expect(lines.first?.title == "One opens on the quay")
        #expect(lines.last?.title == "Three opens on the quay")
        #expect(lines.contains { $0.reason == "corrupt-gzip" })
        #expect(summary.articles == 2)
    }

    @Test func aPageOverTheCapIsAnErrorLine() async throws {
        let dir = try temporaryFolder()
        var w = WARCWriter()
        w.response("https://example.org/one", body: Array(WARCWriter.page("One").utf8))
        // 50 MB of page: over the default 16 MiB cap.
        var huge = Array("<html><body><p>".utf8)
        huge += [UInt8](repeating: UInt8(ascii: "a"), count: 50_000_000)
        w.response("https://example.org/huge", body: huge)
        w.response("https://example.org/two", body: Array(WARCWriter.page("Two").utf8))
        let warc = dir.appendingPathComponent("big.warc")
        try w.write(to: warc, .none)
        let (lines, _) = try await runBatch([warc.path], out: dir.appendingPathComponent("out.jsonl"))
        #expect(lines.map(\.url) == ["https://example.org/one", "https://example.org/huge", "https://example.org/two"])
        #expect(lines[1].reason == "too-large")
        #expect(lines[2].title == "Two opens on the quay")
        try? FileManager.default.removeItem(at: dir)
    }

    @Test func storyAddsTheStoryBesideTheArticle() async throws {
        let dir = try temporaryFolder()
        var w = WARCWriter()
        w.response("https://example.org/ferry", body: Array(WARCWriter.page("Ferry").utf8))
        let warc = dir.appendingPathComponent("s.warc")
        try w.write(to: warc, .none)
        let (lines, _) = try await runBatch([warc.path], story: true, out: dir.appendingPathComponent("out.jsonl"))
        let story = try #require(lines.first?["story"] as? [String: Any])
        #expect((story["sentences"] as? [Any])?.isEmpty == false)
        #expect(story["article"] == nil)
        #expect(lines.first?.title == "Ferry opens on the quay")
    }
}
