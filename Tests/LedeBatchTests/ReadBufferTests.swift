import Foundation
import Testing
@testable import LedeBatch

/// The reader's buffer and the sources that write straight into it: the bytes and lines that come out
/// are the ones that went in, whether a chunk is handed over as an array or written in place, however
/// the stream is cut, and across compaction, growth and the give-back of a grown buffer.
@Suite struct ReadBufferTests {
    /// Lines of varied lengths (empty, CRLF, long), and a last line without a break.
    static func text() -> [UInt8] {
        var lines: [String] = []
        for i in 0..<3_000 {
            let length = (i * 7919) % 700
            lines.append(String(repeating: Character(UnicodeScalar(UInt8(97 + i % 26))), count: length) + (i % 3 == 0 ? "\r" : ""))
        }
        return Array((lines.joined(separator: "\n") + "\nno break at the end").utf8)
    }

    static func lines(of bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            line.last == 0x0D ? Array(line.dropLast()) : Array(line)
        }
    }

    @Test(arguments: [[1], [3, 50], [4096], [1 << 20]])
    func linesComeOutAsWrittenFromAnPiecesSource(sizes: [Int]) throws {
        let text = Self.text()
        let reader = ByteReader(source: PiecesSource(text, sizes: sizes))
        var got: [[UInt8]] = []
        while let line = try reader.readLine(maxLength: 1 << 16) { got.append(line) }
        #expect(got == Self.lines(of: text))
    }

    @Test func aFileAndItsGzipReadTheSameLinesAndBlocks() throws {
        let folder = try temporaryFolder()
        let text = Self.text()
        let plain = folder.appendingPathComponent("text.txt"), gzipped = folder.appendingPathComponent("text.gz")
        try Data(text).write(to: plain)
        // Many members, as a WARC has them.
        var members: [UInt8] = []
        var at = 0
        while at < text.count {
            let end = min(text.count, at + 10_007)
            members += try Gzip.compress(Array(text[at..<end]))
            at = end
        }
        try Data(members).write(to: gzipped)
        for source in [try FileChunks(path: plain.path) as ChunkSource, try GzipChunks(file: FileChunks(path: gzipped.path))] {
            let reader = ByteReader(source: source)
            #expect(try reader.readLine(maxLength: 1 << 16) == Self.lines(of: text)[0])
            let block = try reader.read(100_000)
            let rest = try reader.read(text.count)
            let firstBreak = text.firstIndex(of: 0x0A)! + 1
            #expect(block == Array(text[firstBreak..<(firstBreak + 100_000)]))
            #expect(rest == Array(text[(firstBreak + 100_000)...]))
            #expect(try reader.peek() == nil)
        }
    }

    @Test func skipAndPeekFollowTheBytes() throws {
        let text = Self.text()
        let reader = ByteReader(source: PiecesSource(text, sizes: [333]))
        #expect(try reader.skip(1_000) == 1_000)
        #expect(try reader.peek() == text[1_000])
        #expect(try reader.read(10) == Array(text[1_000..<1_010]))
        #expect(try reader.skip(text.count) == text.count - 1_010)
        #expect(try reader.read(5) == [])
    }

    @Test func theBufferCompactsGrowsAndGivesBackAGrownBlock() {
        let buffer = ReadBuffer(capacity: 16)
        let bytes = (0..<40).map { UInt8($0) }
        bytes.withUnsafeBytes { buffer.append(UnsafeRawBufferPointer(rebasing: $0[0..<12])) }
        buffer.consume(10)
        // Room for 12 more: the two unread bytes move to the front, no growth.
        bytes.withUnsafeBytes { buffer.append(UnsafeRawBufferPointer(rebasing: $0[12..<24])) }
        #expect(buffer.capacity == 16)
        #expect(buffer.bytes(count: buffer.count) == Array(bytes[10..<24]))
        bytes.withUnsafeBytes { buffer.append(UnsafeRawBufferPointer(rebasing: $0[24..<40])) }
        #expect(buffer.capacity >= 30)
        #expect(buffer.bytes(count: buffer.count) == Array(bytes[10..<40]))
        #expect(buffer[0] == 10 && buffer[29] == 39)

        let big = ReadBuffer()
        _ = big.reserve(ReadBuffer.keptCapacity + 1)
        big.commit(100)
        #expect(big.capacity > ReadBuffer.keptCapacity)
        big.consume(100)
        #expect(big.capacity == ReadBuffer.initialCapacity)
        #expect(big.isEmpty)
    }

    @Test func aWARCIsToldByItsFirstBytesWithOrWithoutTheShortPath() throws {
        let folder = try temporaryFolder()
        var warc = WARCWriter()
        warc.response("https://courier.example/a", body: Array(WARCWriter.page("Ferry").utf8))
        let gzipped = folder.appendingPathComponent("a.warc.gz"), plain = folder.appendingPathComponent("a.warc")
        try warc.write(to: gzipped, .perRecord)
        try warc.write(to: plain, .none)
        #expect(WARCReader.looksLikeWARC(path: gzipped.path))
        #expect(WARCReader.looksLikeWARC(path: plain.path))
        // The short path reads the first member's start only.
        let head = FileChunks.prefix(of: gzipped.path, count: WARCReader.headProbe)
        #expect(WARCReader.inflatedStart(of: head, count: 5) == Array("WARC/".utf8))
        // A first member of two bytes: the short path declines and the stream, read across members, decides.
        let split = folder.appendingPathComponent("split.warc.gz")
        let all = try warc.bytes(.none)
        try Data(try Gzip.compress(Array(all[..<2])) + Gzip.compress(Array(all[2...]))).write(to: split)
        #expect(WARCReader.inflatedStart(of: FileChunks.prefix(of: split.path, count: WARCReader.headProbe), count: 5) == nil)
        #expect(WARCReader.looksLikeWARC(path: split.path))
        // A gzipped page is not a WARC.
        let page = folder.appendingPathComponent("page.html.gz")
        try Data(try Gzip.compress(Array(WARCWriter.page("Quay").utf8))).write(to: page)
        #expect(!WARCReader.looksLikeWARC(path: page.path))
        #expect(FileChunks.prefix(of: page.path, count: 3) == [0x1F, 0x8B, 0x08])
    }
}

/// The media type read byte by byte from an ASCII `Content-Type` is what Foundation's trimming and
/// lowercasing give.
@Suite struct MediaTypeTests {
    @Test(arguments: ["text/html", "TEXT/HTML; charset=UTF-8", "  text/plain\t;q=1", ";text/html", "; ;", " ",
                      "\ttext/html\t", "application/XHTML+xml ;", "image/png", "text/html;;", "a;b;c", ";;  Text/Plain  ;x"])
    func asciiTypesMatchFoundation(contentType: String) {
        let foundation = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        #expect(BatchProcessor.asciiMediaType(contentType) == foundation)
    }

    @Test func nonASCIIIsLeftToFoundation() throws {
        #expect(BatchProcessor.asciiMediaType("text/html\u{00A0}") == nil)
        #expect(throws: BatchFailure.self) { try BatchProcessor.requirePage("İmage/png") }
        try BatchProcessor.requirePage("Text/HTML; charset=utf-8")
        try BatchProcessor.requirePage(" ; ")
    }
}
