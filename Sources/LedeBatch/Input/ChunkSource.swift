#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LedeCore

/// Bytes in chunks, one after another: a file as it is, or a gzip file inflated as it is read.
///
/// ```swift
/// let source: ChunkSource = try GzipChunks(file: FileChunks(path: path))
/// while let chunk = try source.next() { print(chunk.count) }
/// ```
public protocol ChunkSource: AnyObject {
    /// The next chunk, or nil at the end. May throw ``InflateError``; reading may go on after
    /// `.corrupt` (the source skips to the next gzip member it can find).
    func next() throws -> [UInt8]?
}

/// A file read in fixed chunks through its descriptor (no whole-file buffering).
///
/// ```swift
/// let head = FileChunks.prefix(of: path, count: 2)   // [0x1F, 0x8B]: gzip
/// ```
public final class FileChunks: ChunkSource, DirectChunkSource {
    /// 1 MiB: few system calls per page, little memory.
    static let chunkSize = 1 << 20

    private let fd: Int32
    public let path: String

    public init(path: String) throws {
        self.path = path
        fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw LedeError.notFound("cannot open \(path): \(String(cString: strerror(errno)))") }
    }

    deinit { close(fd) }

    public func next() throws -> [UInt8]? {
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, Self.chunkSize) }
        if count < 0 { throw LedeError.engine("reading \(path): \(String(cString: strerror(errno)))") }
        if count == 0 { return nil }
        chunk.removeLast(Self.chunkSize - count)
        return chunk
    }

    func next(appendingTo buffer: ReadBuffer) throws -> Bool {
        let count = read(fd, buffer.reserve(Self.chunkSize), Self.chunkSize)
        if count < 0 { throw LedeError.engine("reading \(path): \(String(cString: strerror(errno)))") }
        buffer.commit(count)
        return count > 0
    }

    /// The first `count` bytes of a file (for telling its kind), without consuming a reader.
    public static func prefix(of path: String, count: Int) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0, count > 0 else {
            if fd >= 0 { close(fd) }
            return []
        }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = head.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, count - filled) }
            if got < 0 && errno == EINTR { continue }
            if got <= 0 { break }
            filled += got
        }
        head.removeLast(count - filled)
        return head
    }
}

/// A gzip file inflated as it is read: one member or many (a WARC with a member per record), with
/// recovery from a member that does not inflate: ``next()`` throws ``InflateError/corrupt(_:)``
/// once, then goes on from the next gzip header found in the compressed bytes.
///
/// ```swift
/// var size = 0
/// let inflated = try GzipChunks(file: FileChunks(path: path))   // every member, joined
/// while let chunk = try inflated.next() { size += chunk.count }
/// ```
public final class GzipChunks: ChunkSource, DirectChunkSource {
    /// Inflated output is handed on in pieces of about this size.
    static let outputTarget = 1 << 20
    /// How far past the target a piece is expected to go (by the last member inflated into it; a
    /// WARC record's member mostly inflates to tens or hundreds of kilobytes, so 512 KiB covers
    /// nearly all; a larger one only makes the piece grow once).
    static let outputSlack = 1 << 19
    /// The most unread input joined onto the next chunk so that a member cut by the chunk's end
    /// is inflated whole (a WARC record's member is mostly tens of kilobytes; a longer tail is
    /// streamed as it is).
    static let carryLimit = 1 << 20

    private let file: ChunkSource
    private let directFile: DirectChunkSource?
    private let inflater: Inflater
    /// Whole members in one call (libdeflate); what it declines is streamed by ``inflater``.
    private let wholeMember = WholeMemberInflater()
    /// Compressed bytes read and not yet inflated.
    private let input = ReadBuffer(capacity: FileChunks.chunkSize + GzipChunks.carryLimit)
    private var fileEnded = false
    private var needsResync = false
    private var inMember = false
    /// An error met after some output was ready: thrown on the call after that output is handed on.
    private var pendingError: InflateError?

    public init(file: ChunkSource) throws {
        self.file = file
        directFile = file as? DirectChunkSource
        inflater = try Inflater(format: .gzipOrZlib)
    }

    /// Appends the file's next chunk to the unread input; false at the end of the file.
    private func readMore() throws -> Bool {
        if let directFile { return try directFile.next(appendingTo: input) }
        guard let chunk = try file.next() else { return false }
        chunk.withUnsafeBytes { input.append($0) }
        return true
    }

    /// Makes sure unread input is at hand; false at the end of the file.
    private func refill() throws -> Bool {
        if !input.isEmpty { return true }
        guard !fileEnded, try readMore() else {
            fileEnded = true
            return false
        }
        return true
    }

    /// Skips to the next gzip header after the point where inflating failed.
    private func resync() throws -> Bool {
        input.consume(1)
        while true {
            guard try refill() else { return false }
            if let found = findMagic() {
                input.consume(found)
                inflater.reset()
                return true
            }
            // Keep the last two bytes: a header may start there.
            input.consume(max(0, input.count - 2))
            guard !fileEnded, try readMore() else {
                fileEnded = true
                input.removeAll()
                return false
            }
        }
    }

    private func findMagic() -> Int? {
        let bytes = input.unread
        var i = 0
        let end = bytes.count - 2
        while i < end {
            if bytes[i] == 0x1F && bytes[i + 1] == 0x8B && bytes[i + 2] == 0x08 { return i }
            i += 1
        }
        return nil
    }

    public func next() throws -> [UInt8]? {
        let piece = ReadBuffer(capacity: Self.outputTarget + Self.outputSlack)
        guard try next(appendingTo: piece) else { return nil }
        return piece.bytes(count: piece.count)
    }

    /// Inflates the member at the start of the unread input straight into `out` when libdeflate
    /// takes it whole; returns the bytes it appended, or nil (nothing used) when it declines.
    private func inflateWhole(into out: ReadBuffer) -> Int? {
        let room = WholeMemberInflater.room
        guard let (used, produced) = wholeMember.inflate(input.unread, into: out.reserve(room), room: room) else { return nil }
        out.commit(produced)
        input.consume(used)
        return produced
    }

    func next(appendingTo out: ReadBuffer) throws -> Bool {
        if let error = pendingError {
            pendingError = nil
            throw error
        }
        if needsResync {
            needsResync = false
            inMember = false
            guard try resync() else { return false }
        }
        var produced = 0
        while produced < Self.outputTarget {
            guard try refill() else {
                if inMember {
                    inMember = false
                    if produced == 0 { throw InflateError.truncated }
                    pendingError = .truncated
                }
                return produced > 0
            }
            if !inMember && input.unread.allSatisfy({ $0 == 0 }) {
                // Zero padding between or after members carries nothing.
                input.consume(input.count)
                continue
            }
            // A member wholly at hand is inflated in one call, straight into the output; a piece may
            // then pass the target by up to one member (WholeMemberInflater.room).
            if let appended = inflateWhole(into: out) {
                produced += appended
                continue
            }
            // A member cut by the end of the chunk: with the next chunk joined on, libdeflate can take
            // it whole too (zlib's streaming costs more a byte). Once a member, and only for a short
            // tail, so the input held stays bounded.
            if !inMember, !fileEnded, input.count <= Self.carryLimit, try readMore() {
                if let appended = inflateWhole(into: out) {
                    produced += appended
                    continue
                }
            } else if !inMember, !fileEnded, input.count <= Self.carryLimit {
                fileEnded = true
            }
            inMember = true
            var streamed: [UInt8] = []
            let step: Inflater.Step
            do {
                step = try inflater.inflate(input.unread, into: &streamed, maxOutput: Self.outputTarget - produced)
            } catch let error as InflateError {
                // What zlib wrote before it failed is handed on, as the streamed bytes always were.
                streamed.withUnsafeBytes { out.append($0) }
                produced += streamed.count
                needsResync = true
                if produced == 0 { throw error }
                pendingError = error
                return true
            }
            streamed.withUnsafeBytes { out.append($0) }
            produced += streamed.count
            input.consume(step.consumed)
            if step.ended {
                inflater.reset()
                inMember = false
            }
        }
        return true
    }
}
