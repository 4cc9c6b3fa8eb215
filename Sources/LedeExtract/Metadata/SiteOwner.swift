import Foundation

/// The author of a personal site that signs nothing else: a person's name the page prints as
/// the site's name (OpenGraph site name, `<title>` suffix, a home link, a copyright line) and
/// that the site's own host spells ("tobyhede.com" ↔ "Toby Hede", "pierce.dev" ↔ "Pierce Freeman").
///
/// Both signals are needed: a site named like a person is often a brand ("Taste Of Home"), and a
/// host alone says nothing about how the name is written.
enum SiteOwner {
    static func name(in document: HTMLDocument, siteName: String?, titleTag: String?, pageURL: String?) -> String? {
        guard let pageURL, let host = URL(string: pageURL)?.host?.lowercased() else { return nil }
        // Host labels long enough to carry a name: "owain.bearblog.dev" → ["owain", "bearblog"].
        let labels = host.split(separator: ".").dropLast().map(String.init).filter { $0 != "www" && $0.count >= 5 }
        guard !labels.isEmpty else { return nil }
        var candidates: [String] = []
        if let siteName { candidates.append(siteName) }
        if let titleTag {
            for sep in TitleChoice.separators {
                if let r = titleTag.range(of: sep, options: .backwards) { candidates.append(String(titleTag[r.upperBound...])) }
            }
            // "The Fold-and-Cut Problem (Erik Demaine)"
            if titleTag.hasSuffix(")"), let open = titleTag.lastIndex(of: "(") {
                candidates.append(String(titleTag[titleTag.index(after: open)..<titleTag.index(before: titleTag.endIndex)]))
            }
        }
        if let c = candidates.first(where: { matches($0, labels) }) { return c.trimmingSpaces }
        // Home links and copyright lines, read only when the head names no owner.
        var found: String?
        document.root?.walk { node in
            if node.is(.script) || node.is(.style) { return .skipChildren }
            if node.is(.a), let href = node[.href], href == "/" || href == "https://\(host)/" || href == "https://\(host)" {
                let t = node.text
                if t.count <= 40, matches(t, labels) { found = t; return .stop }
                return .skipChildren
            }
            if node.isText {
                // Only text holding "©" (C2 A9 in UTF-8) is read: most text nodes are skipped unread.
                guard let raw = node.rawContent, strstr(raw, "\u{A9}") != nil else { return .continue }
                let t = node.content
                guard t.fits(120), let r = t.range(of: "©") else { return .continue }
                // "© 2025 Toby Hede. All rights reserved."
                var rest = t[r.upperBound...].drop(while: { $0 == " " || $0.isNumber || $0 == "-" || $0 == "–" || $0 == "," })
                if let end = rest.firstIndex(where: { $0 == "." || $0 == "|" || $0 == "," }) { rest = rest[..<end] }
                let owner = String(rest).trimmingSpaces
                if matches(owner, labels) { found = owner; return .stop }
            }
            return .continue
        }
        return found
    }

    /// Two or three capitalised words whose letters the host spells, in full or as the given or
    /// family name.
    static func matches(_ candidate: String, _ labels: [String]) -> Bool {
        let words = candidate.trimmingSpaces.split(separator: " ")
        guard (2...3).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } }) else { return false }
        let key = TitleChoice.key(candidate)
        return labels.contains { $0 == key || key.hasPrefix($0) || key.hasSuffix($0) }
    }
}
