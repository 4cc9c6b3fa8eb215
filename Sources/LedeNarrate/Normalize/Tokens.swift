/// The pieces a line is cut into before normalising: runs of letters, runs of ASCII digits, runs of
/// white space, single other characters, and whole URLs / e-mail addresses.
struct Token: Sendable {
    enum Kind: Sendable { case space, word, number, symbol, electronic }
    let kind: Kind
    let text: String
    /// The word in lower case (computed once: recognizers ask for it many times).
    let lower: String

    init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
        lower = kind == .word ? text.lowercased() : text
    }

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isSpace: Bool { kind == .space }
    func isSymbol(_ s: String) -> Bool { kind == .symbol && text == s }
    func isSymbol(in set: Set<String>) -> Bool { kind == .symbol && set.contains(text) }
    /// Starts with an upper-case letter.
    var isCapitalized: Bool { kind == .word && (text.first?.isUppercase ?? false) }
    /// Every letter upper case, at least one letter.
    var isAllCaps: Bool {
        kind == .word && text.contains { $0.isLetter } && !text.contains { $0.isLowercase }
    }
}

enum Tokenizer {
    static func isDigit(_ c: Character) -> Bool {
        guard let a = c.asciiValue else { return false }
        return a >= 0x30 && a <= 0x39
    }
    static func isApostrophe(_ c: Character) -> Bool { c == "'" || c == "’" }
    static func isWordChar(_ c: Character) -> Bool {
        // ASCII first: most text is, and Unicode property lookups are the tokenizer's main cost.
        if let a = c.asciiValue { return (a >= 0x41 && a <= 0x5A) || (a >= 0x61 && a <= 0x7A) }
        return c.isLetter || c.isMark || (c.isNumber && !c.isASCII && NormalizationPass.vulgarFractions[c] == nil)
    }

    static func tokenize(_ text: String) -> [Token] {
        let chars = Array(text)
        var tokens: [Token] = []
        tokens.reserveCapacity(chars.count / 3 + 1)
        var i = 0
        var chunkStart = true  // at the start of a white-space delimited chunk
        func isSpace(_ c: Character) -> Bool {
            if let a = c.asciiValue { return a == 0x20 || (a >= 0x09 && a <= 0x0D) }
            return c.isWhitespace
        }
        while i < chars.count {
            let c = chars[i]
            if isSpace(c) {
                var j = i + 1
                while j < chars.count && isSpace(chars[j]) { j += 1 }
                tokens.append(Token(kind: .space, text: String(chars[i..<j])))
                i = j
                chunkStart = true
                continue
            }
            if chunkStart {
                chunkStart = false
                if let (lead, core) = Electronic.chunk(chars, from: i) {
                    for k in i..<lead { tokens.append(Token(kind: .symbol, text: String(chars[k]))) }
                    tokens.append(Token(kind: .electronic, text: String(chars[lead..<core])))
                    i = core
                    continue
                }
            }
            if isDigit(c) {
                var j = i + 1
                while j < chars.count && isDigit(chars[j]) { j += 1 }
                tokens.append(Token(kind: .number, text: String(chars[i..<j])))
                i = j
            } else if isWordChar(c) {
                var j = i + 1
                while j < chars.count {
                    if isWordChar(chars[j]) { j += 1; continue }
                    // An apostrophe inside a word: it's, d'être, NATO’s.
                    if isApostrophe(chars[j]) && j + 1 < chars.count && chars[j + 1].isLetter { j += 2; continue }
                    break
                }
                tokens.append(Token(kind: .word, text: String(chars[i..<j])))
                i = j
            } else {
                tokens.append(Token(kind: .symbol, text: String(c)))
                i += 1
            }
        }
        return tokens
    }
}

extension Character {
    var isMark: Bool {
        unicodeScalars.first.map { $0.properties.generalCategory == .nonspacingMark
            || $0.properties.generalCategory == .spacingMark || $0.properties.generalCategory == .enclosingMark } ?? false
    }
}
