import Foundation
/// Picks the article's headline among the page's `<h1>`s, OpenGraph title, JSON-LD headline and `<title>`.
///
/// The visible `<h1>` is what a reader sees, but many pages have several (the site logo, a section
/// name), so an `<h1>` wins only when another source agrees with it; otherwise the OpenGraph or
/// JSON-LD title, then `<title>`, each without its site-name suffix.
struct TitleChoice {
    let document: HTMLDocument
    let ogTitle: String?
    let ldHeadline: String?
    let siteName: String?

    /// Characters in the longest headline read from an `<h1>`: headlines run to about 150, a
    /// standfirst or summary set in heading type to several hundred.
    static let longestHeadline = 200

    /// Separators between a headline and the site name in `<title>` and `og:title`.
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " // ", " » "]

    func choose() -> String {
        let titleTag = document.first("title")?.text
        // The site's name as the <title> ends with it ("Where to bike | Houstonia Magazine").
        let titleSite = titleTag.flatMap { t in Self.separators.compactMap { t.range(of: $0, options: .backwards).map { String(t[$0.upperBound...]) } }.min(by: { $0.count < $1.count }) }
        let h1s = headings().filter { h in
            // A site logo or section label in an <h1> is not the headline.
            let k = Self.key(h)
            // A paragraph set as the <h1> (a standfirst in heading type) is not the headline.
            return k.count >= 8 && h.count <= Self.longestHeadline && (siteName.map { Self.key($0) != k } ?? true) && (titleSite.map { Self.key($0) != k } ?? true)
        }
        let raw = [ldHeadline, ogTitle, titleTag].compactMap { $0 }.filter { !$0.isEmpty }
        // The other sources without their site names, in order of trust.
        let others = raw.map(stripSite).filter { !$0.isEmpty }
        // The visible headline, when another source agrees with it: the same words, or the
        // same words with a site name or section around them ("Headline - Site", "Site | Headline").
        let otherKeys = Set(others.map(Self.key))
        let wrappedKeys = h1s.isEmpty ? [] : raw.reduce(into: Set<String>()) { $0.formUnion(Self.segmentKeys($1)) }
        if let h1 = h1s.first(where: { h in
            let k = Self.key(h)
            return otherKeys.contains(k) || wrappedKeys.contains(k)
        }) { return Self.sectionCut(h1) }
        // A headline that says more than its sharing title by page furniture read from the
        // shorter source: a label or date before it ("Title:", "Blog:", "Dec 18 2025"), or a
        // byline, count or source after it ("Posted on May 2 by …", "(latimes.com) 87").
        for h1 in h1s {
            for other in others {
                if let extra = Self.extraWords(h1, around: other), Self.isFurniture(extra) { return other }
            }
        }
        // …or when the page has exactly one: what the reader sees beats what the sharing card says.
        if h1s.count == 1, h1s[0].split(separator: " ").count >= 3 { return Self.sectionCut(h1s[0]) }
        // An <h1> that another source holds whole (a shortened or longer sharing title), unless
        // it is a label much shorter than the title that holds it ("Index funds").
        if let h1 = h1s.first(where: { h in
            let k = Self.key(h)
            return others.contains { o in let ok = Self.key(o); return (ok.contains(k) && k.count * 10 >= ok.count * 6) || k.contains(ok) }
        }) { return h1 }
        if let first = others.first { return first }
        return h1s.first ?? ""
    }

    /// A headline with a section or teaser after a pipe ("How meditation rewires brains | Opinion",
    /// "Best movers in NYC 2025 | Top 19 Companies") keeps the part before it: a pipe is page
    /// furniture, not punctuation of a headline, when what follows is short beside what precedes.
    static func sectionCut(_ h1: String) -> String {
        var t = h1
        // "Headline | Section | Site": one part at a time, from the end.
        while let r = t.range(of: " | ", options: .backwards) {
            let head = t[..<r.lowerBound], tail = t[r.upperBound...]
            guard head.count >= 2 * tail.count else { break }
            t = String(head).trimmingSpaces
        }
        return t
    }

    /// Keys of the runs of separator-delimited parts at the start or end of a title:
    /// "A - B - C" → keys of "A", "A - B", "B - C", "C" and the whole.
    static func segmentKeys(_ title: String) -> Set<String> {
        var parts = [title]
        for sep in separators { parts = parts.flatMap { $0.parts(separatedBy: sep) } }
        var keys: Set<String> = [key(title)]
        // A key drops spaces and reads scalar by scalar, so the key of parts joined by spaces is
        // their keys end to end: each run's key grows from the last one's, no run is joined.
        let partKeys = parts.map(key)
        var run = ""
        for k in partKeys { run += k; keys.insert(run) }
        run = ""
        for k in partKeys.reversed() { run = k + run; keys.insert(run) }
        return keys
    }

    /// The words a headline has before or after the whole of `other` (compared by key), or nil
    /// when it does not hold `other` at its start or end.
    static func extraWords(_ headline: String, around other: String) -> (before: String, after: String)? {
        let words = headline.split(separator: " ")
        let o = key(other)
        guard !o.isEmpty, words.count >= 2, key(headline) != o else { return nil }
        for cut in 1..<words.count {
            if key(words[cut...].joined(separator: " ")) == o { return (words[..<cut].joined(separator: " "), "") }
            if key(words[..<(words.count - cut)].joined(separator: " ")) == o { return ("", words[(words.count - cut)...].joined(separator: " ")) }
        }
        return nil
    }

    /// Page furniture around a headline: a label ending in a colon or a date before it; a
    /// byline, a parenthesis or a bare count after it.
    static func isFurniture(_ extra: (before: String, after: String)) -> Bool {
        let before = extra.before, after = extra.after
        if !before.isEmpty {
            return (before.hasSuffix(":") && before.split(separator: " ").count <= 2) || DateParsing.written(before) != nil
        }
        let lower = after.lowercased()
        return lower.hasPrefix("posted ") || lower.hasPrefix("by ") || lower.hasPrefix("published ")
            || (after.hasPrefix("(") && after.split(separator: " ").count <= 3)
    }

    /// `<h1>` texts (up to three) outside page headers, navigation and footers, in page order.
    private func headings() -> [String] {
        var out: [String] = []
        document.root?.walk { node in
            // Entities a CMS escaped twice ("SQL &#x26; AI") are read as the reader sees them;
            // a headline repeated (mobile and desktop copies) counts once.
            if node.is(.h1) { let t = Entities.decode(node.text); if !t.isEmpty, !out.contains(t) { out.append(t) }; return .skipChildren }
            if node.is(.script) || node.is(.style) || node.is(.nav) || node.is(.footer) || node.is(.aside) { return .skipChildren }
            return out.count >= 3 ? .stop : .continue
        }
        return out
    }

    func stripSite(_ title: String) -> String {
        var t = title
        let site = siteName.map(Self.key)
        for sep in Self.separators {
            guard let r = t.range(of: sep, options: .backwards) else { continue }
            let tail = String(t[r.upperBound...])
            let head = String(t[..<r.lowerBound])
            let tailKey = Self.key(tail)
            // The tail is the site when it names it, or is short next to a longer headline.
            if let site, !site.isEmpty, tailKey.contains(site) || site.contains(tailKey) {
                t = head
            } else if tail.split(separator: " ").count <= 4, head.count > tail.count * 2 {
                t = head
            } else if Self.isDomain(tail), !head.isEmpty {
                // "GAME CHANGER | Newegg.com": a domain after a separator is the site.
                t = head
            }
        }
        // A leading "Site | Headline" form.
        for sep in Self.separators {
            guard let site, let r = t.firstRange(of: sep) else { continue }
            if Self.key(String(t[..<r.lowerBound])) == site { t = String(t[r.upperBound...]) }
        }
        return t.trimmingSpaces
    }

    /// One word that is a host name: "Newegg.com", "TheBestVPN.com".
    static func isDomain(_ s: String) -> Bool {
        let t = s.trimmingSpaces
        guard !t.contains(" "), let dot = t.lastIndex(of: "."), t.first?.isLetter == true else { return false }
        let tld = t[t.index(after: dot)...]
        return (2...6).contains(tld.count) && tld.allSatisfy(\.isLetter)
    }

    /// Comparison key: lower-cased letters and digits only.
    static func key(_ s: String) -> String {
        // ASCII text (most titles): the key is written straight into the new string's storage.
        var nonASCII = false
        let asciiKey = s.withUTF8Bytes { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                for b in bytes {
                    if b >= 0x80 { nonASCII = true; return 0 }
                    if b >= 0x41 && b <= 0x5A { out[n] = b | 0x20; n += 1 } else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { out[n] = b; n += 1 }
                }
                return n
            }
        }
        if !nonASCII { return asciiKey }
        // `lowercased()` maps scalar by scalar, so lower-casing and filtering each scalar gives the
        // same key; ASCII scalars skip the property tables.
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            if scalar.isASCII {
                let b = UInt8(scalar.value)
                if b >= 0x41 && b <= 0x5A { out.append(b | 0x20) } else if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) { out.append(b) }
                continue
            }
            for m in scalar.properties.lowercaseMapping.unicodeScalars where m.properties.isAlphabetic || ("0"..."9").contains(m) {
                UTF8.encode(m) { out.append($0) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    enum Direction { case backwards }
    /// The last occurrence of `needle`, found byte for byte (Foundation's search goes through
    /// CFString and showed in extraction profiles).
    func range(of needle: String, options: Direction) -> Range<String.Index>? {
        lastByteOffset(of: needle).map { range(atByte: $0, count: needle.utf8.count) }
    }

    /// The first occurrence of `needle`, found byte for byte.
    func firstRange(of needle: String) -> Range<String.Index>? {
        byteOffset(of: needle).map { range(atByte: $0, count: needle.utf8.count) }
    }

    private func range(atByte offset: Int, count: Int) -> Range<String.Index> {
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: count)
    }

    /// The parts between occurrences of `separator` (like `components(separatedBy:)`, byte for byte).
    func parts(separatedBy separator: String) -> [String] {
        var out: [String] = []
        var rest = self[...]
        while let offset = String(rest).byteOffset(of: separator) {
            let cut = rest.utf8.index(rest.startIndex, offsetBy: offset)
            out.append(String(rest[..<cut]))
            rest = rest[rest.utf8.index(cut, offsetBy: separator.utf8.count)...]
        }
        out.append(String(rest))
        return out
    }
}
