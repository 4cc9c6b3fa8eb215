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
        let lower = t.lowercasedQuickly
        if CreditParser.mayOpenWithLeadIn(lower), let lead = CreditParser.leadIns.first(where: { lower.hasPrefix($0) }) {
            return !CreditParser.isLabelledHeadline(lead: lead, t.dropFirst(lead.count))
        }
        // "Staff photo by Jane Roe": a word or two describing the photo before the lead-in.
        if CreditParser.describedCredit(t) != nil { return true }
        // Broadcaster style: "Image source, Getty Images" (the caption follows on its own line).
        if lower.hasPrefix("image source,") || lower.hasPrefix("image source:") { return true }
        // "Getty Images", "REUTERS/Jane Roe", "AFP via Getty Images": an agency name and few words, no sentence.
        if t.hasSuffix(".") { return false }
        if isForCredit(t) { return true }
        // The agency test first: it fails on most lines and costs less than splitting into words.
        return CreditParser.namesAgency(lower) && t.split(separator: " ").count <= 6
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
                                 "listen:", "recommended:", "read next:", "also read:", "trending:", "most read:",
                                 "also read |", "read also:", "read also |",
                                 // The same lead-ins in the languages whose dates and bylines are read:
                                 // French, German, Spanish, Portuguese, Italian, Dutch.
                                 "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lire plus",
                                 "mehr zum thema", "lesen sie auch", "lesen sie mehr", "auch interessant",
                                 "lee también", "lea también", "leer más", "te puede interesar",
                                 "leia também", "leia mais", "veja também",
                                 "leggi anche", "leggi di più", "lees ook", "lees meer"]

    /// A teaser line: at most 200 characters (`length`), opening with one of ``teaserPrefixes``
    /// (`lower`: the line lower-cased).
    static func isTeaser(lower: String, length: Int) -> Bool {
        length <= 200 && teaserPrefixes.contains { lower.hasPrefix($0) }
    }

    /// "4 mins", "3 minute read", "4-Minute Listen", and with a label first ("Reading time: 4 min",
    /// French "Lecture 3 min.", German "Lesezeit 3 Min."): how long the article takes, a label
    /// beside the byline.
    static func isReadingTime(_ line: String) -> Bool {
        guard line.utf8.count <= maxReadingTimeBytes, let parts = ReadingTimeWords(line.lowercased(), splitsAtHyphens: true),
              parts.before.isEmpty || readingTimeLabels.contains(where: { parts.before.elementsEqual($0) }) else { return false }
        var after = Array(parts.after)
        if after.last?.hasSuffix(".") == true { after[after.count - 1] = after[after.count - 1].dropLast() }
        guard (1...2).contains(after.count) else { return false }
        return ["min", "mins", "minute", "minutes", "minuten"].contains(String(after[0]))
            && (after.count == 1 || ["read", "listen", "watch", "lesen"].contains(String(after[1])))
    }

    /// A reading time's line is at most this many bytes (the longest form, "Tiempo de lectura: 12
    /// minutos", is 29; lines of prose are never split to test).
    static let maxReadingTimeBytes = 48

    /// Labels printed before a reading time, as words.
    static let readingTimeLabels: [[Substring]] = [["reading", "time"], ["read", "time"], ["lecture"], ["temps", "de", "lecture"],
                                                   ["lesezeit"], ["lectura"], ["tiempo", "de", "lectura"], ["leitura"],
                                                   ["tempo", "de", "leitura"], ["tempo", "di", "lettura"], ["leestijd"]]

    /// Words that may stand before or after the clock time of a time stamp: its label and its zone
    /// ("Updated at 12.25 GMT", "10:45 a.m. ET", "14:32 Uhr").
    static let timeStampWords: Set<String> = ["updated", "update", "posted", "published", "last", "at", "on", "am", "pm", "a.m.", "p.m.",
                                              "a.m", "p.m", "uhr", "h", "gmt", "bst", "utc", "cet", "cest", "et", "est", "edt", "ct",
                                              "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "ist", "aest", "aedt", "jst", "hkt", "sgt"]

    /// A line that is a clock time alone, with at most its label and zone ("14.32 GMT", "Updated at
    /// 12.25 GMT", "10:45 a.m. ET"): the stamp of a live blog's entry or of an update, never a
    /// sentence of the article. A time is hours and minutes joined by ":", "." or "h" ("14h32").
    static func isTimeStamp(_ line: String) -> Bool {
        guard line.utf8.count <= maxTimeStampBytes else { return false }
        let words = line.lowercased().split(separator: " ")
        var times = 0
        for w in words {
            let t = w.trimmingCharacters(in: ",;·|")
            if timeStampWords.contains(t) { continue }
            guard isClockTime(Substring(t)) else { return false }
            times += 1
        }
        return times == 1
    }

    /// A time stamp's line is at most this many bytes ("Last updated at 10:45 a.m. AEDT" is 31).
    static let maxTimeStampBytes = 40

    /// "14:32", "9.05", "14h32", "9:14pm": hours below 24 and two digits of minutes.
    static func isClockTime(_ w: Substring) -> Bool {
        var w = w
        for zone in ["am", "pm", "a.m.", "p.m."] where w.hasSuffix(zone) { w = w.dropLast(zone.count); break }
        guard let sep = w.firstIndex(where: { $0 == ":" || $0 == "." || $0 == "h" }) else { return false }
        let hours = w[..<sep], minutes = w[w.index(after: sep)...]
        guard (1...2).contains(hours.count), minutes.count == 2, hours.allSatisfy(\.isASCII), minutes.allSatisfy(\.isASCII),
              let h = Int(hours), let m = Int(minutes) else { return false }
        return h < 24 && m < 60
    }

    /// A gallery counter's line is at most this many bytes ("Picture 12 of 120" is 17).
    static let maxGalleryCounterBytes = 24

    /// "1 of 4", "Image 2 of 12", "3/8": a photo gallery's counter between its slides.
    static func isGalleryCounter(_ line: String) -> Bool {
        guard line.utf8.count <= maxGalleryCounterBytes else { return false }
        var words = line.lowercased().split(separator: " ")
        guard (1...4).contains(words.count) else { return false }
        if ["image", "photo", "picture", "slide", "bild", "foto", "imagen"].contains(String(words[0])) { words.removeFirst() }
        let number = { (s: Substring) in !s.isEmpty && s.count <= 3 && s.allSatisfy(\.isASCII) && s.allSatisfy(\.isNumber) }
        if words.count == 3 { return number(words[0]) && ["of", "/", "de", "von", "sur", "di", "van"].contains(String(words[1])) && number(words[2]) }
        if words.count == 1, let slash = words[0].firstIndex(of: "/") { return number(words[0][..<slash]) && number(words[0][words[0].index(after: slash)...]) }
        return false
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
        if isTimeStamp(line) { return (.boilerplate, "a time stamp") }
        if isGalleryCounter(line) { return (.boilerplate, "a photo gallery's counter") }
        if length <= 300 {
            if disclosures.contains(where: { lower.has($0) }) { return (.boilerplate, "funding or standards note") }
            if signUpSmallPrint.contains(where: { lower.has($0) }) { return (.promo, "a sign-up box's small print") }
            if printNotices.contains(where: { lower.has($0) }) { return (.boilerplate, "where the story was printed") }
        }
        if isAdSalesLink(lower) { return (.promo, "the publisher's advertising sales link") }
        if isAllCapsTeaser(line) { return (.relatedLink, "ALL-CAPS link to another story") }
        if isDatelineAlone(line) { return (.boilerplate, "a dateline on a line of its own") }
        if isListLabel(line) { return (.relatedLink, "a screen reader's label of a list of links") }
        if length <= 200, noscriptNotices.contains(where: { lower.has($0) }) {
            return (.boilerplate, "a notice for browsers without JavaScript")
        }
        if length <= 30 {
            let whole = lower.trimmingCharacters(in: " .:…›»>|-")
            if linkLabels.contains(whole) { return (.relatedLink, "a label over links to other stories") }
            if buttonLabels.contains(whole) { return (.navigation, "a button's label") }
        }
        return nil
    }

    /// The publisher's link to its advertising sales is a few words ("Advertise with Harbour
    /// Media", "Advertise with us"): at most this many.
    static let maxAdSalesWords = 6
    /// How a link to a publisher's advertising sales opens.
    static let adSalesOpenings = ["advertise with ", "advertise on ", "advertise in ", "advertising with ", "advertise here"]

    /// "Advertise with Harbour Media": the page's link to its own advertising sales, printed
    /// beside every story (as the "Advertisement" label marks an advert); never a headline, which
    /// would be a sentence about advertising, longer or not opening on the bare imperative.
    static func isAdSalesLink(_ lower: String) -> Bool {
        lower.hasPrefix("advertis") && adSalesOpenings.contains(where: { lower.hasPrefix($0) || lower == $0.trimmingSpaces })
            && lower.split(separator: " ").count <= maxAdSalesWords && !lower.hasSuffix(".")
    }

    /// What a page prints where its scripts would run ("Please turn on JavaScript to see live
    /// updates"): a text browser runs none, so every dump of such a page carries the notice.
    static let noscriptNotices = ["turn on javascript", "enable javascript", "javascript is disabled", "javascript is required",
                                  "javascript must be enabled", "requires javascript", "javascript is turned off"]

    /// The teaser lead-ins of ``teaserPrefixes`` printed alone on their line, over the links they
    /// introduce ("READ MORE" then three headlines).
    static let linkLabels: Set<String> = ["read more", "read also", "also read", "see also", "more on this", "more on this topic",
                                          "lire aussi", "mehr zum thema", "lee también", "leia também", "leggi anche", "lees ook"]
    /// A button that opens the rest of a story or a list ("Continue reading", "Show more").
    static let buttonLabels: Set<String> = ["continue reading", "keep reading", "read full article", "read the full article",
                                            "read full story", "read the full story", "show more", "load more", "see more", "view more"]

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
        // The third word must be "for": a line without those bytes is ruled out before splitting.
        guard line.utf8.count >= 9, line.has(" for ") else { return false }
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
