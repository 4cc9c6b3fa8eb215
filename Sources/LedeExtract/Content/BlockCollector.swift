import LedeCore

/// Walks the chosen containers in document order and turns them into ``Block``s.
struct BlockCollector {
    let stats: NodeStats
    let title: String
    let baseURL: String?
    private(set) var blocks: [Block] = []
    private(set) var removed: [Removal] = []

    /// Elements that end a run of inline text.
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
        "figure", "figcaption", "table", "tr", "td", "th", "pre", "header", "footer", "aside", "nav", "form", "dl",
        "dt", "dd", "hr", "address", "details", "summary", "center", "fieldset", "picture", "tbody", "thead",
    ]
    private var inline: [UInt8] = []
    private var inlineLinkBytes = 0
    private var pendingBreak = false
    private var titleKey: String

    private var seenTexts: Set<ExactText> = []

    /// Keys of the byline as a line may print it: "Jane Roe", "By Jane Roe", "By Jane Roe and Tom Price".
    private var bylineKeys: Set<String> = []

    init(stats: NodeStats, title: String, baseURL: String?, authors: [String] = []) {
        self.stats = stats
        // Growing the set rehashes every text in it (a normalising hash over all its bytes).
        seenTexts.reserveCapacity(Self.expectedParagraphs)
        self.title = title
        self.baseURL = baseURL
        self.titleKey = TitleChoice.key(title)
        let names = authors.map(TitleChoice.key).filter { $0.count >= Self.minBylineNameKey }
        for n in names { bylineKeys.insert(n); bylineKeys.insert("by" + n); bylineKeys.insert("writtenby" + n) }
        if names.count > 1 {
            let all = names.joined()
            let joined = names.dropLast().joined() + "and" + names.last!
            for k in [all, joined] { bylineKeys.insert(k); bylineKeys.insert("by" + k) }
        }
    }

    mutating func collect(_ node: HTMLNode) {
        visit(node, depth: 0)
        flush()
    }

    private func isPruned(_ node: HTMLNode) -> Bool {
        guard let i = stats.index(node) else { return false }
        return stats[i].pruned
    }

    private mutating func visit(_ node: HTMLNode, depth: Int) {
        if node.isText {
            appendText(node)
            return
        }
        guard node.isElement, !isPruned(node) else { return }
        if depth > Self.maxDepth {
            node.appendText(to: &inline, skipping: isPruned)
            return
        }
        if stats.tags.ignored.contains(node) { return }
        switch node.tag {
        case .br:
            if pendingBreak { flush() } else { inline.append(0x20); pendingBreak = true }
            return
        case .h1, .h2, .h3, .h4, .h5, .h6:
            flush()
            let text = node.text
            guard !text.isEmpty else { return }
            if isTitle(text) || isByline(text) { return }
            if let reason = Boilerplate.reason(for: text) {
                removed.append(Removal(reason: reason, text: text, detail: "heading"))
                return
            }
            if isTeaserHeading(node) {
                removed.append(Removal(reason: .relatedLink, text: text, detail: "heading that links to another page"))
                return
            }
            blocks.append(.heading(level: Self.headingLevel(node), text: text))
            return
        case .blockquote:
            flush()
            let text = node.text
            guard !text.isEmpty else { return }
            blocks.append(.quote(text))
            return
        case .ul, .ol:
            flush()
            list(node, ordered: node.is(.ol))
            return
        case .figure:
            flush()
            figure(node, depth: depth)
            return
        case .figcaption:
            // A caption printed outside any <figure> (under an image in a plain <div>) is the
            // photo's caption and credit, not a paragraph of the article.
            flush()
            if let f = FigureReader.read(node, baseURL: baseURL, captionOnly: true) { blocks.append(.figure(f)) }
            return
        case .img:
            if let f = FigureReader.standaloneImage(node, baseURL: baseURL) { flush(); blocks.append(.figure(f)) }
            return
        case .table:
            flush()
            table(node, depth: depth)
            return
        case .pre:
            flush()
            let text = node.text
            if !text.isEmpty { blocks.append(.paragraph(text)) }
            return
        case .button:
            // A button is drawn as its own box: its edges part words even where the markup has no
            // space ("professor<button>Jane Roe</button>").
            inline.append(0x20)
            children(node, depth: depth)
            inline.append(0x20)
            return
        case .a:
            let before = inline.count
            children(node, depth: depth)
            inlineLinkBytes += inline.count - before
            return
        default:
            break
        }
        if stats.tags.block.contains(node) {
            flush()
            children(node, depth: depth)
            flush()
        } else {
            children(node, depth: depth)
        }
    }

    /// The level of an `<h1>`…`<h6>`.
    static func headingLevel(_ node: HTMLNode) -> Int {
        switch node.tag {
        case .h1: 1
        case .h2: 2
        case .h3: 3
        case .h4: 4
        case .h5: 5
        case .h6: 6
        default: 2
        }
    }

    private mutating func children(_ node: HTMLNode, depth: Int) {
        var c = node.firstChild
        while let n = c {
            if WorkBudget.isOver { return }
            visit(n, depth: depth + 1)
            c = n.nextSibling
        }
    }

    private mutating func appendText(_ node: HTMLNode) {
        let content = node.contentBytes
        inline.append(contentsOf: content)
        let any = content.contains { $0 > 0x20 }
        if any { pendingBreak = false }
    }

    /// A line that is only the byline ("By Jane Roe"), already in the article's authors.
    private mutating func isByline(_ text: String) -> Bool {
        guard !bylineKeys.isEmpty, text.utf8.count <= Self.maxBylineBytes, bylineKeys.contains(TitleChoice.key(text)) else { return false }
        removed.append(Removal(reason: .boilerplate, text: text, detail: "the byline, kept as the article's authors"))
        return true
    }

    private mutating func isTitle(_ text: String) -> Bool {
        // Cheap length test first: the key drops spaces and punctuation, so a match is never far off in length.
        guard !titleKey.isEmpty, text.utf8.count < titleKey.utf8.count * Self.titleLineGrowth + Self.titleLineSlackBytes,
              text.utf8.count * Self.titleKeyShrink >= titleKey.utf8.count,
              TitleChoice.key(text) == titleKey else { return false }
        removed.append(Removal(reason: .duplicateHeadline, text: text, detail: "the headline, shown above the body"))
        return true
    }

    /// A heading inside a link to another page is the headline of a teaser card: the whole card is
    /// the link. (A heading that holds a link is kept: lists of resources are written that way, and
    /// one that links to its own anchor, `#part-2`, is a section heading.)
    private func isTeaserHeading(_ node: HTMLNode) -> Bool {
        func leadsAway(_ a: HTMLNode) -> Bool {
            guard let href = a[.href]?.trimmingSpaces, !href.isEmpty else { return false }
            return !href.hasPrefix("#") && !href.lowercased().hasPrefix("javascript:")
        }
        var p = node.parent
        while let n = p {
            if n.is(.a) { return leadsAway(n) }
            if stats.tags.block.contains(n) { break }
            p = n.parent
        }
        return false
    }

    /// Ends the current run of inline text as a paragraph, unless it is furniture.
    private mutating func flush() {
        defer { inline.removeAll(keepingCapacity: true); inlineLinkBytes = 0; pendingBreak = false }
        guard !inline.isEmpty else { return }
        let text = TextCleaner.collapse(inline)
        guard !text.isEmpty else { return }
        let linkShare = Double(inlineLinkBytes) / Double(max(1, inline.count))
        if isTitle(text) || isByline(text) { return }
        // Lower-cased once for the phrase and the shape checks, which both look only at short lines.
        let lower = text.fits(Boilerplate.maxLength) ? text.lowercasedQuickly : nil
        if let reason = Boilerplate.reason(for: text, lower: lower) {
            removed.append(Removal(reason: reason, text: text, detail: "boilerplate phrase"))
            return
        }
        if linkShare > Self.maxLinkDensity && text.fits(Self.linkListMaxLength - 1) {
            removed.append(Removal(reason: .relatedLink, text: text, detail: "mostly links"))
            return
        }
        if text.utf8.first == 0x42 || text.utf8.first == 0x62, text.fits(Self.maxByLineLength), text.lowercasedQuickly.hasPrefix("by "), !text.hasSuffix(".") {
            removed.append(Removal(reason: .boilerplate, text: text, detail: "byline"))
            return
        }
        let shapeLower = Self.maxFurnitureLength == Boilerplate.maxLength ? lower : (text.fits(Self.maxFurnitureLength) ? text.lowercasedQuickly : nil)
        if let detail = Self.furnitureShape(text, lower: shapeLower) {
            removed.append(Removal(reason: .boilerplate, text: text, detail: detail))
            return
        }

        // A short paragraph that ends in a photo credit is a caption outside a <figure>.
        if text.utf8.count <= Self.maxCreditedCaptionBytes, CreditParser.mayEndWithCredit(text) {
            let split = CreditParser.split(text)
            if let credit = split.credit, split.caption.count >= Self.minCaptionBeforeCredit {
                blocks.append(.figure(Figure(caption: split.caption, credit: credit)))
                return
            }
        }
        // A paragraph printed twice (a teaser repeating the lead, a template rendered twice) is read once.
        if !text.fits(Self.minRepeatLength - 1) {
            // One hash of the text: the insert says whether it was there.
            if !seenTexts.insert(ExactText(text)).inserted {
                removed.append(Removal(reason: .boilerplate, text: ContentExtractor.snippet(text), detail: "repeated text"))
                return
            }
        }
        blocks.append(.paragraph(text))
    }

    /// Lines whose shape alone marks them as page furniture: a bare URL, a lone photo credit, a
    /// control's label, a dateline. (Short lines are kept: measured, dropping one- and two-word
    /// lines cost more body text than furniture on both benchmarks. So is a short line ending in a
    /// colon: "Here's the thing:" and "Ingredients:" introduce the article's own text far more
    /// often than "Written by:" introduces furniture; issue 12 measured it, see Benchmarks/README.md.)
    static func furnitureShape(_ text: String) -> String? {
        furnitureShape(text, lower: text.fits(maxFurnitureLength) ? text.lowercasedQuickly : nil)
    }

    /// The same, given `lower`: `text.lowercased()` when `text.fits(maxFurnitureLength)`, else nil.
    static func furnitureShape(_ text: String, lower: String?) -> String? {
        if text.hasPrefix("http"), !text.utf8.contains(0x20) { return "bare URL" }
        // A credit line has at most `maxCreditLineLength` Characters once trimmed: a text with
        // surely more non-space Characters is not read as one (the test trims and counts).
        if !text.surelyMoreNonSpaceCharacters(than: Self.maxCreditLineLength), LineRules.isCreditLine(text) { return "photo credit outside a figure" }
        // Every check below looks at lines of at most this many Characters.
        guard let lower else { return nil }
        if lower.utf8.count <= maxControlLabelBytes, uiLabels.contains(lower.trimmingCharacters(in: " ()+0123456789:")) { return "control label" }
        if text.utf8.count <= maxDatelineBytes, text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), text.fits(maxDatelineLength),
           DateParsing.written(text) != nil || DateParsing.leadingISO(text) != nil,
           text.split(separator: " ").count <= maxDatelineWords, !text.hasSuffix(".") || text.fits(datelineWithPeriodUnder - 1) {
            return "dateline"
        }
        if text.fits(maxFurnitureLength), lower.hasPrefix("follow "), ["twitter", "facebook", "instagram", "linkedin"].contains(where: { lower.has($0) }) {
            return "follow links"
        }
        return nil
    }

    /// Texts of buttons and labels that pages render as plain elements (compared lower-cased,
    /// without counts: "Comments (3)").
    static let uiLabels: Set<String> = [
        "share", "comments", "comment", "advert", "advertisement", "caption", "close", "home", "print", "email", "menu",
        "search", "read later", "view all", "text size", "order reprints", "sponsored links", "related news", "top stories",
        "more", "tags", "related", "trending", "loading", "show comments", "hide caption", "toggle caption", "enlarge",
        "enlarge image", "expand", "reprints", "print article", "listen", "save", "saved", "next", "previous", "back to top",
    ]

    private mutating func list(_ node: HTMLNode, ordered: Bool) {
        guard let i = stats.index(node) else { return }
        var items: [String] = []
        for li in node.elementChildren where li.is(.li) && !isPruned(li) {
            let t = li.text
            if !t.isEmpty { items.append(t) }
        }
        guard !items.isEmpty else { return }
        let text = items.joined(separator: " ")
        if stats.linkDensity(i) > Self.maxLinkDensity {
            removed.append(Removal(reason: .relatedLink, text: ContentExtractor.snippet(text), detail: "list of links"))
            return
        }
        blocks.append(.list(ordered: ordered, items: items))
    }

    private mutating func figure(_ node: HTMLNode, depth: Int) {
        // A figure that holds a quotation (a pull quote, a testimonial beside a head shot of the
        // speaker) is that quotation and its attribution: the picture is the speaker's portrait,
        // and the caption names who spoke (issue 12: the quote was lost, the caption kept).
        if let quote = node.first("blockquote"), !isPruned(quote) {
            quotation(quote, in: node)
            return
        }
        guard let f = FigureReader.read(node, baseURL: baseURL) else {
            // A figure that wraps a table (WordPress puts every table block in one) is read as
            // the table it holds, a row a line: its text run together would glue the cells' words.
            if node.first("table") != nil {
                children(node, depth: depth)
                flush()
                return
            }
            // An image whose address the page fills in by script: its caption and credit are
            // still the photo's, not paragraphs of the article.
            if node.first("img") != nil || node.first("picture") != nil {
                if let f = FigureReader.read(node, baseURL: baseURL, captionOnly: true) { blocks.append(.figure(f)) }
                return
            }
            // A figure without an image is an embed or a pull quote: keep its text.
            let text = node.text
            if !text.isEmpty, Boilerplate.reason(for: text) == nil { blocks.append(.paragraph(text)) }
            return
        }
        if let caption = f.caption {
            let key = TitleChoice.key(caption)
            if !seenTexts.insert(ExactText(key)).inserted {
                removed.append(Removal(reason: .duplicateCaption, text: caption, detail: "the same caption as an earlier photo"))
                blocks.append(.figure(Figure(image: f.image, caption: nil, credit: f.credit)))
                return
            }
        }
        blocks.append(.figure(f))
    }

    /// A quotation figure read as a quote, then its caption (the speaker's name and role) as a
    /// line of its own. The caption is kept each time, as printed: one speaker quoted three times
    /// is named three times.
    private mutating func quotation(_ quote: HTMLNode, in figure: HTMLNode) {
        let text = quote.text
        if !text.isEmpty { blocks.append(.quote(text)) }
        guard let caption = figure.first("figcaption"), !caption.hasAncestor(where: { $0 == quote }) else { return }
        let attribution = caption.text
        if !attribution.isEmpty { blocks.append(.paragraph(attribution)) }
    }

    private mutating func table(_ node: HTMLNode, depth: Int) {
        // Layout tables hold paragraphs or other tables: read them as containers.
        if node.descendants().contains(where: { $0.is(.p) || $0.is(.table) || $0.is(.div) }) {
            children(node, depth: depth)
            flush()
            return
        }
        for row in node.descendants("tr") {
            let cells = row.elementChildren.filter { $0.is(.td) || $0.is(.th) }.map(\.text).filter { !$0.isEmpty }
            if !cells.isEmpty { blocks.append(.paragraph(cells.joined(separator: " | "))) }
        }
    }
}
