import LedeCore

/// Cleans a byline into author names: "By Jane Roe and John Doe, Staff Writers" → ["Jane Roe", "John Doe"].
enum Byline {
    /// Words that describe a job, not a name; a part of a byline made of them is dropped.
    static let roleWords: Set<String> = [
        "staff", "writer", "writers", "reporter", "reporters", "editor", "editors", "correspondent", "correspondents",
        "contributor", "contributing", "senior", "chief", "political", "associate", "columnist", "producer", "team",
        "desk", "news", "journalist", "photographer", "analyst", "managing", "deputy", "international", "digital",
        "special", "the", "for", "at", "of", "in", "updated", "published", "posted", "on", "guest", "author", "bureau",
        "opinion", "data", "science", "health", "business", "sports", "technology", "investigations", "national",
    ]
    static let leadIns = ["written by: ", "posted by: ", "reviewed by: ", "article by: ", "written by ", "posted by ", "reviewed by ", "words by ", "story by ", "text by ", "article by ",
                          "hosted by ", "presented by ", "reported by ",
                          "by: ", "by ", "von ", "par ", "por ", "author: ", "authors: ", "author:", "authors:"]
    /// The lead-ins without their blanks and colons: a byline that is only one of these names nobody.
    static let bareLeadIns = leadIns.map { $0.trimmingCharacters(in: " :") }

    /// `declared` is true for names a page declares in its metadata (`<meta name="author">`, a
    /// JSON-LD `Person`): there a user handle ("jsmith", "q_admin") is what the site calls its
    /// author, so it is kept; in visible text a lower-case word is rarely a name.
    static func split(_ raw: String, declared: Bool = false) -> [String] {
        var s = TextCleaner.collapse(raw)
        guard !s.isEmpty, s.count < 200 else { return [] }
        if s.hasPrefix("http") || s.hasPrefix("/") { return [] }
        // "Jane Roe | Staff Writer" keeps its first part; "Dec 19, 2025 · Jane Roe" its first
        // part that names someone.
        var segments = [s]
        // Foundation's split compares canonically: "·" also matches U+0387 GREEK ANO TELEIA (CE 87),
        // its canonical equivalent; no other separator has one. Without any of these bytes there is
        // nothing to split.
        if Self.mayHoldSeparator(s) {
            for sep in ["|", "•", "·", "\n", " — ", " – "] {
                segments = segments.flatMap { $0.components(separatedBy: sep) }
            }
        }
        segments = segments.map(\.trimmingSpaces).filter { !$0.isEmpty }
        if segments.count > 1 {
            for segment in segments.prefix(4) {
                let names = split(segment, declared: declared)
                if !names.isEmpty { return names }
            }
            return []
        }
        let lower = s.lowercasedQuickly
        // A label alone ("By", "WRITTEN BY") names nobody.
        if bareLeadIns.contains(lower) { return [] }
        for lead in leadIns where lower.hasPrefix(lead) { s = String(s.dropFirst(lead.count)); break }
        var names: [String] = []
        s = Entities.decode(s)
        var lastWasName = false
        // A job printed after a name ("Jane Roe, Shipping Expert") is that writer's description;
        // pieces after it that name no person continue it ("…, Atlas Van Lines - 10 Years").
        var describing = false
        let pieces = Self.pieces(s)
        let parts = pieces.map(\.text)
        for (separator, part) in pieces {
            // "Jane Roe, CNN": the outlet she writes for, after a name, is neither an author nor letters after her name.
            if !names.isEmpty, outlets.contains(part.trimmingSpaces.lowercased()) { lastWasName = false; describing = false; continue }
            // Letters after a name stay with it, as printed: "Jillian Kubala, MS, RD".
            if lastWasName, isCredential(String(part)), let last = names.popLast() {
                names.append(last + ", " + String(part).trimmingSpaces)
                continue
            }
            // A job after a name, kept with it as printed, with the separator the page used
            // ("Master Gardener & Garden Educator"); a generic desk title ("Staff Writers") is
            // dropped below as before.
            let trimmed = part.trimmingSpaces
            if lastWasName, !trimmed.isEmpty, describing ? !BylineRole.isPersonLike(trimmed) : BylineRole.isRole(trimmed),
               cleanName(String(part), declared: declared) != nil, let last = names.popLast() {
                names.append(last + (describing ? Self.printed(separator) : ", ") + trimmed)
                describing = true
                continue
            }
            describing = false
            // A desk as the whole declared byline ("News Desk") is kept; after names ("…, Staff
            // Writers") it is their job.
            let name = cleanName(String(part), declared: declared, roleOnly: declared && parts.count == 1).map(droppingOutlet)
            lastWasName = false
            if let name, !names.contains(name) { names.append(name); lastWasName = true }
        }
        return names
    }

    /// Separators between the people (or a person and a description) of one byline segment.
    /// (``pieces(_:)`` relies on each opening with a space, ";" or ",".)
    static let nameSeparators = [" and ", " & ", ";", " with ", " und ", " et ", " y ", ","]

    /// The pieces of a byline between ``nameSeparators`` (matched case-insensitively), each with
    /// the separator printed before it ("" for the first).
    static func pieces(_ s: String) -> [(separator: String, text: Substring)] {
        var out: [(separator: String, text: Substring)] = []
        var separator = ""
        var start = s.startIndex
        var i = s.startIndex
        while i < s.endIndex {
            // Every separator opens with a space, ";" or ",", so a Character that does not start
            // with one of those scalars (or U+037E, canonically ";") can open none: the eight
            // comparisons run at few positions.
            let first = s.unicodeScalars[i].value
            if first != 0x20, first != 0x3B, first != 0x2C, first != 0x37E {
                i = s.index(after: i)
                continue
            }
            let rest = s[i...]
            if let sep = nameSeparators.first(where: { rest.hasPrefixIgnoringCase($0) }) {
                let end = s.index(i, offsetBy: sep.count)
                out.append((separator, s[start..<i]))
                separator = String(s[i..<end])
                start = end
                i = end
                continue
            }
            i = s.index(after: i)
        }
        out.append((separator, s[start...]))
        // As `split` did: no empty pieces.
        return out.filter { !$0.text.isEmpty }
    }

    /// "Roe, Jane" → "Jane Roe": one person written family name first, as scholarly `citation_author`
    /// tags do. Nil when the part after the comma is letters or a job ("Jane Roe, MD"), or either part
    /// is not a short run of capitalised words.
    static func familyFirst(_ raw: String) -> String? {
        let parts = TextCleaner.collapse(raw).split(separator: ",").map(\.trimmingSpaces)
        guard parts.count == 2, !isCredential(parts[1]), !BylineRole.isRole(parts[1]) else { return nil }
        let capitalised = { (p: String) in
            let words = p.split(separator: " ")
            return (1...3).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true || ["van", "von", "de", "der", "da", "di", "du", "le", "la"].contains($0.lowercased()) }
        }
        guard capitalised(parts[0]), capitalised(parts[1]) else { return nil }
        return parts[1] + " " + parts[0]
    }

    /// The name of one author without the letters or job kept after it: "Jane Roe, MS, RD" →
    /// "Jane Roe" (names themselves hold no comma: bylines are split at commas).
    static func nameHead(_ name: String) -> Substring {
        name.firstRange(of: ", ").map { name[..<$0.lowerBound] } ?? name[...]
    }

    /// A separator as printed between a job's pieces: a comma takes its space back.
    static func printed(_ separator: String) -> String {
        separator == "," ? ", " : separator == ";" ? "; " : separator
    }

    /// Whether `s` holds a byte of a segment separator ("|", a line feed, or the lead byte of
    /// "•", "—", "–" (E2), "·" (C2) or U+0387 (CE)): false means no separator can match.
    static func mayHoldSeparator(_ s: String) -> Bool {
        s.utf8.contains { $0 == 0x7C || $0 == 0x0A || $0 == 0xE2 || $0 == 0xC2 || $0 == 0xCE }
    }

    /// Single words that bylines and date lines put where a name could be.
    static let notNames: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "mon", "tue", "wed",
        "thu", "fri", "sat", "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "released",
        "development", "admin", "administrator", "member login", "login", "sign in", "home", "news", "blog", "editor",
        "unknown", "anonymous", "guest", "user", "share", "menu", "search", "about the author", "about the authors",
    ]

    /// News agencies and broadcasters a byline names after its writer ("By Jane Roe, CNN", "By JANE
    /// ROE Associated Press"): the employer, not a second author.
    static let outlets: Set<String> = [
        "cnn", "ap", "afp", "bbc", "npr", "abc", "nbc", "cbs", "upi", "dpa", "efe", "ansa", "reuters", "bloomberg",
        "associated press", "the associated press", "pa media", "xinhua", "al jazeera", "bbc news", "abc news", "cnn wire",
    ]

    /// "JANE ROE Associated Press" → "JANE ROE": an outlet's name after at least two words of a name.
    static func droppingOutlet(_ name: String) -> String {
        let words = name.split(separator: " ")
        for n in [3, 2, 1] where words.count >= n + 2 {
            if outlets.contains(words.suffix(n).joined(separator: " ").lowercased()) { return words.dropLast(n).joined(separator: " ") }
        }
        return name
    }

    /// Letters after a name ("MS", "RD", "Ph.D.", "CEPF®"): credentials, not another author.
    static func isCredential(_ raw: String) -> Bool {
        let tokens = raw.split(separator: " ")
        guard (1...3).contains(tokens.count) else { return false }
        return tokens.allSatisfy { token in
            let t = String(token)
            guard t.count <= 8 else { return false }
            let letters = t.filter(\.isLetter)
            return letters.count >= 2 && (letters.allSatisfy(\.isUppercase) || ["phd", "ph.d.", "ph.d", "jr.", "sr.", "jr", "sr"].contains(t.lowercased()))
        }
    }

    /// A user handle or e-mail local part ("andrew.keaveney", "kffnirmitap"), not a printed name.
    static func isHandle(_ s: String) -> Bool {
        guard !s.contains(" ") else { return false }
        if s.contains(".") || s.contains("_") || s.contains(where: \.isNumber) { return true }
        return s.first?.isUppercase != true
    }

    /// A job printed before a name ("Meteorologist Carla Brennan", "Chief Economist Ana Ruiz"): a
    /// job noun or an "-ologist" (``BylineRole/isRole(_:)``'s words), capitalised as a title.
    static func isJobTitleWord(_ word: String) -> Bool {
        guard word.first?.isUppercase == true else { return false }
        let l = word.lowercased().trimmingCharacters(in: ".:,")
        return BylineRole.jobNouns.contains(l) || (l.count >= 8 && l.hasSuffix("ologist"))
    }

    static func cleanName(_ raw: String, declared: Bool = false, roleOnly: Bool = false) -> String? {
        var words = raw.split(separator: " ").map(String.init)
        words.removeAll { $0.contains("@") || $0.hasPrefix("http") }
        // A name ends where a date or a role starts: "Jane Roe Updated 3 hours ago".
        // A declared name may start with a figure ("98 Buck Social", "3i Global"); elsewhere a
        // leading figure is a date or a count.
        let start = declared && words.count >= 2 ? 1 : 0
        if let cut = words.indices.dropFirst(start).first(where: { i in
            let w = words[i]
            let l = w.lowercased().trimmingCharacters(in: ".:,")
            // "on"/"at" start a date or place only when something follows ("Audiophile On" is a name).
            if l == "on" || l == "at" { return i < words.count - 1 }
            return ["updated", "published", "posted", "|"].contains(l) || w.first?.isNumber == true
        }) {
            // "Jane Roe Last updated May 2": "Last" goes with the label.
            let labelStart = cut > 0 && words[cut - 1].lowercased() == "last" && words[cut].lowercased().hasPrefix("updated") ? cut - 1 : cut
            words = Array(words[..<labelStart])
        }
        // A leading "The" belongs to the name of a team or paper ("The Upwork Team"); other
        // leading role words are a job title before the name ("Senior Reporter Jane Roe"), and so
        // is a job noun before a person's name ("Meteorologist Carla Brennan"; not before a
        // department: "Head of Marketing" stays). A declared two-word title ("Staff Clinician") is kept whole.
        while !(roleOnly && words.count <= 2), let f = words.first, f.lowercased() != "the",
              roleWords.contains(f.lowercased().trimmingCharacters(in: ".:,"))
                || (words.count > 2 && isJobTitleWord(f) && BylineRole.isPersonLike(words.dropFirst().joined(separator: " "))),
              words.count > 1,
              words.dropFirst().contains(where: { $0.first?.isUppercase == true && !roleWords.contains($0.lowercased()) }) {
            words.removeFirst()
        }
        var name = words.joined(separator: " ").trimmingCharacters(in: " ,:-–—\"'")
        // Trim brackets only when unbalanced: "Jean-Luc Aufranc (CNXSoft)" keeps its closing one.
        if name.hasPrefix("("), !name.contains(")") { name.removeFirst() }
        if name.hasSuffix(")"), !name.contains("(") { name.removeLast() }
        if name.hasSuffix("(") { name = name.trimmingCharacters(in: " (") }
        // Keep the period of an abbreviation ("Ph.D.", "Jr."), drop a stray one.
        if name.hasSuffix("."), !(name.dropLast().split(separator: " ").last?.contains(".") ?? false), !name.hasSuffix("Jr."), !name.hasSuffix("Sr.") {
            name.removeLast()
        }
        guard !name.isEmpty, name.count <= 60, words.count <= 6 else { return nil }
        let meaningful = words.filter { !roleWords.contains($0.lowercased().trimmingCharacters(in: ".:,")) }
        // A desk or team the page itself declares as author ("News Desk") is kept as given.
        if meaningful.isEmpty, !roleOnly { return nil }
        guard name.first?.isLetter == true || (start == 1 && name.first?.isNumber == true) else { return nil }
        if (!declared && isHandle(name)) || notNames.contains(name.lowercased()) { return nil }
        return name
    }
}

extension Substring {
    /// True when the text starts with `prefix` (lower-case ASCII), an ASCII capital matching its
    /// small letter ("AND" matches "and").
    func hasPrefixIgnoringCase(_ prefix: String) -> Bool {
        var i = startIndex
        for c in prefix {
            guard i < endIndex else { return false }
            let here = self[i]
            if here != c {
                guard let a = here.asciiValue, a >= 0x41, a <= 0x5A, Character(UnicodeScalar(a | 0x20)) == c else { return false }
            }
            i = index(after: i)
        }
        return true
    }
}

extension String {
    func range(of needle: String, options: CaseOption) -> Range<String.Index>? {
        guard !needle.isEmpty else { return nil }
        let n = Array(needle.lowercased())
        var i = startIndex
        while i < endIndex {
            var j = i, k = 0
            while k < n.count, j < endIndex, Character(self[j].lowercased()) == n[k] { j = index(after: j); k += 1 }
            if k == n.count { return i..<j }
            i = index(after: i)
        }
        return nil
    }

    enum CaseOption { case caseInsensitive }
}
