/// Bylines and dates as printed on the page, when no metadata names them.
enum VisibleByline {
    /// Class or id fragments of byline elements.
    static let bylineHints = ["byline", "author", "writer", "contributor", "article-by", "posted-by"]
    /// Class or id fragments of author boxes, lists of other authors and the like, which are not bylines.
    static let notBylineHints = ["bio", "avatar", "comment", "related", "more-by", "authors-list", "footer", "social", "follow"]

    static func authors(in document: HTMLDocument) -> [String] {
        var found: [String] = []
        document.root?.walk { node in
            guard node.isElement else { return .continue }
            if node.is(.script) || node.is(.style) || node.is(.nav) { return .skipChildren }
            if node.is(.footer) { return .continue }
            // Attributes compared in place: this runs for every element of the page.
            let relAuthor = node.attribute(.rel, equalsLowercased: "author")
            var isByline = relAuthor || node.attribute(.itemprop, equalsLowercased: "author") || node.attribute(.itemprop, equalsLowercased: "creator")
            // Every byline hint holds "or", "ter" or "by": one search of the raw class and id rules
            // most elements out before their lower-cased hints are built.
            if !isByline, node.classOrIDMayHold(["or", "ter", "by"]) {
                let hints = node.classAndID
                isByline = bylineHints.contains { hints.has($0) } && !notBylineHints.contains { hints.has($0) }
            }
            guard isByline else { return .continue }
            // Footers hold author boxes of other posts, except for an explicit rel=author link.
            // (Checked only for candidates: walking up from every element is quadratic in depth.)
            if !relAuthor, node.hasAncestor(where: { $0.is(.footer) }) { return .continue }
            let text = node.first("span").flatMap { $0["itemprop"] == "name" ? $0.text : nil } ?? node.text
            guard text.count < 120 else { return .continue }
            for name in Byline.split(text) where looksLikeName(name) && !found.contains(name) { found.append(name) }
            return found.count >= 4 ? .stop : .skipChildren
        }
        if !found.isEmpty { return found }
        let printed = printedByLine(in: document)
        return printed.isEmpty ? labelledOrLinkedAuthors(in: document) : printed
    }

    /// The name at the head of an author box ("About the author", a bio card after the article):
    /// the first short line of an element whose class or id says author, when it is a full name.
    /// Used only when nothing better names a person: such boxes also list other writers.
    static func authorBox(in document: HTMLDocument) -> String? {
        var found: String?
        document.root?.walk { node in
            guard node.isElement else { return .continue }
            if node.is(.script) || node.is(.style) || node.is(.nav) { return .skipChildren }
            guard node.classOrIDMayHold(["author"]) else { return .continue }
            let hints = node.classAndID
            guard hints.has("author"), !hints.has("comment"), !hints.has("related"), !hints.has("list") else { return .continue }
            var lines = 0
            node.walk { n in
                guard n.isText else { return .continue }
                let line = n.content.trimmingSpaces
                guard !line.isEmpty else { return .continue }
                lines += 1
                let words = line.split(separator: " ")
                if line.count <= 60, (2...4).contains(words.count), looksLikeName(line), !line.contains(":"),
                   !words.contains(where: { interfaceWords.contains($0.lowercased()) }),
                   let name = Byline.split(line).first, Byline.nameHead(name).split(separator: " ").count >= 2 {
                    found = name
                    return .stop
                }
                return lines >= 3 ? .stop : .continue
            }
            return found == nil ? .skipChildren : .stop
        }
        return found
    }

    /// Words of buttons and links that author boxes hold beside the name ("Open Menu", "Read More").
    static let interfaceWords: Set<String> = [
        "menu", "more", "open", "close", "view", "read", "learn", "sign", "log", "follow", "share", "subscribe",
        "posts", "articles", "about", "contact", "all", "see", "profile", "author", "authors",
    ]

    /// Lead-ins of a printed byline, lower-cased, as the first words of an element's own text.
    static let writtenByLeadIns = ["written by ", "written by"]
    static let byLeadIns = ["by ", "by: ", "by:", "by", "written by ", "written by", "words by ", "posted by ", "story by "]

    /// The first thing an element holds when it is text: "By " in `<p>By <a>Jane Roe</a></p>`.
    static func leadingOwnText(_ node: HTMLNode) -> String? {
        guard let child = node.firstChild, child.isTextNode, child.contentBytes.count <= 80 else { return nil }
        return child.content.trimmingSpaces.lowercased()
    }

    /// False when the element's first child is text whose first letter, read from its bytes,
    /// starts none of the lead-ins (b, w, p, s): most elements are ruled out before
    /// ``leadingOwnText(_:)`` trims and lower-cases a String. Undecided (a non-ASCII start) is true.
    static func mayOpenWithBy(_ node: HTMLNode) -> Bool {
        mayOpen(node, with: byLeadInFirstLetters)
    }

    /// False when the element's first child is text whose first non-space byte is an ASCII letter
    /// (any case) not in `firstLetters` (lower-case), or that is only ASCII spaces: then its text,
    /// trimmed and lower-cased, starts with none of them. True otherwise (a non-ASCII start, or
    /// no text first).
    static func mayOpen(_ node: HTMLNode, with firstLetters: Set<UInt8>) -> Bool {
        guard let child = node.firstChild, child.isTextNode else { return true }
        for b in child.contentBytes {
            // The ASCII spaces `trimmingSpaces` removes (tab, line feed, vertical tab, form feed, return, space).
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) { continue }
            if b >= 0x80 { return true }
            let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            return firstLetters.contains(lower)
        }
        return false
    }

    /// First letters of the lead-ins, lower-case.
    static let byLeadInFirstLetters: Set<UInt8> = Set((byLeadIns + writtenByLeadIns).compactMap(\.utf8.first))
    /// First letters of the byline labels, lower-case.
    static let bylineLabelFirstLetters: Set<UInt8> = Set(bylineLabels.compactMap(\.utf8.first))

    /// A short line below the headline that starts with "By" ("By Jane Roe · May 2, 2025",
    /// "by: Ziyi Xu, Dec 17, 2025"), on pages whose byline has no class or link to find it by.
    /// After an explicit "By" a single word or a handle is taken as printed ("by Amanda").
    static func printedByLine(in document: HTMLDocument) -> [String] {
        var seenH1 = false
        var counted = 0
        var names: [String] = []
        document.root?.walk { node in
            guard node.isElement else { return .continue }
            if node.is(.script) || node.is(.style) || node.is(.nav) { return .skipChildren }
            if node.is(.h1) { seenH1 = true; return .skipChildren }
            guard seenH1 else { return .continue }
            counted += 1
            // Near the headline any "By" line; further down (an author box after the article)
            // only the explicit "Written by".
            let leadIns = counted > elementsAfterHeadline ? writtenByLeadIns : byLeadIns
            guard mayOpenWithBy(node), let lead = leadingOwnText(node),
                  leadIns.contains(where: { lead == $0.trimmingSpaces || (lead.hasPrefix($0) && $0.hasSuffix(" ")) }) else { return .continue }
            if node.is(.footer) || node.is(.aside) { return .skipChildren }
            let text = node.text
            guard text.count <= 100 else { return .continue }
            let accept = { (candidates: [String]) in
                for name in candidates where !names.contains(name) {
                    let words = Byline.nameHead(name).split(separator: " ")
                    guard words.count <= 5, words.count == 1 || looksLikeName(name) || name == name.uppercased() else { continue }
                    names.append(name)
                }
            }
            accept(Byline.split(text, declared: true))
            // "By <a>Jane Roe</a> View in digital edition": the element right after "By";
            // "<span>by </span><p>Jane Roe</p>": the element after the label.
            if names.isEmpty {
                var next = node.firstChild?.nextSibling ?? node.nextSibling
                while let n = next, !n.isElement { next = n.nextSibling }
                if let n = next { accept(Byline.split(n.text, declared: true)) }
            }
            return names.isEmpty ? .continue : .stop
        }
        return names
    }

    /// Path segments of links to an author's page.
    static let authorPaths = ["/author/", "/authors/", "/staff/", "/writers/", "/contributors/", "/producers/", "/people/", "/profile/", "/profiles/", "/journalists/", "/team/"]
    /// Labels printed before a name in its own element: "Written by" | "Jane Roe".
    static let bylineLabels: Set<String> = ["by", "written by", "author", "authors", "words by", "posted by", "story by", "reported by", "by:", "author:", "written by:", "contributor:", "contributors:"]

    /// The text of an element whose only child is a short text node (a label), read without walking.
    static func shortOwnText(_ node: HTMLNode) -> String? {
        guard let child = node.firstChild, child.nextSibling == nil, child.isTextNode, child.contentBytes.count <= 24 else { return nil }
        return child.content.trimmingSpaces
    }

    /// Fallbacks: a name after a "Written by" label, or the text of a link to an author page.
    static func labelledOrLinkedAuthors(in document: HTMLDocument) -> [String] {
        var labelled: [String] = []
        var linked: [String] = []
        document.root?.walk { node in
            guard node.isElement else { return .continue }
            if node.is(.script) || node.is(.style) || node.is(.nav) { return .skipChildren }
            if labelled.isEmpty, mayOpen(node, with: bylineLabelFirstLetters), let label = shortOwnText(node), bylineLabels.contains(label.lowercased()) {
                var next = node.nextSibling
                while let n = next, !n.isElement || n.text.isEmpty { next = n.nextSibling }
                if let n = next, n.text.count < 60, let name = Byline.split(n.text).first, looksLikeName(name) { labelled.append(name) }
            }
            if linked.count < 2, node.is(.a), let href = node[.href]?.lowercased(), authorPaths.contains(where: { href.has($0) }) {
                let t = node.text
                if t.count < 60, let name = Byline.split(t).first, looksLikeName(name), Byline.nameHead(name).split(separator: " ").count >= 2, !linked.contains(name) {
                    linked.append(name)
                }
            }
            return .continue
        }
        return labelled.isEmpty ? linked : labelled
    }

    /// Two to five words, each starting with a capital letter (allowing particles like "de", "van").
    /// Judged on the name before any letters or job printed after it ("Jane Roe, Trial Attorney at …").
    static func looksLikeName(_ s: String) -> Bool {
        let words = Byline.nameHead(s).split(separator: " ")
        guard (1...5).contains(words.count) else { return false }
        let particles: Set<String> = ["de", "da", "van", "von", "der", "den", "la", "le", "di", "du", "bin", "al", "el", "dos", "del"]
        // Lower-case job words may follow a name or a desk: "The Currency editors".
        // A brand may open with a figure ("3i Global") when capitalised words follow it.
        let opensWithFigure = words.count >= 2 && words.first?.first?.isNumber == true
        return (words.first?.first?.isUppercase == true || words.first == "the" || opensWithFigure)
            && words.dropFirst(opensWithFigure ? 1 : 0).allSatisfy { w in w.first?.isUppercase == true || particles.contains(w.lowercased()) || Byline.roleWords.contains(w.lowercased()) }
    }

    /// The first `<time datetime>` (or `pubdate`/itemprop one) that parses.
    static func timeElementDate(in document: HTMLDocument) -> String? {
        var result: String?
        var fallback: String?
        document.root?.walk { node in
            guard node.isElement else { return .continue }
            let itemprop = node[.itemprop]?.lowercased()
            if itemprop == "datepublished" {
                if let v = node[.content] ?? node[.datetime] ?? Optional(node.text), let d = DateParsing.iso(v) { result = d; return .stop }
            }
            if node.is(.time), fallback == nil {
                if let v = node[.datetime] ?? Optional(node.text), let d = DateParsing.iso(v) { fallback = d }
            }
            return .continue
        }
        return result ?? fallback
    }

    /// A date written near the top of the page's text in an element whose class says date or time.
    static func writtenDate(in document: HTMLDocument) -> String? {
        var result: String?
        document.root?.walk { node in
            guard node.isElement else { return .continue }
            if node.is(.script) || node.is(.style) { return .skipChildren }
            guard node.classOrIDMayHold(["date", "time", "publish"]) else { return .continue }
            let hints = node.classAndID
            if hints.has("date") || hints.has("time") || hints.has("publish") || hints.has("dateline") {
                let t = node.text
                if t.count < 80, let d = DateParsing.written(t) { result = d; return .stop }
                // A dated header that also holds tags or links: its first lines, one by one.
                if t.count >= 80 {
                    var seen = 0
                    node.walk { n in
                        guard n.isText else { return .continue }
                        let line = n.content.trimmingSpaces
                        guard !line.isEmpty else { return .continue }
                        seen += 1
                        if line.count < 80, let d = DateParsing.written(line) { result = d; return .stop }
                        return seen >= 3 ? .stop : .continue
                    }
                    if result != nil { return .stop }
                }
            }
            return .continue
        }
        return result
    }

    /// Elements after the headline searched for a printed date: bylines and datelines sit within
    /// the first few dozen elements below an `<h1>`.
    static let elementsAfterHeadline = 120

    /// The first short element after the `<h1>` whose text is a written date ("April 8, 2024").
    static func dateNearHeadline(in document: HTMLDocument) -> String? {
        var seenH1 = false
        var counted = 0
        var result: String?
        document.root?.walk { node in
            guard node.isElement else { return .continue }
            if node.is(.script) || node.is(.style) { return .skipChildren }
            if node.is(.h1) { seenH1 = true; return .skipChildren }
            guard seenH1 else { return .continue }
            counted += 1
            if counted > elementsAfterHeadline { return .stop }
            // A long container (the article body) is read no further than it takes to know it is long.
            if node.textSurelyLonger(than: 80) { return .continue }
            let t = node.text
            // Decided from the bytes when they can: counting a long text's Characters showed in profiles.
            let short = t.countIsAtMost(80)
            if short, let d = DateParsing.written(t) { result = d; return .stop }
            return short ? .skipChildren : .continue
        }
        return result
    }
}
