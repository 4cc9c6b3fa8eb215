import CZlib

/// gzip compression of a whole buffer into one gzip member (for writing WARC records and tests).
///
/// ```swift
/// let member = try Gzip.compress(Array("WARC/1.1\r\n...".utf8))
/// ```
public enum Gzip {
    /// zlib's default trade of speed for size.
    static let level: Int32 = 6
    /// Window bits 15 + 16: a gzip header and trailer rather than zlib's.
    static let gzipWindowBits: Int32 = 15 + 16
    /// zlib's default memory level.
    static let memoryLevel: Int32 = 8

    public static func compress(_ bytes: [UInt8]) throws -> [UInt8] {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        guard deflateInit2_(stream, level, Z_DEFLATED, gzipWindowBits, memoryLevel, Z_DEFAULT_STRATEGY,
                            zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw InflateError.corrupt("zlib refused to start deflate")
        }
        defer { deflateEnd(stream) }
        let bound = Int(deflateBound(stream, uLong(bytes.count)))
        var out = [UInt8](repeating: 0, count: bound)
        var status: Int32 = Z_OK
        var written = 0
        var input = bytes
        input.withUnsafeMutableBufferPointer { inBuffer in
            out.withUnsafeMutableBufferPointer { outBuffer in
                stream.pointee.next_in = inBuffer.baseAddress
                stream.pointee.avail_in = uInt(inBuffer.count)
                stream.pointee.next_out = outBuffer.baseAddress
                stream.pointee.avail_out = uInt(outBuffer.count)
                status = deflate(stream, Z_FINISH)
                written = outBuffer.count - Int(stream.pointee.avail_out)
            }
        }
        guard status == Z_STREAM_END else { throw InflateError.corrupt("deflate did not finish (\(status))") }
        return Array(out[..<written])
    }
}
