#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LedeCore

/// Converts bytes from any charset glibc knows into UTF-8 (invalid sequences become U+FFFD).
enum Iconv {
    static func toUTF8(_ bytes: [UInt8], from charset: String) throws -> [UInt8] {
        if charset == "utf-8" { return UTF8Validation.check(bytes) == .invalid ? Array(String(decoding: bytes, as: UTF8.self).utf8) : bytes }
        guard let cd = Optional(iconv_open("UTF-8", charset)), cd != iconv_t(bitPattern: -1) else {
            throw LedeError.invalidInput("unknown charset \(charset)")
        }
        defer { iconv_close(cd) }
        var input = bytes
        // UTF-8 needs at most 4 bytes per input byte from any charset glibc converts from (3 for BMP from one byte).
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var produced = 0
        input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                while inLeft > 0 {
                    let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    if r != -1 { break }
                    if errno == EILSEQ || errno == EINVAL {
                        // Skip one bad byte and write U+FFFD so nothing silently vanishes.
                        inPtr = inPtr! + 1; inLeft -= 1
                        if outLeft >= 3 {
                            for b: UInt8 in [0xEF, 0xBF, 0xBD] { outPtr!.pointee = CChar(bitPattern: b); outPtr = outPtr! + 1 }
                            outLeft -= 3
                        }
                        if errno == EINVAL { break }
                    } else { break }
                }
                produced = outBuf.count - outLeft
            }
        }
        output.removeSubrange(produced...)
        return output
    }
}
