/// A sentence's tokens as the name tagger's training data writes them: an initial or an abbreviation
/// keeps its full stop ("M.", "St.", "U.S."), where Lede's tokenizer leaves the stop apart (it may end
/// the sentence). The tagger reads these words; what it finds is mapped back to token indices.
///
/// ```swift
/// let words = TaggerWords(tokens)          // "Jennifer", "M", ".", "Anderson" → "Jennifer", "M.", "Anderson"
/// let read = words.read(tagger, tokens: 0..<4)
/// read.spans[0].words                      // 0..<4: token indices
/// ```
struct TaggerWords {
    /// The words the tagger reads.
    let words: [String]
    /// Each token's word.
    private let wordOfToken: [Int]
    /// Each word's first token, and the token count after the last.
    private let firstToken: [Int]

    init(_ tokens: [Token]) {
        var words: [String] = [], wordOfToken: [Int] = [], firstToken: [Int] = []
        words.reserveCapacity(tokens.count)
        wordOfToken.reserveCapacity(tokens.count)
        firstToken.reserveCapacity(tokens.count + 1)
        for i in tokens.indices {
            if Self.isFullStop(tokens[i].text), i > 0, tokens[i - 1].isWord, tokens[i - 1].range.upperBound == tokens[i].range.lowerBound,
               Self.takesStop(tokens[i - 1].text) {
                words[words.count - 1] += "."
                wordOfToken.append(words.count - 1)
                continue
            }
            wordOfToken.append(words.count)
            firstToken.append(i)
            words.append(tokens[i].base)
        }
        firstToken.append(tokens.count)
        self.words = words
        self.wordOfToken = wordOfToken
        self.firstToken = firstToken
    }

    /// `text == "."` from the bytes (one full stop is one byte; the String comparison ran for every token).
    static func isFullStop(_ text: String) -> Bool {
        text.utf8.count == 1 && text.utf8.first == UInt8(ascii: ".")
    }

    /// A single capital ("M"), dotted initials ("U.S") or a capitalised abbreviation Lede's sentence
    /// splitter knows ("St", "Jr", "Mr", "Inc"): the word the training data writes with its stop.
    static func takesStop(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
        if word.unicodeScalars.count == 1 { return true }
        return Abbreviations.isDottedInitialism(word) || Abbreviations.kind(of: word) != nil
    }

    /// The tagger's names over the tokens of `region` (the words they stand in tagged, the rest of the
    /// sentence read as context), in token indices, and each token's margin.
    func read(_ tagger: NameTagger, tokens region: Range<Int>) -> (spans: [NameTagger.NameSpan], margins: [Float]) {
        var workspace = NameTagger.Workspace()
        return read(tagger, tokens: region, workspace: &workspace)
    }

    /// `workspace`: the tagger's decoding buffers, reused across the article's stretches.
    func read(_ tagger: NameTagger, tokens region: Range<Int>, workspace: inout NameTagger.Workspace) -> (spans: [NameTagger.NameSpan], margins: [Float]) {
        let lo = wordOfToken[region.lowerBound], hi = wordOfToken[region.upperBound - 1] + 1
        let read = tagger.spansAndMargins(words, window: lo..<hi, workspace: &workspace)
        let spans = read.spans.map {
            NameTagger.NameSpan(words: firstToken[$0.words.lowerBound]..<firstToken[$0.words.upperBound], kind: $0.kind, margin: $0.margin)
        }
        return (spans, region.map { read.margins[wordOfToken[$0] - lo] })
    }
}
