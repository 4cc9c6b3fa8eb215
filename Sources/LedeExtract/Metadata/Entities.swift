/// Decodes the HTML character references that metadata often carries twice-encoded
/// (`&amp;`, `&#038;`, `&#8217;`, `&quot;`): libxml2 decodes one level, the page's CMS added another.
enum Entities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "’", "lsquo": "‘",
        "rdquo": "”", "ldquo": "“", "ndash": "–", "mdash": "—", "hellip": "…", "eacute": "é", "copy": "©",
    ]

    static func decode(_ s: String) -> String {
        guard s.utf8.contains(0x26) else { return s }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "&", let semi = s[i...].prefix(10).firstIndex(of: ";") {
                let body = s[s.index(after: i)..<semi]
                var replacement: String?
                if body.hasPrefix("#x") || body.hasPrefix("#X"), let v = UInt32(body.dropFirst(2), radix: 16), let u = Unicode.Scalar(v) {
                    replacement = String(u)
                } else if body.hasPrefix("#"), let v = UInt32(body.dropFirst()), let u = Unicode.Scalar(v) {
                    replacement = String(u)
                } else if let n = named[String(body)] {
                    replacement = n
                }
                if let r = replacement { out += r; i = s.index(after: semi); continue }
            }
            out.append(s[i])
            i = s.index(after: i)
        }
        return out
    }
}

/// Repairs of text that pages print damaged or in compatibility forms.
enum TextRepair {
    /// UTF-8 read as Latin-1 and encoded again ("Investorâ\u{80}\u{99}s" for "Investor’s"): the
    /// C1 control characters U+0080–U+009F never occur in real text, so a string holding one
    /// after a Latin-1 lead byte is re-read as UTF-8, and kept only when that decodes cleanly.
    static func mojibake(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) }),
              s.unicodeScalars.allSatisfy({ $0.value <= 0xFF }) else { return s }
        let bytes = s.unicodeScalars.map { UInt8($0.value) }
        var decoded = ""
        var iterator = bytes.makeIterator()
        var codec = UTF8()
        loop: while true {
            switch codec.decode(&iterator) {
            case .scalarValue(let v): decoded.unicodeScalars.append(v)
            case .emptyInput: break loop
            case .error: return s
            }
        }
        return decoded
    }

    /// Fullwidth ASCII forms in a headline ("Work？", "ＡＩ") written as plain ASCII, so a title
    /// from a page set in CJK punctuation compares and reads like any other.
    static func fullwidth(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { (0xFF01...0xFF5E).contains($0.value) }) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if (0xFF01...0xFF5E).contains(u.value), let plain = Unicode.Scalar(u.value - 0xFEE0) { out.append(plain) } else { out.append(u) }
        }
        return String(out)
    }
}
