import CLibXML2

/// Builds Lede's compact tree from libxml2's SAX events: libxml2 tokenises and decides the
/// structure (implied `html`/`body`/`p`, auto-closing, misplaced tags), and this records each
/// event in flat arrays instead of libxml2's malloc'd `xmlNode`s.
///
/// ```swift
/// var builder = HTMLTreeBuilder(expectedBytes: utf8.count)
/// // handed to libxml2 as the SAX user data; its callbacks call startElement, characters…
/// ```
///
/// It mirrors what libxml2's own tree builder (`SAX2.c`, 2.9.14) makes of the same events, so
/// the extraction stages see the tree they saw before: adjacent character runs in one element
/// merge into one text node (likewise script/style CDATA); text outside every element is
/// dropped; an element opened when none is open becomes the root, a child of the root, or a
/// top-level sibling exactly as `xmlSAX2StartElement` links it; a name with a prefix (`fb:like`)
/// keeps its local part; a boolean attribute written without a value (`<input checked>`) gets its
/// own name as value.
struct HTMLTreeBuilder {
    // The tree's storage, handed to the document as it stands (see ``GrowingBuffer``).
    var nodes: GrowingBuffer<HTMLNodeRecord>
    var bytes: GrowingBuffer<UInt8>
    var attributes: GrowingBuffer<HTMLAttributeRecord>
    var tagNames: [String] = Self.seeded.names
    var tagSlices: GrowingBuffer<HTMLByteSlice>
    /// The parser context, for `xmlSplitQName` (set before parsing).
    var context: htmlParserCtxtPtr?
    /// The attributes taken out of the bytes before the parse (``DeferredAttributes/elements``
    /// and ``DeferredAttributes/attributes``), given back at their markers; the runs of text
    /// taken out (``DeferredAttributes/texts``); and the bytes they are slices of. Set by the
    /// document for the parse (pointers, so no callback retains the arrays); each marker libxml2
    /// reports takes the next element or run. Without `markersAreDeferred` (a parse of bytes the
    /// scan did not defer from) an attribute named like a marker is an attribute.
    var markersAreDeferred = false
    var deferredElements = UnsafeBufferPointer<Int32>(start: nil, count: 0)
    var deferredAttributes = UnsafeBufferPointer<DeferredAttributes.Attribute>(start: nil, count: 0)
    var textRuns = UnsafeBufferPointer<HTMLByteSlice>(start: nil, count: 0)
    /// Likewise the blank runs (``DeferredAttributes/blanks``), and the byte that marks them.
    var blankRuns = UnsafeBufferPointer<HTMLByteSlice>(start: nil, count: 0)
    var blankMarker: UInt8?
    var textSource: UnsafePointer<UInt8>?
    /// How many of `textRuns` and `blankRuns` markers have claimed.
    private(set) var textRunsUsed = 0
    private(set) var blankRunsUsed = 0
    /// How many deferred elements' markers libxml2 has reported, and whether one came out of step.
    private(set) var elementsUsed = 0
    private(set) var elementsSlipped = false

    /// Open elements, innermost last (libxml2's `ctxt->node` stack).
    private var open: [Int32] = []
    private var sawDoctype = false
    /// Tag names by libxml2's interned name pointer (each distinct name has one for the parse).
    private var tagsByPointer = PointerTable()
    /// Tag names by spelling, for a name reached through a new pointer.
    private var tagsBySpelling: [[UInt8]: Int32] = Self.seeded.bySpelling

    /// Where each of ``ReadAttributes/names`` is spelled in the byte buffer (by ``HTMLAttribute``
    /// id): a deferred attribute's name points there instead of being copied for every attribute.
    private let attributeNameSlices: [HTMLByteSlice] = Self.seeded.attributeNames

    /// The name table every document starts from: "" (id 0) and the ``HTMLTag`` names at their
    /// ids, each spelled into the byte buffer as ``intern(_:)`` spells a new name; then the names
    /// of the read attributes.
    private static let seeded: (names: [String], slices: [HTMLByteSlice], bytes: [UInt8], bySpelling: [[UInt8]: Int32],
                                attributeNames: [HTMLByteSlice]) = {
        var names = [""], slices = [HTMLByteSlice(start: 0, count: 0)], bytes: [UInt8] = [], bySpelling: [[UInt8]: Int32] = [:]
        for tag in HTMLTag.allCases {
            precondition(Int(tag.rawValue) == names.count)
            let spelling = Array(tag.name.utf8)
            slices.append(HTMLByteSlice(start: Int32(bytes.count), count: Int32(spelling.count)))
            bytes += spelling + [0]
            names.append(tag.name)
            bySpelling[spelling] = tag.rawValue
        }
        var attributeNames: [HTMLByteSlice] = []
        for spelling in ReadAttributes.utf8Names {
            attributeNames.append(HTMLByteSlice(start: Int32(bytes.count), count: Int32(spelling.count)))
            bytes += spelling + [0]
        }
        return (names, slices, bytes, bySpelling, attributeNames)
    }()

    /// Expected sizes: about one node per 40 bytes of markup on news pages.
    init(expectedBytes: Int) {
        nodes = GrowingBuffer([HTMLNodeRecord(kind: .document)], capacity: expectedBytes / 40 + 16)
        bytes = GrowingBuffer(Self.seeded.bytes, capacity: Self.seeded.bytes.count + expectedBytes / 2 + 64)
        attributes = GrowingBuffer(capacity: expectedBytes / 60 + 16)
        tagSlices = GrowingBuffer(Self.seeded.slices, capacity: Self.seeded.slices.count + 64)
    }

    // MARK: events

    mutating func startElement(_ fullName: UnsafePointer<xmlChar>, _ pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard let tag = intern(fullName) else { return }
        let index = Int32(nodes.count)
        var record = HTMLNodeRecord(kind: .element)
        record.tag = tag
        record.start = Int32(attributes.count)
        if let pairs {
            var i = 0
            while let name = pairs[i] {
                // The marker test first: it rules out other names by their first byte, and the
                // deferred attributes are touched (and retained) only for a marker.
                if markersAreDeferred, let digit = DeferredAttributes.digit(ofMarker: name), let source = textSource {
                    // The k-th marker is element k's; a digit out of step means libxml2 dropped one.
                    let k = elementsUsed
                    elementsUsed += 1
                    if k < deferredElements.count, digit == k % 10 { appendDeferred(element: k, source: source) } else { elementsSlipped = true }
                    i += 2
                    continue
                }
                let nameSlice = append(name, terminate: false)
                var valueSlice = HTMLByteSlice(start: Int32(bytes.count), count: 0)
                if let value = pairs[i + 1] {
                    valueSlice = append(value, terminate: false)
                } else if htmlIsBooleanAttr(name) != 0 {
                    valueSlice = nameSlice
                }
                let id = Self.attributeID(name, count: Int(nameSlice.count))
                attributes.append(HTMLAttributeRecord(nameStart: nameSlice.start, nameCount: nameSlice.count,
                                                      valueStart: valueSlice.start, valueCount: valueSlice.count, id: id))
                i += 2
            }
        }
        record.count = Int32(attributes.count) - record.start
        for k in Int(record.start)..<attributes.count where attributes[k].id >= 0 {
            record.attributeBits |= 1 << UInt32(attributes[k].id)
        }
        nodes.append(record)
        if let parent = open.last {
            link(index, to: parent)
        } else {
            // xmlSAX2StartElement: the first top-level node decides. An element there takes every later
            // top-level element as a child; a doctype or comment there makes it a sibling.
            let first = nodes[0].firstChild
            if first >= 0, nodes[Int(first)].kind == .element { link(index, to: first) } else { link(index, to: 0) }
        }
        open.append(index)
    }

    mutating func endElement() {
        if !open.isEmpty { open.removeLast() }
    }

    mutating func characters(_ chars: UnsafePointer<xmlChar>, _ length: Int, kind: HTMLNodeKind) {
        guard let parent = open.last else {
            // Text outside every element is dropped, but its markers still claim their runs.
            if kind == .text, !textRuns.isEmpty || !blankRuns.isEmpty {
                let counts = DeferredText.markerCounts(in: UnsafeBufferPointer(start: chars, count: length), blankMarker: blankMarker)
                textRunsUsed += counts.texts
                blankRunsUsed += counts.blanks
            }
            return
        }
        let last = nodes[Int(parent)].lastChild
        if last >= 0, nodes[Int(last)].kind == kind {
            // Adjacent runs merge into one node, as xmlSAX2Text concatenates them.
            let old = nodes[Int(last)]
            if Int(old.start + old.count) + 1 == bytes.count {
                bytes.removeLast()
            } else {
                let copy = Array(UnsafeBufferPointer(start: bytes.base + Int(old.start), count: Int(old.count)))
                nodes[Int(last)].start = Int32(bytes.count)
                copy.withUnsafeBufferPointer { bytes.append(contentsOf: $0) }
            }
            let added = appendCharacters(chars, length, kind: kind)
            bytes.append(0)
            nodes[Int(last)].count += Int32(added)
            return
        }
        var record = HTMLNodeRecord(kind: kind)
        record.start = Int32(bytes.count)
        record.count = Int32(appendCharacters(chars, length, kind: kind))
        bytes.append(0)
        let index = Int32(nodes.count)
        nodes.append(record)
        link(index, to: parent)
    }

    /// A comment or processing instruction: in the open element, else at the top level.
    mutating func leaf(_ kind: HTMLNodeKind, content: UnsafePointer<xmlChar>?) {
        var record = HTMLNodeRecord(kind: kind)
        if let content {
            let slice = append(content, terminate: true)
            record.start = slice.start
            record.count = slice.count
        } else {
            record.start = Int32(bytes.count)
            bytes.append(0)
        }
        let index = Int32(nodes.count)
        nodes.append(record)
        link(index, to: open.last ?? 0)
    }

    /// A doctype: libxml2 keeps the first one, always as the document's first child.
    mutating func doctype() {
        guard !sawDoctype else { return }
        sawDoctype = true
        var record = HTMLNodeRecord(kind: .other)
        record.start = Int32(bytes.count)
        bytes.append(0)
        let index = Int32(nodes.count)
        record.parent = 0
        record.next = nodes[0].firstChild
        nodes.append(record)
        if nodes[0].firstChild >= 0 { nodes[Int(nodes[0].firstChild)].previous = index } else { nodes[0].lastChild = index }
        nodes[0].firstChild = index
    }

    // MARK: storage

    /// Appends character data to the byte buffer, each text marker in it replaced by the next
    /// deferred run; returns how many bytes were appended.
    private mutating func appendCharacters(_ chars: UnsafePointer<xmlChar>, _ length: Int, kind: HTMLNodeKind) -> Int {
        let data = UnsafeBufferPointer(start: chars, count: length)
        guard kind == .text, !textRuns.isEmpty || !blankRuns.isEmpty, let source = textSource else {
            bytes.append(contentsOf: data)
            return length
        }
        let before = bytes.count
        var from = 0
        DeferredText.forEachMarker(in: data, blankMarker: blankMarker) { at, blank in
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: data[from..<at]))
            from = at + (blank ? 1 : DeferredText.marker.count)
            let runs = blank ? blankRuns : textRuns
            let used = blank ? blankRunsUsed : textRunsUsed
            if blank { blankRunsUsed += 1 } else { textRunsUsed += 1 }
            // A marker past the last run cannot be one of the scan's (the page holds none); it is
            // kept as written, and the count of claimed runs tells the document something slipped.
            guard used < runs.count else {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: data[at..<from]))
                return
            }
            let run = runs[used]
            bytes.append(contentsOf: UnsafeBufferPointer(start: source + Int(run.start), count: Int(run.count)))
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: data[from...]))
        return bytes.count - before
    }

    /// A marked element's recorded attributes, stored as the loop in `startElement` stores libxml2's.
    private mutating func appendDeferred(element k: Int, source: UnsafePointer<UInt8>) {
        let end = k + 1 < deferredElements.count ? Int(deferredElements[k + 1]) : deferredAttributes.count
        for index in Int(deferredElements[k])..<end {
            let a = deferredAttributes[index]
            let nameSlice = attributeNameSlices[Int(a.name)]
            var valueSlice = HTMLByteSlice(start: Int32(bytes.count), count: 0)
            if a.valueCount >= 0 {
                valueSlice.count = DeferredAttributes.appendValue(a, from: source, to: &bytes)
            } else if Self.booleanNames[Int(a.name)] {
                valueSlice = nameSlice
            }
            attributes.append(HTMLAttributeRecord(nameStart: nameSlice.start, nameCount: nameSlice.count,
                                                  valueStart: valueSlice.start, valueCount: valueSlice.count, id: a.name))
        }
    }

    /// The ``HTMLAttribute`` id of a name libxml2 passed (`count` bytes), -1 unless it is spelled
    /// exactly as one of ``ReadAttributes/names`` (the key folds case; the stored name does not).
    static func attributeID(_ name: UnsafePointer<xmlChar>, count: Int) -> Int16 {
        let bytes = UnsafeBufferPointer(start: name, count: count)
        let id = ReadAttributes.indices[ReadAttributes.key(bytes)]
        guard id >= 0, ReadAttributes.utf8Names[Int(id)].elementsEqual(bytes) else { return -1 }
        return id
    }

    /// Which of ``ReadAttributes/names`` libxml2 counts as boolean (valued with their name when bare).
    static let booleanNames: [Bool] = ReadAttributes.utf8Names.map { name in
        (name + [0]).withUnsafeBufferPointer { htmlIsBooleanAttr($0.baseAddress) != 0 }
    }

    private mutating func link(_ child: Int32, to parent: Int32) {
        nodes[Int(child)].parent = parent
        let last = nodes[Int(parent)].lastChild
        if last < 0 {
            nodes[Int(parent)].firstChild = child
        } else {
            nodes[Int(last)].next = child
            nodes[Int(child)].previous = last
        }
        nodes[Int(parent)].lastChild = child
    }

    /// Copies a NUL-terminated string into the byte buffer.
    private mutating func append(_ string: UnsafePointer<xmlChar>, terminate: Bool) -> HTMLByteSlice {
        let count = strlen(UnsafeRawPointer(string).assumingMemoryBound(to: CChar.self))
        let slice = HTMLByteSlice(start: Int32(bytes.count), count: Int32(count))
        bytes.append(contentsOf: UnsafeBufferPointer(start: string, count: count))
        if terminate { bytes.append(0) }
        return slice
    }

    /// The tag id of an element name, as libxml2's tree would name the element.
    private mutating func intern(_ fullName: UnsafePointer<xmlChar>) -> Int32? {
        let key = UInt(bitPattern: fullName)
        if let known = tagsByPointer[key] { return known }
        var spelling: [UInt8]
        let length = strlen(UnsafeRawPointer(fullName).assumingMemoryBound(to: CChar.self))
        if memchr(fullName, 0x3A, length) != nil {
            // A prefixed name: libxml2 keeps the local part (`fb:like` becomes `like`).
            var prefix: UnsafeMutablePointer<xmlChar>?
            guard let local = xmlSplitQName(context, fullName, &prefix) else { return nil }
            spelling = Array(UnsafeBufferPointer(start: local, count: strlen(UnsafeRawPointer(local).assumingMemoryBound(to: CChar.self))))
            free(local)  // libxml2 allocates with malloc unless xmlMemSetup changed it (Lede never does)
            if let prefix { free(prefix) }
        } else {
            spelling = Array(UnsafeBufferPointer(start: fullName, count: length))
        }
        let id: Int32
        if let existing = tagsBySpelling[spelling] {
            id = existing
        } else {
            id = Int32(tagNames.count)
            let start = Int32(bytes.count)
            spelling.withUnsafeBufferPointer { bytes.append(contentsOf: $0) }
            bytes.append(0)
            tagSlices.append(HTMLByteSlice(start: start, count: Int32(spelling.count)))
            tagNames.append(String(decoding: spelling, as: UTF8.self))
            tagsBySpelling[spelling] = id
        }
        tagsByPointer[key] = id
        return id
    }
}

/// An open-addressing table from pointer to tag id: a Swift dictionary would hash every element's
/// name pointer with SipHash, a measurable share of parsing a page of a few thousand elements.
struct PointerTable {
    private var keys = [UInt](repeating: 0, count: 256)
    private var values = [Int32](repeating: 0, count: 256)
    private var used = 0

    subscript(key: UInt) -> Int32? {
        get {
            let mask = keys.count - 1
            var slot = Self.hash(key) & mask
            while keys[slot] != 0 {
                if keys[slot] == key { return values[slot] }
                slot = (slot + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { return }
            if (used + 1) * 2 > keys.count { grow() }
            let mask = keys.count - 1
            var slot = Self.hash(key) & mask
            while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == 0 { used += 1 }
            keys[slot] = key
            values[slot] = newValue
        }
    }

    private static func hash(_ key: UInt) -> Int {
        Int(truncatingIfNeeded: ((key >> 3) &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        used = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 { self[k] = v }
    }
}
