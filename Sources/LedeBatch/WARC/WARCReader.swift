/// Reads WARC 1.0/1.1 records one at a time from a file, plain or gzipped (a member per record or
/// the whole file), keeping at most one record's block in memory.
///
/// ```swift
/// let reader = try WARCReader(path: path, maxBlock: 16 << 20)
/// while let event = reader.next() {
///     if case .record(let record) = event, record.type == "response" { print(record.targetURI ?? "") }
/// }
/// ```
///
/// Damage does not end the reading: a record cut short, a header that does not parse, a gzip member
/// that does not inflate each come out as a ``Event/failure(_:_:)`` and the reader goes on from the
/// next record it can find (the next `WARC/` line, after the next gzip header).
public final class WARCReader {
    /// What the reader found next.
    public enum Event: Sendable {
        /// A whole record.
        case record(WARCRecord)
        /// A record that could not be read whole; the header fields known so far (type may be empty).
        case failure(WARCRecord, BatchFailure)
    }

    /// A header line longer than this is not WARC: 64 KiB holds any real URI.
    static let maxHeaderLine = 64 << 10
    /// A header with more lines than this is not WARC either.
    static let maxHeaderLines = 1_000

    private let reader: ByteReader
    private let maxBlock: Int
    /// True while skipping damage: one failure is reported per damaged stretch, not one per line.
    private var resyncing = false
    private var finished = false

    /// `maxBlock`: a record's block above this size is skipped (streamed past) and reported as too
    /// large. Whether the file is gzipped is told by its first bytes, not its name.
    public init(path: String, maxBlock: Int) throws {
        let file = try FileChunks(path: path)
        let compressed = Inflate.isGzip(FileChunks.prefix(of: path, count: 3))
        reader = ByteReader(source: compressed ? try GzipChunks(file: file) : file)
        self.maxBlock = maxBlock
    }

    /// True when the file at `path` starts like a WARC file (after inflating, when gzipped).
    public static func looksLikeWARC(path: String) -> Bool {
        let head = FileChunks.prefix(of: path, count: headProbe)
        if Inflate.isGzip(head), let start = inflatedStart(of: head, count: warcMagic.count) {
            return start == warcMagic
        }
        guard let file = try? FileChunks(path: path) else { return false }
        let source: ChunkSource
        if Inflate.isGzip(head) {
            guard let gzip = try? GzipChunks(file: file) else { return false }
            source = gzip
        } else {
            source = file
        }
        guard let first = try? ByteReader(source: source).read(warcMagic.count) else { return false }
        return first == warcMagic
    }

    /// What a WARC file starts with (after inflating, when gzipped).
    static let warcMagic = Array("WARC/".utf8)
    /// The compressed bytes read to tell a gzipped WARC: 64 KiB holds the start of any first member.
    static let headProbe = 64 << 10

    /// The first `count` bytes the first gzip member of `head` inflates to, inflating no further
    /// (telling a file's kind then costs microseconds, not a megabyte of output); nil when they are
    /// not all in that member and prefix, so the caller reads the stream instead.
    static func inflatedStart(of head: [UInt8], count: Int) -> [UInt8]? {
        guard let inflater = try? Inflater(format: .gzipOrZlib) else { return nil }
        var out: [UInt8] = []
        let step = try? head.withUnsafeBytes { try inflater.inflate($0, into: &out, maxOutput: count) }
        return step != nil && out.count == count ? out : nil
    }

    public func next() -> Event? {
        while !finished {
            do {
                if let event = try readRecord() { return event }
            } catch let error as InflateError {
                let failure = BatchFailure(error == .truncated ? .truncatedRecord : .corruptCompression,
                                           "\(error.description); reading goes on from the next gzip member")
                if !resyncing {
                    resyncing = true
                    return .failure(WARCRecord(type: "", block: []), failure)
                }
            } catch is ByteReader.LineTooLong {
                if !resyncing {
                    resyncing = true
                    return .failure(WARCRecord(type: "", block: []),
                                    BatchFailure(.corruptRecord, "a line longer than \(Self.maxHeaderLine) bytes where a WARC header was expected"))
                }
            } catch {
                finished = true
                return .failure(WARCRecord(type: "", block: []), BatchFailure(error))
            }
        }
        return nil
    }

    /// One record, nil when the stream ended, or throws on damaged compression.
    private func readRecord() throws -> Event? {
        // Find the version line, skipping the blank lines that close the previous record.
        var versionLine: [UInt8]
        repeat {
            guard let line = try reader.readLine(maxLength: Self.maxHeaderLine) else {
                finished = true
                return nil
            }
            versionLine = line
        } while versionLine.isEmpty
        guard versionLine.starts(with: Array("WARC/".utf8)) else {
            if resyncing { return nil }
            resyncing = true
            return .failure(WARCRecord(type: "", block: []),
                            BatchFailure(.corruptRecord, "expected a WARC/1.x line, found “\(Self.preview(versionLine))”; skipping to the next record"))
        }
        var fields: [String: String] = [:]
        var lines = 0
        while let line = try reader.readLine(maxLength: Self.maxHeaderLine), !line.isEmpty {
            lines += 1
            if lines > Self.maxHeaderLines { break }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            let name = String(decoding: line[..<colon], as: UTF8.self).lowercased()
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingSpaces()
            fields[name] = value
        }
        resyncing = false
        var record = WARCRecord(type: (fields["warc-type"] ?? "").lowercased(),
                                targetURI: fields["warc-target-uri"].map(Self.unbracketed),
                                recordID: fields["warc-record-id"], date: fields["warc-date"],
                                contentType: fields["content-type"], block: [])
        guard let lengthText = fields["content-length"], let length = Int(lengthText), length >= 0 else {
            resyncing = true
            return .failure(record, BatchFailure(.corruptRecord, "the record has no valid Content-Length; skipping to the next record"))
        }
        do {
            if length > maxBlock {
                let skipped = try reader.skip(length)
                if skipped < length {
                    finished = true
                    return .failure(record, BatchFailure(.truncatedRecord, "the file ends \(length - skipped) bytes before this record's end"))
                }
                guard record.holdsPage else { return .record(record) }
                return .failure(record, BatchFailure(.tooLarge, "a block of \(length) bytes (limit \(maxBlock) bytes; raise it with --max-bytes)"))
            }
            record.block = try reader.read(length)
            if record.block.count < length {
                finished = true
                return .failure(record, BatchFailure(.truncatedRecord, "the file ends \(length - record.block.count) bytes before this record's end"))
            }
        } catch let error as InflateError {
            // The gzip member under this record does not inflate: report the record, then resync.
            resyncing = true
            let reason: BatchFailure.Reason = error == .truncated ? .truncatedRecord : .corruptCompression
            return .failure(record, BatchFailure(reason, error.description))
        }
        return .record(record)
    }

    static func unbracketed(_ uri: String) -> String {
        uri.hasPrefix("<") && uri.hasSuffix(">") ? String(uri.dropFirst().dropLast()) : uri
    }

    static func preview(_ line: [UInt8]) -> String {
        String(decoding: line.prefix(40), as: UTF8.self).filter { !$0.isNewline && $0 != "\0" }
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
