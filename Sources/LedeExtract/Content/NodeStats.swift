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
    }

    private(set) var infos: [Info] = []
    private(set) var nodes: [HTMLNode] = []
    /// ``ownTextLength(_:)`` of every element, filled by the first ``computeLengths()``.
    private var ownText: [Int] = []
    /// The tag sets of the content stage, by the document's tag ids.
    let tags: ContentTags

    /// Numbers every element below `root` in document order and records its parent.
    init(root: HTMLNode) {
        let tags = ContentTags(root.document)
        self.tags = tags
        root.walk { node in
            guard node.isElement else { return .continue }
            let index = nodes.count
            node.scratch = Int32(index + 1)
            var info = Info()
            if let p = node.parent, let idx = Self.index(of: p) { info.parent = idx }
            infos.append(info)
            nodes.append(node)
            if node.is("h1") || node["itemprop"] == "articleBody" {
                var p = info.parent
                while p >= 0, !infos[p].holdsArticle { infos[p].holdsArticle = true; p = infos[p].parent }
            }
            if node.is("h1") {
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
        if ownText.isEmpty { ownText = nodes.map(Self.ownTextLength) }
        for i in infos.indices where !infos[i].pruned {
            infos[i].text = ownText[i]
            infos[i].own = ownText[i]
        }
        // Reverse document order visits children before parents.
        for i in infos.indices.reversed() where !infos[i].pruned {
            if nodes[i].is("a") { infos[i].link = infos[i].text }
            // A paragraph's words count as prose when under a third of them are link text.
            let isProse = (nodes[i].is("p") || nodes[i].is("li") || nodes[i].is("pre") || nodes[i].is("blockquote"))
                && infos[i].text >= 25 && infos[i].link * 3 < infos[i].text
            if isProse { infos[i].prose = infos[i].text } else if infos[i].own >= 50 { infos[i].prose += infos[i].own }
            let p = infos[i].parent
            if p >= 0, !infos[p].pruned {
                infos[p].text += infos[i].text
                infos[p].link += infos[i].link
                infos[p].prose += infos[i].prose
            }
        }
    }

    /// Non-space bytes of the element's own text nodes.
    static func ownTextLength(_ node: HTMLNode) -> Int {
        var own = 0
        var c = node.firstChild
        while let n = c {
            if n.isText { for b in n.contentBytes where b > 0x20 { own += 1 } }
            c = n.nextSibling
        }
        return own
    }

    /// Counts the commas of every element once, children before parents, so scoring reads them in
    /// constant time (walking each candidate's subtree was quadratic on deeply nested pages).
    mutating func computeCommas() {
        for i in infos.indices.reversed() {
            let node = nodes[i]
            if tags.ignored.contains(node) {
                // Not indexed below: counted by a walk of its own (these subtrees do not nest).
                infos[i].commas = node.is("script") || node.is("style") ? 0 : ContentExtractor.commas(node, ownOnly: false)
            } else {
                var own = 0
                var c = node.firstChild
                while let n = c {
                    if n.isText, let text = n.rawContent { own += ContentExtractor.commas(in: text) }
                    c = n.nextSibling
                }
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
