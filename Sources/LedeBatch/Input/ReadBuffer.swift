#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes read ahead and not yet used, in one block of memory kept for the reader's life: what is
/// used is dropped from the front, new bytes are written straight into the free room at the back
/// (by `read(2)` or by the inflater), so a stream's bytes are not copied from piece to piece and the
/// same pages are written again instead of fresh ones being faulted in for every piece.
///
/// ```swift
/// let buffer = ReadBuffer()
/// let room = buffer.reserve(4096)                 // at least 4096 writable bytes at the back
/// let count = read(fd, room, 4096)
/// buffer.commit(max(0, count))
/// buffer.consume(buffer.count)                    // all used
/// ```
final class ReadBuffer {
    private var storage: UnsafeMutableRawPointer
    private(set) var capacity: Int
    /// The first unused byte and the end of the bytes held.
    private(set) var start = 0
    private(set) var end = 0

    /// 64 KiB: enough for a line or a small record; the buffer grows to what the stream needs.
    static let initialCapacity = 64 << 10
    /// A buffer grown past 16 MiB (a record near the block cap) is given back once it is all used,
    /// so one large record does not keep its pages resident for the rest of the stream; the usual
    /// size (a piece of inflated output plus one member's room, about 8 MiB) is kept.
    static let keptCapacity = 16 << 20

    init(capacity: Int = ReadBuffer.initialCapacity) {
        self.capacity = max(capacity, 1)
        storage = UnsafeMutableRawPointer.allocate(byteCount: self.capacity, alignment: 16)
    }

    deinit { storage.deallocate() }

    /// Bytes held and not yet used.
    var count: Int { end - start }
    var isEmpty: Bool { end == start }

    /// The unused bytes (valid until the next `reserve`, `append` or `consume`).
    var unread: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: storage + start, count: end - start) }

    subscript(offset: Int) -> UInt8 { storage.load(fromByteOffset: start + offset, as: UInt8.self) }

    /// Marks `n` bytes at the front as used.
    func consume(_ n: Int) {
        start += min(n, end - start)
        if start == end {
            start = 0
            end = 0
            if capacity > Self.keptCapacity {
                storage.deallocate()
                capacity = Self.initialCapacity
                storage = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
            }
        }
    }

    /// At least `n` writable bytes right after the held ones; the unused bytes are moved to the
    /// front first (they are what a reader has not finished: a partial line or record).
    func reserve(_ n: Int) -> UnsafeMutableRawPointer {
        if capacity - end < n && start > 0 {
            let held = end - start
            if held > 0 { memmove(storage, storage + start, held) }
            start = 0
            end = held
        }
        if capacity - end < n {
            // Grow by doubling so a stream of appends is copied a bounded number of times.
            var grown = capacity * 2
            while grown - end < n { grown *= 2 }
            let moved = UnsafeMutableRawPointer.allocate(byteCount: grown, alignment: 16)
            if end > start { moved.copyMemory(from: storage + start, byteCount: end - start) }
            storage.deallocate()
            storage = moved
            end -= start
            start = 0
            capacity = grown
        }
        return storage + end
    }

    /// Adds `n` bytes written into the room `reserve` gave.
    func commit(_ n: Int) {
        precondition(n >= 0 && end + n <= capacity, "ReadBuffer: commit past the reserved room")
        end += n
    }

    func append(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count).copyMemory(from: base, byteCount: bytes.count)
        commit(bytes.count)
    }

    /// The `count` unused bytes from `offset` as an array (copied).
    func bytes(from offset: Int = 0, count: Int) -> [UInt8] {
        [UInt8](UnsafeRawBufferPointer(start: storage + start + offset, count: count))
    }

    /// Empties the buffer (keeps its memory).
    func removeAll() {
        start = 0
        end = 0
    }
}

/// A ``ChunkSource`` that can write its next chunk straight into a ``ReadBuffer``, instead of
/// handing it out as an array to be copied in.
///
/// ```swift
/// let buffer = ReadBuffer()
/// while try source.next(appendingTo: buffer) { buffer.consume(buffer.count) }
/// ```
protocol DirectChunkSource: ChunkSource {
    /// Appends the next chunk to `buffer`; false at the end. Throws as ``ChunkSource/next()`` does.
    func next(appendingTo buffer: ReadBuffer) throws -> Bool
}
