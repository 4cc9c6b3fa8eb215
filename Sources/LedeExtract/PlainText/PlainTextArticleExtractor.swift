import LedeCore

/// The plain-text path: a scraped copy of a news page, one paragraph a line (blank lines between
/// or not), with the page's furniture mixed in.
///
/// ```swift
/// let article = try PlainTextArticleExtractor(options: ReadOptions()).extract(text, url: nil)
/// ```
///
/// Rules first, where they are sure (the headline again, banners and promotions by phrase, a
/// caption and its credit line, "Image caption," blocks); every other line goes to the learned
/// `LineModel`, which keeps body lines and drops the rest with its class and deciding features
/// in `removed[]`.
///
/// Line numbers in `Removal.detail` count non-empty lines from 0, as a user sees them in an editor
/// that skips blanks.
struct PlainTextArticleExtractor {
    var options: ReadOptions
    var model = LineModel.standard

    init(options: ReadOptions, model: LineModel = .standard) {
        self.options = options
        self.model = model
    }

    /// The non-empty lines of a copy, spaces collapsed: what both the extractor and the trainer read.
    static func lines(_ text: String) -> [String] { ScrapedLines(text).lines }

    func extract(_ text: String, url: String?) throws -> Article {
        let copy = ScrapedLines(text)
        let lines = copy.lines
        guard !lines.isEmpty else { throw LedeError.emptyInput("the text has no lines") }
        var predictions = model.isTrained && !Self.isCleanCopy(copy) ? model.classify(copy) : nil
        if predictions != nil { Self.promoteLikeliestBody(&predictions!, copy) }
        var article = Article(url: url)
        // The headline: the first line the model calls one before the body starts, else the first
        // line when it reads as one (short, not a credit or furniture). Lines above it are furniture.
        var start = 0
        // Lines just above the headline, where some sites print the date and byline ("Posted on … by …").
        var aboveHeadline = 0..<0
        let firstBody = predictions.flatMap { p in lines.indices.first { p[$0].kind == .body && copy.furniture[$0] == nil } } ?? 0
        let headline = LineClass.headline.rawValue
        var headlineLine: Int?
        if let predictions {
            // A headline has its byline or date just under it: where a line before the first paragraph
            // of prose does, the others (list entries of a "Key points" box, teasers, which the model may
            // read as body) are not the headline. (Not a line under a byline: "Reporting from Solden
            // Falls" sits between byline and date; not a widget's label: "Share full article".)
            let firstProse = lines.indices.first(where: copy.isProse) ?? lines.count
            // Lines shaped like a headline above the body or the first prose, each tested once: not a
            // fact box's field ("Cast: …"), not a date stamp ("Updated Jan. 27, 2026, 12:28 PM").
            let eligible = (0..<max(firstBody, firstProse)).filter {
                (Self.isTitleShaped(copy, $0) || Self.isSentenceHeadlineOverByline(copy, $0)) && !Self.isFactBoxField(copy, $0) && !Self.isDateStamp(copy, $0)
                    && Self.fromByline(lines[$0], copy.lower[$0], words: copy.words[$0].count) == nil
            }
            var candidates = eligible.filter { $0 < firstBody }
            // Not the name a label leads into ("News provided by" / "Acme Cooperative", "Written by" / "Jane Roe").
            let signed = eligible.filter {
                $0 < firstProse && Self.hasBylineOrDate(copy, below: $0) && !Self.hasBylineOrDate(copy, above: $0)
                    && !copy.lower[$0].hasSuffix(" by") && !($0 > 0 && copy.lower[$0 - 1].hasSuffix(" by"))
                    && !Self.isWidgetOrMenu(copy, $0) && !Self.isListedUnderLabel(copy, $0)
            }
            if !signed.isEmpty { candidates = signed }
            headlineLine = candidates.max { predictions[$0].probabilities[headline] < predictions[$1].probabilities[headline] }
        }
        if let h = headlineLine {
            article.title = lines[h]
            for k in 0..<h { remove(&article, k, copy, predictions?[k]) }
            aboveHeadline = Self.linesAbove(h, copy)
            start = h + 1
        } else if lines[0].count <= LineRules.maxHeadlineLength, copy.furniture[0] == nil, !copy.isCredit[0] {
            article.title = lines[0]
            start = 1
        }
        let titleKey = TitleChoice.key(article.title)
        var i = start
        var pendingCredit: String?
        // The last line the model read was body (lines the rules take, figures, do not count).
        var inBody = false
        // Word trigrams of the paragraphs kept so far.
        var keptTrigrams = Set<Int>()
        var keptWords = Set<Substring>()
        // Only in a clean copy: in a whole-page dump the model reads short lines (headings, product
        // names, table rows) with their neighbours, and cutting every run there loses body.
        let linkRuns = predictions == nil ? Self.shortLineRuns(copy) : [Bool](repeating: false, count: lines.count)
        let ranked = RankedLists.entries(copy)
        // How many paragraphs were kept (byline and date lines come before the first, or after a
        // standfirst), and the line of the first.
        var keptParagraphs = 0, firstParagraphLine = 0
        // After a "Read more"-style lead line, the headlines it lists (until a line that is no headline).
        var inTeaserList = false
        // The byline was a name printed alone (it may be a company's: "Acme Coffee has a long
        // history…" is then the article's first paragraph, not a note about its author).
        var bareNameByline = false
        let stamps = CommentStamps(copy)
        // Each line's words joined, for the pull-quote test (filled as asked).
        var joinedWords = [String?](repeating: nil, count: lines.count)
        // The first line of the comment section, once found.
        var commentsStart: Int?
        // The line of a caption printed with its lead ("Image: …") and no credit yet.
        var creditlessCaptionLine: Int?
        while i < lines.count {
            defer { i += 1 }
            let line = lines[i]
            let lower = copy.lower[i]
            if commentsStart == nil, keptParagraphs >= CommentStamps.minParagraphsBefore, stamps.opensComments(i) { commentsStart = i }
            if let c = commentsStart {
                article.removed.append(Removal(reason: .comments, text: line, detail: "line \(i): in the comments (time stamps from line \(c) on)"))
                continue
            }
            if i < firstBody || i == start, !titleKey.isEmpty, TitleChoice.key(line) == titleKey {
                article.removed.append(Removal(reason: .duplicateHeadline, text: line, detail: "line \(i): the headline again"))
                continue
            }
            if keptParagraphs <= 1, i - start < Self.headerLines, let what = Self.readHeaderLine(line, lower, words: copy.words[i].count, into: &article) {
                article.removed.append(Removal(reason: .boilerplate, text: line, detail: "line \(i): \(what), read into the article's metadata"))
                standfirst(&article, &keptParagraphs, firstParagraphLine)
                continue
            }
            if keptParagraphs <= 1, i - start < Self.headerLines, article.authors.isEmpty, Self.isBareNameBesideDate(copy, i) {
                article.authors = [line]
                bareNameByline = true
                article.removed.append(Removal(reason: .boilerplate, text: line, detail: "line \(i): a name beside the date (the byline), read into the article's metadata"))
                standfirst(&article, &keptParagraphs, firstParagraphLine)
                continue
            }
            // "Harriet Vale" over "Sport reporter", the date beside them: the byline, the job on its own line.
            if keptParagraphs <= 1, i - start < Self.headerLines, article.authors.isEmpty, let name = Self.nameOverJobLine(copy, i) {
                article.authors = [name]
                article.removed.append(Removal(reason: .boilerplate, text: line, detail: "line \(i): a name over a job line beside the date (the byline), read into the article's metadata"))
                article.removed.append(Removal(reason: .boilerplate, text: lines[i + 1], detail: "line \(i + 1): the byline's job"))
                standfirst(&article, &keptParagraphs, firstParagraphLine)
                i += 1
                continue
            }
            // "Marisol Vance, Senior Editor" beside the date: the byline, the job after the name.
            if keptParagraphs <= 1, i - start < Self.headerLines, article.authors.isEmpty, let name = Self.nameWithRoleBesideDate(copy, i) {
                article.authors = [name]
                article.removed.append(Removal(reason: .boilerplate, text: line, detail: "line \(i): a name and a job beside the date (the byline), read into the article's metadata"))
                standfirst(&article, &keptParagraphs, firstParagraphLine)
                continue
            }
            // A header field, its label on this line and its value on the next ("Published" /
            // "9 December 2026", "From:" / "Communications Team, …").
            if keptParagraphs <= 1, i - start < Self.headerLines, let label = Self.fieldLabel(copy, i) {
                let joined = label + " " + lines[i + 1]
                let what = Self.readHeaderLine(joined, joined.lowercased(), words: joined.split(separator: " ").count, into: &article)
                article.removed.append(Removal(reason: .boilerplate, text: line, detail: "line \(i): the label of a header field, its value on the next line"))
                article.removed.append(Removal(reason: .boilerplate, text: lines[i + 1],
                                               detail: "line \(i + 1): the value of a header field" + (what.map { ", \($0), read into the article's metadata" } ?? "")))
                if what != nil { standfirst(&article, &keptParagraphs, firstParagraphLine) }
                i += 1
                continue
            }
            if keptParagraphs > 0, !bareNameByline, Self.isAboutTheAuthor(line, authors: article.authors) {
                article.removed.append(Removal(reason: .boilerplate, text: line, detail: "line \(i): about the author"))
                inBody = false
                continue
            }
            if keptParagraphs > 0, linkRuns[i], copy.furniture[i] == nil {
                article.removed.append(Removal(reason: .relatedLink, text: line, detail: "line \(i): one of a run of short lines inside the article (a list of links)"))
                continue
            }
            if keptParagraphs > 0, ranked[i] {
                article.removed.append(Removal(reason: .relatedLink, text: line, detail: "line \(i): an entry of a ranked list of other stories (its ranks alone on their lines)"))
                inBody = false
                continue
            }
            if inTeaserList, Self.isTitleShaped(copy, i) || Self.isLabelledHeadline(line) {
                article.removed.append(Removal(reason: .relatedLink, text: line, detail: "line \(i): a headline listed under a link lead-in"))
                continue
            }
            inTeaserList = false
            if let (reason, detail) = copy.furniture[i] {
                article.removed.append(Removal(reason: reason, text: line, detail: "line \(i): \(detail)"))
                inTeaserList = reason == .relatedLink && copy.words[i].count <= Self.maxTeaserLeadWords
                // A sentence after a list of other stories is not the body going on unless the model says so.
                if inTeaserList { inBody = false }
                continue
            }
            // "Source: Agency" closes an article: the source of its text, not a photo's credit.
            if lower.hasPrefix("source:"), copy.words[i].count <= Self.maxTeaserLeadWords {
                article.removed.append(Removal(reason: .boilerplate, text: line, detail: "line \(i): the article's source"))
                continue
            }
            // "Image caption, …" (broadcaster style): a caption whose credit, if any, came just before.
            if LineFeatures.isCaptionLead(lower), let comma = line.firstIndex(where: { $0 == "," || $0 == ":" }) {
                let caption = line[line.index(after: comma)...].trimmingSpaces
                if !caption.isEmpty {
                    if let credit = pendingCredit, case .figure(var f)? = article.blocks.last, f.caption == nil, f.credit == credit {
                        f.caption = caption
                        article.blocks[article.blocks.count - 1] = .figure(f)
                    } else {
                        article.blocks.append(.figure(Figure(caption: caption)))
                        creditlessCaptionLine = i
                    }
                    pendingCredit = nil
                    continue
                }
            }
            pendingCredit = nil
            // A caption is the line before a credit line; the pair becomes one figure where it stood.
            // Not when the credit leads a caption block of its own ("Image source, …" then "Image caption, …").
            if i + 1 < lines.count, copy.isCredit[i + 1], copy.furniture[i + 1] == nil, !copy.lower[i + 1].hasPrefix("source:"),
               !(i + 2 < lines.count && LineFeatures.isCaptionLead(copy.lower[i + 2])),
               Self.isStrongCredit(lines[i + 1]) || copy.words[i].count >= Self.minCaptionWords {
                appendFigure(Figure(caption: line, credit: CreditParser.clean(Self.dropSourceLead(lines[i + 1]))), &article, line: i, line)
                i += 1
                continue
            }
            // A caption whose credit stands alone on the next line in a form no agency list names:
            // "(Jane Roe)", "Jane Roe/Outlet", "© Jane Roe/Outlet".
            if i + 1 < lines.count, Self.isCaptionShaped(copy, i), let credit = Self.creditAlone(lines[i + 1]) {
                appendFigure(Figure(caption: line, credit: credit), &article, line: i, line)
                i += 1
                continue
            }
            // A bare agency name ("About Reuters", "The Guardian - Back to home") is a credit only
            // when the model does not take it for furniture.
            if copy.isCredit[i], Self.isStrongCredit(line) || predictions?[i].kind != .furniture {
                // A credit with no caption before it still marks a photo.
                let credit = CreditParser.clean(Self.dropSourceLead(line))
                // "Image: caption" then "Credit: name": the credit completes the figure just above.
                if creditlessCaptionLine == i - 1, case .figure(var f)? = article.blocks.last, f.credit == nil {
                    f.credit = credit
                    article.blocks[article.blocks.count - 1] = .figure(f)
                    continue
                }
                appendFigure(Figure(credit: credit), &article, line: i, line)
                pendingCredit = credit
                continue
            }
            // A caption with its credit on the same line: "Caption text. (Photo: Jane Roe/Agency)".
            let split = CreditParser.split(line)
            if let credit = split.credit, split.caption.count >= 20, line.hasSuffix(")") || line.count < 400 {
                article.blocks.append(.figure(Figure(caption: split.caption, credit: credit)))
                continue
            }
            if let p = predictions?[i], p.kind != .body,
               !(inBody && p.probabilities[LineClass.body.rawValue] >= Self.minContinuationBody
                 && copy.words[i].count >= Self.minContinuationWords && LineFeatures.endsSentence(line)) {
                // A photo's button right under its caption and credit ("Expand", "Enlarge") is part
                // of the photo: the body goes on past it.
                if !(copy.words[i].count <= Self.maxPhotoButtonWords && Self.endsInFigure(article)) { inBody = false }
                if p.kind == .caption {
                    article.blocks.append(.figure(Figure(caption: line)))
                } else if let (caption, credit) = Self.captionWithShortCredit(line, words: copy.words[i].count) {
                    article.blocks.append(.figure(Figure(caption: caption, credit: credit)))
                } else {
                    remove(&article, i, copy, p)
                }
                continue
            }
            // "KEY POINTS" and its entries before the first paragraph; tiles ("High 36°", "Low 22°")
            // the model keeps between lines of furniture.
            if keptParagraphs == 0, Self.isBoxEntry(copy, i) {
                article.removed.append(Removal(reason: .boilerplate, text: line, detail: "line \(i): an entry of a box under its label, before the article"))
                continue
            }
            if keptParagraphs > 0, let predictions, Self.isShortIsland(predictions, copy, i) {
                article.removed.append(Removal(reason: .boilerplate, text: line, detail: "line \(i): a short line alone among furniture"))
                inBody = false
                continue
            }
            // The same text twice (a page printing its article again in a script or print copy):
            // the first copy stands, a later one is dropped. A copy brings no word the kept text
            // lacks, so paragraphs made on one pattern (results by district, a list of departures)
            // that differ in a number or a name are all kept.
            let trigrams = LineFeatures.trigramHashes(copy.words[i])
            if trigrams.count >= Self.minRepeatTrigrams,
               Double(trigrams.filter(keptTrigrams.contains).count) >= Double(trigrams.count) * Self.repeatShare,
               copy.words[i].allSatisfy(keptWords.contains) {
                article.removed.append(Removal(reason: .boilerplate, text: line, detail: "line \(i): a copy of text kept above"))
                continue
            }
            if let full = Self.pullQuoteSource(copy, i, joined: &joinedWords) {
                article.removed.append(Removal(reason: .boilerplate, text: line, detail: "line \(i): a pull quote, printed in full at line \(full)"))
                continue
            }
            if keptParagraphs >= CommentStamps.minParagraphsBefore, ReaderPitch.isPitch(line) {
                article.removed.append(Removal(reason: .promo, text: line, detail: "line \(i): the publisher's pitch to its reader"))
                inBody = false
                continue
            }
            if keptParagraphs >= CommentStamps.minParagraphsBefore, Self.givesEmailAddress(line) {
                article.removed.append(Removal(reason: .boilerplate, text: line, detail: "line \(i): contact details (an e-mail address)"))
                inBody = false
                continue
            }
            keptTrigrams.formUnion(trigrams)
            keptWords.formUnion(copy.words[i])
            // A crosshead inside the article is a heading of its own, as the HTML path keeps an <h2>.
            if keptParagraphs > 0, Self.isCrosshead(copy, i) {
                article.blocks.append(.heading(level: 2, text: line))
                inBody = true
                continue
            }
            article.blocks.append(.paragraph(line))
            inBody = true
            if keptParagraphs == 0 { firstParagraphLine = i }
            keptParagraphs += 1
        }
        // A crosshead with nothing after it introduced furniture the rules took ("Notes to editors").
        while case .heading(_, let text)? = article.blocks.last {
            article.blocks.removeLast()
            article.removed.append(Removal(reason: .boilerplate, text: text, detail: "a heading with no paragraph after it"))
        }
        // A date or byline printed just above the headline counts when none was found under it.
        if article.authors.isEmpty || article.published == nil {
            var above = Article(url: nil)
            for k in aboveHeadline.reversed() {
                _ = Self.readHeaderLine(lines[k], copy.lower[k], words: copy.words[k].count, into: &above)
            }
            if article.authors.isEmpty { article.authors = above.authors }
            article.published = article.published ?? above.published
        }
        guard article.blocks.contains(where: { if case .paragraph = $0 { return true } else { return false } }) else {
            throw LedeError.noArticle("no paragraph of article text among \(lines.count) lines")
        }
        if article.title.isEmpty, case .paragraph(let first)? = article.blocks.first {
            article.title = String(first.prefix(80))
        }
        return article
    }

    /// A crosshead is a short line: at most this many words ("What happens next?", "A decade of volunteers").
    static let maxCrossheadWords = 10

    /// A short line the article keeps that opens the paragraph of prose right under it: no
    /// sentence's end but a question mark, no list marker, no colon or comma at its end (a label,
    /// a fact box's entry: "Water level at Kaub: 38 cm" is followed by more entries, not prose).
    static func isCrosshead(_ copy: ScrapedLines, _ i: Int) -> Bool {
        let line = copy.lines[i]
        guard (1...maxCrossheadWords).contains(copy.words[i].count), i + 1 < copy.count,
              let last = line.last, !".!…:;,".contains(last), !LineFeatures.startsWithListMarker(line),
              !LineFeatures.startsWithNumbering(line) else { return false }
        // Words, not a code: a DOI or a reference number ("10.0000/jue.2026.0142") heads nothing.
        let letters = line.unicodeScalars.count { $0.properties.isAlphabetic }
        guard Double(letters) >= minCrossheadLetterShare * Double(line.unicodeScalars.count { $0 != " " }) else { return false }
        return copy.furniture[i + 1] == nil && copy.isProse(i + 1)
    }

    /// Letters make at least this share of a crosshead's characters (spaces aside): "Five years on",
    /// "2026 in review" are words; "10.0000/jue.2026.0142" is 3 letters in 21.
    static let minCrossheadLetterShare = 0.5

    /// A pull quote is printed within this many lines before the paragraph it repeats.
    static let pullQuoteReach = 20
    /// A pull quote is a sentence of at least this many words (a heading or a product name that the
    /// text below names again is no pull quote).
    static let minPullQuoteWords = 8
    /// A pull quote (or a paragraph printed twice) is at most this many words, and the paragraph it comes from
    /// at most ``maxPullQuoteSourceWords``: the bounds keep the substring test linear in the copy
    /// (a hostile copy of ever longer lines would otherwise cost their lengths multiplied).
    static let maxPullQuoteWords = 150, maxPullQuoteSourceWords = 1_000

    /// A pull quote: a line whose words a longer line a little further down prints in full (a
    /// magazine's display quote before the paragraph it comes from, a standfirst that the first
    /// paragraph repeats and goes on from). The line further down, not this one, is the article's.
    /// `joined` caches each line's words joined by spaces (nil until asked), so every line is
    /// joined at most once however many lines above look at it.
    static func pullQuoteSource(_ copy: ScrapedLines, _ i: Int, joined: inout [String?]) -> Int? {
        let words = copy.words[i]
        guard (minPullQuoteWords...maxPullQuoteWords).contains(words.count), LineFeatures.endsSentence(copy.lines[i]) else { return nil }
        func text(_ k: Int) -> String {
            if let t = joined[k] { return t }
            let t = copy.words[k].joined(separator: " ")
            joined[k] = t
            return t
        }
        let quote = text(i)
        for j in (i + 1)..<min(copy.count, i + 1 + pullQuoteReach)
        where copy.words[j].count > words.count && copy.words[j].count <= maxPullQuoteSourceWords {
            if text(j).contains(quote) { return j }
        }
        return nil
    }

    /// Byline and date lines sit within this many lines under the headline (kicker, standfirst,
    /// share counts and a caption may come between).
    static let headerLines = 12
    /// A date line is short: the date, a time, a label ("Published On 3 Jun 2026 · 4:37 PM EDT"),
    /// the time of an update ("Publié le 6 décembre 2026 à 14h32, mis à jour à 16h05": 12 words).
    static let maxDateLineWords = 12
    /// A byline or date line ending in a full stop is still one when this short ("By Jane Roe Jr.").
    static let maxLabelWords = 4
    /// A lead-in that opens a list of other stories ("Read more on climate", "Related article") is short.
    static let maxTeaserLeadWords = 8

    /// How a byline begins ("By Jane Roe", "Story by Camille Arden", "Posted by jroe"; Spanish and
    /// Portuguese "Por", French "Par", German "Von").
    static let bylineLeadIns = ["by ", "written by", "words by", "story by", "text by", "posted by", "hosted by ", "presented by ",
                                "reported by ", "por ", "par ", "von "]

    /// A byline ("By Jane Roe, Staff Writer"), a date ("June 9, 2026", "Updated 4:37 PM EDT") or a
    /// reading time under the headline: what it was, after putting names and dates into `article`;
    /// nil for any other line.
    static func readHeaderLine(_ line: String, _ lower: String, words: Int, into article: inout Article) -> String? {
        // A sentence is the article's ("By the time the ferry left, …", "On May 3, 2026, the ferry sank.").
        // (Not a time's "p.m." closing a date line: "December 5, 2026 at 9:14 p.m.")
        if LineFeatures.endsSentence(line), words > maxLabelWords, !endsOnClockMark(lower) { return nil }
        let line = unglued(line)
        let lower = line.utf8.count == lower.utf8.count ? lower : line.lowercased()
        if words <= LineFeatures.maxBylineWords, bylineLeadIns.contains(where: lower.hasPrefix) {
            let names = Byline.split(line)
            guard !names.isEmpty else { return nil }
            if article.authors.isEmpty { article.authors = names }
            return "the byline"
        }
        if let names = fromByline(line, lower, words: words) {
            if article.authors.isEmpty { article.authors = names }
            return "the byline"
        }
        if let names = pieceByline(line, lower, words: words) {
            if article.authors.isEmpty { article.authors = names }
            return "the byline"
        }
        guard words <= maxDateLineWords else { return nil }
        let revision = HeadlineDate.marksRevision(lower)
        if HeadlineDate.hasYear(line), let date = DateParsing.leadingISO(line) ?? DateParsing.written(line) {
            // "27 Apr 2026 Updated 28 Apr 2026": the first date is the publication, the one after the word the update.
            if revision, let cut = HeadlineDate.revisionWords.compactMap({ line.range(of: $0, options: .caseInsensitive)?.lowerBound }).min(),
               case let before = String(line[..<cut]), HeadlineDate.hasYear(before), let first = DateParsing.written(before) {
                article.published = article.published ?? first
                if let second = DateParsing.written(String(line[cut...])) { article.modified = article.modified ?? second }
                return "the dates of publication and update"
            }
            if revision { article.modified = article.modified ?? date } else { article.published = article.published ?? date }
            // "Posted on March 9, 2026 by Dana Whitfield": the writer after the date.
            if let by = line.range(of: " by ", options: .caseInsensitive), case let names = Byline.split("By " + line[by.upperBound...]),
               !names.isEmpty, names.allSatisfy({ !HeadlineDate.hasYear($0) }) {
                if article.authors.isEmpty { article.authors = names }
                return "the date and the byline"
            }
            return revision ? "the date of an update" : "the date"
        }
        // "Updated 7:02 a.m. ET", "Published 2 hours ago": a time stamp with no year.
        if revision || lower.hasPrefix("published") || lower.hasPrefix("posted"), words <= 6, line.contains(where: \.isNumber) {
            return "a time stamp"
        }
        return nil
    }

    /// "From Priya Natarajan and Owen Hale": a live blog's or a portal's byline opening on "From",
    /// read only when every name after it is shaped like a person's (two to four capitalised words,
    /// no job, desk, pronoun or furniture word): "From the archive", "From Our Partners" name nobody.
    /// (An outlet's two capitalised words, "From Harbour Wire", cannot be told from a name.)
    static func fromByline(_ line: String, _ lower: String, words: Int) -> [String]? {
        guard lower.hasPrefix("from "), words <= LineFeatures.maxBylineWords, !LineFeatures.endsSentence(line) else { return nil }
        let rest = String(line.dropFirst(5))
        let names = Byline.split("By " + rest)
        let printed = Byline.pieces(rest).map { $0.text.trimmingSpaces }
        guard !names.isEmpty, names.count == printed.count, names == printed, names.allSatisfy(BylineRole.isPersonLike),
              !names.contains(where: { $0.split(separator: " ").contains { w in
                  let l = w.lowercased()
                  return LineFeatures.furnitureWords.contains(l) || Byline.roleWords.contains(l) || notNameWords.contains(l)
              } }) else { return nil }
        return names
    }

    /// Words of a phrase that names no person ("From Our Partners", "From Your Inbox").
    static let notNameWords: Set<String> = ["our", "your", "my", "their", "his", "her", "its", "we", "you", "all", "more", "other", "around", "across"]

    /// Whether a line ends on "a.m." or "p.m.", a time's mark rather than a sentence's full stop.
    static func endsOnClockMark(_ lower: String) -> Bool { lower.hasSuffix("a.m.") || lower.hasSuffix("p.m.") }

    /// Labels a text browser glued to the text after them (an inline element with no space):
    /// "ByJane Roe" → "By Jane Roe", "2026Updated09:40" → "2026 Updated 09:40".
    static func unglued(_ line: String) -> String {
        var out = line
        if line.hasPrefix("By"), let third = line.dropFirst(2).first, third.isUppercase { out.insert(" ", at: out.index(out.startIndex, offsetBy: 2)) }
        // "07/18/2026July 18, 2026": a number glued to a capitalised word (a date printed twice).
        var spaced = ""
        var previous: Character?
        for c in out {
            if let p = previous, p.isNumber, c.isUppercase { spaced.append(" ") }
            spaced.append(c)
            previous = c
        }
        out = spaced
        for label in ["Updated", "updated", "Published", "published"] {
            guard let r = out.range(of: label) else { continue }
            if r.lowerBound > out.startIndex, out[out.index(before: r.lowerBound)].isNumber { out.insert(" ", at: r.lowerBound) }
            if let r2 = out.range(of: label), r2.upperBound < out.endIndex, out[r2.upperBound].isNumber { out.insert(" ", at: r2.upperBound) }
        }
        return out
    }

    /// The lines above the headline where a byline or date may stand: the ``bylineReach`` nearest
    /// that say something, passing over furniture and one-word marks between ("•", "2h", "From").
    static func linesAbove(_ h: Int, _ copy: ScrapedLines) -> Range<Int> {
        var k = h, counted = 0
        while k > 0, counted < bylineReach {
            k -= 1
            if copy.furniture[k] == nil, copy.words[k].count > 1 { counted += 1 }
        }
        return k..<h
    }

    /// A caption is at most this many words (a paragraph of prose runs longer).
    static let maxCaptionWords = 60

    /// A line that may be a photo's caption: a few words to a long sentence, not furniture or a credit.
    static func isCaptionShaped(_ copy: ScrapedLines, _ i: Int) -> Bool {
        (minCaptionWords...maxCaptionWords).contains(copy.words[i].count) && copy.furniture[i] == nil && !copy.isCredit[i]
    }

    /// A photographer's name in a credit: two or three capitalised words of letters ("Jane Roe",
    /// "Mary-Kate O'Neill"), none a job or a furniture word ("Staff Photo", "Share Story").
    static func isCreditName(_ s: Substring) -> Bool {
        let words = s.split(separator: " ")
        return bareNameWords.contains(words.count) && words.allSatisfy { w in
            w.count >= 2 && w.first?.isUppercase == true && w.contains(where: \.isLowercase)
                && w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
        } && !words.contains { Byline.roleWords.contains($0.lowercased()) || LineFeatures.furnitureWords.contains($0.lowercased()) }
    }

    /// "JANE ROE" → "Jane Roe": each word's first letter kept, the others lower-cased.
    static func wordsCapitalised(_ s: some StringProtocol) -> String {
        s.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
    }

    /// An outlet after a photographer's name and a slash: one to four capitalised words ("CricZone",
    /// "Polar Biology Institute", "The Daily Star").
    static let maxOutletWords = 4

    /// A credit printed alone on the line under its caption in a form the agency lists do not name:
    /// a name in brackets "(Jane Roe)", a name and an outlet "Jane Roe/Outlet" or "Jane Roe / Outlet",
    /// either after "©" ("© Jane Roe/Outlet", which a footer's "© 2026 Outlet" is not: no year).
    /// Returns the credit as printed, without the brackets or the sign.
    static func creditAlone(_ line: String) -> String? {
        var t = Substring(line.trimmingSpaces)
        guard t.count <= 80, !t.contains(where: \.isNumber) else { return nil }
        if t.hasPrefix("©") { t = t.dropFirst().drop { $0 == " " } }
        if t.hasPrefix("("), t.hasSuffix(")") {
            let inner = t.dropFirst().dropLast()
            return isCreditName(inner) ? String(inner) : nil
        }
        guard let slash = t.firstIndex(of: "/"), !t[t.index(after: slash)...].contains("/") else { return nil }
        let name = t[..<slash].trimmingSpaces, outlet = t[t.index(after: slash)...].split(separator: " ")
        // A credit printed in capitals ("JANE ROE / THE DAILY LEDGER") names its photographer as a
        // name in mixed case would: read it in the name's usual case.
        let inCapitals = !t.contains(where: \.isLowercase)
        guard isCreditName(Substring(inCapitals ? Self.wordsCapitalised(name) : name)), (1...maxOutletWords).contains(outlet.count),
              outlet.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
        return String(t)
    }

    /// A box's label: a short line ending in a colon ("Key points:") or in capitals ("KEY POINTS").
    static let maxBoxLabelWords = 3

    /// An entry of a box printed before the article's first paragraph ("KEY POINTS" then three short
    /// lines): a short line that ends no sentence, under a label with only short lines between.
    /// The article opens on prose; its crossheads come after its first paragraph.
    static func isBoxEntry(_ copy: ScrapedLines, _ i: Int) -> Bool {
        guard copy.words[i].count < LineFeatures.proseWords, !LineFeatures.endsSentence(copy.lines[i]) else { return false }
        var k = i - 1
        while k >= 0, i - k <= labelReach + 1 {
            let words = copy.words[k].count
            if (1...maxBoxLabelWords).contains(words), copy.lines[k].hasSuffix(":") || isCapitals(copy.lines[k]) { return true }
            guard words < LineFeatures.proseWords, !copy.isProse(k) else { return false }
            k -= 1
        }
        return false
    }

    /// Whether the letters of a line are all capitals (at least three of them).
    static func isCapitals(_ line: String) -> Bool {
        let letters = line.filter(\.isLetter)
        return letters.count >= 3 && letters.allSatisfy(\.isUppercase)
    }

    /// A run of lines the model keeps is an island when it is at most this many lines…
    static let maxIslandLines = 2
    /// …each at most this many words and none a sentence: tiles and labels between furniture
    /// ("High 36°", "Low 22°"), not a crosshead, which the prose under it joins to its run.
    static let maxIslandWords = 3

    /// Whether line `i`, which the model reads as body, belongs to a short island: a run of at most
    /// ``maxIslandLines`` lines the model keeps, each short and no sentence or list item, with lines
    /// it drops on both sides (forecast tiles, a score, a label between widgets). On the dumps this
    /// is level (WCXB held out: as many pages up as down; code lines and product names are lost as
    /// often as labels are dropped); on the copies it drops tiles the model keeps.
    static func isShortIsland(_ p: [LineModel.Prediction], _ copy: ScrapedLines, _ i: Int) -> Bool {
        func kept(_ k: Int) -> Bool { p[k].kind == .body && copy.furniture[k] == nil }
        func short(_ k: Int) -> Bool {
            copy.words[k].count <= maxIslandWords && !LineFeatures.endsSentence(copy.lines[k]) && !LineFeatures.startsWithListMarker(copy.lines[k])
        }
        guard kept(i), short(i) else { return false }
        var lo = i, hi = i
        while lo > 0, kept(lo - 1) { lo -= 1; if i - lo >= maxIslandLines { return false } }
        while hi + 1 < copy.count, kept(hi + 1) { hi += 1; if hi - lo >= maxIslandLines { return false } }
        return (lo...hi).allSatisfy(short) && lo > 0 && hi + 1 < copy.count
    }

    /// A name printed alone as the byline is two or three words.
    static let bareNameWords = 2...3

    /// "Jane Roe" on a line of its own right above or below the date line under the headline: the
    /// byline without its "By". Each word capitalised letters, none a job, a section or furniture word.
    static func isBareNameBesideDate(_ copy: ScrapedLines, _ i: Int) -> Bool {
        let words = copy.lines[i].split(separator: " ")
        guard bareNameWords.contains(words.count), copy.furniture[i] == nil, !copy.isCredit[i] else { return false }
        let nameShaped = words.allSatisfy { w in
            w.count >= 2 && w.first?.isUppercase == true && w.dropFirst().contains(where: \.isLowercase)
                && w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
        }
        guard nameShaped, !copy.words[i].contains(where: { Byline.roleWords.contains(String($0)) || LineFeatures.furnitureWords.contains(String($0)) || LineFeatures.months.contains(String($0)) }) else { return false }
        return [i - 1, i + 1].contains { k in k >= 0 && k < copy.count && isDateLine(copy, k) }
    }

    /// A short line holding a written date ("June 9, 2026", "07/18/2026July 18, 2026").
    static func isDateLine(_ copy: ScrapedLines, _ k: Int) -> Bool {
        copy.words[k].count <= maxDateLineWords && HeadlineDate.hasYear(copy.lines[k]) && DateParsing.written(unglued(copy.lines[k])) != nil
    }

    /// A credit in parentheses after a caption is a name, at most this many words ("(NEWS 9)", "(Jane Roe)").
    static let maxShortCreditWords = 4

    /// "Water covers Birch Street after a storm. (NEWS 9)", on a line the model rules out of the
    /// body: a caption whose credit, a short capitalised name, follows its last sentence in brackets.
    static func captionWithShortCredit(_ line: String, words: Int) -> (String, String)? {
        guard words >= minCaptionWords, line.hasSuffix(")"), let open = line.lastIndex(of: "(") else { return nil }
        let caption = line[..<open].trimmingSpaces
        let inner = line[line.index(after: open)..<line.index(before: line.endIndex)].split(separator: " ")
        // "(ABC Central West: Jane Roe)": an outlet and a name after a colon may run a little longer.
        let limit = inner.contains { $0.hasSuffix(":") } ? maxShortCreditWords + 2 : maxShortCreditWords
        guard LineFeatures.endsSentence(String(caption)), (1...limit).contains(inner.count),
              inner.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true }) else { return nil }
        return (String(caption), inner.joined(separator: " "))
    }

    /// Appends a figure unless it repeats the one just before it: a copy printing a photo twice in
    /// a row ("hide caption", "toggle caption", then caption and credit again) has one figure, and
    /// a credit alone beside a figure with the same credit is that figure's. (Photos of one
    /// gallery may share a caption; with paragraphs between them they stay.)
    private func appendFigure(_ figure: Figure, _ article: inout Article, line i: Int, _ text: String) {
        if case .figure(let last)? = article.blocks.last, last.credit == figure.credit {
            if last.caption == figure.caption || figure.caption == nil {
                article.removed.append(Removal(reason: .boilerplate, text: text, detail: "line \(i): the photo just before, printed again"))
                return
            }
            if last.caption == nil {
                article.blocks[article.blocks.count - 1] = .figure(figure)
                return
            }
        }
        article.blocks.append(.figure(figure))
    }

    /// "Jane Roe is a correspondent based in Zurich…" after the article: a note about its author.
    static func isAboutTheAuthor(_ line: String, authors: [String]) -> Bool {
        authors.contains { name in
            line.hasPrefix(name + " ") && ["is ", "was ", "has ", "covers ", "writes ", "reports "].contains { line.dropFirst(name.count + 1).hasPrefix($0) }
        }
    }

    /// Three short lines in a row inside an article are a list of links (related stories, tags, a
    /// menu), not paragraphs; a crosshead stands alone between paragraphs.
    static let minLinkRun = 3
    /// A link is also short in characters (scripts written without spaces have few "words").
    static let maxLinkCharacters = 90

    /// For each line, whether it belongs to a run of at least ``minLinkRun`` short lines: shorter
    /// than a line of prose (``LineFeatures/proseWords``, a headline's length) and no full stop at
    /// the end. List items (a marker first) are the article's own lists and break a run.
    static func shortLineRuns(_ copy: ScrapedLines) -> [Bool] {
        var inRun = [Bool](repeating: false, count: copy.lines.count)
        var runStart = 0
        for i in 0...copy.lines.count {
            let short = i < copy.lines.count && copy.words[i].count < LineFeatures.proseWords && copy.lines[i].count < Self.maxLinkCharacters
                && !copy.lines[i].hasSuffix(".") && !LineFeatures.startsWithListMarker(copy.lines[i])
            if short { continue }
            if i - runStart >= minLinkRun { for k in runStart..<i { inRun[k] = true } }
            runStart = i + 1
        }
        return inRun
    }

    /// A copy whose lines are mostly prose has been cleaned already (paragraphs with a few captions,
    /// credits and promos): the rules read it whole and the model, trained on whole-page dumps where
    /// prose near the end is comments and teasers, stays out.
    static let cleanProseShare = 0.5

    static func isCleanCopy(_ copy: ScrapedLines) -> Bool {
        var prose = 0, counted = 0, beforeProse = 0
        for i in copy.indices where copy.furniture[i] == nil && !copy.isCredit[i] {
            counted += 1
            if copy.words[i].count >= LineFeatures.proseWords / 2, LineFeatures.endsSentence(copy.lines[i]) { prose += 1 } else if prose == 0 { beforeProse += 1 }
        }
        return counted > 0 && Double(prose) >= Double(counted) * cleanProseShare && beforeProse <= maxCleanHeaderLines
    }

    /// A cleaned copy opens on its headline, a standfirst, the byline, the date and a caption
    /// before the first sentence: more lines than this there are a page's menu (a whole-page
    /// copy, however much prose its article holds).
    static let maxCleanHeaderLines = 7

    /// A photo's button label ("Expand", "View gallery") is at most this many words.
    static let maxPhotoButtonWords = 2

    /// Whether the last block kept is a photo.
    static func endsInFigure(_ article: Article) -> Bool {
        if case .figure? = article.blocks.last { return true }
        return false
    }

    /// A sentence right after the body (only rule-taken lines and figures between) continues it
    /// unless the model is sure it does not, sure meaning a body probability under this: dumps end
    /// an article with its last paragraph, which the model, having seen author notes and teasers
    /// there, doubts.
    static let minContinuationBody = 0.1
    /// …and a sentence of at least this many words: an article may close on a short one ("We rate
    /// this claim False."); was half a prose line, six words (WCXB dumps: held-out F1 summed over
    /// pages +0.015 / +0.008 / +0.002 for w3m / lynx / html2text, train +0.004 / +0.069 / +0.036).
    static let minContinuationWords = 4

    /// A line repeats kept text when at least this share of its word trigrams were kept above…
    static let repeatShare = 0.8
    /// …and it has at least this many trigrams (short lines like "Read more" repeat by design and
    /// are the model's to judge).
    static let minRepeatTrigrams = 6

    /// A standfirst is one paragraph of at most this many words.
    static let maxStandfirstWords = 60

    /// A paragraph kept between the headline and the byline or date line read after it is the
    /// standfirst (the summary under the headline), not the article's first paragraph.
    private func standfirst(_ article: inout Article, _ kept: inout Int, _ line: Int) {
        guard kept == 1, article.subtitle == nil,
              let k = article.blocks.lastIndex(where: { if case .paragraph = $0 { return true } else { return false } }),
              case .paragraph(let text) = article.blocks[k], text.split(separator: " ").count <= Self.maxStandfirstWords else { return }
        article.blocks.remove(at: k)
        article.subtitle = text
        article.removed.append(Removal(reason: .boilerplate, text: text, detail: "line \(line): the standfirst above the byline, read into the article's subtitle"))
        kept = 0
    }

    /// A headline's byline or date line follows within this many lines (a standfirst, a kicker between).
    static let bylineReach = 3

    /// Whether a byline ("By …") or a short date line stands within ``bylineReach`` lines under line
    /// `i`, with at most one other line shaped like a headline between (a standfirst; with two, the
    /// nearer ones are the headline and its standfirst).
    static func hasBylineOrDate(_ copy: ScrapedLines, below i: Int) -> Bool {
        var between = 0
        for k in (i + 1)..<min(copy.count, i + 1 + bylineReach) {
            if isBylineOrDateLine(copy, k) { return true }
            if isTitleShaped(copy, k) { between += 1; if between > 1 { return false } }
        }
        return false
    }

    /// Whether one stands within ``bylineReach`` lines above line `i`.
    static func hasBylineOrDate(_ copy: ScrapedLines, above i: Int) -> Bool {
        (max(0, i - bylineReach)..<i).contains { isBylineOrDateLine(copy, $0) }
    }

    /// "By Jane Roe, Staff Writer", "Por María Fernández" or a short line holding a written date.
    static func isBylineOrDateLine(_ copy: ScrapedLines, _ k: Int) -> Bool {
        let lower = unglued(copy.lines[k]).lowercased()
        return (copy.words[k].count <= LineFeatures.maxBylineWords && bareBylineLeadIns.contains(where: lower.hasPrefix)) || isDateLine(copy, k)
            || fromByline(copy.lines[k], copy.lower[k], words: copy.words[k].count) != nil
            || nameWithRoleBesideDate(copy, k) != nil
    }

    /// "By" and its Spanish, Portuguese, French and German forms: a line opening on one of them
    /// under a headline signs it (not "Written by", "Edited by", "Reviewed by", often printed
    /// above the headline or beside a reviewer).
    static let bareBylineLeadIns = ["by ", "por ", "par ", "von "]

    /// "Updated Jan. 27, 2026, 12:28 PM EST", "Tue 3 March 2026": a date line that opens on its date
    /// or its label (a headline may end on a date: "Weekly Wrap-Up 12/19/2025").
    static func isDateStamp(_ copy: ScrapedLines, _ i: Int) -> Bool {
        guard isDateLine(copy, i), let first = copy.words[i].first else { return false }
        return first.first?.isNumber == true || DateParsing.months[String(first)] != nil || Boilerplate.datelineWords.contains(String(first))
            || hasLabelFirst(copy.lines[i])
    }

    /// "Stand: 06.12.2026 14:32 Uhr", "PUBLISHED: December 5, 2026": a line opening on a label of
    /// at most ``maxFieldLabelWords`` words and its colon (a headline's own label, "Analysis: …",
    /// is followed by words, not by a date: the caller has found the date).
    static func hasLabelFirst(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        let label = line[..<colon]
        return !label.isEmpty && label.split(separator: " ").count <= maxFieldLabelWords && !label.contains(where: \.isNumber)
    }

    /// A widget's label ("Share full article", "Sign up for alerts today") is a few words; a
    /// headline may hold a furniture word ("Chelsea activate release clause to sign keeper",
    /// "Do smart thermostats really save you money?") up to this length (a standfirst's longer
    /// sentence is left to the rule: "A quiet drama … about …").
    static let maxHeadlineWordsWithFurniture = 12

    /// A widget's label or a menu strip (two furniture words or more: "Contact Us Careers About …"):
    /// no headline, though a byline or date follows it.
    static func isWidgetOrMenu(_ copy: ScrapedLines, _ i: Int) -> Bool {
        let furniture = copy.words[i].count { LineFeatures.furnitureWords.contains(String($0)) }
        return furniture >= 2 || (furniture == 1 && copy.words[i].count > maxHeadlineWordsWithFurniture)
            || (furniture == 1 && copy.words[i].count <= maxWidgetLabelWords)
    }

    /// A widget's label is at most this many words ("Share full article").
    static let maxWidgetLabelWords = 5

    /// How far above a line a label ending in a colon ("Key points:", "In brief:") still heads the
    /// list that line belongs to.
    static let labelReach = 3

    /// An entry of a list a label introduces ("Key points:" then its lines): no headline. (Not the
    /// line a byline or date follows right under it: the list ended above that headline.)
    static func isListedUnderLabel(_ copy: ScrapedLines, _ i: Int) -> Bool {
        if i + 1 < copy.count, isBylineOrDateLine(copy, i + 1) { return false }
        return (max(0, i - labelReach)..<i).contains { k in
            copy.lines[k].hasSuffix(":") && copy.words[k].count <= maxFieldLabelWords + 1
                && ((k + 1)...i).allSatisfy { isTitleShaped(copy, $0) || copy.lines[$0].hasSuffix(".") }
        }
    }

    /// A fact box's field names what follows its colon in a word or two ("Director:", "Running time:").
    static let maxFieldLabelWords = 2

    /// "Cast: Maeve Doyle, Callum Reid": a field of a fact box (a film's credits, a match's line-up,
    /// a company's figures), the line above or below it a field too. No headline, though a headline
    /// may have a label of its own ("Analysis: Why …"), which does not come in a run.
    static func isFactBoxField(_ copy: ScrapedLines, _ i: Int) -> Bool {
        func isField(_ k: Int) -> Bool {
            // A byline or date with a label ("by: Jane Roe, Dec 17, 2025") is the headline's, no field.
            guard k >= 0, k < copy.count, let colon = copy.lines[k].firstIndex(of: ":"), !copy.lower[k].hasPrefix("by"),
                  !isDateLine(copy, k) else { return false }
            return hasLabelFirst(copy.lines[k]) && copy.lines[k][copy.lines[k].index(after: colon)...].contains { $0.isLetter || $0.isNumber }
        }
        return isField(i) && (isField(i - 1) || isField(i + 1))
    }

    /// A label before a listed headline is one word and its colon ("Photos:", "Video:", "Opinion:").
    static let maxHeadlineLabel = 12

    /// "Photos: A day at the fish market": a headline in a list of other stories, with the label
    /// of what it links to.
    static func isLabelledHeadline(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= maxHeadlineLabel,
              !line[..<colon].contains(" ") else { return false }
        let rest = line[line.index(after: colon)...].trimmingSpaces
        return rest.split(separator: " ").count >= minHeadlineWords && rest.count <= LineRules.maxHeadlineLength && !LineFeatures.endsSentence(String(rest))
    }

    /// Headlines run from this many words up to ``LineRules/maxHeadlineLength`` characters.
    static let minHeadlineWords = 3

    /// A line that could be a headline: a few words, no list marker, not a credit, caption lead-in,
    /// byline or furniture, not ending like a sentence.
    static func isTitleShaped(_ copy: ScrapedLines, _ i: Int) -> Bool {
        let line = copy.lines[i], lower = copy.lower[i], words = copy.words[i].count
        return words >= minHeadlineWords && line.count <= LineRules.maxHeadlineLength
            && !LineFeatures.startsWithListMarker(line) && !LineFeatures.isCaptionLead(lower) && !copy.isCredit[i]
            && !LineFeatures.isBylineShape(lower, words: words) && copy.furniture[i] == nil
            && !line.hasSuffix(".") && CreditParser.split(line).credit == nil
    }
    /// A caption before a bare agency credit has at least this many words ("UK edition" is not one).
    static let minCaptionWords = 5

    /// A credit in parentheses or after a lead-in ("(AP Photo/…)", "Photo: …", "Image source, …"),
    /// as opposed to a bare agency name that menus print too.
    static func isStrongCredit(_ line: String) -> Bool {
        let t = line.trimmingSpaces, lower = t.lowercased()
        return (t.hasPrefix("(") && t.hasSuffix(")")) || CreditParser.leadIns.contains { lower.hasPrefix($0) }
            || lower.hasPrefix("image source") || t.contains("/") || CreditParser.describedCredit(t) != nil
    }

    /// A copy with no line the model calls body (a schedule, a list, a short page of notes) still
    /// has an article: the lines the model found likeliest body become body.
    static func promoteLikeliestBody(_ predictions: inout [LineModel.Prediction], _ copy: ScrapedLines) {
        let body = LineClass.body.rawValue
        let open = copy.indices.filter { copy.furniture[$0] == nil }
        guard !open.contains(where: { predictions[$0].kind == .body }) else { return }
        let best = open.map { predictions[$0].probabilities[body] }.max() ?? 0
        guard best > 0 else { return }
        for i in open where predictions[i].probabilities[body] >= best * fallbackShare { predictions[i].kind = .body }
    }

    /// The fallback keeps the lines at least this share as likely to be body as the likeliest.
    static let fallbackShare = 0.5

    /// "Image source, Getty Images" → "Getty Images".
    static func dropSourceLead(_ line: String) -> String {
        let lower = line.lowercased()
        for lead in ["image source,", "image source:", "media source,"] where lower.hasPrefix(lead) {
            return String(line.dropFirst(lead.count)).trimmingSpaces
        }
        return line
    }

    /// A line the model (or its place above the headline) rules out, with its class and the
    /// features that decided it.
    private func remove(_ article: inout Article, _ i: Int, _ copy: ScrapedLines, _ p: LineModel.Prediction?) {
        let line = copy.lines[i]
        if let (reason, detail) = copy.furniture[i] {
            article.removed.append(Removal(reason: reason, text: line, detail: "line \(i): \(detail)"))
            return
        }
        guard let p else {
            article.removed.append(Removal(reason: .outsideContent, text: line, detail: "line \(i): above the headline"))
            return
        }
        let reason: Removal.Reason
        switch p.kind {
        case .headline: reason = .relatedLink
        case .byline, .credit: reason = .boilerplate
        case .body, .caption, .furniture:
            reason = LineFeatures.startsWithListMarker(line) || p.deciding.contains("link-like") ? .navigation : .boilerplate
        }
        let why = p.deciding.isEmpty ? "" : " (" + p.deciding.joined(separator: ", ") + ")"
        let share = Int((p.probabilities[p.kind.rawValue] * 100).rounded())
        article.removed.append(Removal(reason: reason, text: line, detail: "line \(i): \(p.kind.name) \(share)%\(why)"))
    }
}
