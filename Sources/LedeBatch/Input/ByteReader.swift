/// Lines and counted blocks from a ``ChunkSource``, holding at most one chunk plus what is asked for.
///
/// ```swift
/// let lines = ByteReader(source: try GzipChunks(file: FileChunks(path: path)))
/// while let line = try lines.readLine(maxLength: 1 << 16) { print(line.count) }
/// ```
public final class ByteReader {
    /// A line longer than its limit: the stream is not what it claims to be.
    public struct LineTooLong: Error {}

    private let source: ChunkSource
    /// The source when it writes straight into `buffer` (a file, a gzip stream).
    private let direct: DirectChunkSource?
    private let buffer = ReadBuffer()
    private var ended = false

    public init(source: ChunkSource) {
        self.source = source
        direct = source as? DirectChunkSource
    }

    /// Adds the next chunk after the bytes held; false at the end of the source.
    private func fill() throws -> Bool {
        if ended { return false }
        if let direct {
            if try direct.next(appendingTo: buffer) { return true }
        } else if let chunk = try source.next() {
            chunk.withUnsafeBytes { buffer.append($0) }
            return true
        }
        ended = true
        return false
    }

    /// The next line without its line break (LF or CRLF); nil at the end. A last line without a
    /// break is returned as it is. A line found longer than `maxLength` (it may be read up to a
    /// chunk past it first) is dropped whole and ``LineTooLong`` thrown.
    public func readLine(maxLength: Int) throws -> [UInt8]? {
        var searched = 0
        while true {
            let held = buffer.unread
            if searched < held.count, let lf = held[searched...].firstIndex(of: 0x0A) {
                var end = lf
                if end > 0 && held[end - 1] == 0x0D { end -= 1 }
                let line = buffer.bytes(count: end)
                buffer.consume(lf + 1)
                return line
            }
            searched = held.count
            if held.count > maxLength {
                // The line is dropped whole before the error, so the next read starts after it: a
                // caller that goes on (resyncing a WARC, listing URLs) never meets it again, and
                // each byte of it is looked at once (it was rescanned, and held, at every call).
                try dropRestOfLine()
                throw LineTooLong()
            }
            guard try fill() else {
                if buffer.isEmpty { return nil }
                let line = buffer.bytes(count: buffer.count)
                buffer.consume(buffer.count)
                return line
            }
        }
    }

    /// Drops the bytes up to and including the next line break (or to the end), holding at most
    /// one chunk at a time.
    private func dropRestOfLine() throws {
        while true {
            if let lf = buffer.unread.firstIndex(of: 0x0A) {
                buffer.consume(lf + 1)
                return
            }
            buffer.consume(buffer.count)
            guard try fill() else { return }
        }
    }

    /// Up to `count` bytes: fewer only at the end of the source.
    public func read(_ count: Int) throws -> [UInt8] {
        while buffer.count < count {
            guard try fill() else { break }
        }
        let taken = min(buffer.count, count)
        let bytes = buffer.bytes(count: taken)
        buffer.consume(taken)
        return bytes
    }

    /// Skips up to `count` bytes without keeping them; returns how many were skipped.
    public func skip(_ count: Int) throws -> Int {
        var skipped = 0
        while skipped < count {
            if buffer.isEmpty {
                guard try fill() else { break }
            }
            let step = min(count - skipped, buffer.count)
            buffer.consume(step)
            skipped += step
        }
        return skipped
    }

    /// The next byte without consuming it; nil at the end.
    public func peek() throws -> UInt8? {
        if buffer.isEmpty {
            guard try fill() else { return nil }
        }
        return buffer.isEmpty ? nil : buffer[0]
    }
}
