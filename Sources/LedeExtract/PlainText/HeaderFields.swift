import LedeCore

/// Header lines that pages print in two forms the byline and date readers did not know: a field
/// whose label stands on its own line above its value ("Published" / "9 December 2026", "From:" /
/// "Communications Team, …", as government and agency pages print them), and a byline that is a
/// name with the writer's job after a comma and no "By" ("Marisol Vance, Senior Editor") beside
/// the date line.
///
/// ```swift
/// let copy = ScrapedLines("Published\n9 December 2026\nMarisol Vance, Senior Editor\nDecember 9, 2026")
/// PlainTextArticleExtractor.fieldLabel(copy, 0)           // "Published"
/// PlainTextArticleExtractor.nameWithRoleBesideDate(copy, 2) // "Marisol Vance"
/// ```
extension PlainTextArticleExtractor {
    /// A field's label is at most this many words ("Last updated", "Published on").
    static let maxFieldLabelLineWords = 2

    /// Labels of a date field that pages print without a colon ("Published" over the date).
    static let dateFieldLabels: Set<String> = ["published", "updated", "posted", "last updated", "first published", "published on", "date"]

    /// The label of a header field printed alone over its value on line `i + 1`: a line of at
    /// most ``maxFieldLabelLineWords`` words without figures, ending on a colon or being one of
    /// ``dateFieldLabels``; the value a short line, not a sentence, not furniture, not a credit.
    /// Returns the label without its colon, or nil.
    static func fieldLabel(_ copy: ScrapedLines, _ i: Int) -> String? {
        guard i + 1 < copy.count, copy.furniture[i] == nil, copy.furniture[i + 1] == nil, !copy.isCredit[i + 1],
              copy.words[i].count >= 1, copy.words[i].count <= maxFieldLabelLineWords,
              !copy.lines[i].contains(where: \.isNumber) else { return nil }
        let lower = copy.lower[i]
        let label: Substring
        if lower.hasSuffix(":") { label = copy.lines[i].dropLast() } else if dateFieldLabels.contains(lower) { label = Substring(copy.lines[i]) } else { return nil }
        let value = copy.lines[i + 1]
        guard !value.hasSuffix(":"), copy.words[i + 1].count >= 1, copy.words[i + 1].count <= LineFeatures.maxBylineWords,
              !LineFeatures.endsSentence(value) || endsOnClockMark(copy.lower[i + 1]) else { return nil }
        return String(label).trimmingSpaces
    }

    /// A job after the name is at most this many words ("Senior Editor", "Rural Affairs Reporter").
    static let maxRoleWords = 4

    /// Jobs of the people who sign a story. The job after the name must name one (or a job of
    /// ``BylineRole``): a byline's other role words are desks and sections too, and "Nonessential
    /// Thoughts, Technology" is a blog's categories beside its date.
    static let writerJobs: Set<String> = ["writer", "writers", "reporter", "reporters", "editor", "editors", "correspondent",
                                          "contributor", "columnist", "producer", "journalist", "photographer", "analyst", "critic"]

    /// "Marisol Vance, Senior Editor" on a line of its own right above or below the date line: the
    /// byline without its "By", the writer's job after a comma (one of its words one of
    /// ``writerJobs``, or a job of ``BylineRole``). Returns the name.
    static func nameWithRoleBesideDate(_ copy: ScrapedLines, _ i: Int) -> String? {
        let line = copy.lines[i]
        guard copy.furniture[i] == nil, !copy.isCredit[i], let comma = line.firstIndex(of: ","),
              [i - 1, i + 1].contains(where: { k in k >= 0 && k < copy.count && isDateLine(copy, k) }) else { return nil }
        let name = line[..<comma].trimmingSpaces, role = line[line.index(after: comma)...].trimmingSpaces
        let roleWords = role.split(separator: " ")
        guard isNameShaped(name), !roleWords.isEmpty, roleWords.count <= maxRoleWords,
              roleWords.contains(where: { writerJobs.contains($0.lowercased()) }) || BylineRole.isRole(role) else { return nil }
        return name
    }

    /// A name printed alone with the writer's job on the line under it ("Harriet Vale" /
    /// "Sport reporter"), the date right under the job or right above the name: the byline
    /// without its "By", the job on its own line instead of after a comma (as
    /// ``nameWithRoleBesideDate(_:_:)`` reads it). The job line is at most ``maxRoleWords`` words,
    /// no sentence and no figures, one of its words one of ``writerJobs`` (or a job of
    /// ``BylineRole``). Returns the name; the job line is line `i + 1`.
    ///
    /// ```swift
    /// let copy = ScrapedLines("Harriet Vale\nSport reporter\n5 December 2026")
    /// PlainTextArticleExtractor.nameOverJobLine(copy, 0)  // "Harriet Vale"
    /// ```
    static func nameOverJobLine(_ copy: ScrapedLines, _ i: Int) -> String? {
        guard i + 1 < copy.count, copy.furniture[i] == nil, copy.furniture[i + 1] == nil, !copy.isCredit[i], !copy.isCredit[i + 1],
              isNameShaped(copy.lines[i]) else { return nil }
        let job = copy.lines[i + 1], jobWords = job.split(separator: " ")
        guard (1...maxRoleWords).contains(jobWords.count), !job.contains(where: \.isNumber), !LineFeatures.endsSentence(job),
              jobWords.allSatisfy({ $0.first?.isLetter == true }),
              jobWords.contains(where: { writerJobs.contains($0.lowercased()) }) || BylineRole.isRole(job) else { return nil }
        guard [i - 1, i + 2].contains(where: { k in k >= 0 && k < copy.count && isDateLine(copy, k) }) else { return nil }
        return copy.lines[i]
    }

    /// Two or three capitalised words of letters, none a job, a furniture word or a month: a name
    /// printed without its "By".
    static func isNameShaped(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard bareNameWords.contains(words.count) else { return false }
        return words.allSatisfy { w in
            let l = w.lowercased()
            return w.count >= 2 && w.first?.isUppercase == true && w.dropFirst().contains(where: \.isLowercase)
                && w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
                && !Byline.roleWords.contains(l) && !LineFeatures.furnitureWords.contains(l) && !LineFeatures.months.contains(l)
        }
    }
}

extension PlainTextArticleExtractor {
    /// Kinds of piece a byline may name before its "by" ("Video report by Jane Roe", "Analysis by
    /// …", "Interview by …"): the piece someone made, not a photo, a sponsor or an editor's pass.
    static let pieceWords: Set<String> = ["report", "reports", "video", "analysis", "interview", "commentary", "feature", "column",
                                          "reporting", "review", "essay", "audio", "podcast"]
    /// A piece's name before "by" is at most this many words ("Video report by").
    static let maxPieceWords = 2

    /// "Video report by Gethin Rowlands": a byline whose lead-in names the kind of piece (its last
    /// word one of ``pieceWords``) and whose every name is shaped like a person's.
    static func pieceByline(_ line: String, _ lower: String, words: Int) -> [String]? {
        guard words <= LineFeatures.maxBylineWords, let by = lower.range(of: " by ") else { return nil }
        let lead = lower[..<by.lowerBound].split(separator: " ")
        guard (1...maxPieceWords).contains(lead.count), let last = lead.last, pieceWords.contains(String(last)) else { return nil }
        let rest = String(line[line.index(line.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: by.upperBound))...])
        let names = Byline.split("By " + rest)
        guard !names.isEmpty, names.allSatisfy(BylineRole.isPersonLike) else { return nil }
        return names
    }

    /// A headline of two short sentences ends on a full stop ("A cleanup found 14,000 tires.
    /// Nobody knows who dumped them."): shaped like a headline but for that stop, at most
    /// ``maxHeadlineWordsWithFurniture`` + 4 words, with a "By" line right under it.
    static func isSentenceHeadlineOverByline(_ copy: ScrapedLines, _ i: Int) -> Bool {
        let line = copy.lines[i], words = copy.words[i].count
        guard line.hasSuffix("."), i + 1 < copy.count, words >= minHeadlineWords, words <= maxHeadlineWordsWithFurniture + 4,
              line.count <= LineRules.maxHeadlineLength, copy.furniture[i] == nil, !copy.isCredit[i],
              !LineFeatures.startsWithListMarker(line), !LineFeatures.isCaptionLead(copy.lower[i]),
              !LineFeatures.isBylineShape(copy.lower[i], words: words), CreditParser.split(line).credit == nil else { return false }
        let next = unglued(copy.lines[i + 1]).lowercased()
        return copy.words[i + 1].count <= LineFeatures.maxBylineWords && bareBylineLeadIns.contains(where: next.hasPrefix)
    }

    /// A line that gives an e-mail address ("For media enquiries … email press@council.example.gov.uk."):
    /// contact details, which articles print in their small print, not in their prose. Not a line
    /// of code or data (`{"email":"jane@example.com"}`), which a tutorial keeps.
    static func givesEmailAddress(_ line: String) -> Bool {
        guard line.contains("@"), !line.contains("{"), !line.contains("\":") else { return false }
        return line.split(separator: " ").contains { w in
            let t = w.trimmingCharacters(in: ".,;:()<>[]")
            guard let at = t.firstIndex(of: "@"), at > t.startIndex else { return false }
            let domain = t[t.index(after: at)...]
            return domain.contains(".") && domain.first?.isLetter == true
        }
    }
}
