import LedeCore

/// The rules that sort the lines of a scraped plain-text copy. Each is a named check with the
/// reason it exists; `PlainTextArticleExtractor` applies them in order.
enum LineRules {
    /// A headline is a short line: the longest English headlines run to about 25 words.
    static let maxHeadlineLength = 200
    /// An ALL-CAPS teaser has at least this many words; shorter capitals are section labels or acronyms.
    static let minTeaserWords = 3
    /// Share of letters that must be capitals for a line to be an ALL-CAPS teaser (allowing "McCONNELL", "'s").
    static let teaserCapitalShare = 0.9

    /// True for a line that is only a photo credit: "(AP Photo/Michal Dyjuk)", "Photo: Reuters",
    /// "Getty Images", "REUTERS/Jane Roe", "Credit: Jane Roe for The Daily".
    static func isCreditLine(_ line: String) -> Bool {
        // Leading and trailing spaces aside, a credit line is at most 100 Characters.
        guard line.fits(400) else { return false }
        let t = line.trimmingSpaces
        guard !t.isEmpty, t.fits(100) else { return false }
        if t.hasPrefix("("), t.hasSuffix(")") { return CreditParser.isCredit(String(t.dropFirst().dropLast())) }
        let lower = t.lowercased()
        if CreditParser.leadIns.contains(where: { lower.hasPrefix($0) }) { return true }
        // Broadcaster style: "Image source, Getty Images" (the caption follows on its own line).
        if lower.hasPrefix("image source,") || lower.hasPrefix("image source:") { return true }
        // "Getty Images", "REUTERS/Jane Roe", "AFP via Getty Images": an agency name and few words, no sentence.
        if t.hasSuffix(".") { return false }
        let words = t.split(separator: " ")
        if isForCredit(t) { return true }
        return words.count <= 6 && CreditParser.namesAgency(lower)
    }

    /// A line of capitals is a link to another story ("ZELENSKYY'S GLOBAL FOOD CRISIS …").
    static func isAllCapsTeaser(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count >= minTeaserWords else { return false }
        var upper = 0, letters = 0
        for u in line.unicodeScalars {
            // ASCII without the Unicode property tables (most lines are all ASCII).
            if u.isASCII {
                let v = u.value
                if v >= 0x41 && v <= 0x5A { letters += 1; upper += 1 } else if v >= 0x61 && v <= 0x7A { letters += 1 }
            } else if u.properties.isAlphabetic {
                letters += 1
                if u.properties.isUppercase { upper += 1 }
            }
        }
        return letters >= 10 && Double(upper) >= Double(letters) * teaserCapitalShare
    }

    /// Notes agencies and papers print under every story about who funds or stands behind it. The
    /// learned vocabulary (``LineVocabulary``) was tried in its place and scores these lines as
    /// body-like (they are rare in the training dumps), and clean copies skip the model, so the list stays.
    static let disclosures = ["is solely responsible for all content", "receives financial support", "our standards:",
                              "this story was produced in partnership", "editorial standards"]

    /// A note under a story about where it was printed ("This article appears in the May 2026 print
    /// edition with the headline …", "A version of this article appears in print on …").
    static let printNotices = ["print edition", "a version of this article appear", "this article appears in", "this article appeared in",
                               "this story appears in", "this story appeared in", "appeared in print", "appears in print"]

    /// The small print of a newsletter sign-up box ("…You can unsubscribe at any time."): a
    /// paragraph's length, too long for the short-line phrases of ``Boilerplate``.
    static let signUpSmallPrint = ["unsubscribe at any time", "you can unsubscribe", "by signing up, you", "by subscribing, you"]

    /// Lead-ins of teaser lines that point at other stories.
    static let teaserPrefixes = ["read more:", "read more ", "related:", "related story:", "more:", "see also:", "watch:",
                                 "listen:", "recommended:", "read next:", "also read:", "trending:", "most read:"]

    /// A teaser line: at most 200 characters (`length`), opening with one of ``teaserPrefixes``
    /// (`lower`: the line lower-cased).
    static func isTeaser(lower: String, length: Int) -> Bool {
        length <= 200 && teaserPrefixes.contains { lower.hasPrefix($0) }
    }

    /// "4 mins", "3 minute read", "4-Minute Listen": how long the article takes, a label beside the byline.
    static func isReadingTime(_ line: String) -> Bool {
        let words = line.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" })
        guard (2...3).contains(words.count), words[0].allSatisfy(\.isNumber) else { return false }
        return ["min", "mins", "minute", "minutes"].contains(String(words[1]))
            && (words.count == 2 || ["read", "listen", "watch"].contains(String(words[2])))
    }

    /// A site badge glued to the start of a banner ("NEWYou can now listen…"): the scrape lost the space.
    static func hasGluedBadge(_ line: String) -> Bool {
        for badge in ["NEW", "BREAKING", "LIVE", "UPDATE", "EXCLUSIVE"] where line.hasPrefix(badge) {
            let rest = line.dropFirst(badge.count)
            if let f = rest.first, f.isUppercase, rest.dropFirst().first?.isLowercase == true { return true }
        }
        return false
    }

    /// Why a line is page furniture, with a detail a user can read, or nil for a line of the article.
    static func furniture(_ line: String) -> (Removal.Reason, String)? { furniture(line, lower: line.lowercased()) }

    /// ``furniture(_:)`` with the line's lower-cased form already made (``ScrapedLines`` has it).
    static func furniture(_ line: String, lower: String) -> (Removal.Reason, String)? {
        let length = line.count
        if hasGluedBadge(line) || (length < 120 && lower.has("you can now listen")) {
            return (.banner, "site banner")
        }
        if length <= 160, let reason = Boilerplate.reason(for: line, lower: line.fits(Boilerplate.maxLength) ? lower : nil) {
            return (reason, reason == .promo ? "app or newsletter promotion" : "page furniture")
        }
        if isTeaser(lower: lower, length: length) { return (.relatedLink, "link to another story") }
        if isReadingTime(line) { return (.boilerplate, "reading or listening time") }
        if length <= 300 {
            if disclosures.contains(where: { lower.has($0) }) { return (.boilerplate, "funding or standards note") }
            if signUpSmallPrint.contains(where: { lower.has($0) }) { return (.promo, "a sign-up box's small print") }
            if printNotices.contains(where: { lower.has($0) }) { return (.boilerplate, "where the story was printed") }
        }
        if isAllCapsTeaser(line) { return (.relatedLink, "ALL-CAPS link to another story") }
        if isDatelineAlone(line) { return (.boilerplate, "a dateline on a line of its own") }
        if isListLabel(line) { return (.relatedLink, "a screen reader's label of a list of links") }
        return nil
    }

    /// "list of 4 items", "list 2 of 4": labels a page prints for screen readers before a list of
    /// other stories and its entries, which text browsers print as lines. ("end of list", which
    /// closes the list, is one of ``Boilerplate/wholeLines``.)
    static func isListLabel(_ line: String) -> Bool {
        let w = line.lowercased().split(separator: " ")
        guard w.count == 4, w[0] == "list" else { return false }
        let number = { (s: Substring) in !s.isEmpty && s.allSatisfy(\.isNumber) }
        return (w[1] == "of" && number(w[2]) && (w[3] == "items" || w[3] == "item")) || (number(w[1]) && w[2] == "of" && number(w[3]))
    }

    /// A dateline is at most this many words ("CNN —", "LONDON, England —").
    static let maxDatelineWords = 3

    /// "CNN —", "WASHINGTON –": a story's dateline that the copy printed on a line of its own, a
    /// place or an outlet and the dash that leads into the first paragraph.
    static func isDatelineAlone(_ line: String) -> Bool {
        guard line.hasSuffix(" —") || line.hasSuffix(" –") || line.hasSuffix(" -") else { return false }
        let words = line.dropLast(2).split(separator: " ")
        return (1...maxDatelineWords).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// An outlet named after "for The" is at most this many words ("for The New York Times").
    static let maxForOutletWords = 4

    /// "Sam Whitaker for NPR", "Teo Lindqvist for The Current": a photographer's first and last
    /// name, "for", and the outlet that commissioned the photo, by its initials or as "The" and
    /// capitalised words. (A title-cased crosshead reads the same with words after "for":
    /// "Strategic Planning for Better Care"; only the initials or the capital "The" tell them apart,
    /// as title case writes "the" in lower case inside a heading.)
    static func isForCredit(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count >= 4, words[2] == "for" else { return false }
        let named = words[..<2].allSatisfy { w in w.first?.isUppercase == true && w.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" || $0 == "'" || $0 == "’" } && w.count >= 2 }
        guard named else { return false }
        if words.count == 4, case let outlet = words[3], (2...5).contains(outlet.count), outlet.allSatisfy({ $0.isUppercase && $0.isLetter }) { return true }
        let outlet = words[3...]
        return words[3] == "The" && (2...(1 + maxForOutletWords)).contains(outlet.count)
            && outlet.allSatisfy { $0.first?.isUppercase == true && $0.last?.isLetter == true }
    }
}
