/// Reader comments under an article in a scraped copy: each comment prints its own time stamp
/// (a date with a clock time, "November 19, 2019 at 6:34 am", often beside the commenter's name)
/// on a short line of its own. Once the article has begun, a stamp that a comment section
/// introduces (a header such as "12 Comments" or "3 thoughts on …" just above it, or the
/// commenter's "Jane says:" on the line above) and that another, different stamp follows opens
/// the comment section: nothing from there on is the article, however much it reads like prose.
/// Stamps alone are not enough: an article's published and updated lines, a live blog's entries
/// and teasers of other stories print them too.
///
/// ```swift
/// let stamps = CommentStamps(ScrapedLines("2 Comments\nMay 2, 2026 at 6:34 am\nAbout time too.\nMay 2, 2026 at 8:10 am\nGreat news."))
/// stamps.opensComments(0)  // true: the header opens the section
/// stamps.opensComments(1)  // false
/// ```
struct CommentStamps {
    /// A comment's stamp line is short: the name, the date, the time, "says", "Reply".
    static let maxStampWords = 10
    /// One stamp under an article is its own date printed again at the foot; two different ones are comments.
    static let minDistinctStamps = 2
    /// The article has begun when this many paragraphs are kept (a cookie notice or a teaser
    /// above the headline can read as prose; two paragraphs are the story).
    static let minParagraphsBefore = 2

    /// A comment section's header stands at most this many lines above its first stamp (the
    /// first commenter's name, avatar and "says" come between).
    static let headerReach = 6
    /// A comment section's header is a short line: at most this many words ("34 responses to “…”" may quote a long headline).
    static let maxHeaderWords = 16
    /// Words of a comment section's header ("34 Comments", "3 thoughts on …", "Leave a Reply").
    static let headerWords: Set<Substring> = ["comment", "comments", "responses", "replies", "thoughts", "reactions", "discussion"]
    /// How a commenter's name line ends in a comment form ("Jane Roe says:", "jroe wrote:").
    static let saysEndings = ["says", "says:", "said:", "wrote:"]

    /// For each line: whether the comment section opens there (at its header, at the first
    /// commenter's "says" line, or at the stamp itself).
    private let opens: [Bool]

    init(_ copy: ScrapedLines) {
        var distinct = [Int](repeating: 0, count: copy.count)
        var seen = Set<String>()
        for i in copy.indices.reversed() where Self.isStamp(copy, i) {
            seen.insert(copy.lower[i])
            distinct[i] = seen.count
        }
        var opens = [Bool](repeating: false, count: copy.count)
        var lastHeader = -Self.headerReach - 1
        for i in copy.indices {
            if distinct[i] >= Self.minDistinctStamps {
                if i - lastHeader <= Self.headerReach {
                    opens[lastHeader] = true
                } else if i > 0, Self.saysEndings.contains(where: { copy.lower[i - 1].hasSuffix($0) }) {
                    opens[i - 1] = true
                }
            }
            if copy.words[i].count <= Self.maxHeaderWords, copy.words[i].contains(where: Self.headerWords.contains) { lastHeader = i }
        }
        self.opens = opens
    }

    /// Whether the comment section opens at line `i`: a header or a commenter's "says" line
    /// introducing a stamp that another, different stamp follows.
    func opensComments(_ i: Int) -> Bool { opens[i] }

    /// A short line holding a date with a year and a clock time ("May 2, 2026 at 6:34 am", "20 Nov 2019, 9:42am").
    static func isStamp(_ copy: ScrapedLines, _ i: Int) -> Bool {
        let line = copy.lines[i]
        guard copy.words[i].count <= maxStampWords, hasClockTime(line), HeadlineDate.hasYear(line) else { return false }
        return DateParsing.written(line) != nil
    }

    /// "6:34", "13:01": one or two digits, a colon, two digits.
    static func hasClockTime(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        func digit(_ k: Int) -> Bool { k >= 0 && k < bytes.count && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
        for k in bytes.indices where bytes[k] == UInt8(ascii: ":") {
            if digit(k - 1), digit(k + 1), digit(k + 2), !digit(k + 3), !digit(k - 3) { return true }
        }
        return false
    }
}
