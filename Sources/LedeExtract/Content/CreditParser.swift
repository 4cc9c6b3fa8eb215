#if canImport(Glibc)
import Glibc
#endif
import LedeCore

/// Splits a photo credit off a caption, for both HTML captions and scraped text.
///
/// ```swift
/// CreditParser.split("Volunteers at a range near Warsaw. (AP Photo/Michal Dyjuk)")
/// // (caption: "Volunteers at a range near Warsaw.", credit: "AP Photo/Michal Dyjuk")
/// ```
enum CreditParser {
    /// Lead-ins of a credit written after the caption: "Photo: Reuters", "Credit: Jane Roe/Agency".
    static let leadIns = ["photo:", "photos:", "photograph:", "picture:", "image:", "credit:", "credits:", "credit...", "credit…", "photo by", "image by",
                          "photograph by", "pictured by", "source:", "foto:", "©"] + thingLeadIns
    /// Lead-ins that name what is credited before the credit's own mark ("Image credit: Jane Roe",
    /// "Photo / Jane Roe", "Photo © Jane Roe", "Illustration by Jane Roe"): the credited thing
    /// (``creditedThings``) and a credit mark, as house styles print them under a photo.
    static let thingLeadIns: [String] = ["photo", "image", "picture", "illustration"].flatMap { thing in
        ["credit:", "/", "©"].map { "\(thing) \($0)" }
    } + ["illustration:", "illustration by"]
    /// Whether `lower` (lower-cased) may open with one of ``leadIns``: its first byte is the first
    /// byte of one. Most lines open with none, and asking each lead-in's `hasPrefix` (Character by
    /// Character) was a tenth of the credit-line test's cost on every short paragraph of a page.
    static func mayOpenWithLeadIn(_ lower: String) -> Bool {
        guard let first = lower.utf8.first else { return false }
        return leadInFirstBytes[Int(first)]
    }

    /// For each byte, whether a lead-in starts with it.
    private static let leadInFirstBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for lead in leadIns { if let b = lead.utf8.first { table[Int(b)] = true } }
        return table
    }()

    /// "Photo courtesy of the Trust": the credit is the courtesy ("Courtesy of the Trust"), the
    /// credited thing before it a lead-in that ``clean(_:)`` drops. (Not one of ``leadIns``: the
    /// line is a credit by its agency word, "courtesy", when it is short and no sentence.)
    static let courtesyLeadIns = ["photo courtesy of ", "photos courtesy of ", "image courtesy of ", "picture courtesy of ", "illustration courtesy of "]
    /// Agency names that make a short line or a parenthesis a credit.
    static let agencies = ["ap photo", "associated press", "reuters", "getty images", "afp", "epa", "shutterstock", "alamy",
                           "pa media", "pa wire", "bloomberg", "xinhua", "anadolu", "sipa", "efe", "dpa", "ansa", "the guardian",
                           "new york times", "nyt", "courtesy", "handout", "istock", "via ", "/"]

    /// A cheap test before ``split(_:)``: does the end of the text name an agency or a credit lead-in?
    static func mayEndWithCredit(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            let from = max(0, bytes.count - creditTailBytes)
            // A tail that starts inside a character is repaired (U+FFFD) as `String(decoding:)` does;
            // one that starts at a character is valid as it is, and is matched on the stack.
            guard from == 0 || bytes[from] & 0xC0 != 0x80 else {
                let tail = String(decoding: bytes[from...].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
                return creditMatcher.match(tail).negative != nil
            }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: creditTailBytes) { tail in
                let count = bytes.count - from
                for k in 0..<count {
                    let b = bytes[from + k]
                    tail[k] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                }
                return creditMatcher.match(UnsafeBufferPointer(rebasing: tail[..<count])).negative != nil
            }
        }
    }

    /// How much of a text's end ``mayEndWithCredit(_:)`` reads, in bytes: a credit line ends a
    /// caption and is short.
    static let creditTailBytes = 80

    /// Lead-ins and agency names (without "/" and "via ", which need more context) in one pass.
    static let creditMatcher = FragmentMatcher(negative: [leadIns, agencies.filter { $0 != "/" && $0 != "via " }], positive: [])

    static func split(_ text: String) -> (caption: String, credit: String?) {
        let t = text.trimmingSpaces
        // "(AP Photo/Michal Dyjuk)" or "[Jane Roe/Agency]" at the end.
        for (opening, closing) in [("(", ")"), ("[", "]")] as [(Character, Character)] {
            if t.last == closing, let open = matchingOpening(t, opening, closing) {
                let inner = String(t[t.index(after: open)..<t.index(before: t.endIndex)])
                // In brackets only "Name/Agency": "[Bloomberg]" after a headline is its source, not a photo's.
                if isCredit(inner), opening == "(" || inner.contains("/") { return (String(t[..<open]).trimmingSpaces, clean(inner)) }
            }
        }
        // Lower-cased byte for byte (ASCII only), so byte offsets in `lower` are offsets in `t`.
        let lower = String(decoding: t.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        for lead in leadIns {
            guard let offset = lower.lastByteOffset(of: lead) else { continue }
            let start = t.utf8.index(t.utf8.startIndex, offsetBy: offset)
            let before = t[..<start]
            // The lead-in starts the caption's last part: after a sentence end, a pipe or a bracket.
            let prev = before.trimmingSpaces.last
            // A copy may glue a capitalised lead-in to the caption's last full stop ("…hut.Credit...Jane Roe").
            let glued = !before.hasSuffix(" ") && prev.map({ ".!?)".contains($0) }) == true && t[start].isUppercase
            if before.isEmpty, isLabelledHeadline(lead: lead, t[start...].dropFirst(lead.count)) { continue }
            if before.isEmpty || glued || (before.hasSuffix(" ") && prev.map({ ".|)–—-(".contains($0) }) == true) {
                // A bracket the caption opened before the lead-in closes at the end: dropped; one the
                // credit closes itself stays ("(Photo: Jane Roe (Harbour Trust))").
                let credit = withoutOuterBrackets(String(t[start...]))
                return (String(before).trimmingCharacters(in: " |–—-("), clean(credit))
            }
        }
        // "… in January. Getty Images" / "… on Tuesday. REUTERS/Jane Roe": an agency after the last sentence.
        if let dotOffset = t.lastByteOffset(of: ". ") {
            let dot = t.utf8.index(t.utf8.startIndex, offsetBy: dotOffset)..<t.utf8.index(t.utf8.startIndex, offsetBy: dotOffset + 2)
            let tail = String(t[dot.upperBound...]).trimmingSpaces
            let words = tail.split(separator: " ")
            if !tail.hasSuffix("."), words.count <= 6, words.first?.first?.isUppercase == true,
               namesAgency(tail.lowercasedQuickly) {
                return (String(t[..<dot.lowerBound]) + ".", clean(tail))
            }
        }
        return (t, nil)
    }

    /// Words that, followed by "by", name what a credit line credits ("photo by", "image by").
    static let creditedThings: Set<String> = ["photo", "photograph", "photos", "image", "picture", "illustration"]
    /// A credit line may describe the photo in this many words before "photo by" ("Staff photo by
    /// …", "File photo by …", "Special to the Ledger photo by …" is a sentence, not a credit).
    static let maxCreditDescriptorWords = 2
    /// …and name its source in at most this many words after "by".
    static let maxDescribedCreditWords = 6

    /// The credit of a line that describes the photo before its "photo by" lead-in: "Staff photo
    /// by Jane Roe" → "Jane Roe", "File photo by Jane Roe/Outlet" → "Jane Roe/Outlet". Nil for
    /// anything else, and for a sentence ("Family photo by the fireplace.": a full stop, or no
    /// capital after "by").
    ///
    /// ```swift
    /// CreditParser.describedCredit("Staff photo by Jane Roe")  // "Jane Roe"
    /// ```
    static func describedCredit(_ line: String) -> String? {
        let t = line.trimmingSpaces
        // The credit's "by" is a word between two others: without " by " there is none to find.
        guard !t.hasSuffix("."), t.fits(100), t.has(" by ") else { return nil }
        let words = t.split(separator: " ")
        for k in 1...maxCreditDescriptorWords where words.count > k + 2 {
            guard creditedThings.contains(words[k].lowercased()), words[k + 1] == "by" else { continue }
            let descriptor = words[..<k], name = words[(k + 2)...]
            guard descriptor.allSatisfy({ $0.allSatisfy(\.isLetter) }), descriptor.first?.first?.isUppercase == true,
                  name.count <= maxDescribedCreditWords, name.first?.first?.isUppercase == true else { return nil }
            return name.joined(separator: " ")
        }
        return nil
    }

    /// A credit names people and bodies; more lower-case words than this after "Photos:" make a
    /// headline with its label ("Photos: Hundreds turn out for the return of the parade"), where a
    /// credit has few ("Photos: courtesy of the Harbour Trust", "Photos: Jane Roe for The Daily").
    static let maxLowercaseCreditWords = 4

    /// Whether "Photos:" and what follows it are a gallery's headline rather than a credit. Only
    /// the plural label: after "Image:" or "Photo:" a sentence is the photo's caption, printed where
    /// the credit goes, and the line still marks the photo ("Image: Jose Mourinho, left, …").
    static func isLabelledHeadline(lead: String, _ rest: Substring) -> Bool {
        lead == "photos:" && rest.split(separator: " ").count { w in w.first?.isLowercase == true } > maxLowercaseCreditWords
    }

    /// True for text that reads as a credit: an agency, a "Photo:" lead-in, or "Name/Agency".
    static func isCredit(_ s: String) -> Bool {
        let l = s.lowercasedQuickly.trimmingSpaces
        guard !l.isEmpty, l.count <= 80 else { return false }
        if mayOpenWithLeadIn(l), leadIns.contains(where: { l.hasPrefix($0) }) { return true }
        return (l.contains("/") || l.has("via ") || namesAgency(l)) && l.split(separator: " ").count <= 8
    }

    /// An agency name this long may run into the next word ("iStockphoto", "Shutterstock.com");
    /// a shorter one must end at a word's end.
    static let wordLongAgency = 5

    /// Whether lower-cased text names an agency at the start of a word, and a short one as a whole
    /// word: "efe" in "Defensive Line", "ansa" in "Kansas" and "epa" in "separate" are not Efe, ANSA
    /// and EPA. ("/" and "via ", which need more context, are not asked.)
    static func namesAgency(_ lower: String) -> Bool {
        lower.withUTF8Bytes { bytes in
            func isLetter(_ k: Int) -> Bool { k >= 0 && k < bytes.count && (bytes[k] >= 0x61 && bytes[k] <= 0x7A || bytes[k] >= 0x80) }
            for a in agencyBytes where a.count <= bytes.count {
                let first = a[0]
                var k = 0
                while k + a.count <= bytes.count {
                    if bytes[k] == first, memcmp(bytes.baseAddress! + k, a, a.count) == 0, !isLetter(k - 1),
                       a.count >= wordLongAgency || !isLetter(k + a.count) { return true }
                    k += 1
                }
            }
            return false
        }
    }

    /// ``agencies`` as ``namesAgency(_:)`` looks for them (without "/" and "via "), as bytes made once.
    static let agencyBytes: [[UInt8]] = agencies.filter { $0 != "/" && $0 != "via " }.map { Array($0.utf8) }

    /// Where the bracket that `t`'s last character closes was opened (nil: nowhere), brackets of the
    /// same kind inside counted: "(Photo: Jane Roe (Harbour Trust))" opens at its first bracket.
    static func matchingOpening(_ t: String, _ opening: Character, _ closing: Character) -> String.Index? {
        var depth = 0
        var k = t.endIndex
        while k > t.startIndex {
            k = t.index(before: k)
            if t[k] == closing { depth += 1 } else if t[k] == opening { depth -= 1; if depth == 0 { return k } }
        }
        return nil
    }

    /// `s` without spaces at its ends and without the brackets that enclose it or stand unmatched at
    /// its ends: "(Photo: Jane Roe)" and "Jane Roe)" give "Photo: Jane Roe" and "Jane Roe", while a
    /// closing bracket matched inside the credit stays ("Jane Roe (Harbour Trust)").
    static func withoutOuterBrackets(_ s: String) -> String {
        var c = Substring(s.trimmingSpaces)
        func pairs(_ open: Character) -> Character { open == "(" ? ")" : "]" }
        func trimmed(_ part: Substring) -> Substring { Substring(String(part).trimmingSpaces) }
        while let first = c.first, let last = c.last {
            // A bracket facing out of the credit at either end closes or opens nothing of it.
            if first == ")" || first == "]" || last == "(" || last == "[" {
                c = trimmed(first == ")" || first == "]" ? c.dropFirst() : c.dropLast())
                continue
            }
            if first == "(" || first == "[" {
                // The bracket the opening one closes at (nil: none does), depth counted for its kind.
                var depth = 0, closeAt: Substring.Index?
                for k in c.indices {
                    if c[k] == first { depth += 1 } else if c[k] == pairs(first) { depth -= 1; if depth == 0 { closeAt = k; break } }
                }
                if closeAt == nil { c = trimmed(c.dropFirst()); continue }
                if closeAt == c.index(before: c.endIndex) { c = trimmed(c.dropFirst().dropLast()); continue }
            }
            if last == ")" || last == "]" {
                let open: Character = last == ")" ? "(" : "["
                // A closing bracket with no opening one before it in the credit is a leftover.
                var depth = 0
                for ch in c where ch == open || ch == last { depth += ch == open ? 1 : -1 }
                if depth < 0 { c = trimmed(c.dropLast()); continue }
            }
            break
        }
        return String(c)
    }

    /// The lead-ins ``clean(_:)`` drops, in the order it tries them (each at most once): those naming
    /// the credited thing first, then ``leadIns`` but "©".
    static let cleanedLeadIns = thingLeadIns + ["credit:", "credits:", "credit...", "credit…", "photo:", "photos:", "image:", "picture:",
                                                "photograph:", "source:", "foto:", "photo by", "photograph by", "image by", "pictured by"]

    /// Drops the parentheses and lead-in words a credit is printed with.
    static func clean(_ s: String) -> String {
        var c = withoutOuterBrackets(s)
        if let named = describedCredit(c) { return named }
        if let lead = courtesyLeadIns.first(where: { c.lowercasedQuickly.hasPrefix($0) }) {
            return "Courtesy of " + String(c.dropFirst(lead.count)).trimmingSpaces
        }
        for lead in cleanedLeadIns where c.lowercasedQuickly.hasPrefix(lead) {
            c = String(c.dropFirst(lead.count)).trimmingSpaces
        }
        return c
    }
}
