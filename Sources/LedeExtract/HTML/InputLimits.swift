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

    /// The page with its markup capped, and what was dropped. With `dropUnreadAttributes`, every
    /// attribute no stage reads (not in ``ReadAttributes``) is left out as well, found as libxml2's
    /// `htmlParseStartTag` reads a tag, so the tree keeps exactly the attributes it had otherwise
    /// (the input must hold no NUL byte, as ``MarkupPrefilter``'s output does not).
    static func apply(_ input: [UInt8], dropUnreadAttributes: Bool = false) -> (bytes: [UInt8], report: Report) {
        var scanner = Scanner()
        scanner.dropUnreadAttributes = dropUnreadAttributes
        input.withUnsafeBufferPointer { scanner.scan($0) }
        return (output(input, scanner), scanner.report)
    }

    /// ``apply(_:dropUnreadAttributes:)`` with unread attributes left out, and the read ones of
    /// every start tag that libxml2 would pass on unchanged taken out of the bytes and recorded
    /// (``DeferredAttributes``): give both to ``HTMLDocument`` for the same tree, parsed faster.
    /// With `deferText`, runs of text go too (``DeferredText``), each replaced by its marker.
    static func applyDeferring(_ input: [UInt8], deferText: Bool = true) -> (bytes: [UInt8], report: Report, deferred: DeferredAttributes) {
        var scanner = Scanner()
        scanner.dropUnreadAttributes = true
        scanner.deferValues = true
        input.withUnsafeBufferPointer { p in
            let allowed = deferText ? DeferredText.pageAllows(p) : (text: false, blankMarker: nil)
            scanner.deferText = allowed.text
            scanner.deferred.blankMarker = allowed.blankMarker
            scanner.scan(p)
        }
        scanner.deferred.source = input
        return (output(input, scanner), scanner.report, scanner.deferred)
    }

    /// The input without the scanner's cuts, each marked one replaced by its element's marker.
    ///
    /// Written straight into the array's storage: the output is never longer than the input plus
    /// the markers (at most ``maxMarkerBytes`` each), and a page has tens of thousands of cuts.
    static func output(_ input: [UInt8], _ scanner: Scanner) -> [UInt8] {
        guard !scanner.cuts.isEmpty else { return input }
        let capacity = input.count + scanner.markers.count * maxMarkerBytes
        let markers = scanner.markers, cuts = scanner.cuts, blankMarker = scanner.deferred.blankMarker ?? 0
        return input.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: capacity) { out, written in
                var at = 0
                @inline(__always) func copy(_ range: Range<Int>) {
                    guard !range.isEmpty else { return }
                    (out.baseAddress! + at).update(from: source.baseAddress! + range.lowerBound, count: range.count)
                    at += range.count
                }
                var from = 0
                var nextMarker = 0
                for c in cuts.indices {
                    let cut = cuts[c]
                    if cut.lowerBound > from { copy(from..<cut.lowerBound) }
                    from = max(from, cut.upperBound)
                    if nextMarker < markers.count, markers[nextMarker].cut == c {
                        let element = markers[nextMarker].element
                        if element >= 0 {
                            for b in DeferredAttributes.marker(element) { out[at] = b; at += 1 }
                        } else if element == -1 {
                            for b in DeferredText.marker { out[at] = b; at += 1 }
                        } else {
                            out[at] = blankMarker
                            at += 1
                        }
                        nextMarker += 1
                    }
                }
                if from < source.count { copy(from..<source.count) }
                written = at
            }
        }
    }

    /// The longest marker the scan writes: ` _` and a digit, or a text marker's three bytes.
    static let maxMarkerBytes = 3

    /// Elements that never hold children (HTML's void elements).
    static let voidElements: [TagKey] = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "frame", "basefont", "isindex", "bgsound",
    ].map(TagKey.init)

    /// Elements that close an open element of the same kind when they start (`<li>` after `<li>`).
    static let closesItsKind: [(TagKey, [TagKey])] = [
        ("p", ["p"]), ("li", ["li"]), ("dt", ["dt", "dd"]), ("dd", ["dt", "dd"]), ("option", ["option"]),
        ("td", ["td", "th"]), ("th", ["td", "th"]), ("tr", ["tr", "td", "th"]), ("a", ["a"]), ("optgroup", ["option"]),
    ].map { (TagKey($0.0), $0.1.map(TagKey.init)) }

    /// libxml2's closing priorities: an end tag does not close past an element of higher priority.
    static let endPriorities: [(TagKey, Int)] = [
        ("div", 150), ("td", 160), ("th", 160), ("tr", 170), ("thead", 180), ("tbody", 180), ("tfoot", 180),
        ("table", 190), ("head", 200), ("body", 200), ("html", 220),
    ].map { (TagKey($0.0), $0.1) }
    /// The priority of every other element.
    static let defaultEndPriority = 100

    /// Elements whose content libxml2 reads as raw text up to their end tag.
    static let rawTextElements: [TagKey] = [TagKey("script"), TagKey("style")]

    /// What the scan needs of a tag name, from the lists above, found in one table look-up.
    struct TagFacts: Sendable {
        var isVoid = false
        var isRawText = false
        var endPriority = InputLimits.defaultEndPriority
        /// The index of the name's entry in ``closesItsKind``, or -1.
        var closesKind = -1
    }

    static let tagFacts: TagKeyTable<TagFacts> = {
        var facts: [TagKey: TagFacts] = [:]
        for key in voidElements { facts[key, default: TagFacts()].isVoid = true }
        for key in rawTextElements { facts[key, default: TagFacts()].isRawText = true }
        for (key, priority) in endPriorities { facts[key, default: TagFacts()].endPriority = priority }
        for (k, entry) in closesItsKind.enumerated() { facts[entry.0, default: TagFacts()].closesKind = k }
        return TagKeyTable(facts.map { ($0.key, $0.value) }, absent: TagFacts())
    }()

    /// A lower-cased tag name as the scanner compares it: up to 16 bytes packed into two words (no
    /// allocation per tag; the scan meets every tag of the page), a longer one by an id the scanner
    /// gives each distinct spelling.
    struct TagKey: Hashable, Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        /// The length for a packed name; for a longer one, `longName` plus its id.
        var extra: UInt64 = 0
        static let longName: UInt64 = 1 << 32
        /// Names are compared on their first bytes only; libxml2 has no element with a longer name.
        static let maxKeptBytes = 64

        init(low: UInt64, high: UInt64, extra: UInt64) {
            self.low = low
            self.high = high
            self.extra = extra
        }

        /// A packed name (at most 16 bytes, already lower-case).
        init(_ name: String) {
            precondition(name.utf8.count <= 16)
            for (k, b) in name.utf8.enumerated() {
                if k < 8 { low |= UInt64(b) << (8 * UInt64(k)) } else { high |= UInt64(b) << (8 * UInt64(k - 8)) }
            }
            extra = UInt64(name.utf8.count)
        }

        var isPacked: Bool { extra < Self.longName }
        var isVoid: Bool { InputLimits.tagFacts[self].isVoid }
        var isRawText: Bool { InputLimits.tagFacts[self].isRawText }
    }

    struct Scanner {
        /// Byte ranges to leave out, in order, not overlapping.
        var cuts: [Range<Int>] = []
        var report = Report()
        /// Also cut the attributes no stage reads.
        var dropUnreadAttributes = false
        /// Also take out the read attributes of the start tags that ``DeferredAttributes`` can hold.
        var deferValues = false
        /// Also take out the runs of text that ``DeferredText`` can hold.
        var deferText = false
        /// What was taken out, and where each marker goes: after cut `cut`, element `element`'s
        /// (-1: a run of text's, -2: a blank run's).
        var deferred = DeferredAttributes()
        var markers: [(cut: Int, element: Int)] = []
        /// The current start tag's read attributes, and whether libxml2 would pass them on unchanged.
        private var tagAttributes: [DeferredAttributes.Attribute] = []
        private var tagDeferrable = false
        /// The current start tag's attributes, from the first byte after its name to its `>` or `/>`.
        private var tagAttributeBytes = 0..<0
        /// The current start tag's unread attributes, cut unless the whole tag is.
        private var pending: [Range<Int>] = []
        /// Open elements with their closing priorities.
        private var stack: [(name: TagKey, priority: Int)] = []
        /// The static tables, held here so the scan does not check their lazy initialisation per tag.
        private let facts = InputLimits.tagFacts
        private let readAttributes = ReadAttributes.indices
        private let closesItsKind = InputLimits.closesItsKind
        /// Start tags dropped for depth or count, by name, so their end tags go too.
        private var dropped: [TagKey: Int] = [:]
        private var elements = 0
        /// Ids of names longer than a ``TagKey`` packs.
        private var longNames: [[UInt8]: UInt64] = [:]

        mutating func scan(_ p: UnsafeBufferPointer<UInt8>) {
            let n = p.count
            guard let base = p.baseAddress else { return }
            var i = 0
            // Where a run of text that may be deferred starts: right after the `>` of a kept tag.
            var textFrom = -1
            while i < n {
                guard let lt = memchr(base + i, 0x3C, n - i) else { return }
                let at = base.distance(to: lt.assumingMemoryBound(to: UInt8.self))
                if textFrom >= 0 {
                    if at > textFrom {
                        if deferred.blankMarker != nil, DeferredText.isDeferrableBlank(p, textFrom..<at) {
                            markers.append((cuts.count, -2))
                            cuts.append(textFrom..<at)
                            deferred.blanks.append(HTMLByteSlice(start: Int32(textFrom), count: Int32(at - textFrom)))
                        } else if let end = DeferredText.deferrableEnd(p, textFrom..<at) {
                            markers.append((cuts.count, -1))
                            cuts.append(textFrom..<end)
                            deferred.texts.append(HTMLByteSlice(start: Int32(textFrom), count: Int32(end - textFrom)))
                        }
                    }
                    textFrom = -1
                }
                i = at + 1
                guard i < n else { return }
                let c = p[i]
                if c == 0x21 || c == 0x3F {
                    // Comment, doctype or processing instruction: skipped whole.
                    if i + 2 < n, p[i] == 0x21, p[i + 1] == 0x2D, p[i + 2] == 0x2D {
                        i = Self.find(p, "-->", from: i + 3).map { $0 + 3 } ?? n
                    } else if Self.matchesCaseless(p, i + 1, "doctype") {
                        // libxml2 reads a doctype's quoted identifiers whole, `>` and all.
                        i = Self.endOfQuotedDeclaration(p, from: i)
                    } else {
                        i = Self.next(p, 0x3E, from: i).map { $0 + 1 } ?? n
                    }
                    continue
                }
                if c == 0x2F {
                    guard i + 1 < n, Self.isLetter(p[i + 1]) else { continue }
                    let (name, afterName) = readName(p, from: i + 1)
                    let end = Self.next(p, 0x3E, from: afterName).map { $0 + 1 } ?? n
                    let kept = endTag(name, range: at..<end)
                    i = end
                    if deferText, kept, p[end - 1] == 0x3E { textFrom = end }
                    continue
                }
                guard Self.isLetter(c) else { continue }
                let (name, afterName) = readName(p, from: i)
                let (end, attributeCut) = attributes(p, from: afterName)
                i = end
                let nameFacts = facts[name]
                let kept = startTag(name, nameFacts, range: at..<end, attributeCut: attributeCut)
                if deferText, kept, !nameFacts.isRawText, p[end - 1] == 0x3E { textFrom = end }
                if nameFacts.isRawText {
                    // The body is text to libxml2 (JSON-LD may hold `<`): go to the end tag.
                    let close = Array("</".utf8) + (name == InputLimits.rawTextElements[0] ? Array("script".utf8) : Array("style".utf8))
                    i = Self.find(p, close, from: end, caseless: true) ?? n
                }
            }
        }

        /// Reads the attributes of a start tag as libxml2's `htmlParseStartTag` (2.9.14) does; returns
        /// where the tag ends (after `>`) and the range of attributes past the cap, if any. With
        /// ``dropUnreadAttributes`` it records each unread attribute's bytes in ``pending``: a token
        /// runs from its name to the end of its value (or the blanks after a bare name), and a token
        /// libxml2 cannot read as an attribute (`"x"`, `@click`) goes too, as it gives libxml2 nothing.
        private mutating func attributes(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Range<Int>?) {
            let n = p.count
            var i = start
            var count = 0
            var cutFrom: Int?
            // Names already deferred on this tag (libxml2 keeps the first of a repeated name), one bit each.
            var seen: UInt64 = 0
            tagAttributes.removeAll(keepingCapacity: true)
            tagDeferrable = deferValues
            Self.skipBlanks(p, &i)
            while i < n, p[i] != 0x3E, !(p[i] == 0x2F && i + 1 < n && p[i + 1] == 0x3E) {
                let token = i
                var read = false
                if Self.isNameStart(p[i]) {
                    // htmlParseHTMLName: at most 100 name characters; the rest of a longer name is the next token.
                    // The name's key (``ReadAttributes/key(_:)``) is packed as it is read.
                    var low: UInt64 = 0, high: UInt64 = 0
                    while i < n, i - token < Self.maxNameLength {
                        let b = p[i]
                        guard Self.isNameCharacter(b) else { break }
                        let k = i - token
                        let lower = UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                        if k < 8 { low |= lower << (8 * UInt64(k)) } else if k < 16 { high |= lower << (8 * UInt64(k - 8)) }
                        i += 1
                    }
                    let length = i - token
                    let key = length <= 16 ? TagKey(low: low, high: high, extra: UInt64(length)) : TagKey(low: 0, high: 0, extra: TagKey.longName)
                    let index = dropUnreadAttributes ? readAttributes[key] : -1
                    read = index >= 0
                    // The value's bytes as libxml2 returns them when they pass unchanged (nil: no value).
                    var value: Range<Int>?
                    Self.skipBlanks(p, &i)
                    if i < n, p[i] == 0x3D {
                        i += 1
                        Self.skipBlanks(p, &i)
                        if i < n, p[i] == 0x22 || p[i] == 0x27 {
                            let open = i
                            if let close = Self.next(p, p[i], from: i + 1) {
                                i = close + 1
                                value = (open + 1)..<close
                            } else {
                                // Never closed: libxml2 reads to the end of the page.
                                i = n
                                if read { tagDeferrable = false }
                            }
                        } else {
                            let from = i
                            while i < n, !Self.isBlank(p[i]), p[i] != 0x3E { i += 1 }
                            value = from..<i
                        }
                    }
                    if read, tagDeferrable {
                        let reading = value.map { DeferredAttributes.reading(p, $0) } ?? .unchanged
                        if reading == .other {
                            tagDeferrable = false
                        } else if seen & (1 << UInt64(index)) == 0 {
                            seen |= 1 << UInt64(index)
                            tagAttributes.append(DeferredAttributes.Attribute(name: index, valueStart: Int32(value?.lowerBound ?? 0),
                                                                              valueCount: Int32(value?.count ?? -1),
                                                                              hasAmpersands: reading == .ampersands))
                        }
                    }
                } else {
                    // Not a name: libxml2 skips to the next blank or the tag's end.
                    while i < n, !Self.isBlank(p[i]), p[i] != 0x3E, !(p[i] == 0x2F && i + 1 < n && p[i + 1] == 0x3E) { i += 1 }
                }
                count += 1
                if count == InputLimits.maxAttributesPerElement + 1 { cutFrom = token }
                if count > InputLimits.maxAttributesPerElement {
                    report.attributesDropped += 1
                } else if dropUnreadAttributes, !read {
                    pending.append(token..<i)
                }
                Self.skipBlanks(p, &i)
            }
            let close = i
            if cutFrom != nil || close >= n { tagDeferrable = false }
            tagAttributeBytes = start..<close
            if i < n, p[i] == 0x2F { i += 1 }
            return (i < n ? i + 1 : n, cutFrom.map { $0..<close })
        }

        /// Records a start tag's cuts; false when the tag itself is dropped (past a cap).
        private mutating func startTag(_ name: TagKey, _ nameFacts: TagFacts, range: Range<Int>, attributeCut: Range<Int>?) -> Bool {
            defer { pending.removeAll(keepingCapacity: true) }
            elements += 1
            if elements > InputLimits.maxElements {
                report.tagsOverCount += 1
                drop(name, range)
                return false
            }
            if !nameFacts.isVoid, !nameFacts.isRawText {
                if nameFacts.closesKind >= 0, let top = stack.last,
                   closesItsKind[nameFacts.closesKind].1.contains(top.name) { stack.removeLast() }
                if stack.count >= InputLimits.maxDepth {
                    report.tagsTooDeep += 1
                    drop(name, range)
                    return false
                }
                stack.append((name, nameFacts.endPriority))
            }
            if tagDeferrable, !tagAttributes.isEmpty, !DeferredAttributes.neverDeferred.contains(name) {
                // The attributes, read and unread, give way to the marker of the recorded ones.
                markers.append((cuts.count, deferred.elements.count))
                cuts.append(tagAttributeBytes)
                deferred.elements.append(Int32(deferred.attributes.count))
                deferred.attributes.append(contentsOf: tagAttributes)
                return true
            }
            cuts.append(contentsOf: pending)
            if let attributeCut { cuts.append(attributeCut) }
            return true
        }

        private mutating func drop(_ name: TagKey, _ range: Range<Int>) {
            cuts.append(range)
            let nameFacts = facts[name]
            if !nameFacts.isVoid, !nameFacts.isRawText { dropped[name, default: 0] += 1 }
        }

        /// Follows an end tag; false when it is dropped (its start tag was).
        private mutating func endTag(_ name: TagKey, range: Range<Int>) -> Bool {
            if !dropped.isEmpty, let count = dropped[name], count > 0 {
                dropped[name] = count == 1 ? nil : count - 1
                cuts.append(range)
                return false
            }
            // Close back to the match, as libxml2 does, unless a higher-priority element stands between.
            let priority = facts[name].endPriority
            var k = stack.count - 1
            while k >= 0 {
                if stack[k].name == name { break }
                if stack[k].priority > priority { return true }
                k -= 1
            }
            if k >= 0 { stack.removeSubrange(k...) }
            return true
        }

        // MARK: bytes

        static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        /// libxml2's `IS_BLANK_CH`: space, tab, LF, CR (not form feed).
        static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
        /// libxml2's HTML names (`htmlParseHTMLName`): ASCII letters, digits, `:`, `-`, `_`, `.`; the
        /// first not a digit or `-`; at most ``maxNameLength`` of them.
        static func isNameCharacter(_ b: UInt8) -> Bool {
            isLetter(b) || (b >= 0x30 && b <= 0x39) || b == 0x3A || b == 0x2D || b == 0x5F || b == 0x2E
        }
        static func isNameStart(_ b: UInt8) -> Bool { isLetter(b) || b == 0x5F || b == 0x3A || b == 0x2E }
        /// libxml2's `HTML_PARSER_BUFFER_SIZE`: a name is cut after this many characters.
        static let maxNameLength = 100

        static func skipBlanks(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int) {
            while i < p.count, isBlank(p[i]) { i += 1 }
        }

        static func matchesCaseless(_ p: UnsafeBufferPointer<UInt8>, _ at: Int, _ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard at + count <= p.count else { return false }
            for k in 0..<count where p[at + k] | 0x20 != word.utf8Start[k] { return false }
            return true
        }

        /// The end (after `>`) of a declaration whose quoted strings may hold `>`.
        static func endOfQuotedDeclaration(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            var i = start
            while i < p.count {
                switch p[i] {
                case 0x3E: return i + 1
                case 0x22, 0x27: i = next(p, p[i], from: i + 1).map { $0 + 1 } ?? p.count
                default: i += 1
                }
            }
            return p.count
        }

        /// A tag name, lower-cased, and where it ends.
        mutating func readName(_ p: UnsafeBufferPointer<UInt8>, from start: Int) -> (TagKey, Int) {
            var i = start
            var low: UInt64 = 0, high: UInt64 = 0
            while i < p.count, i - start < Self.maxNameLength, Self.isNameCharacter(p[i]) {
                let b = p[i]
                let lower = UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                let k = i - start
                if k < 8 { low |= lower << (8 * UInt64(k)) } else if k < 16 { high |= lower << (8 * UInt64(k - 8)) }
                i += 1
            }
            let length = i - start
            guard length > 16 else { return (TagKey(low: low, high: high, extra: UInt64(length)), i) }
            // Names longer than any element's are still read to their end, but not kept whole.
            let kept = UnsafeBufferPointer(rebasing: p[start..<start + min(length, TagKey.maxKeptBytes)])
            let spelling = kept.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            let id: UInt64
            if let known = longNames[spelling] { id = known } else { id = UInt64(longNames.count); longNames[spelling] = id }
            return (TagKey(low: 0, high: 0, extra: TagKey.longName | id), i)
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
