/// Reading scalars from bytes known to be valid UTF-8 (a String's own), without the checks a
/// decoder of untrusted bytes needs.
///
/// ```swift
/// var s = "café"
/// let read = s.withUTF8 { ValidUTF8.scalar(in: $0, at: 3) }   // ("é", 2)
/// ```
public enum ValidUTF8 {
    /// The scalar whose encoding starts at `bytes[i]`, and its length in bytes: the lead byte gives
    /// the length. `bytes` must be valid UTF-8 and `i` the start of a scalar.
    @inlinable
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let b = bytes[i]
        if b < 0x80 { return (Unicode.Scalar(b), 1) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
