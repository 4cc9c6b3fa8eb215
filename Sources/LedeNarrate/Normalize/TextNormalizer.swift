/// Written text → the words a voice should say: numbers, dates, times, money, measures, fractions,
/// ranges, Roman numerals, abbreviations, initialisms, URLs and e-mail addresses are expanded;
/// every other character is kept as it stands (names, and the punctuation the voice pauses on).
///
/// ```swift
/// let n = TextNormalizer()
/// let year = n.spoken("Lukashenko has held power since 1994.")  // "… since nineteen ninety-four."
/// let money = n.spoken("It cost $1.5bn on May 20, 2022.")
/// // "It cost one point five billion dollars on May twentieth, twenty twenty-two."
/// ```
///
/// Linear in the length of the text; any input is accepted (empty, very long, other scripts).
public struct TextNormalizer: Sendable {
    public let style: NormalizerStyle

    public init() { self.init(style: .narration) }

    public init(style: NormalizerStyle) { self.style = style }

    /// A word of plain lower-case text is one of ``Initialisms/writtenLowerCase`` ("watching tv").
    static func holdsLowerCaseInitialism(_ text: String) -> Bool {
        text.split(whereSeparator: { $0.isWhitespace }).contains { w in
            w.count <= 5 && (Initialisms.writtenLowerCase.contains(String(w))
                             || (w.hasSuffix("s") && Initialisms.writtenLowerCase.contains(String(w.dropLast()))))
        }
    }

    /// The spoken form of one sentence or line.
    public func spoken(_ text: String) -> String {
        guard text.contains(where: { !$0.isLetter && !$0.isWhitespace } ) || text.contains(where: { $0.isUppercase })
                || Self.holdsLowerCaseInitialism(text) else {
            return text  // plain lower-case words: nothing to expand
        }
        var pass = NormalizationPass(tokens: Tokenizer.tokenize(text), style: style, capacity: text.utf8.count)
        pass.run()
        return pass.out.text
    }
}
