#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LedeCore

/// A JSON Lines file written a whole line at a time through a buffer, and read back on `--resume`.
///
/// ```swift
/// let kept = try LineFile.keepCompleteLines(of: output)   // lines already written
/// let more = try LineFile(path: output, append: true)
/// try more.write(outcome.line); try more.flush()
/// ```
public final class LineFile {
    /// Lines are handed to the system in batches of about this many bytes.
    static let flushThreshold = 256 << 10

    private let fd: Int32
    private var buffer: [UInt8] = []
    public let path: String

    /// Opens (creates) `path`; `append` keeps what it holds, otherwise it is emptied.
    public init(path: String, append: Bool) throws {
        self.path = path
        fd = open(path, O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC), 0o644)
        guard fd >= 0 else { throw LedeError.invalidInput("cannot write \(path): \(String(cString: strerror(errno)))") }
        buffer.reserveCapacity(Self.flushThreshold * 2)
    }

    deinit {
        try? flush()
        close(fd)
    }

    public func write(_ line: [UInt8]) throws {
        buffer.append(contentsOf: line)
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    public func flush() throws {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw LedeError.engine("writing \(path): \(String(cString: strerror(errno)))")
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Counts the complete lines of `path` (0 if it does not exist) and cuts off a partial last
    /// line, so appending continues on a line boundary.
    public static func keepCompleteLines(of path: String) throws -> Int {
        let fd = open(path, O_RDWR)
        if fd < 0 { return 0 }
        defer { close(fd) }
        var lines = 0
        var lastBreakEnd: off_t = 0
        var position: off_t = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 { throw LedeError.engine("reading \(path): \(String(cString: strerror(errno)))") }
            if count == 0 { break }
            for i in 0..<count where chunk[i] == 0x0A {
                lines += 1
                lastBreakEnd = position + off_t(i) + 1
            }
            position += off_t(count)
        }
        if lastBreakEnd < position && ftruncate(fd, lastBreakEnd) != 0 {
            throw LedeError.engine("cutting the partial last line of \(path): \(String(cString: strerror(errno)))")
        }
        return lines
    }
}
