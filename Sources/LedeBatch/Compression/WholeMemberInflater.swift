import CDeflate

/// libdeflate's one-call inflate of a whole gzip member already in memory: the fast path for a
/// WARC, whose records are one gzip member each. It declines what it cannot do in one call — a
/// member that runs past the bytes at hand, one that inflates to more than ``room`` bytes, or data
/// that does not inflate — and the caller streams that member with ``Inflater`` instead, which also
/// names the error of a corrupt one. Nothing is consumed when it declines.
///
/// ```swift
/// let whole = WholeMemberInflater()
/// var out: [UInt8] = []
/// if let consumed = member.withUnsafeBytes({ whole.inflate($0, appendingTo: &out) }) {
///     print(consumed, out.count)   // the member's compressed and inflated sizes
/// }
/// ```
final class WholeMemberInflater {
    /// A member inflating to more than this is streamed by zlib instead. A WARC record is mostly
    /// well under 1 MiB, but 14 of the 794 benchmark pages are 1–4 MiB, and zlib costs about 1.7
    /// times libdeflate a byte. The room is reserved in the reader's buffer, whose pages become
    /// resident only as far as a member fills them.
    static let room = 4 << 20

    private let decompressor: OpaquePointer

    init() {
        // libdeflate allocates a fixed-size decompressor; nil only when memory is exhausted.
        guard let made = libdeflate_alloc_decompressor() else { fatalError("libdeflate: out of memory") }
        decompressor = made
    }

    deinit {
        libdeflate_free_decompressor(decompressor)
    }

    /// Inflates the gzip member at the start of `input` into the `room` bytes at `output`; returns
    /// the compressed bytes it used and the bytes it wrote, or nil (nothing used) when it declines.
    func inflate(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawPointer, room: Int) -> (used: Int, produced: Int)? {
        guard let base = input.baseAddress, input.count >= Self.smallestMember else { return nil }
        var used = 0
        var produced = 0
        let result = libdeflate_gzip_decompress_ex(decompressor, base, input.count, output, room, &used, &produced)
        guard result == LIBDEFLATE_SUCCESS else { return nil }
        return (used, produced)
    }

    /// Inflates the gzip member at the start of `input` and appends its bytes to `out`; returns the
    /// compressed bytes it used, or nil (nothing appended) when it declines.
    func inflate(_ input: UnsafeRawBufferPointer, appendingTo out: inout [UInt8]) -> Int? {
        let buffer = ReadBuffer(capacity: Self.room)
        guard let (used, produced) = inflate(input, into: buffer.reserve(Self.room), room: Self.room) else { return nil }
        buffer.commit(produced)
        out.append(contentsOf: buffer.unread)
        return used
    }

    /// A gzip member is at least its 10-byte header, an empty deflate block and its 8-byte trailer.
    static let smallestMember = 20
}
