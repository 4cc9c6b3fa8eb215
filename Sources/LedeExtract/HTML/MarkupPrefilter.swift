#if canImport(Glibc)
import Glibc
#endif

/// Empties `<script>`, `<style>` and `<svg>` elements and drops comments before libxml2 sees the page.
///
/// Over half the bytes of a typical news page are inline scripts and styles (57 % on the
/// extraction benchmark), and libxml2 scans them character by character. None of it is article
/// text, so a byte scan that skips it roughly halves parse time. JSON-LD scripts are kept whole:
/// the metadata stage reads them.
enum MarkupPrefilter {
    /// `jsonLDScripts` counts the JSON-LD scripts kept, so the metadata stage can stop looking once
    /// it has found them all, or not look at all.
    static func strip(_ input: [UInt8], jsonLDScripts: inout Int) -> [UInt8] {
        guard !input.isEmpty else { return input }
        var out: [UInt8] = []
        // The output is at most the input (but for the `\` a JSON-LD script's `</` gains): reserved
        // whole, it is never regrown and copied (half the input was too little on most pages).
        out.reserveCapacity(input.count)
        input.withUnsafeBufferPointer { p in
            let n = p.count
            var i = 0
            var copied = 0
            while i < n {
                guard let lt = memchr(p.baseAddress! + i, 0x3C, n - i) else { break }
                let at = p.baseAddress!.distance(to: lt.assumingMemoryBound(to: UInt8.self))
                i = at + 1
                // Most tags start with neither `s` nor `!`: one byte test skips them.
                guard at + 1 < n else { break }
                let next = p[at + 1] | 0x20
                if next != 0x73 && next != 0x21 { continue }
                // Comments: `<!--` … `-->`.
                if at + 3 < n, p[at + 1] == 0x21, p[at + 2] == 0x2D, p[at + 3] == 0x2D {
                    let end = find(p, commentEnd, from: at + 4, caseless: false) ?? n
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<at]))
                    i = min(n, end + 3)
                    copied = i
                    continue
                }
                let kind: Int
                if matches(p, at + 1, "script") { kind = 0 }
                else if matches(p, at + 1, "style") { kind = 1 }
                else if matches(p, at + 1, "svg") { kind = 2 }
                else { continue }
                let (nameCount, close) = (emptied[kind].nameCount, emptied[kind].close)
                let afterName = at + 1 + nameCount
                guard afterName < n, p[afterName] == 0x3E || p[afterName] == 0x20 || p[afterName] == 0x09 || p[afterName] == 0x0A || p[afterName] == 0x0D || p[afterName] == 0x2F else { continue }
                guard let gt = memchr(p.baseAddress! + afterName, 0x3E, n - afterName) else { break }
                let openEnd = p.baseAddress!.distance(to: gt.assumingMemoryBound(to: UInt8.self)) + 1
                // A self-closed `<svg … />` has no body.
                if p[openEnd - 2] == 0x2F { i = openEnd; continue }
                let end = findEndTag(p, close, from: openEnd)
                // JSON-LD is kept whole for the metadata stage, but its strings may hold `<svg`,
                // `<!--` and like: the scan resumes after the script's real end, never inside it.
                if kind == 0, find(UnsafeBufferPointer(rebasing: p[..<openEnd]), jsonLD, from: afterName, caseless: true) != nil {
                    jsonLDScripts += 1
                    i = end.map { $0 + close.count } ?? openEnd
                    // libxml2 ends a script at any `</script…`; in JSON a `/` may be written `\/`, so
                    // `</` inside the data becomes `<\/` and the script reaches libxml2 whole.
                    if let end, find(UnsafeBufferPointer(rebasing: p[..<end]), endTagOpening, from: openEnd, caseless: false) != nil {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<openEnd]))
                        for k in openEnd..<end {
                            out.append(p[k])
                            if p[k] == 0x3C, p[k + 1] == 0x2F { out.append(0x5C) }
                        }
                        copied = end
                    }
                    continue
                }
                guard let end else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<openEnd]))
                copied = end
                i = end + close.count
            }
            if copied < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<n])) }
        }
        // libxml2 stops at a NUL byte; a stray one must not cut the page short.
        if !out.isEmpty, out.withUnsafeBufferPointer({ memchr($0.baseAddress!, 0, $0.count) }) != nil {
            for k in out.indices where out[k] == 0 { out[k] = 0x20 }
        }
        return out
    }

    /// The elements emptied: each name's length and its end tag's opening (`</script`), made once
    /// (arrays built per tag were a malloc and a free each).
    private static let emptied: [(nameCount: Int, close: [UInt8])] = ["script", "style", "svg"].map { ($0.utf8.count, Array("</\($0)".utf8)) }
    private static let commentEnd = Array("-->".utf8)
    private static let jsonLD = Array("ld+json".utf8)
    private static let endTagOpening: [UInt8] = [0x3C, 0x2F]

    private static func matches(_ p: UnsafeBufferPointer<UInt8>, _ at: Int, _ word: StaticString) -> Bool {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard at + w.count <= p.count else { return false }
        for k in 0..<w.count where p[at + k] | 0x20 != w[k] { return false }
        return true
    }

    /// Next end tag `close` (`</script`, `</style`, `</svg`) at or after `from`, as the HTML tokenizer
    /// ends script and style data: the name must be followed by whitespace, `/` or `>`, so a
    /// `"</scripts"` or `</style-x` inside a string does not end the element.
    private static func findEndTag(_ p: UnsafeBufferPointer<UInt8>, _ close: [UInt8], from: Int) -> Int? {
        var i = from
        while let at = find(p, close, from: i, caseless: true) {
            let after = at + close.count
            guard after < p.count else { return nil }
            switch p[after] {
            case 0x20, 0x09, 0x0A, 0x0C, 0x0D, 0x2F, 0x3E: return at
            default: i = at + 1
            }
        }
        return nil
    }

    /// Next position of `needle` (ASCII; `caseless` folds letters) at or after `from`.
    private static func find(_ p: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from: Int, caseless: Bool) -> Int? {
        let n = p.count
        var i = from
        // Without case, A–Z folded (the needle is lower case). A needle opening on a letter (a tag's
        // attributes, a few bytes: "application/LD+JSON" as "ld+json") is sought byte by byte: `memchr`
        // finds one case of its first letter only. Others (`</script`) open on a byte without case.
        @inline(__always) func folded(_ b: UInt8) -> UInt8 { caseless && b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        if caseless, needle[0] >= 0x61, needle[0] <= 0x7A {
            while i + needle.count <= n {
                var k = 0
                while k < needle.count, folded(p[i + k]) == needle[k] { k += 1 }
                if k == needle.count { return i }
                i += 1
            }
            return nil
        }
        let first = needle[0]
        while i + needle.count <= n {
            guard let hit = memchr(p.baseAddress! + i, Int32(first), n - i - needle.count + 1) else { return nil }
            let at = p.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var k = 1
            while k < needle.count, folded(p[at + k]) == needle[k] { k += 1 }
            if k == needle.count { return at }
            i = at + 1
        }
        return nil
    }
}
