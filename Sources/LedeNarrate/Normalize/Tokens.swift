/// The pieces a line is cut into before normalising: runs of letters, runs of ASCII digits, runs of
/// white space, single other characters, and whole URLs / e-mail addresses.
struct Token: Sendable {
    enum Kind: Sendable { case space, word, number, symbol, electronic }
    let kind: Kind
    let text: String

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isSpace: Bool { kind == .space }
    func isSymbol(_ s: String) -> Bool { kind == .symbol && text == s }
    func isSymbol(in set: Set<String>) -> Bool { kind == .symbol && set.contains(text) }
    /// The word in lower case (ASCII-cheap enough for the short tokens it is asked of).
    var lower: String { text.lowercased() }
    /// Starts with an upper-case letter.
    var isCapitalized: Bool { kind == .word && (text.first?.isUppercase ?? false) }
    /// Every letter upper case, at least one letter.
    var isAllCaps: Bool {
        kind == .word && text.contains { $0.isLetter } && !text.contains { $0.isLowercase }
    }
}

enum Tokenizer {
    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
    static func isApostrophe(_ c: Character) -> Bool { c == "'" || c == "’" }
    static func isWordChar(_ c: Character) -> Bool {
        c.isLetter || c.isMark || (c.isNumber && !c.isASCII && NormalizationPass.vulgarFractions[c] == nil)
    }

    static func tokenize(_ text: String) -> [Token] {
        let chars = Array(text)
        var tokens: [Token] = []
        tokens.reserveCapacity(chars.count / 3 + 1)
        var i = 0
        var chunkStart = true  // at the start of a white-space delimited chunk
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace {
                var j = i + 1
                while j < chars.count && chars[j].isWhitespace { j += 1 }
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
