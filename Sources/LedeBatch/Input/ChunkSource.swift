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
public final class FileChunks: ChunkSource {
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

    /// The first `count` bytes of a file (for telling its kind), without consuming a reader.
    public static func prefix(of path: String, count: Int) -> [UInt8] {
        guard let file = try? FileChunks(path: path), let chunk = try? file.next() else { return [] }
        return Array(chunk.prefix(count))
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
public final class GzipChunks: ChunkSource {
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
    private let inflater: Inflater
    /// Whole members in one call (libdeflate); what it declines is streamed by ``inflater``.
    private let wholeMember = WholeMemberInflater()
    private var input: [UInt8] = []
    private var offset = 0
    private var fileEnded = false
    private var needsResync = false
    private var inMember = false
    /// An error met after some output was ready: thrown on the call after that output is handed on.
    private var pendingError: InflateError?

    public init(file: ChunkSource) throws {
        self.file = file
        inflater = try Inflater(format: .gzipOrZlib)
    }

    /// Makes sure unread input is at hand; false at the end of the file.
    private func refill() throws -> Bool {
        if offset < input.count { return true }
        guard !fileEnded, let chunk = try file.next() else {
            fileEnded = true
            return false
        }
        input = chunk
        offset = 0
        return true
    }

    /// Skips to the next gzip header after the point where inflating failed.
    private func resync() throws -> Bool {
        offset += 1
        while true {
            guard try refill() else { return false }
            if let found = findMagic() {
                offset = found
                inflater.reset()
                return true
            }
            // Keep the last two bytes: a header may start there.
            let keep = Array(input[max(offset, input.count - 2)...])
            guard !fileEnded, let chunk = try file.next() else {
                fileEnded = true
                input = []
                offset = 0
                return false
            }
            input = keep + chunk
            offset = 0
        }
    }

    private func findMagic() -> Int? {
        var i = offset
        let end = input.count - 2
        while i < end {
            if input[i] == 0x1F && input[i + 1] == 0x8B && input[i + 2] == 0x08 { return i }
            i += 1
        }
        return nil
    }

    public func next() throws -> [UInt8]? {
        if let error = pendingError {
            pendingError = nil
            throw error
        }
        if needsResync {
            needsResync = false
            inMember = false
            guard try resync() else { return nil }
        }
        var out: [UInt8] = []
        // Room for the target and the member that passes it, so the piece is not copied as it grows
        // (growing it by doubling copied about as many bytes as inflating wrote).
        out.reserveCapacity(Self.outputTarget + Self.outputSlack)
        while out.count < Self.outputTarget {
            guard try refill() else {
                if inMember {
                    inMember = false
                    if out.isEmpty { throw InflateError.truncated }
                    pendingError = .truncated
                }
                return out.isEmpty ? nil : out
            }
            if !inMember && input[offset...].allSatisfy({ $0 == 0 }) {
                // Zero padding between or after members carries nothing.
                offset = input.count
                continue
            }
            // A member wholly at hand is inflated in one call; output pieces may then pass the target
            // by up to one member (WholeMemberInflater.room).
            if let consumed = input.withUnsafeBytes({
                wholeMember.inflate(UnsafeRawBufferPointer(rebasing: $0[offset...]), appendingTo: &out)
            }) {
                offset += consumed
                continue
            }
            // A member cut by the end of the chunk: with the next chunk joined on, libdeflate can take
            // it whole too (zlib's streaming costs more a byte). Once a member, and only for a short
            // tail, so the input held stays bounded.
            if !inMember, !fileEnded, input.count - offset <= Self.carryLimit, let chunk = try file.next() {
                input = Array(input[offset...]) + chunk
                offset = 0
                if let consumed = input.withUnsafeBytes({
                    wholeMember.inflate(UnsafeRawBufferPointer(rebasing: $0[offset...]), appendingTo: &out)
                }) {
                    offset += consumed
                    continue
                }
            } else if !inMember, !fileEnded, input.count - offset <= Self.carryLimit {
                fileEnded = true
            }
            inMember = true
            let step: Inflater.Step
            do {
                step = try input.withUnsafeBytes {
                    try inflater.inflate(UnsafeRawBufferPointer(rebasing: $0[offset...]), into: &out,
                                         maxOutput: Self.outputTarget)
                }
            } catch let error as InflateError {
                needsResync = true
                if out.isEmpty { throw error }
                pendingError = error
                return out
            }
            offset += step.consumed
            if step.ended {
                inflater.reset()
                inMember = false
            }
        }
        return out
    }
}
