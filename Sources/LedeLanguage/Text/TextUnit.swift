/// A piece of an article's text the language stage reads: the title (block -1), a paragraph, heading,
/// quote or list block, or a figure's caption; with its sentences and their tokens.
///
/// ```swift
/// let unit = TextUnit(block: 3, text: "He left. She stayed.", kind: .body, splitter: SentenceSplitter())
/// unit.sentences.count   // 2
/// ```
struct TextUnit {
    enum Kind { case title, body, caption }

    var block: Int
    var text: String
    var chars: [Unicode.Scalar]
    /// Converts scalar offsets (`chars`, `sentences`, token ranges) to Character offsets for `TextSpan`.
    var offsets: Scalars
    var kind: Kind
    /// A heading block of the body (a crosshead): its quoted words stand alone as a headline's do.
    var isHeading = false
    var sentences: [Range<Int>]
    var tokens: [[Token]]
    /// Each sentence's capitalised runs (`NameRun.find`), found once: the name knowledge and the
    /// sentence analysis both read them (finding them twice was 4 % of the language stage).
    var nameRuns: [[NameRun]]

    init(block: Int, text: String, kind: Kind, splitter: SentenceSplitter) {
        self.block = block
        self.text = text
        self.kind = kind
        let sc = Scalars(text)
        let c = sc.scalars
        let ranges = splitter.split(c)
        offsets = sc
        chars = c
        sentences = ranges
        let sentenceTokens = ranges.map { WordTokenizer.tokens(c, in: $0) }
        tokens = sentenceTokens
        nameRuns = sentenceTokens.map { NameRun.find(in: $0) }
    }
}
