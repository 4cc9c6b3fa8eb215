#if canImport(Glibc)
import Glibc
#endif

/// Caps, before libxml2 sees a page, markup that no article needs and that would make parsing
/// worse than linear: attributes on one element, nesting depth, and the number of elements.
///
/// ```swift
/// let (bytes, report) = InputLimits.apply(utf8)
/// let document = try HTMLDocument(utf8: bytes)
/// if !report.isEmpty { print(report.summary) }   // "dropped 199,744 attributes beyond 256 on one element…"
/// ```
///
/// Only markup is dropped, never text: a tag past a cap loses its brackets and its attributes,
/// and its words stay where they were, inside the nearest element that was kept. A page within
/// the caps (every page of both extraction benchmarks) comes back as the same array, uncopied.
///
/// The nesting is tracked as libxml2's HTML parser tracks it, closely enough to bound it: void
/// elements never open, an end tag closes back to its match unless an element of higher closing
/// priority stands between (libxml2's `htmlAutoCloseOnClose` rule), and the elements whose end tag
/// HTML lets a page leave out (`p`, `li`, `td`…) close an open one of their kind.
enum InputLimits {
    /// Attributes kept on one element. libxml2 checks each new attribute against all earlier ones
    /// of its element (quadratic: 40,000 took 3.7 s, 200,000 over 180 s). The most on any of the
    /// 794 benchmark pages is 63; four times that is room for any real page.
    static let maxAttributesPerElement = 256
    /// Elements open at once. libxml2 searches its stack of open elements on every end tag that
    /// does not close the innermost one, so depth multiplies its work; its own limit for XML is 256.
    /// The deepest of the benchmark pages nests 56.
    static let maxDepth = 256
    /// Elements in one page. The largest benchmark page has 4,975; a long Wikipedia article about
    /// 50,000. Past this, tags are dropped (their text kept) so tree size, and the time and memory
    /// of every later stage, stay bounded.
    static let maxElements = 250_000

    /// What was dropped, for ``Removal`` records.
    struct Report: Equatable, Sendable {
        var attributesDropped = 0
        var tagsTooDeep = 0
        var tagsOverCount = 0

        var isEmpty: Bool { attributesDropped == 0 && tagsTooDeep == 0 && tagsOverCount == 0 }

        var summary: String {
            var parts: [String] = []
            if attributesDropped > 0 {
                parts.append("\(attributesDropped) attributes beyond \(InputLimits.maxAttributesPerElement) on one element")
            }
            if tagsTooDeep > 0 { parts.append("\(tagsTooDeep) tags nested deeper than \(InputLimits.maxDepth)") }
            if tagsOverCount > 0 { parts.append("\(tagsOverCount) tags beyond the first \(InputLimits.maxElements) elements") }
            return "dropped " + parts.joined(separator: "; ") + " (their text is kept)"
        }
    }

    /// The page with its markup capped, and what was dropped.
    static func apply(_ input: [UInt8]) -> (bytes: [UInt8], report: Report) {
        var scanner = Scanner()
        input.withUnsafeBufferPointer { scanner.scan($0) }
        guard !scanner.cuts.isEmpty else { return (input, scanner.report) }
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var from = 0
        for cut in scanner.cuts {
            if cut.lowerBound > from { out.append(contentsOf: input[from..<cut.lowerBound]) }
            from = max(from, cut.upperBound)
        }
        if from < input.count { out.append(contentsOf: input[from...]) }
        return (out, scanner.report)
    }

    /// Elements that never hold children (HTML's void elements).
    static let voidElements: Set<[UInt8]> = Set([
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "frame", "basefont", "isindex", "bgsound",
    ].map { Array($0.utf8) })

    /// Elements that close an open element of the same kind when they start (`<li>` after `<li>`).
    static let closesItsKind: [[UInt8]: Set<[UInt8]>] = {
        var table: [String: [String]] = [
            "p": ["p"], "li": ["li"], "dt": ["dt", "dd"], "dd": ["dt", "dd"], "option": ["option"], "td": ["td", "th"],
            "th": ["td", "th"], "tr": ["tr", "td", "th"], "a": ["a"],
        ]
        table["optgroup"] = ["option"]
        var out: [[UInt8]: Set<[UInt8]>] = [:]
        for (k, v) in table { out[Array(k.utf8)] = Set(v.map { Array($0.utf8) }) }
        return out
    }()

    /// libxml2's closing priorities: an end tag does not close past an element of higher priority.
    static func endPriority(_ name: [UInt8]) -> Int {
        switch String(decoding: name, as: UTF8.self) {
        case "div": return 150
        case "td", "th": return 160
        case "tr": return 170
        case "thead", "tbody", "tfoot": return 180
        case "table": return 190
        case "head", "body": return 200
        case "html": return 220
        default: return 100
        }
    }

    /// Elements whose content libxml2 reads as raw text up to their end tag.
    static let rawTextElements: Set<[UInt8]> = [Array("script".utf8), Array("style".utf8)]

    struct Scanner {
        /// Byte ranges to leave out, in order, not overlapping.
        var cuts: [Range<Int>] = []
        var report = Report()
        private var stack: [[UInt8]] = []
        /// Start tags dropped for depth or count, by name, so their end tags go too.
        private var dropped: [[UInt8]: Int] = [:]
        private var elements = 0

        mutating func scan(_ p: UnsafeBufferPointer<UInt8>) {
            let n = p.count
            guard let base = p.baseAddress else { return }
            var i = 0
            while i < n {
                guard let lt = memchr(base + i, 0x3C, n - i) else { return }
                let at = base.distance(to: lt.assumingMemoryBound(to: UInt8.self))
                i = at + 1
                guard i < n else { return }
                let c = p[i]
                if c == 0x21 || c == 0x3F {
                    // Comment, doctype or processing instruction: skipped whole.
                    if i + 2 < n, p[i] == 0x21, p[i + 1] == 0x2D, p[i + 2] == 0x2D {
                        i = Self.find(p, "-->", from: i + 3).map { $0 + 3 } ?? n
                    } else {
                        i = Self.next(p, 0x3E, from: i).map { $0 + 1 } ?? n
                    }
                    continue
                }
                if c == 0x2F {
                    guard i + 1 < n, Self.isLetter(p[i + 1]) else { continue }
                    let (name, afterName) = Self.name(p, from: i + 1)
                    let end = Self.next(p, 0x3E, from: afterName).map { $0 + 1 } ?? n
                    endTag(name, range: at..<end)
                    i = end
                    continue
                }
                guard Self.isLetter(c) else { continue }
                let (name, afterName) = Self.name(p, from: i)
                let (end, attributeCut) = attributes(p, from: afterName)
                i = end
                startTag(name, range: at..<end, attributeCut: attributeCut)
                if InputLimits.rawTextElements.contains(name) {
                    // The body is text to libxml2 (JSON-LD may hold `<`): go to the end tag.
                    let close = Array("</".utf8) + name
                    i = Self.find(p, close, from: end, caseless: true) ?? n
                }
            }
        }

        /// Reads the attributes of a start tag; returns where the tag ends (after `>`) and the range
        /// of attributes past the cap, if any.
        private mutating func attributes(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Range<Int>?) {
            let n = p.count
            var i = start
            var count = 0
            var cutFrom: Int?
            while i < n {
                let before = i
                while i < n, Self.isSpace(p[i]) || p[i] == 0x2F { i += 1 }
                guard i < n else { break }
                if p[i] == 0x3E {
                    let end = i + 1
                    return (end, cutFrom.map { $0..<i })
                }
                // An attribute: its name, then `=` and a value, quoted or not.
                while i < n, !Self.isSpace(p[i]), p[i] != 0x3E, p[i] != 0x3D, p[i] != 0x2F { i += 1 }
                var j = i
                while j < n, Self.isSpace(p[j]) { j += 1 }
                if j < n, p[j] == 0x3D {
                    j += 1
                    while j < n, Self.isSpace(p[j]) { j += 1 }
                    if j < n, p[j] == 0x22 || p[j] == 0x27 {
                        j = Self.next(p, p[j], from: j + 1).map { $0 + 1 } ?? n
                    } else {
                        while j < n, !Self.isSpace(p[j]), p[j] != 0x3E { j += 1 }
                    }
                    i = j
                }
                count += 1
                if count == InputLimits.maxAttributesPerElement + 1 { cutFrom = before }
                if count > InputLimits.maxAttributesPerElement { report.attributesDropped += 1 }
            }
            return (n, cutFrom.map { $0..<n })
        }

        private mutating func startTag(_ name: [UInt8], range: Range<Int>, attributeCut: Range<Int>?) {
            elements += 1
            if elements > InputLimits.maxElements {
                report.tagsOverCount += 1
                drop(name, range)
                return
            }
            if !InputLimits.voidElements.contains(name), !InputLimits.rawTextElements.contains(name) {
                if let kinds = InputLimits.closesItsKind[name], let top = stack.last, kinds.contains(top) { stack.removeLast() }
                if stack.count >= InputLimits.maxDepth {
                    report.tagsTooDeep += 1
                    drop(name, range)
                    return
                }
                stack.append(name)
            }
            if let attributeCut { cuts.append(attributeCut) }
        }

        private mutating func drop(_ name: [UInt8], _ range: Range<Int>) {
            cuts.append(range)
            if !InputLimits.voidElements.contains(name), !InputLimits.rawTextElements.contains(name) { dropped[name, default: 0] += 1 }
        }

        private mutating func endTag(_ name: [UInt8], range: Range<Int>) {
            if let count = dropped[name], count > 0 {
                dropped[name] = count == 1 ? nil : count - 1
                cuts.append(range)
                return
            }
            // Close back to the match, as libxml2 does, unless a higher-priority element stands between.
            let priority = InputLimits.endPriority(name)
            var k = stack.count - 1
            while k >= 0 {
                if stack[k] == name { break }
                if InputLimits.endPriority(stack[k]) > priority { return }
                k -= 1
            }
            if k >= 0 { stack.removeSubrange(k...) }
        }

        // MARK: bytes

        static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C }

        /// A tag name, lower-cased, and where it ends.
        static func name(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> ([UInt8], Int) {
            var i = start
            var name: [UInt8] = []
            while i < p.count, !isSpace(p[i]), p[i] != 0x3E, p[i] != 0x2F {
                let b = p[i]
                name.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                i += 1
                // Names longer than any element's are still read to their end, but not kept whole.
                if name.count > 64 { name.removeLast() }
            }
            return (name, i)
        }

        static func next(_ p: UnsafeBufferPointer<UInt8>, _ byte: UInt8, from: Int) -> Int? {
            guard from < p.count, let hit = memchr(p.baseAddress! + from, Int32(byte), p.count - from) else { return nil }
            return p.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }

        static func find(_ p: UnsafeBufferPointer<UInt8>, _ needle: StaticString, from: Int) -> Int? {
            find(p, Array(UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)), from: from, caseless: false)
        }

        /// Next position of `needle` (ASCII; `caseless` folds letters) at or after `from`.
        static func find(_ p: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], from: Int, caseless: Bool) -> Int? {
            var i = from
            while i + needle.count <= p.count {
                guard let at = next(p, needle[0], from: i), at + needle.count <= p.count else { return nil }
                var k = 1
                while k < needle.count, (caseless ? p[at + k] | 0x20 : p[at + k]) == needle[k] { k += 1 }
                if k == needle.count { return at }
                i = at + 1
            }
            return nil
        }
    }
}
