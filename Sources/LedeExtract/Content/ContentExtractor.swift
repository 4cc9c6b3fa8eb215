import LedeCore

/// Finds the article's body in a parsed page and turns it into blocks, recording what it dropped.
///
/// ```swift
/// let content = ContentExtractor(document: doc, title: meta.title, baseURL: url).extract()
/// content.blocks    // paragraphs, headings, quotes, lists, figures
/// content.removed   // navigation, promos, related links… with reasons
/// ```
///
/// The pipeline: (1) prune page furniture by tag and class/id hints; (2) score paragraph parents
/// by text length, commas and link density (the Readability family); (3) take the best container
/// and those of its siblings that look like more of the same text; (4) walk them in document order
/// into blocks, dropping link lists and boilerplate lines.
struct ContentExtractor {
    let document: HTMLDocument
    let title: String
    let baseURL: String?
    /// The article's authors, so a byline line repeated in the body is recognised.
    var authors: [String] = []

    struct Result {
        var blocks: [Block] = []
        var removed: [Removal] = []
    }

    /// The work budget is looked at every 1,024 elements: often enough to stop within milliseconds,
    /// rarely enough not to show in a profile.
    static let budgetCheckMask = 1023
    /// A paragraph shorter than this (in non-space bytes) does not vote for its container.
    static let minScoringText = 25
    /// Pruning never removes an element holding this share of the page's text: a class name like
    /// "comments-on" on the article's own container must not take the article with it.
    static let maxPrunedShare = 0.5
    /// A sibling of the best container joins it when its score reaches this share of the best
    /// score (Readability uses 0.2), so a body split into several `<div>`s stays whole.
    static let siblingScoreShare = 0.2
    /// A parent replaces the chosen container when it holds this much more prose… (Half as much
    /// again: a parent adding a third more is as often a sidebar of testimonials, a contact box or
    /// a template's leftovers beside the body as the body's own intro; issue 12 measured 1.3 and
    /// 1.5 on both benchmarks, see Benchmarks/README.md.)
    static let climbProseGain = 1.5
    /// …and links make up less than this share of its text (above it, the extra is a link farm).
    static let climbMaxLinkDensity = 0.35
    /// Ancestors looked at above the candidate when its parent alone adds too little (a page
    /// builder nests a text block five deep: wrap, column, container, section, page).
    static let climbLookahead = 6
    /// Share of the page's text above which a candidate is taken as the article, not a fragment of it.
    static let lookaheadMaxCandidateShare = 0.2
    /// Non-space bytes of low-link text above which a class hint alone cannot prune an element
    /// (about three paragraphs: more than any promo box or teaser holds).
    static let proseGuardLength = 800

    func extract() -> Result {
        guard let root = document.first("body") ?? document.root else { return Result() }
        var stats = NodeStats(root: root)
        defer { stats.reset() }
        var result = Result()
        stats.computeLengths()
        let total = max(1, stats.infos.first?.text ?? 1)
        prune(&stats, total: total, into: &result)
        stats.computeLengths()
        stats.computeCommas()
        let containers = chooseContainers(&stats, root: root)
        var collector = BlockCollector(stats: stats, title: title, baseURL: baseURL, authors: authors)
        for c in containers { collector.collect(c) }
        result.blocks = collector.blocks
        result.removed += collector.removed
        AuthorBio.trim(&result.blocks, authors: authors, into: &result.removed)
        return result
    }

    private func prune(_ stats: inout NodeStats, total: Int, into result: inout Result) {
        for i in stats.infos.indices {
            // Past the work budget the result is cut short; whoever set the budget drops it.
            if i & Self.budgetCheckMask == 0, WorkBudget.isOver { return }
            stats.markPrunedAncestry(i)
            if stats[i].pruned { continue }
            let node = stats.nodes[i]
            if node.is(.body) || node.is(.html) || node.is(.main) || node.is(.article) || stats[i].holdsArticle { continue }
            // Pieces inside an element already dropped are recorded with it, not again.
            if stats.isInsidePruned(i) { continue }
            var hints = node.classAndID
            // One scan says which of the rewritten fragments the hints hold; the searches below run
            // only for those. (Once the hints are rewritten, the searches run as written.)
            let named = hints.isEmpty ? 0 : Self.rewrittenFragments.groups(hints)
            var rewritten = false
            // A layout class that clips overflow ("overflow-hidden", "vds-overflow_hidden") says
            // nothing about visibility: on a box of prose its "hidden" is not the hidden of a closed
            // dialog. (Carousels of cards clip too, and are furniture: their text is short items.)
            if named & Self.clipGroup != 0, stats[i].prose * Self.clippedProseShareDenominator >= stats[i].text * Self.clippedProseShareNumerator,
               stats.linkDensity(i) < Self.proseGuardMaxLinkDensity {
                hints = ClassHints.readingClipNames(hints)
                rewritten = true
            }
            // Elementor, a page builder behind a large share of WordPress sites, names every block
            // of a page "elementor-widget…": its text, heading and image blocks are not sidebar
            // widgets (its post lists, menus and share buttons still are).
            // ("elementor-widget" holds "-widget": without that fragment neither applies.)
            let elementorFurniture = named & Self.widgetGroup != 0 ? Self.elementorFurnitureKind(hints) : nil
            if named & Self.widgetGroup != 0, hints.has("elementor-widget"), Self.isElementorContentBlock(hints) {
                hints = hints.replacingOccurrences(of: "elementor-widget", with: "elementor-block")
                rewritten = true
            }
            // "widget" names a sidebar block when it starts a class ("widget", "widget_recent",
            // "widget-area"); inside one ("c-product-widget__content") it is a component of the
            // page, and any sidebar, footer or promo sense is carried by the rest of the class.
            if named & Self.widgetGroup != 0, hints.has("-widget") || hints.has("_widget") {
                hints = hints.replacingOccurrences(of: "-widget", with: "-block").replacingOccurrences(of: "_widget", with: "_block")
                rewritten = true
            }
            // Adobe Experience Manager's core components are named "cmp-text", "cmp-title",
            // "cmp-image"…: the article's own blocks, not a consent-management dialog ("cmp-banner").
            // Sites name their own components the same way ("cmp-richtext", "cmp-hero-spot__title"),
            // so any other "cmp-" element is a consent dialog only when its text speaks of consent.
            if named & Self.componentGroup != 0, Self.namesContentComponent(hints) || !ConsentText.isConsentDialog(node, hints: hints) {
                hints = hints.replacingOccurrences(of: "cmp-", with: "component-")
                rewritten = true
            }
            if let role = node[.role]?.lowercased() {
                if role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary" { hints += " nav-" }
            }
            if node[.ariaHidden] == "true" || node[.hidden] != nil { hints += " hidden" }
            if let style = node[.style], style.has("none") || style.has("hidden") {
                let compact = style.lowercased().filter { $0 != " " }
                if compact.has("display:none") || compact.has("visibility:hidden") { hints += " hidden" }
            }
            // A collapsed accordion or tab panel ("kt-accordion-panel-hidden") is article text the
            // reader opens with a click, not hidden furniture.
            // (The " nav-" and " hidden" added above start with a space, which no fragment holds:
            // they cannot make or break a match.)
            let panel = rewritten ? hints.has("accordion") || hints.has("collapse") || hints.has("tab-pane") || hints.has("tabpanel")
                : named & Self.panelGroup != 0
            if panel, hints.has("hidden") {
                hints = hints.replacingOccurrences(of: "hidden", with: "closed")
                rewritten = true
            }
            if node.is(.header) {
                // A page header without the headline is site furniture; one with it is the article's
                // own, and so is one holding a long run of prose (builders that wrap a post in <header>).
                // A <header> inside an <article> or <section> is that part's own header (HTML's
                // sectioning rule), not the page's banner: its heading and lead are the article's.
                let prose = stats[i].text >= Self.proseGuardLength && stats.linkDensity(i) < Self.proseGuardMaxLinkDensity
                if !stats[i].holdsHeadline, !prose, !Self.headsASection(stats, i) {
                    stats[i].pruned = true
                    record(node, .navigation, "page header", &result)
                }
                continue
            }
            // A small element inside a sentence (a name set as a button or tagged as microdata, an
            // inline link with a "recommendation" class) is words of that sentence: the rules below
            // for small controls and metadata spare it, and so does the class-hint rule for links
            // (other hinted inline pieces, such as footnote markers, stay pruned: issue 12 measured
            // links only, see Benchmarks/README.md). Asked only of elements a rule would prune; the
            // sibling walk is not free.
            let blockTags = stats.tags.block
            let inSentence = { !blockTags.contains(node) && InlineRun.sitsInSentence(node) }
            if node.is(.button), stats[i].text < Self.smallControlText, !inSentence() {
                stats[i].pruned = true
                record(node, .navigation, "button", &result)
                continue
            }
            if let prop = node[.itemprop], Self.microdataProperties.contains(prop), stats[i].text < Self.smallControlText,
               !inSentence() {
                stats[i].pruned = true
                record(node, .boilerplate, "microdata \(prop)", &result)
                continue
            }
            // Elementor's post lists, menus and share bars are furniture however much text they hold.
            if let kind = elementorFurniture {
                stats[i].pruned = true
                record(node, kind == "posts" || kind.hasPrefix("loop") ? .relatedLink : .navigation, node.name + " [elementor-widget-\(kind)]", &result)
                continue
            }
            // A news ticker ("breaking-news", "news-ticker") is a run of headline links with their
            // first lines; an article body that a site labels breaking news is not mostly links.
            let ticker = rewritten ? hints.has("breaking-news") || hints.has("news-ticker") : named & Self.tickerGroup != 0
            if ticker, stats.linkDensity(i) >= Self.tickerMinLinkDensity {
                stats[i].pruned = true
                record(node, .relatedLink, node.name + " [\(hints.characterPrefix(60))]", &result)
                continue
            }
            guard let reason = ClassHints.dropReason(tag: node.tag, hints: hints) else { continue }
            // An embedded post ("social-media-embed", "tweet-embed") is a quoted tweet or photo the
            // article shows, not a share bar: its "social" names where it comes from.
            if reason == .share, hints.has("embed") { continue }
            if reason != .comments, Double(stats[i].text) > Double(total) * Self.maxPrunedShare { continue }
            // A class hint does not outweigh a long run of prose: "entry-content read-more" is a body.
            if reason != .comments, !(node.is(.nav) || node.is(.aside) || node.is(.footer) || node.is(.form)),
               stats[i].text >= Self.proseGuardLength, stats.linkDensity(i) < Self.proseGuardMaxLinkDensity { continue }
            if node.is(.a), inSentence() { continue }  // a link set in a sentence (see above)
            stats[i].pruned = true
            record(node, reason, node.name + (hints.isEmpty ? "" : " [\(hints.characterPrefix(60))]"), &result)
        }
    }

    /// Whether what ancestor `p` holds beyond candidate `top` is prose (paragraphs, list items)
    /// with few links: more of the article's text, not a box of teasers or a menu.
    static func addsOnlyProse(_ stats: NodeStats, _ p: Int, over top: Int) -> Bool {
        let added = stats[p].text - stats[top].text
        guard added > 0 else { return true }
        let addedProse = stats[p].prose - stats[top].prose
        let addedLinks = stats[p].link - stats[top].link
        return Double(addedProse) >= Double(added) * addedProseMinShare && Double(addedLinks) < Double(added) * addedMaxLinkShare
    }

    /// Whether element `i` (a `<header>`) sits inside an `<article>` or `<section>`. Asked of
    /// headers only, which are few, so the walk up their ancestors costs nothing measurable.
    static func headsASection(_ stats: NodeStats, _ i: Int) -> Bool {
        var p = stats[i].parent
        while p >= 0 {
            let n = stats.nodes[p]
            if n.is(.article) || n.is(.section) { return true }
            p = stats[p].parent
        }
        return false
    }

    /// The fragments ``prune(_:total:into:)`` rewrites or tests by name, in groups found by one
    /// scan of the hints: widget names, collapsed panels, news tickers.
    static let rewrittenFragments = FragmentMatcher(negative: [
        ["-widget", "_widget"], ["accordion", "collapse", "tab-pane", "tabpanel"], ["breaking-news", "news-ticker"],
        ["overflow"], ["cmp-"],
    ], positive: [])
    static let widgetGroup: UInt64 = 1 << 0
    static let panelGroup: UInt64 = 1 << 1
    static let tickerGroup: UInt64 = 1 << 2
    static let clipGroup: UInt64 = 1 << 3
    static let componentGroup: UInt64 = 1 << 4

    /// Adobe Experience Manager core components that hold a page's own content.
    static let contentComponentKinds: Set<String> = ["text", "title", "image", "container", "section", "accordion", "tabs", "separator", "embed"]

    /// Whether a `cmp-` class names one of those components ("cmp-text", "cmp-title__text",
    /// "cmp-text--article"), and no class names any other `cmp-` (a consent dialog's "cmp-banner").
    static func namesContentComponent(_ hints: String) -> Bool {
        var any = false
        for token in hints.split(separator: " ") where token.hasPrefix("cmp-") {
            let kind = token.dropFirst("cmp-".count).prefix { $0.isLetter }
            guard contentComponentKinds.contains(String(kind)) else { return false }
            any = true
        }
        return any
    }

    /// Link share above which a block named like a news ticker is one.
    static let tickerMinLinkDensity = 0.25

    /// Elementor block kinds that hold the page's own content.
    static let elementorContentKinds: Set<String> = [
        "container", "wrap", "heading", "text-editor", "image", "icon-list", "spacer", "divider", "theme-post-title",
        "theme-post-content", "theme-post-featured-image", "theme-post-excerpt", "video", "html", "shortcode",
        "n-accordion", "accordion", "tabs", "n-tabs", "toggle", "icon-box", "image-box", "table-of-contents", "blockquote",
    ]

    /// Elementor block kinds that are page furniture: lists of other posts, menus, share bars.
    static let elementorFurnitureKinds: Set<String> = [
        "posts", "loop-grid", "loop-carousel", "nav-menu", "n-menu", "navigation-menu", "share-buttons", "social-icons",
        "post-navigation", "search-form", "sidebar", "breadcrumbs", "archive-posts", "portfolio",
    ]

    static func elementorFurnitureKind(_ hints: String) -> String? {
        guard hints.has(elementorWidget) else { return nil }
        for kind in elementorWidgetKinds(hints) {
            let kind = String(kind)
            if elementorFurnitureKinds.contains(kind) { return kind }
        }
        return nil
    }

    /// Whether every `elementor-widget-…` class of an element names a content block (layout
    /// modifiers such as `…-mobile__width-inherit` and `…-divider--view-line` aside).
    static func isElementorContentBlock(_ hints: String) -> Bool {
        for kind in elementorWidgetKinds(hints) {
            if kind.contains("__") || kind.contains("--") { continue }
            if !elementorContentKinds.contains(String(kind)) { return false }
        }
        return true
    }

    static let elementorWidget = "elementor-widget-"

    /// What follows `elementor-widget-` in each space-separated token of the hints that starts
    /// with it. All-ASCII hints (nearly all) are split byte by byte: there every Character is one
    /// byte (CR LF aside, which is neither a space nor in the prefix), so the tokens and their
    /// prefixes are the same; other hints are split Character by Character (which cost 5,000
    /// instructions an element on Elementor pages).
    static func elementorWidgetKinds(_ hints: String) -> [Substring] {
        let ascii = hints.utf8.withContiguousStorageIfAvailable { b -> [Substring]? in
            let prefix = elementorWidget.utf8
            var kinds: [Substring] = []
            var start = 0
            for k in 0...b.count {
                if k < b.count {
                    if b[k] >= 0x80 { return nil }
                    if b[k] != 0x20 { continue }
                }
                if k - start >= prefix.count, prefix.elementsEqual(b[start..<(start + prefix.count)]) {
                    let u = hints.utf8
                    kinds.append(hints[u.index(u.startIndex, offsetBy: start + prefix.count)..<u.index(u.startIndex, offsetBy: k)])
                }
                start = k + 1
            }
            return kinds
        }
        if let ascii, let kinds = ascii { return kinds }
        return hints.split(separator: " ").filter { $0.hasPrefix(elementorWidget) }.map { $0.dropFirst(elementorWidget.count) }
    }

    /// Lists a removed element with its snippet; the detail is built only for an element with text.
    private func record(_ node: HTMLNode, _ reason: Removal.Reason, _ detail: @autoclosure () -> String, _ result: inout Result) {
        // Only as much of the element's text as the snippet shows is read.
        let shown = node.snippetText(limit: Self.snippetLength)
        guard !shown.isEmpty else { return }
        result.removed.append(Removal(reason: reason, text: shown, detail: detail()))
    }

    static func snippet(_ text: String) -> String {
        text.countIsAtMost(snippetLength) ? text : String(text.prefix(snippetLength - 3)) + "…"
    }

    /// Schema.org properties whose elements carry metadata for machines (often hidden by CSS), not prose.
    static let microdataProperties: Set<String> = [
        "author", "keywords", "datePublished", "dateCreated", "dateModified", "mainEntityOfPage", "publisher", "image",
        "url", "width", "height", "logo", "thumbnailUrl", "wordCount", "inLanguage", "isAccessibleForFree", "copyrightYear",
        "articleSection", "contentLocation", "dateline",
    ]

    /// Tags whose text votes for the container it sits in.
    static let scoringTags: Set<String> = ["p", "pre", "td", "blockquote", "li", "h2", "h3", "div", "section", "span"]

    private func chooseContainers(_ stats: inout NodeStats, root: HTMLNode) -> [HTMLNode] {
        for i in stats.infos.indices where !stats[i].pruned {
            if i & Self.budgetCheckMask == 0, WorkBudget.isOver { return [root] }
            let node = stats.nodes[i]
            guard stats.tags.scoring.contains(node) else { continue }
            // Divs, sections and spans vote with all their text when they hold no blocks, and with
            // their own text nodes when prose sits between blocks ("text<div class=br></div>text").
            var len = stats[i].text
            if node.is(.div) || node.is(.section) || node.is(.span) {
                var c = node.firstChild
                while let child = c {
                    if stats.tags.block.contains(child) { len = stats[i].own; break }
                    c = child.nextSibling
                }
            }
            if stats.isInsidePruned(i) { continue }
            guard len >= Self.minScoringText else { continue }
            var score = 1.0 + Double(len != stats[i].text ? stats[i].ownCommas : stats[i].commas)
            score += min(Double(len) / Self.voteBytesPerPoint, Self.maxLengthPoints)
            score *= 1 - stats.linkDensity(i)
            var p = stats[i].parent
            var level = 0
            while p >= 0, level < Self.voteLevels {
                if !stats[p].scored {
                    stats[p].scored = true
                    stats[p].score += Self.containerBase(stats.nodes[p])
                }
                stats[p].score += score / Double(level + 1)
                p = stats[p].parent
                level += 1
            }
        }
        var best = -1
        var bestScore = -Double.infinity
        for i in stats.infos.indices where stats[i].scored && !stats[i].pruned {
            let s = stats[i].score * (1 - stats.linkDensity(i))
            stats[i].score = s
            if s > bestScore, !stats.isInsidePruned(i) { bestScore = s; best = i }
        }
        guard best >= 0 else { return [root] }
        // Climb while the parent holds clearly more prose than the candidate (a body split into
        // sections) and is not mostly links: the best-scored block is often one section of several.
        var top = best
        climbing: while stats[top].parent >= 0 {
            // A container the page names as the article's body is left only for a wider one named
            // so too (a body split into parts): what an unnamed wrapper adds is teasers and cards.
            // (Its siblings can still join it below.)
            let namedBody = Self.namesArticleBody(stats.nodes[top])
            // The gain may show only a few levels up (a list item's body inside its panel inside
            // the item inside the guide): look past wrappers that add little.
            var p = stats[top].parent
            let pageText = Double(max(1, stats.infos.first?.text ?? 1))
            for step in 0..<Self.climbLookahead {
                guard p >= 0, !stats.nodes[p].is(.body), !stats.nodes[p].is(.html) else { break climbing }
                if namedBody, !Self.namesArticleBody(stats.nodes[p]) { break climbing }
                let added = stats[p].text - stats[top].text
                let moreProse = Double(stats[p].prose) >= Double(stats[top].prose) * Self.climbProseGain
                // Past the parent only from a fragment (one list item, one paragraph): a candidate
                // that already holds a good share of the page is the article, and above it lie teasers.
                // (Unless all the wrappers up to here add is more prose with few links: a body whose
                // sections the markup nests one inside the other, each adding the next part.)
                if step > 0, Double(stats[top].text) > pageText * Self.lookaheadMaxCandidateShare,
                   !Self.addsOnlyProse(stats, p, over: top) { break climbing }
                let smallAddition = added < Self.climbAlwaysBelowAddedText
                    || (added < Self.climbAlwaysBelowAddedProse && Self.addsOnlyProse(stats, p, over: top))
                if smallAddition || (moreProse && stats.linkDensity(p) < Self.climbMaxLinkDensity) {
                    top = p
                    continue climbing
                }
                p = stats[p].parent
            }
            break
        }
        guard stats[top].parent >= 0 else { return [stats.nodes[top]] }
        let parent = stats.nodes[stats[top].parent]
        let threshold = max(Self.minSiblingScore, stats[top].score * Self.siblingScoreShare)
        var out: [HTMLNode] = []
        let topNamed = Self.namesArticleBody(stats.nodes[top])
        for sibling in parent.elementChildren {
            guard let j = stats.index(sibling), !stats[j].pruned else { continue }
            if j == top { out.append(sibling); continue }
            // Beside a body the page names, a block joins by score only when named so too: an unnamed
            // one scoring that well is a box of teasers with summaries.
            if stats[j].scored && stats[j].score >= threshold && (!topNamed || Self.namesArticleBody(sibling)) { out.append(sibling); continue }
            if sibling.is(.p) || sibling.is(.h2) || sibling.is(.h3) || sibling.is(.figure) || sibling.is(.blockquote) || sibling.is(.ul) || sibling.is(.ol) {
                let len = stats[j].text
                let ld = stats.linkDensity(j)
                if sibling.is(.figure) || sibling.is(.h2) || sibling.is(.h3) || (len > Self.siblingParagraphLength && ld < Self.siblingMaxLinkDensity) || (len > 0 && len <= Self.siblingParagraphLength && ld == 0 && sibling.text.hasSuffix(".")) {
                    out.append(sibling)
                }
            }
        }
        return addingParts(of: top, to: out.isEmpty ? [stats.nodes[top]] : out, stats)
    }

    /// A body the page names as such and splits into parts around ads or inline promos (several
    /// elements of the same class, not all siblings): every part, in document order.
    private func addingParts(of top: Int, to chosen: [HTMLNode], _ stats: NodeStats) -> [HTMLNode] {
        let node = stats.nodes[top]
        guard Self.namesArticleBody(node), let cls = node[.class], !cls.isEmpty else { return chosen }
        // Elements inside (or equal to) a picked one, and those around one, marked as picks are made:
        // picks never nest, so each element is marked at most once each way (linear, however deep).
        var inside = [Bool](repeating: false, count: stats.infos.count)
        var around = [Bool](repeating: false, count: stats.infos.count)
        func pick(_ j: Int) {
            for k in j..<stats[j].end where !inside[k] { inside[k] = true }
            var p = stats[j].parent
            while p >= 0, !around[p] { around[p] = true; p = stats[p].parent }
        }
        let chosenIndices = chosen.compactMap { stats.index($0) }
        for j in chosenIndices where !inside[j] { pick(j) }
        var parts: [Int] = []
        for j in stats.infos.indices where !inside[j] && !around[j] && !stats.isInsidePruned(j) && stats[j].text > 0 {
            guard stats.nodes[j][.class] == cls else { continue }
            parts.append(j)
            pick(j)
        }
        guard !parts.isEmpty else { return chosen }
        return (chosenIndices + parts).sorted().map { stats.nodes[$0] }
    }

    /// Class or id fragments (lower-cased, `-`/`_` spellings) with which sites name the element
    /// that holds the article's text.
    static let articleBodyNames = [
        "article-body", "article_body", "articlebody", "story-body", "story_body", "storybody", "post-body",
        "post_body", "entry-content", "article-content", "article__body", "articletext", "article-text",
    ]

    static func namesArticleBody(_ node: HTMLNode) -> Bool {
        if node[.itemprop] == "articleBody" { return true }
        let hints = node.classAndID
        return !hints.isEmpty && articleBodyNames.contains(where: { hints.has($0) })
    }

    /// Commas in the element's text (or its own text nodes): each marks a clause of real prose.
    static func commas(_ node: HTMLNode, ownOnly: Bool) -> Int {
        var count = 0
        node.walk { n in
            if n.isText, let text = n.rawContent {
                count += commas(in: text)
                return .continue
            }
            if n != node, ownOnly || n.is(.script) || n.is(.style) { return .skipChildren }
            return .continue
        }
        return count
    }

    /// Commas in one text node's NUL-terminated UTF-8.
    static func commas(in text: UnsafePointer<UInt8>) -> Int {
        var count = 0
        var p = text
        while p.pointee != 0 {
            if p.pointee == 0x2C { count += 1 }
            // U+FF0C fullwidth comma and U+3001 ideographic comma.
            else if p.pointee == 0xEF, p[1] == 0xBC, p[2] == 0x8C { count += 1 }
            else if p.pointee == 0xE3, p[1] == 0x80, p[2] == 0x81 { count += 1 }
            p += 1
        }
        return count
    }

    /// Readability's tag prior: containers of prose start higher than lists and forms.
    static func containerBase(_ node: HTMLNode) -> Double {
        var base: Double
        switch node.name {
        case "article": base = 10
        case "div", "main", "section": base = 5
        case "pre", "td", "blockquote": base = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": base = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": base = -5
        default: base = 0
        }
        if node[.itemprop] == "articleBody" { base += 25 }
        return base + ClassHints.weight(node.classAndID)
    }
}
