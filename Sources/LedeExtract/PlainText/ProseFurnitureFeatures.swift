import LedeCore

/// What the prose-furniture pass (``LineModel/fourth``) sees of each line the first three passes
/// may keep: what any publisher's prose furniture shares, whatever its wording — it speaks to the
/// reader ("you", "our", an imperative opening, a question), names the outlet printed on the
/// masthead or the copyright line, gives contact details, and stands after the article's last
/// quoted or reported sentence, among other such lines; an article's sentences report (quotes,
/// "said", verbs in the past) and share words with the headline. Every feature is a number in
/// about 0…1, named in ``names`` for `--explain`.
///
/// ```swift
/// let copy = ScrapedLines("Ferry returns\nThe ferry ran again on Monday, the council said.\nSign up for our newsletter to get the news first.")
/// let rows = ProseFurnitureFeatures.rows(copy, body: [0.1, 0.9, 0.8], headline: 0)
/// rows[2][ProseFurnitureFeatures.names.firstIndex(of: "imperative-opening")!]  // 1
/// ```
enum ProseFurnitureFeatures {
    static let names = [
        "bias", "third-pass-body", "third-pass-confidence", "addresses-reader", "speaks-as-we", "imperative-opening",
        "asks-or-exclaims", "names-the-outlet", "contact-details", "after-last-reported", "last-candidate", "near-last-candidate",
        "after-a-cue", "prev-cue", "next-cue", "short-sentence", "headline-overlap", "reported", "past-tense-share",
        "candidates-after-share", "long-paragraph", "refers-to-itself", "label-opening", "names-the-byline",
    ]

    /// A line is a candidate (a line the extractor may keep as body) when the third pass gives it at
    /// least this body probability: the extractor's continuation rule keeps a sentence after the
    /// body down to it (``PlainTextArticleExtractor/minContinuationBody``).
    static let minCandidateBody = 0.1
    /// A candidate has at least this many words (shorter lines are labels the first passes judge).
    static let minCandidateWords = 4
    /// …and at most this many: prose furniture (a pitch, a bio, a disclosure, a note) is a sentence
    /// or three; a longer paragraph is the article's, and reading it again only risks it.
    static let maxCandidateWords = 40
    /// A short sentence: at most this many words.
    static let shortSentenceWords = 12
    /// A long paragraph: at least this many words.
    static let longParagraphWords = 30
    /// The masthead: the outlet's name is looked for in this many lines at the top of the copy.
    static let mastheadLines = 3
    /// Past-tense words at which the past-tense share saturates (a fifth of the words).
    static let pastTenseSaturation = 0.2

    /// The reader, addressed.
    static let secondPerson: Set<String> = ["you", "your", "yours", "yourself"]
    /// The publisher speaking of itself.
    static let firstPlural: Set<String> = ["we", "our", "us", "ours", "ourselves"]
    /// Verbs of a call to action, as the first word of an imperative sentence: joining, paying,
    /// reading on, writing in, coming along.
    static let imperativeVerbs: Set<String> = [
        "sign", "subscribe", "join", "get", "read", "follow", "support", "donate", "give", "take", "start", "download", "register",
        "book", "send", "share", "listen", "watch", "try", "learn", "discover", "find", "explore", "don", "never", "click", "tap",
        "see", "visit", "contact", "email", "call", "tell", "help", "become", "enter", "reach", "check", "stay", "shop", "order",
        "buy", "claim", "grab", "meet", "add", "write", "submit", "head", "enjoy", "upgrade", "unlock", "continue", "view", "browse",
        "apply", "vote", "keep", "make", "have", "let", "catch", "hear", "tune", "come",
    ]
    /// Words a publisher's note uses of the page itself ("this article contains affiliate links",
    /// "an earlier version of this story"), after "this" or "earlier".
    static let selfNouns: Set<String> = ["article", "story", "content", "report", "page", "piece", "post", "transcript", "episode",
                                         "newsletter", "version", "site", "website", "series", "feature", "review", "interview"]
    /// A label opening a line ("Correction:", "Editor's note:", "Dec. 10:") has at most this many words.
    static let maxLabelWords = 3
    /// Words a byline opens with before the name.
    static let bylineLeads: Set<String> = ["by", "words", "written", "reporting", "story"]

    /// Verbs of reporting: a line holding one reports what someone said.
    static let reportingVerbs: Set<String> = ["said", "says", "told", "according", "added", "explained", "wrote", "announced", "stated"]

    /// One row for each line of `copy`; `body` is the third pass's body probability of each line,
    /// `headline` the line likeliest the headline.
    /// With `onlyCandidates`, a line the pass does not read (not `LineModel.isCandidate`) gets a row
    /// of zeros: reading a copy needs the rows of its candidates only, training needs every row.
    static func rows(_ copy: ScrapedLines, body: [Double], headline: Int, onlyCandidates: Bool = false) -> [[Double]] {
        let n = copy.count
        let candidate = copy.indices.map { LineModel.isCandidate(copy, $0, body: body[$0]) }
        let words = copy.indices.map { copy.words[$0].map(String.init) }
        let quoted = copy.indices.map { LineFeatures.Marks(copy.lines[$0]).quote }
        // Reported: a quotation or a reporting verb.
        let reported = copy.indices.map { quoted[$0] || words[$0].contains { reportingVerbs.contains($0) } }
        let kept = copy.indices.map { body[$0] >= LineModel.defaultBodyThreshold }
        let lastReported = copy.indices.last { candidate[$0] && kept[$0] && reported[$0] } ?? -1
        // The outlet's name: word pairs of the masthead lines and of a copyright line.
        var outlet = Set<String>()
        for i in copy.indices where i < mastheadLines || copy.lines[i].contains("©") || copy.lower[i].hasPrefix("copyright") {
            let w = words[i].filter { !LineFeatures.stopwords.contains($0) && $0.first?.isLetter == true && !LineFeatures.months.contains($0) }
            guard w.count >= 2, w.count <= 12 else { continue }
            for k in 0..<(w.count - 1) { outlet.insert(w[k] + " " + w[k + 1]) }
        }
        let headlineWords = Set(words[min(max(0, headline), max(0, n - 1))].filter { $0.count >= 3 && !LineFeatures.stopwords.contains($0) })
        let cue = copy.indices.map { i -> Bool in
            guard candidate[i], !quoted[i] else { return false }
            let w = words[i]
            return w.contains(where: secondPerson.contains) || w.contains(where: firstPlural.contains)
                || (w.first.map(imperativeVerbs.contains) ?? false) || hasContact(copy.lower[i])
        }
        // Surnames of the byline: the last word of a short line opening on "By" above the first candidate.
        var bylineNames = Set<String>()
        for i in copy.indices where words[i].count >= 2 && words[i].count <= LineFeatures.maxBylineWords && bylineLeads.contains(words[i][0])
            && copy.lower[i].hasPrefix(words[i][0] + " ") {
            if let last = words[i].last(where: { $0.count >= 3 && $0.first?.isLetter == true }) { bylineNames.insert(last) }
            if bylineNames.count >= 3 { break }
        }
        var candidatesAfter = [Int](repeating: 0, count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) { candidatesAfter[i] = candidatesAfter[i + 1] + (candidate[i] && kept[i] ? 1 : 0) }
        let allCandidates = max(1, candidatesAfter[0])
        // The nearest candidate before and after each line, in two passes (a search from each line
        // grew with the square of a copy with few candidates: 20,000 "Share" lines took minutes).
        var previousCandidate = [Int?](repeating: nil, count: n), nextCandidate = [Int?](repeating: nil, count: n)
        var seen: Int?
        for i in 0..<n { previousCandidate[i] = seen; if candidate[i] { seen = i } }
        seen = nil
        for i in stride(from: n - 1, through: 0, by: -1) { nextCandidate[i] = seen; if candidate[i] { seen = i } }
        var firstCue = n
        var rows: [[Double]] = []
        rows.reserveCapacity(n)
        let unread = [Double](repeating: 0, count: names.count)
        for i in 0..<n {
            // `cue` is false off the candidates, so `firstCue` is not moved by the lines skipped.
            if onlyCandidates && !candidate[i] { rows.append(unread); continue }
            var row = [Double](repeating: 0, count: names.count)
            row[0] = 1
            row[1] = body[i]
            // How far the belief stands from even odds, 0 (undecided) to 1 (sure either way).
            row[2] = abs(body[i] - 0.5) * 2
            let w = words[i]
            let unquoted = !quoted[i]
            row[3] = unquoted && w.contains(where: secondPerson.contains) ? 1 : 0
            row[4] = unquoted && w.contains(where: firstPlural.contains) ? 1 : 0
            let opensCapital = copy.lines[i].first?.isUppercase == true
            row[5] = unquoted && opensCapital && (w.first.map(imperativeVerbs.contains) ?? false) ? 1 : 0
            row[6] = unquoted && (copy.lines[i].hasSuffix("?") || copy.lines[i].hasSuffix("!") || copy.lines[i].contains("? ")) ? 1 : 0
            row[7] = w.count >= 2 && (0..<(w.count - 1)).contains { outlet.contains(w[$0] + " " + w[$0 + 1]) } && i >= mastheadLines ? 1 : 0
            row[8] = hasContact(copy.lower[i]) ? 1 : 0
            row[9] = lastReported >= 0 && i > lastReported ? 1 : 0
            let after = candidatesAfter[i + 1]
            row[10] = candidate[i] && after == 0 ? 1 : 0
            row[11] = candidate[i] && after > 0 && after <= 2 ? 1 : 0
            row[12] = i > firstCue ? 1 : 0
            let prev = previousCandidate[i], next = nextCandidate[i]
            row[13] = prev.map { cue[$0] } == true ? 1 : 0
            row[14] = next.map { cue[$0] } == true ? 1 : 0
            row[15] = w.count <= shortSentenceWords && LineFeatures.endsSentence(copy.lines[i]) ? 1 : 0
            let content = w.filter { $0.count >= 3 && !LineFeatures.stopwords.contains($0) }
            row[16] = i != headline && !content.isEmpty ? Double(content.filter(headlineWords.contains).count) / Double(content.count) : 0
            row[17] = reported[i] ? 1 : 0
            let past = w.filter { $0.count >= 4 && $0.hasSuffix("ed") }.count
            row[18] = min(1, Double(past) / Double(max(1, w.count)) / pastTenseSaturation)
            row[19] = Double(after) / Double(allCandidates)
            row[20] = w.count >= longParagraphWords ? 1 : 0
            row[21] = (1..<max(1, w.count)).contains { k in (w[k - 1] == "this" || w[k - 1] == "earlier") && selfNouns.contains(w[k]) } ? 1 : 0
            row[22] = Self.opensOnLabel(copy.lines[i]) ? 1 : 0
            row[23] = w.prefix(3).contains(where: bylineNames.contains) && !copy.lower[i].hasPrefix("by ") ? 1 : 0
            if cue[i], i > lastReported, firstCue == n { firstCue = i }
            rows.append(row)
        }
        return rows
    }

    /// The features that are evidence of a publisher's voice rather than of a line's place or shape:
    /// the line speaks to the reader, as "we", opens on a call to action, names the outlet, gives
    /// contact details, refers to the page itself, opens on a label or names the byline's author.
    static let voiceColumns = ["addresses-reader", "speaks-as-we", "imperative-opening", "names-the-outlet", "contact-details",
                               "refers-to-itself", "label-opening", "names-the-byline"].map { names.firstIndex(of: $0)! }

    /// Whether the pass may move a candidate with this row: only when it shows a publisher's voice
    /// (``voiceColumns``). Place and sentence shape alone (after the last reported sentence, the
    /// last candidate, no quotation) describe an article's own closing lines as well as a pitch
    /// after them, and there the pass cut short articles (Zyte w3m held out 0.9229 → 0.9169 with
    /// every candidate read, 0.9218 with this gate; leave-one-round-out 0.890 → 0.897, twelfth
    /// round of copies, Benchmarks/README.md).
    ///
    /// ```swift
    /// var row = [Double](repeating: 0, count: ProseFurnitureFeatures.names.count)
    /// ProseFurnitureFeatures.showsAVoice(row)  // false
    /// row[ProseFurnitureFeatures.names.firstIndex(of: "contact-details")!] = 1
    /// ProseFurnitureFeatures.showsAVoice(row)  // true
    /// ```
    static func showsAVoice(_ row: [Double]) -> Bool {
        voiceColumns.contains { row[$0] > 0 }
    }

    /// A line opening on a short label and a colon ("Correction: …", "Editor's note: …", "Dec. 10: …").
    static func opensOnLabel(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":"), line.index(after: colon) < line.endIndex else { return false }
        let label = line[..<colon].split(separator: " ")
        return !label.isEmpty && label.count <= maxLabelWords && label.first?.first?.isUppercase == true
            && !label.contains { $0.hasPrefix("\"") || $0.hasPrefix("“") }
    }

    /// An e-mail address, a web address or a telephone number ("555-0147").
    static func hasContact(_ lower: String) -> Bool {
        if lower.has("http") || lower.has("www.") || lower.has(".com") { return true }
        if let at = lower.firstIndex(of: "@"), lower[at...].contains(".") { return true }
        // Three digits, a hyphen or a dot, four digits.
        let u = Array(lower.utf8)
        guard u.count >= 8 else { return false }
        func digit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        for k in 0...(u.count - 8) where digit(u[k]) && digit(u[k + 1]) && digit(u[k + 2]) && (u[k + 3] == 0x2D || u[k + 3] == 0x2E)
            && digit(u[k + 4]) && digit(u[k + 5]) && digit(u[k + 6]) && digit(u[k + 7]) && (k == 0 || !digit(u[k - 1])) {
            return true
        }
        return false
    }
}
