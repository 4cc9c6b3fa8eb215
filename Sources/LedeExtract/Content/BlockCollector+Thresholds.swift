/// The thresholds of ``BlockCollector``, each with its reason (issue 17): how deep it walks, what
/// counts as a list of links, a repeat, a byline, the headline again, a caption, or page furniture.
extension BlockCollector {
    /// Beyond this depth a subtree is read as plain text without recursion, so a page nested
    /// 100,000 levels deep cannot overflow the stack.
    static let maxDepth = 200
    /// A run of text whose links make up more than this share is a list of links, not prose.
    static let maxLinkDensity = 0.5
    /// …unless it is longer than this: a long paragraph with many inline links is still prose.
    static let linkListMaxLength = 300

    /// Paragraphs at least this long are checked for repeats; short ones ("Yes.", "Watch:") repeat legitimately.
    static let minRepeatLength = 40

    // MARK: The byline and the headline printed again in the body

    /// An author's name with fewer letters and digits than this is not looked for as a byline
    /// line: a short name ("Li", "AP") alone on a line is as likely a label or a word of the text.
    static let minBylineNameKey = 4
    /// A line longer than this (bytes) is more than the byline: "By Jane Roe and Tom Price" and
    /// "Written by" forms of even three names fit well under it.
    static let maxBylineBytes = 120
    /// A line starting "By " of at most this many characters, not ending like a sentence, is a
    /// byline although it names no known author ("By our correspondent in Minsk").
    static let maxByLineLength = 99
    /// The headline's key drops spaces and punctuation, so a line whose key equals it is less than
    /// this many times the key's length (bytes)…
    static let titleLineGrowth = 2
    /// …plus this many bytes (for a kicker's punctuation and spacing), and…
    static let titleLineSlackBytes = 20
    /// …at least the key's length divided by this (a line far shorter cannot hold its letters).
    /// These only spare computing the key of lines that cannot match.
    static let titleKeyShrink = 3

    // MARK: Captions outside a figure

    /// A paragraph ending in a photo credit is read as a caption only up to this many bytes: a
    /// longer one is body text that happens to end with a name and an agency.
    static let maxCreditedCaptionBytes = 800
    /// …and only when the words before the credit are at least this many characters: less is a
    /// credit line, not a caption with a credit.
    static let minCaptionBeforeCredit = 15

    // MARK: Page furniture by shape

    /// Lines longer than this (characters) are never taken for furniture by their shape alone:
    /// the controls, datelines and "Follow us" lines below are all short.
    static let maxFurnitureLength = 200
    /// The longest photo credit line ``LineRules/isCreditLine(_:)`` accepts, in Characters once
    /// trimmed (its own limit, restated so longer lines skip its trimming and counting).
    static let maxCreditLineLength = 100
    /// Room made at the start for the texts seen (paragraphs and captions): more than most
    /// articles hold, so the set is rarely regrown (only a cost, never a limit).
    static let expectedParagraphs = 128
    /// A control's text ("Share", "Comments (3)") is at most this many bytes.
    static let maxControlLabelBytes = 40
    /// A dateline ("Updated May 3, 2024 10:15 a.m. ET") is at most this many bytes…
    static let maxDatelineBytes = 120
    /// …and this many characters…
    static let maxDatelineLength = 90
    /// …and this many words: a longer line that starts with a date is a sentence about it.
    static let maxDatelineWords = 12
    /// A line with a date that ends in a period is a dateline only when shorter than this many
    /// characters ("Published May 3, 2024."); longer, it is a sentence.
    static let datelineWithPeriodUnder = 40
}
