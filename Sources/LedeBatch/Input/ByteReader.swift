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
    private var buffer: [UInt8] = []
    private var position = 0
    private var ended = false

    public init(source: ChunkSource) {
        self.source = source
    }

    /// Appends the next chunk; false at the end of the source.
    private func fill() throws -> Bool {
        if ended { return false }
        guard let chunk = try source.next() else {
            ended = true
            return false
        }
        if position >= buffer.count {
            // Everything held was read (the usual case between WARC records): take the chunk as the
            // buffer instead of copying it in.
            buffer = chunk
            position = 0
            return true
        }
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        buffer.append(contentsOf: chunk)
        return true
    }

    /// The next line without its line break (LF or CRLF); nil at the end. A last line without a
    /// break is returned as it is.
    public func readLine(maxLength: Int) throws -> [UInt8]? {
        var searched = position
        while true {
            if let lf = buffer[searched...].firstIndex(of: 0x0A) {
                var end = lf
                if end > position && buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[position..<end])
                position = lf + 1
                return line
            }
            searched = buffer.count
            if buffer.count - position > maxLength { throw LineTooLong() }
            let before = position
            guard try fill() else {
                if position >= buffer.count { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                return line
            }
            searched -= before - position
        }
    }

    /// Up to `count` bytes: fewer only at the end of the source.
    public func read(_ count: Int) throws -> [UInt8] {
        while buffer.count - position < count {
            guard try fill() else { break }
        }
        let end = min(buffer.count, position + count)
        let bytes = Array(buffer[position..<end])
        position = end
        return bytes
    }

    /// Skips up to `count` bytes without keeping them; returns how many were skipped.
    public func skip(_ count: Int) throws -> Int {
        var skipped = 0
        while skipped < count {
            if position >= buffer.count {
                buffer.removeAll(keepingCapacity: true)
                position = 0
                guard try fill() else { break }
            }
            let step = min(count - skipped, buffer.count - position)
            position += step
            skipped += step
        }
        return skipped
    }

    /// The next byte without consuming it; nil at the end.
    public func peek() throws -> UInt8? {
        if position >= buffer.count {
            guard try fill() else { return nil }
        }
        return position < buffer.count ? buffer[position] : nil
    }
}
