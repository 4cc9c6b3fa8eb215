import CZlib

/// A streaming zlib inflater: gzip or zlib data (told apart by their headers), or raw deflate.
///
/// ```swift
/// let inflater = try Inflater(format: .gzipOrZlib)
/// var out: [UInt8] = []
/// let step = try compressed.withUnsafeBytes { try inflater.inflate($0, into: &out, maxOutput: 1 << 20) }
/// if step.ended { inflater.reset() }   // the next gzip member starts at step.consumed
/// ```
///
/// The `z_stream` lives at a fixed address (zlib checks that it never moves).
public final class Inflater {
    public enum Format: Sendable {
        /// A gzip member or a zlib stream (window bits 15 + 32: zlib reads the header to tell).
        case gzipOrZlib
        /// Raw deflate without a header (what some servers send as `Content-Encoding: deflate`).
        case raw
    }

    /// What one call did: input bytes consumed, whether the stream (gzip member) ended, and whether
    /// it stopped because the output reached `maxOutput`.
    public struct Step: Sendable {
        public var consumed: Int
        public var ended: Bool
        public var full = false
    }

    /// Output is produced this many bytes at a time (zlib's own window is 32 KiB).
    static let outputSlice = 64 << 10

    private let stream: UnsafeMutablePointer<z_stream>
    private let scratch = UnsafeMutablePointer<Bytef>.allocate(capacity: Inflater.outputSlice)

    public init(format: Format) throws {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let windowBits: Int32 = format == .raw ? -15 : 15 + 32
        let status = inflateInit2_(stream, windowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deallocate()
            throw InflateError.corrupt("zlib refused to start (\(status))")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deallocate()
        scratch.deallocate()
    }

    /// Starts a new stream (the next gzip member) with the same settings.
    public func reset() {
        inflateReset(stream)
    }

    /// Inflates from `input` until it is used up, the stream ends, or `out` reaches `maxOutput`
    /// bytes (then `full` is set); appends what it produced to `out`.
    public func inflate(_ input: UnsafeRawBufferPointer, into out: inout [UInt8], maxOutput: Int) throws -> Step {
        guard let base = input.baseAddress, !input.isEmpty else { return Step(consumed: 0, ended: false) }
        stream.pointee.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(input.count)
        defer {
            stream.pointee.next_in = nil
            stream.pointee.avail_in = 0
        }
        while true {
            let room = maxOutput - out.count
            if room <= 0 { return Step(consumed: input.count - Int(stream.pointee.avail_in), ended: false, full: true) }
            let slice = min(room, Self.outputSlice)
            // zlib writes into a scratch buffer kept for the inflater's life; what it wrote is appended.
            stream.pointee.next_out = scratch
            stream.pointee.avail_out = uInt(slice)
            let status = CZlib.inflate(stream, Z_NO_FLUSH)
            let produced = slice - Int(stream.pointee.avail_out)
            stream.pointee.next_out = nil
            stream.pointee.avail_out = 0
            out.append(contentsOf: UnsafeBufferPointer(start: scratch, count: produced))
            let consumed = input.count - Int(stream.pointee.avail_in)
            switch status {
            case Z_STREAM_END:
                return Step(consumed: consumed, ended: true)
            case Z_OK:
                if stream.pointee.avail_in == 0 && produced < slice { return Step(consumed: consumed, ended: false) }
            case Z_BUF_ERROR:
                // No progress possible: the input is used up (more is needed).
                return Step(consumed: consumed, ended: false)
            default:
                let message = stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)"
                throw InflateError.corrupt(message)
            }
        }
    }
}

/// Why compressed data could not be read.
///
/// ```swift
/// do { _ = try Inflate.all(Array(compressed.dropLast(8)), maxOutput: 1 << 20) } catch let error as InflateError {
///     print(error)   // compressed data ends before its end marker
/// }
/// ```
public enum InflateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The data is not valid gzip/zlib/deflate.
    case corrupt(String)
    /// The data ends before its stream does.
    case truncated
    /// Inflating would pass the size limit (a page too large, or a decompression bomb).
    case tooLarge(limit: Int)

    public var description: String {
        switch self {
        case .corrupt(let s): return "compressed data does not inflate: \(s)"
        case .truncated: return "compressed data ends before its end marker"
        case .tooLarge(let limit): return "inflates to more than \(limit) bytes"
        }
    }
}

/// Whole-buffer helpers on top of ``Inflater``.
///
/// ```swift
/// let page = try Inflate.all(gzipped, maxOutput: 16 << 20)   // concatenated members are joined
/// ```
public enum Inflate {
    /// Inflates gzip (every concatenated member), zlib or, with `.raw`, raw deflate data.
    public static func all(_ bytes: [UInt8], format: Inflater.Format = .gzipOrZlib, maxOutput: Int) throws -> [UInt8] {
        let inflater = try Inflater(format: format)
        var out: [UInt8] = []
        var offset = 0
        try bytes.withUnsafeBytes { all in
            while offset < all.count {
                let step = try inflater.inflate(UnsafeRawBufferPointer(rebasing: all[offset...]), into: &out, maxOutput: maxOutput)
                offset += step.consumed
                if step.full { throw InflateError.tooLarge(limit: maxOutput) }
                if step.ended {
                    inflater.reset()
                    // Trailing zero padding after the last member is not another member.
                    if all[offset...].allSatisfy({ $0 == 0 }) { return }
                } else if step.consumed == 0 || offset >= all.count {
                    throw InflateError.truncated
                }
            }
        }
        return out
    }

    /// Reads a `Content-Encoding: deflate` body: zlib-wrapped as the standard says, or raw deflate
    /// as some servers send it.
    public static func httpDeflate(_ bytes: [UInt8], maxOutput: Int) throws -> [UInt8] {
        do {
            return try all(bytes, format: .gzipOrZlib, maxOutput: maxOutput)
        } catch InflateError.corrupt {
            return try all(bytes, format: .raw, maxOutput: maxOutput)
        }
    }

    /// True when `bytes` start like a gzip member (magic 1f 8b, method 8 = deflate).
    public static func isGzip<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        var it = bytes.makeIterator()
        return it.next() == 0x1F && it.next() == 0x8B && it.next() == 0x08
    }
}
