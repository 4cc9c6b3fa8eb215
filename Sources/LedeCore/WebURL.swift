/// The rules for the URLs an article carries and is known by: only absolute http(s) URLs with a
/// host are kept (a `javascript:`, `data:` or relative value is dropped), the scheme's case does not
/// matter (`HTTP://` is `http://`), and an article's identity leaves out what only tracks a reader
/// (`utm_*`, `fbclid`, `gclid` and the like) and the fragment.
///
/// ```swift
/// let link = WebURL.http("HTTPS://news.example/a")                          // "https://news.example/a"
/// let refused = WebURL.http("javascript:alert(1)")                          // nil
/// let key = WebURL.identity("https://news.example/a?utm_source=x&id=3#top")  // "https://news.example/a?id=3"
/// ```
public enum WebURL {
    /// Longer URLs are not links anyone shares; a bound keeps one field from growing without end.
    public static let maxLength = 4096

    /// Query parameters that say where a reader came from, never which article it is: the
    /// analytics and ad-click ids that newsletters and social sites append.
    public static let trackingParameters: Set<String> = [
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
        "mc_cid", "mc_eid", "igshid", "igsh", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id",
        "vero_id", "wickedid", "rb_clickid", "s_cid", "ref_src", "cmpid", "ocid", "ncid", "spm",
    ]
    /// Prefixes of tracking parameter families (`utm_source`, `utm_medium`, …).
    public static let trackingPrefixes = ["utm_", "pk_", "mtm_"]

    /// The URL if it is an absolute http(s) URL with a host, with its scheme in lower case; else nil.
    public static func http(_ raw: String?) -> String? {
        guard let raw else { return nil }
        switch asciiHTTP(raw) {
        case .accepted(let url): return url
        case .refused: return nil
        case .notASCII: return generalHTTP(raw)
        }
    }

    /// What ``asciiHTTP(_:)`` decided.
    enum ASCIIReading: Equatable {
        case accepted(String), refused, notASCII
    }

    /// ``http(_:)`` read from the bytes of a value that is all ASCII, as nearly every URL is (a
    /// Character by Character reading cost 30,000 instructions a URL). In ASCII every Character is
    /// one byte, but CR LF, which holds control bytes and is refused either way. `.notASCII` when a
    /// byte is not ASCII (or the storage is not contiguous): then ``generalHTTP(_:)`` reads it.
    static func asciiHTTP(_ raw: String) -> ASCIIReading {
        raw.utf8.withContiguousStorageIfAvailable { b -> ASCIIReading in
            for c in b where c >= 0x80 { return .notASCII }
            var lo = 0, hi = b.count
            while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
            while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
            guard lo < hi, hi - lo <= maxLength else { return .refused }
            var colon = -1
            for k in lo..<hi {
                let c = b[k]
                if c <= 0x20 || c == 0x7F || c == 0x5C { return .refused }
                if colon < 0, c == 0x3A { colon = k }
            }
            guard colon >= 0 else { return .refused }
            @inline(__always) func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
            let schemeCount = colon - lo
            guard schemeCount == 4 || schemeCount == 5, lower(b[lo]) == 0x68, lower(b[lo + 1]) == 0x74, lower(b[lo + 2]) == 0x74,
                  lower(b[lo + 3]) == 0x70, schemeCount == 4 || lower(b[lo + 4]) == 0x73 else { return .refused }
            // `//`, then an authority whose host (after the last `@`, before any `:port`) is not empty.
            let rest = colon + 1
            guard hi - rest >= 2, b[rest] == 0x2F, b[rest + 1] == 0x2F else { return .refused }
            var authorityEnd = rest + 2
            while authorityEnd < hi, b[authorityEnd] != 0x2F, b[authorityEnd] != 0x3F, b[authorityEnd] != 0x23 { authorityEnd += 1 }
            var host = rest + 2
            for k in host..<authorityEnd where b[k] == 0x40 { host = k + 1 }
            guard host < authorityEnd, b[host] != 0x3A else { return .refused }
            let count = hi - lo
            return .accepted(String(unsafeUninitializedCapacity: count) { out in
                for k in 0..<count { out[k] = k < schemeCount ? lower(b[lo + k]) : b[lo + k] }
                return count
            })
        } ?? .notASCII
    }

    /// ``http(_:)`` Character by Character, for any value.
    static func generalHTTP(_ raw: String) -> String? {
        var trimmed = Substring(raw)
        while let first = trimmed.first, first == " " || first == "\t" { trimmed.removeFirst() }
        while let last = trimmed.last, last == " " || last == "\t" { trimmed.removeLast() }
        guard !trimmed.isEmpty, trimmed.utf8.count <= maxLength else { return nil }
        for scalar in trimmed.unicodeScalars where scalar.value <= 0x20 || scalar.value == 0x7F || scalar == "\\" {
            return nil
        }
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let scheme = trimmed[..<colon].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        // `//`, then an authority whose host (after any `user@`, before any `:port`) is not empty.
        let rest = trimmed[trimmed.index(after: colon)...]
        guard rest.hasPrefix("//") else { return nil }
        let authority = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        guard let first = hostAndPort.first, first != ":" else { return nil }
        return scheme + ":" + String(rest)
    }

    /// What makes two URLs the same article: scheme and host in lower case, no fragment, no
    /// tracking parameters (the others keep their order). A value that is not an http(s) URL is
    /// returned as it is, without its fragment.
    public static func identity(_ raw: String) -> String {
        let withoutFragment = String(raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        // scheme "://" authority, then path and query; the host is the authority without user or port.
        guard let url = http(withoutFragment), let colon = url.firstIndex(of: ":") else { return withoutFragment }
        let afterScheme = url.index(colon, offsetBy: 3)
        let authorityEnd = url[afterScheme...].firstIndex { $0 == "/" || $0 == "?" } ?? url.endIndex
        let authority = url[afterScheme..<authorityEnd]
        let hostStart = authority.lastIndex(of: "@").map { authority.index(after: $0) } ?? authority.startIndex
        var result = String(url[..<hostStart]) + url[hostStart..<authorityEnd].lowercased()
        let rest = url[authorityEnd...]
        guard let question = rest.firstIndex(of: "?") else { return result + String(rest) }
        result += String(rest[..<question])
        let kept = rest[rest.index(after: question)...].split(separator: "&").filter { item in
            !isTracking(String(item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]))
        }
        return kept.isEmpty ? result : result + "?" + kept.joined(separator: "&")
    }

    static func isTracking(_ name: String) -> Bool {
        let name = name.lowercased()
        return trackingParameters.contains(name) || trackingPrefixes.contains { name.hasPrefix($0) }
    }
}

extension Article {
    /// The article with every URL it carries (its own, its lead image, its figures' images) kept only
    /// when ``WebURL/http(_:)`` accepts it.
    public var keepingOnlyWebURLs: Article {
        var article = self
        article.url = WebURL.http(url)
        article.image = WebURL.http(image)
        article.blocks = blocks.map { block in
            guard case .figure(var figure) = block else { return block }
            figure.image = WebURL.http(figure.image)
            return .figure(figure)
        }
        return article
    }
}
