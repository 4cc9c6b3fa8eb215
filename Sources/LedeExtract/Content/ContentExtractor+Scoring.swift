/// The scoring thresholds of ``ContentExtractor`` that the main file used as bare numbers, each
/// with its reason (issue 17): votes, the climb, the siblings that join, and what small controls are.
extension ContentExtractor {
    /// Links may make up less than this share of a long run of prose that protects a page header
    /// or a hinted element from pruning (above it, the "prose" is a list of teasers).
    static let proseGuardMaxLinkDensity = 0.2
    /// Buttons and microdata elements with less text than this (non-space bytes) are controls and
    /// metadata, not article text: a real paragraph wrapped in one is longer.
    static let smallControlText = 200
    /// A paragraph's vote grows by one for every this many bytes of text…
    static let voteBytesPerPoint = 100.0
    /// …up to this many points, so one huge block cannot outvote a body of normal paragraphs.
    static let maxLengthPoints = 3.0
    /// A paragraph votes for its parent, grandparent and great-grandparent, each getting its score
    /// divided by its distance (1, 2, 3): Readability's scheme, which keeps wrappers from winning.
    static let voteLevels = 3
    /// A parent that adds fewer bytes than this to the candidate (a wrapper, a caption) is climbed
    /// into whatever it holds: too little to be a box of teasers. (At 200, a parent adding a line
    /// of furniture, a share bar's labels or a "filed under" line, was climbed too; issue 12
    /// measured 40 to 300 on both benchmarks, see Benchmarks/README.md.)
    static let climbAlwaysBelowAddedText = 80
    /// …and one that adds fewer bytes than this, all of it prose with few links (an opening
    /// paragraph in a box of its own), is climbed too.
    static let climbAlwaysBelowAddedProse = 200
    /// The climb looks past a candidate that already holds a good share of the page only through
    /// wrappers whose added text is at least this share prose…
    static let addedProseMinShare = 0.9
    /// …and less than this share link text (a teaser card's linked title is a third of its text).
    static let addedMaxLinkShare = 0.1
    /// The least score a sibling needs to join by score, whatever the best container scored.
    static let minSiblingScore = 10.0
    /// A sibling paragraph longer than this joins when it is mostly not links; a shorter one only
    /// when it has no links and ends like a sentence.
    static let siblingParagraphLength = 80
    /// Links may make up less than this share of a long sibling paragraph that joins the body.
    static let siblingMaxLinkDensity = 0.25
    /// A box whose class clips overflow is read as visible when prose makes up at least this share
    /// of its text (2/3: paragraphs, not the names, prices and ratings of a carousel's cards)…
    static let clippedProseShareNumerator = 2
    static let clippedProseShareDenominator = 3
    /// A removed piece is shown in `removed[]` up to this many characters (the rest as "…").
    static let snippetLength = 300
}
