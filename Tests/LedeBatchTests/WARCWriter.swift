import Foundation
import LedeBatch

/// Builds WARC files for the tests: records written here, gzipped (a member per record, or the
/// whole file) through the same zlib Lede reads them with.
struct WARCWriter {
    enum Compression { case none, perRecord, wholeFile }

    private(set) var records: [[UInt8]] = []

    /// A page of our own writing: a headline and `paragraphs` paragraphs naming `subject`.
    static func page(_ subject: String, paragraphs: Int = 4, charset: String = "utf-8") -> String {
        var html = "<html><head><meta charset=\"\(charset)\"><title>\(subject) opens on the quay</title></head><body><article><h1>\(subject) opens on the quay</h1>"
        for i in 1...paragraphs {
            html += "<p>Paragraph \(i) about \(subject): the harbour committee met on Tuesday evening and agreed that the new service would run twice a day from the old customs house, with tickets sold at the door and on board.</p>"
        }
        return html + "</article></body></html>"
    }

    /// An HTTP response record. `headers` come after the status line; the body is sent as given.
    mutating func response(_ uri: String, status: Int = 200, headers: [String] = ["Content-Type: text/html; charset=utf-8"],
                           body: [UInt8], type: String = "response", recordContentType: String = "application/http; msgtype=response") {
        var http = Array("HTTP/1.1 \(status) Status\r\n".utf8)
        for h in headers { http += Array("\(h)\r\n".utf8) }
        http += Array("\r\n".utf8) + body
        record(type: type, uri: uri, contentType: recordContentType, block: http)
    }

    mutating func record(type: String, uri: String?, contentType: String, block: [UInt8], declaredLength: Int? = nil) {
        var header = "WARC/1.1\r\nWARC-Type: \(type)\r\n"
        if let uri { header += "WARC-Target-URI: \(uri)\r\n" }
        header += "WARC-Record-ID: <urn:uuid:\(UUID().uuidString.lowercased())>\r\nWARC-Date: 2026-03-14T09:00:00Z\r\n"
        header += "Content-Type: \(contentType)\r\nContent-Length: \(declaredLength ?? block.count)\r\n\r\n"
        records.append(Array(header.utf8) + block + Array("\r\n\r\n".utf8))
    }

    /// Raw bytes as a record of their own (for damage).
    mutating func raw(_ bytes: [UInt8]) { records.append(bytes) }

    func bytes(_ compression: Compression) throws -> [UInt8] {
        switch compression {
        case .none: return records.flatMap { $0 }
        case .perRecord: return try records.flatMap { try Gzip.compress($0) }
        case .wholeFile: return try Gzip.compress(records.flatMap { $0 })
        }
    }

    func write(to url: URL, _ compression: Compression) throws {
        try Data(try bytes(compression)).write(to: url)
    }
}

/// A fresh temporary folder per test.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Runs a batch over `paths` in-process and returns the output lines, parsed, and the summary.
func runBatch(_ paths: [String], jobs: Int = 2, maxBytes: Int = 16 << 20, story: Bool = false, out: URL,
              resume: Bool = false) async throws -> (lines: [[String: Any]], summary: BatchSummary) {
    let inputs = try BatchInputs(paths: paths, maxBytes: maxBytes)
    let skip = resume ? try LineFile.keepCompleteLines(of: out.path) : 0
    let output = try LineFile(path: out.path, append: resume)
    let processor = BatchProcessor(maxBytes: maxBytes, story: story, fetch: .init(maxBytes: maxBytes, timeout: 5))
    let summary = try await BatchRunner(processor: processor, jobs: jobs).run(inputs, output: output, errors: nil, skip: skip, stop: StopFlag())
    try output.flush()
    let text = try String(contentsOf: out, encoding: .utf8)
    let lines = try text.split(separator: "\n").map {
        try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    return (lines, summary)
}

import Testing

extension Dictionary where Key == String, Value == Any {
    var url: String? { self["url"] as? String }
    var reason: String? { (self["error"] as? [String: Any])?["reason"] as? String }
    var title: String? { (self["article"] as? [String: Any])?["title"] as? String }
}
