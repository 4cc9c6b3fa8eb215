import LedeCore

/// A word or a punctuation mark of a sentence, with its Character offsets in the block's text.
///
/// ```swift
/// let tokens = WordTokenizer.tokens(Array("Lukashenko’s “big brother.”"), in: 0..<27)
/// tokens[0].text       // "Lukashenko’s"
/// tokens[0].base       // "Lukashenko" (possessive removed)
/// ```
struct Token: Equatable {
    var range: Range<Int>
    /// The token as written; what is read from it below is made once, at init.
    let text: String
    /// Every byte of the text is ASCII.
    let isASCII: Bool
    /// The text holds a hyphen-minus ("Soviet-style", "al-Rashid"): the name tests look at the words
    /// that do (read once here; asking each word's bytes again showed in profiles of the run finder).
    let hasHyphen: Bool
    var isWord: Bool
    /// The text in lower case (`lowercasedQuickly`: as `lowercased()`, without a String per scalar),
    /// made once per token: read as a computed property it was lower-cased again at every look
    /// (360,000 times over the 83 benchmark pages, 7 % of the language stage's instructions).
    let lower: String
    /// Ends in a possessive "’s" / "'s".
    let isPossessive: Bool
    /// The word without a possessive "’s" / "'s", made once per token.
    let base: String

    init(range: Range<Int>, text: String, isWord: Bool) {
        let facts = Self.bytesFacts(text)
        self.init(range: range, text: text, lower: text.lowercasedQuickly, isWord: isWord, isASCII: facts.isASCII, hasHyphen: facts.hasHyphen)
    }

    /// Whether the text is all ASCII and whether it holds a hyphen-minus.
    static func bytesFacts(_ text: String) -> (isASCII: Bool, hasHyphen: Bool) {
        var high: UInt8 = 0
        var hyphen = false
        for b in text.utf8 {
            high |= b
            if b == UInt8(ascii: "-") { hyphen = true }
        }
        return (high < 0x80, hyphen)
    }

    /// A token whose lower-case form and byte facts the caller already has (`lower ==
    /// text.lowercasedQuickly`, `bytesFacts(text)`), and maybe whether it ends possessive
    /// (`Self.endsPossessive(text)`, read from the scalars).
    init(range: Range<Int>, text: String, lower: String, isWord: Bool, isASCII: Bool, hasHyphen: Bool, possessive: Bool? = nil) {
        self.range = range
        self.text = text
        self.isWord = isWord
        self.isASCII = isASCII
        self.hasHyphen = hasHyphen
        let possessive = possessive ?? Self.endsPossessive(text)
        isPossessive = possessive
        base = possessive ? String(text.dropLast(2)) : text
        self.lower = lower
        firstCase = Self.firstCase(of: text)
    }

    /// `text.hasSuffix("’s") || text.hasSuffix("'s")`, most words ruled out by their last byte: a last
    /// Character "s" ends in the byte "s".
    static func endsPossessive(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count >= 2, bytes.last == UInt8(ascii: "s") else { return false }
        // The byte before the "s" ends "’" (E2 80 99) or is "'" in both suffixes: a word like "says"
        // is ruled out without the Character comparison (a thousand instructions a word ending in
        // "s" in profiles of the story).
        let before = bytes[bytes.index(bytes.endIndex, offsetBy: -2)]
        guard before == 0x99 || before == UInt8(ascii: "'") else { return false }
        return text.hasSuffix("’s") || text.hasSuffix("'s")
    }

    /// Starts with a capital letter ("Ukraine", "KGB", "McCain"), as names do.
    var isCapitalized: Bool { isWord && startsUppercase }

    /// Starts with a lower-case letter (ASCII answered without Unicode tables).
    var startsLowercase: Bool { firstCase == Self.lowerFirst }

    /// The text's first Character is upper-case.
    private var startsUppercase: Bool { firstCase == Self.upperFirst }

    /// The case of the text's first Character (`upperFirst`, `lowerFirst` or neither), found once:
    /// the name and date passes ask it of every token several times, and reading the String's first
    /// byte each time showed in profiles of the story.
    private let firstCase: UInt8
    private static let upperFirst: UInt8 = 1, lowerFirst: UInt8 = 2

    private static func firstCase(of text: String) -> UInt8 {
        guard let byte = text.utf8.first else { return 0 }
        // ASCII first: asking a Character for its Unicode properties showed in profiles of the story.
        if byte < 0x80 {
            return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? upperFirst : byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? lowerFirst : 0
        }
        guard let first = text.first else { return 0 }
        return first.isUppercase ? upperFirst : first.isLowercase ? lowerFirst : 0
    }
}

enum WordTokenizer {
    /// English news text holds a word or a mark every five to six characters; reserving for one every
    /// four over-reserves a little and saves the regrowth copies (2 % of the tokenizer's time).
    static let charactersPerTokenGuess = 4

    /// Words (letters and digits, with inner apostrophes, hyphens and dots: "didn’t", "half-brother",
    /// "U.S", "1,000") and single punctuation marks; whitespace is dropped.
    static func tokens(_ chars: [Unicode.Scalar], in range: Range<Int>) -> [Token] {
        var out: [Token] = []
        // Room for a token every `charactersPerTokenGuess` characters: the array is rarely regrown.
        out.reserveCapacity(range.count / charactersPerTokenGuess + 1)
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            if c.isLetter || c.isNumber {
                var j = i + 1
                while j < end {
                    let d = chars[j]
                    if d.isLetter || d.isNumber { j += 1; continue }
                    // Inner marks join two word characters: "didn’t", "Soviet-style", "U.S", "10,000".
                    if (d == "’" || d == "'" || d == "-" || d == "." || d == "," || d == "‑"), j + 1 < end,
                       chars[j + 1].isLetter || chars[j + 1].isNumber {
                        if d == ",", !(chars[j - 1].isNumber && chars[j + 1].isNumber) { break }
                        if d == ".", !(chars[j + 1].isNumber && chars[j - 1].isNumber),
                           !(j >= 1 && j + 2 <= end && (j + 2 == end || chars[j + 2] == ".")) { break }
                        j += 2
                        continue
                    }
                    break
                }
                // "’s" / "'s" read from the scalars: asking the String for its last bytes cost more.
                let possessive = j - i >= 3 && chars[j - 1] == "s" && (chars[j - 2] == "’" || chars[j - 2] == "'")
                let w = chars.withUnsafeBufferPointer { word(UnsafeBufferPointer(rebasing: $0[i..<j])) }
                out.append(Token(range: i..<j, text: w.text, lower: w.lower, isWord: true, isASCII: w.isASCII, hasHyphen: w.hasHyphen,
                                 possessive: possessive))
                i = j
            } else {
                let text = String(c)
                // An ASCII mark has no case; beyond ASCII a symbol may (circled letters).
                out.append(Token(range: i..<(i + 1), text: text, lower: c.value < 0x80 ? text : text.lowercasedQuickly, isWord: false,
                                 isASCII: c.value < 0x80, hasHyphen: c == "-"))
                i += 1
            }
        }
        return out
    }

    /// A word's text and lower case from its scalars, with whether it is ASCII and holds a hyphen:
    /// most words are ASCII, and one pass over them tells whether the word is its own lower case
    /// (most are); the bytes are then written straight into the strings. (Made through
    /// `String(scalars:)` and the String's own lower-casing, the two walked the scalars and bytes
    /// three more times: 5 % of the language stage.)
    static func word(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> (text: String, lower: String, isASCII: Bool, hasHyphen: Bool) {
        var upper = false
        var hyphen = false
        for s in scalars {
            let v = s.value
            if v >= 0x80 {
                let text = String(scalars: ArraySlice(scalars))
                return (text, text.lowercasedQuickly, false, scalars.contains("-"))
            }
            if v >= 0x41 && v <= 0x5A { upper = true } else if v == 0x2D { hyphen = true }
        }
        let text = String(unsafeUninitializedCapacity: scalars.count) { buffer in
            for k in 0..<scalars.count { buffer[k] = UInt8(truncatingIfNeeded: scalars[k].value) }
            return scalars.count
        }
        guard upper else { return (text, text, true, hyphen) }
        let lower = String(unsafeUninitializedCapacity: scalars.count) { buffer in
            for k in 0..<scalars.count {
                let v = UInt8(truncatingIfNeeded: scalars[k].value)
                buffer[k] = v >= 0x41 && v <= 0x5A ? v | 0x20 : v
            }
            return scalars.count
        }
        return (text, lower, true, hyphen)
    }
}
