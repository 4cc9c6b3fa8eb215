import Foundation
import LedeTestSupport
import Testing
@testable import LedeBatch

/// A line far over its limit, where a WARC header or a URL is expected: it is reported once and
/// reading goes on after it. It used to stay in the reader's buffer, so each later read met it again:
/// a WARC resync rescanned (and held) it at every call, growing with its square, and a URL list gave
/// its error line without end.
@Suite struct OverlongLineTests {
    /// Longer than a file chunk (1 MiB), so the limit is met before the line's end is in the buffer.
    static let overlong = 3 << 20

    @Test func aLineOverItsLimitIsDroppedWholeAndTheNextLineFollows() throws {
        let text = Array("first\n".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 10_000) + Array("\r\nafter\nlast".utf8)
        let reader = ByteReader(source: PiecesSource(text, sizes: [1_000]))
        #expect(try reader.readLine(maxLength: 100) == Array("first".utf8))
        #expect(throws: ByteReader.LineTooLong.self) { try reader.readLine(maxLength: 100) }
        #expect(try reader.readLine(maxLength: 100) == Array("after".utf8))
        #expect(try reader.readLine(maxLength: 100) == Array("last".utf8))
        #expect(try reader.readLine(maxLength: 100) == nil)
    }

    @Test func aWARCHeaderLineOfMegabytesIsOneErrorAndTheNextRecordIsRead() throws {
        let dir = try temporaryFolder()
        var w = WARCWriter()
        w.response("https://example.org/one", body: Array(WARCWriter.page("One").utf8))
        w.raw(Array("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/".utf8)
              + [UInt8](repeating: UInt8(ascii: "a"), count: Self.overlong) + Array("\r\n\r\n".utf8))
        w.response("https://example.org/two", body: Array(WARCWriter.page("Two").utf8))
        let warc = dir.appendingPathComponent("long-header.warc")
        try w.write(to: warc, .none)
        let path = warc.path
        let events = try Deadline.finishes(within: 120) { () -> [String] in
            let reader = try WARCReader(path: path, maxBlock: 16 << 20)
            var seen: [String] = []
            while let event = reader.next() {
                switch event {
                case .record(let record): seen.append(record.targetURI ?? "?")
                case .failure(_, let failure): seen.append(failure.reason.rawValue)
                }
            }
            return seen
        }
        #expect(events == ["https://example.org/one", "corrupt-record", "https://example.org/two"])
        try? FileManager.default.removeItem(at: dir)
    }

    @Test func aURLListLineOfMegabytesIsOneErrorAndTheListGoesOn() throws {
        let dir = try temporaryFolder()
        let list = dir.appendingPathComponent("urls.txt")
        let long = "http://example.org/" + String(repeating: "a", count: Self.overlong)
        try "http://127.0.0.1:9/first\n\(long)\nhttp://127.0.0.1:9/last\n".write(to: list, atomically: true, encoding: .utf8)
        let path = list.path
        let items = try Deadline.finishes(within: 120) { () -> [String] in
            let inputs = try BatchInputs(paths: [path], maxBytes: 16 << 20)
            var seen: [String] = []
            // Bounded, so a list that repeats its error forever fails instead of hanging.
            while seen.count < 10, let item = inputs.next() {
                switch item.work {
                case .url(let url): seen.append(url)
                case .failed(let failure): seen.append(failure.reason.rawValue)
                case .record, .file: seen.append("?")
                }
            }
            return seen
        }
        #expect(items == ["http://127.0.0.1:9/first", "unreadable", "http://127.0.0.1:9/last"])
        try? FileManager.default.removeItem(at: dir)
    }
}
