/// A strict UTF-8 check (no overlongs, no surrogates), the basis of the charset guess.
enum UTF8Validation {
    enum Result: Equatable { case ascii, validNonASCII, invalid }

    static func check(_ b: [UInt8]) -> Result {
        var i = 0
        var sawMulti = false
        let n = b.count
        return b.withUnsafeBufferPointer { p in
            while i < n {
                // ASCII runs dominate HTML: skip them 32 bytes at a time (four words tested at
                // once), then eight, up to the word that holds the next byte of 0x80 or more.
                while i + 32 <= n {
                    let r = UnsafeRawPointer(p.baseAddress! + i)
                    let any = r.loadUnaligned(as: UInt64.self) | r.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                        | r.loadUnaligned(fromByteOffset: 16, as: UInt64.self) | r.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                    if any & 0x8080_8080_8080_8080 != 0 { break }
                    i += 32
                }
                while i + 8 <= n {
                    let word = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
                guard i < n else { break }
                let c = p[i]
                if c < 0x80 { i += 1; continue }
                guard let (need, lo, hi) = sequence(startingWith: c) else { return .invalid }
                // A sequence cut off by the end of a truncated page still counts as UTF-8.
                if i + need >= n { return sawMulti ? .validNonASCII : .invalid }
                if p[i + 1] < lo || p[i + 1] > hi { return .invalid }
                for k in 2...max(2, need) where k <= need {
                    if p[i + k] < 0x80 || p[i + k] > 0xBF { return .invalid }
                }
                sawMulti = true
                i += need + 1
            }
            return sawMulti ? .validNonASCII : .ascii
        }
    }

    /// What a UTF-8 lead byte announces: how many continuation bytes follow, and the range the
    /// first of them must fall in (narrower after E0, ED, F0 and F4, which rules out overlong forms,
    /// surrogates and code points past U+10FFFF); nil for a byte that cannot start a sequence.
    @inline(__always)
    static func sequence(startingWith c: UInt8) -> (need: Int, lo: UInt8, hi: UInt8)? {
        switch c {
        case 0xC2...0xDF: return (1, 0x80, 0xBF)
        case 0xE0: return (2, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: return (2, 0x80, 0xBF)
        case 0xED: return (2, 0x80, 0x9F)
        case 0xF0: return (3, 0x90, 0xBF)
        case 0xF1...0xF3: return (3, 0x80, 0xBF)
        case 0xF4: return (3, 0x80, 0x8F)
        default: return nil
        }
    }

    /// Valid multi-byte sequences and invalid bytes in the whole of `b`, for input ``check(_:)``
    /// found invalid: the share decides whether it is UTF-8 with a few stray bytes.
    static func tally(_ b: [UInt8]) -> (multiByte: Int, invalid: Int) {
        var multi = 0, invalid = 0, i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            guard let (need, lo, hi) = sequence(startingWith: c) else { invalid += 1; i += 1; continue }
            var ok = i + need < n && b[i + 1] >= lo && b[i + 1] <= hi
            if ok, need >= 2 { for k in 2...need where b[i + k] < 0x80 || b[i + k] > 0xBF { ok = false } }
            if ok { multi += 1; i += need + 1 } else { invalid += 1; i += 1 }
        }
        return (multi, invalid)
    }
}
