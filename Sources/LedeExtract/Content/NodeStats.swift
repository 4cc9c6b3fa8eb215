#if canImport(Glibc)
import Glibc
#endif
/// Text and link lengths of every element, computed in one pass and indexed through each node's
/// ``HTMLNode/scratch`` slot so later stages read them in constant time.
struct NodeStats {
    struct Info {
        var parent: Int = -1
        /// Non-space text bytes below the element, excluding pruned subtrees.
        var text = 0
        /// The part of `text` inside links.
        var link = 0
        /// Non-space bytes of the element's own text nodes (not its children's).
        var own = 0
        /// Text in prose below the element: paragraphs, list items and prose-holding divs that are not mostly links.
        var prose = 0
        var score = 0.0
        var pruned = false
        /// An ancestor is pruned (kept up to date by ``markPrunedAncestry(_:)`` in document order).
        var prunedAbove = false
        /// An ancestor of the headline or of an `itemprop=articleBody`: never pruned. (Not of every
        /// `<article>`: blogs wrap each comment in one.)
        var holdsArticle = false
        /// An `<h1>` is below.
        var holdsHeadline = false
        /// One past the index of the element's last descendant: its subtree is `index..<end`.
        var end = 0
        var scored = false
        /// Commas in all the text below the element (scripts and styles aside), and in its own text nodes.
        var commas = 0
        var ownCommas = 0
        /// An `<a>`: its text is link text.
        var isLink = false
        /// A `<p>`, `<li>`, `<pre>` or `<blockquote>`: its text may count as prose.
        var isProseTag = false
    }

    private(set) var infos: [Info] = []
    private(set) var nodes: [HTMLNode] = []
    /// ``ownTextCounts(_:)`` of every element, filled by the first ``computeLengths()``.
    private var ownText: [(length: Int, commas: Int)] = []
    /// The tag sets of the content stage, by the document's tag ids.
    let tags: ContentTags

    /// Numbers every element below `root` in document order and records its parent.
    init(root: HTMLNode) {
        let tags = ContentTags(root.document)
        self.tags = tags
        // At most one entry per node of the document: reserved once instead of regrown.
        infos.reserveCapacity(root.document.nodeCount)
        nodes.reserveCapacity(root.document.nodeCount)
        root.walk { node in
            guard node.isElement else { return .continue }
            let index = nodes.count
            node.scratch = Int32(index + 1)
            var info = Info()
            if let p = node.parent, let idx = Self.index(of: p) { info.parent = idx }
            info.isLink = node.is(.a)
            info.isProseTag = node.is(.p) || node.is(.li) || node.is(.pre) || node.is(.blockquote)
            infos.append(info)
            nodes.append(node)
            if node.is(.h1) || node[.itemprop] == "articleBody" {
                var p = info.parent
                while p >= 0, !infos[p].holdsArticle { infos[p].holdsArticle = true; p = infos[p].parent }
            }
            if node.is(.h1) {
                var p = info.parent
                while p >= 0, !infos[p].holdsHeadline { infos[p].holdsHeadline = true; p = infos[p].parent }
            }
            if tags.ignored.contains(node) { infos[index].pruned = true; return .skipChildren }
            return .continue
        }
        for i in infos.indices.reversed() {
            infos[i].end = max(infos[i].end, i + 1)
            let p = infos[i].parent
            if p >= 0 { infos[p].end = max(infos[p].end, infos[i].end) }
        }
    }

    static func index(of p: HTMLNode) -> Int? {
        let slot = p.scratch
        return slot == 0 ? nil : Int(slot) - 1
    }

    func index(_ node: HTMLNode) -> Int? { Self.index(of: node) }

    subscript(_ i: Int) -> Info {
        get { infos[i] }
        set { infos[i] = newValue }
    }

    /// Recomputes `text` and `link` for every element, leaving out pruned subtrees.
    mutating func computeLengths() {
        for i in infos.indices { infos[i].text = 0; infos[i].link = 0; infos[i].prose = 0 }
        // An element's own text does not change when others are pruned: counted on the first call only.
        if ownText.isEmpty { ownText = nodes.map(Self.ownTextCounts) }
        for i in infos.indices where !infos[i].pruned {
            infos[i].text = ownText[i].length
            infos[i].own = ownText[i].length
        }
        // Reverse document order visits children before parents.
        for i in infos.indices.reversed() where !infos[i].pruned {
            if infos[i].isLink { infos[i].link = infos[i].text }
            // A paragraph's words count as prose when under a third of them are link text.
            let isProse = infos[i].isProseTag && infos[i].text >= 25 && infos[i].link * 3 < infos[i].text
            if isProse { infos[i].prose = infos[i].text } else if infos[i].own >= 50 { infos[i].prose += infos[i].own }
            let p = infos[i].parent
            if p >= 0, !infos[p].pruned {
                infos[p].text += infos[i].text
                infos[p].link += infos[i].link
                infos[p].prose += infos[i].prose
            }
        }
    }

    /// Non-space bytes of the element's own text nodes, and their commas (as
    /// ``ContentExtractor/commas(in:)`` counts them), in one pass over the bytes.
    static func ownTextCounts(_ node: HTMLNode) -> (length: Int, commas: Int) {
        var own = 0
        var commas = 0
        var c = node.firstChild
        while let n = c {
            if n.isText, let base = n.contentBytes.baseAddress {
                let count = n.contentBytes.count
                // A branch-free loop the compiler can vectorise: this reads every byte of text.
                // It also counts ASCII commas and notes any lead byte of the two wide commas.
                var nonSpace = 0, asciiCommas = 0
                var wideLead: UInt8 = 0
                for i in 0..<count {
                    let b = base[i]
                    nonSpace &+= b > 0x20 ? 1 : 0
                    asciiCommas &+= b == 0x2C ? 1 : 0
                    wideLead |= b == 0xEF || b == 0xE3 ? 1 : 0
                }
                own += nonSpace
                // Commas are counted up to a NUL, as the C-string count does: with no NUL and no
                // wide comma's lead byte, that count is the ASCII commas already counted.
                let nul = memchr(base, 0, count).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? count
                commas += nul == count && wideLead == 0 ? asciiCommas : commaCount(n.contentBytes, upTo: nul)
            }
            c = n.nextSibling
        }
        return (own, commas)
    }

    /// ``ContentExtractor/commas(in:)`` over `bytes[..<end]`, a byte past the end read as the NUL there.
    static func commaCount(_ bytes: UnsafeBufferPointer<UInt8>, upTo end: Int) -> Int {
        var count = 0
        for i in 0..<end {
            let b = bytes[i]
            if b == 0x2C { count += 1; continue }
            guard b == 0xEF || b == 0xE3, i + 2 < end else { continue }
            // U+FF0C fullwidth comma and U+3001 ideographic comma (a byte at or past `end` is the
            // NUL there, which matches neither).
            if b == 0xEF, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x8C { count += 1 }
            else if b == 0xE3, bytes[i + 1] == 0x80, bytes[i + 2] == 0x81 { count += 1 }
        }
        return count
    }

    /// Counts the commas of every element once, children before parents, so scoring reads them in
    /// constant time (walking each candidate's subtree was quadratic on deeply nested pages).
    mutating func computeCommas() {
        for i in infos.indices.reversed() {
            let node = nodes[i]
            if tags.ignored.contains(node) {
                // Not indexed below: counted by a walk of its own (these subtrees do not nest).
                infos[i].commas = node.is(.script) || node.is(.style) ? 0 : ContentExtractor.commas(node, ownOnly: false)
            } else {
                // Counted with the own text lengths (once, whatever was pruned since).
                let own = ownText.isEmpty ? Self.ownTextCounts(node).commas : ownText[i].commas
                infos[i].ownCommas = own
                infos[i].commas += own
            }
            let p = infos[i].parent
            if p >= 0 { infos[p].commas += infos[i].commas }
        }
    }

    func linkDensity(_ i: Int) -> Double {
        infos[i].text == 0 ? 0 : Double(infos[i].link) / Double(infos[i].text)
    }

    /// True when the element or one of its ancestors is pruned. Constant time: ancestry is
    /// recorded in document order, so a page nested 100,000 deep costs no more than a flat one.
    func isInsidePruned(_ i: Int) -> Bool {
        infos[i].pruned || infos[i].prunedAbove
    }

    /// Records whether element `i`'s parent is pruned or sits under a pruned element; call it for
    /// each element in document order (parents come before their children).
    mutating func markPrunedAncestry(_ i: Int) {
        let p = infos[i].parent
        infos[i].prunedAbove = p >= 0 && (infos[p].pruned || infos[p].prunedAbove)
    }

    /// Clears the scratch slots so the tree is left as it was found.
    func reset() {
        for n in nodes { n.scratch = 0 }
    }
}
