import Crypto
import Foundation

/// The bytes of one sentence audio cache entry: the samples exactly as the voice made them (32-bit
/// float, before loudness normalisation, so a reused sentence is the same sound), behind the key
/// they belong to and followed by a digest of everything before it. A file that is cut short,
/// altered, or made for another key does not decode.
///
/// ```
/// "LEDESA01"                 magic and format version (8 bytes)
/// UInt32 n, n bytes          the key (SentenceKey.canonical)
/// UInt64 count               samples
/// count × Float32            the samples (little-endian)
/// 32 bytes                   SHA-256 of all of the above
/// ```
///
/// ```swift
/// let bytes = SentenceAudioFile.encode(samples, key: key)
/// let back = SentenceAudioFile.decode(bytes, key: key)   // nil if damaged or another key's
/// ```
public enum SentenceAudioFile {
    static let magic = Array("LEDESA01".utf8)
    static let digestBytes = SHA256.byteCount

    public static func encode(_ samples: [Float], key: SentenceKey) -> [UInt8] {
        let keyBytes = key.canonical
        var bytes: [UInt8] = []
        bytes.reserveCapacity(magic.count + 4 + keyBytes.count + 8 + samples.count * 4 + digestBytes)
        bytes += magic
        append(UInt32(keyBytes.count), to: &bytes)
        bytes += keyBytes
        append(UInt64(samples.count), to: &bytes)
        for sample in samples { append(sample.bitPattern, to: &bytes) }
        bytes += SHA256.hash(data: bytes)
        return bytes
    }

    /// The samples, or nil when the bytes are not a whole, intact entry for `key`.
    public static func decode(_ bytes: [UInt8], key: SentenceKey) -> [Float]? {
        let keyBytes = key.canonical
        let head = magic.count + 4 + keyBytes.count + 8
        guard bytes.count >= head + digestBytes, Array(bytes[0..<magic.count]) == magic,
              read(UInt32.self, bytes, at: magic.count) == UInt32(keyBytes.count),
              bytes[(magic.count + 4)..<(magic.count + 4 + keyBytes.count)].elementsEqual(keyBytes) else { return nil }
        let count = read(UInt64.self, bytes, at: head - 8)
        // The length must match before the count is trusted with an allocation.
        guard count <= UInt64(bytes.count), bytes.count == head + Int(count) * 4 + digestBytes else { return nil }
        let body = bytes.count - digestBytes
        guard SHA256.hash(data: bytes[0..<body]).elementsEqual(bytes[body...]) else { return nil }
        return (0..<Int(count)).map { Float(bitPattern: read(UInt32.self, bytes, at: head + $0 * 4)) }
    }

    private static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    private static func read<T: FixedWidthInteger>(_ type: T.Type, _ bytes: [UInt8], at offset: Int) -> T {
        var value = T.zero
        for i in (0..<MemoryLayout<T>.size).reversed() { value = value << 8 | T(bytes[offset + i]) }
        return value
    }
}
