import Foundation

/// Cuts a sentence's phoneme clauses into pieces for one inference each: whole clauses while they fit
/// in `maxSymbols`, a clause that alone is longer cut between words. The model's memory grows with
/// the length of one inference, so this bounds memory by the chunk, not by the sentence.
///
/// ```swift
/// let chunks = PhonemeChunker(maxSymbols: 300, symbols: voiceSymbols).chunks(clauses)
/// ```
struct PhonemeChunker {
    /// About 20 s of speech at Piper's pace (~15 symbols a second): memory stays near 400 MiB.
    static let defaultMaxSymbols = 300

    var maxSymbols: Int = defaultMaxSymbols
    /// The symbols the voice knows; others are dropped (the model has no id for them).
    var symbols: Set<Unicode.Scalar>

    func chunks(_ clauses: [PhonemeClause]) -> [[Unicode.Scalar]] {
        var chunks: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        func close() {
            while let last = current.last, last == " " { current.removeLast() }
            if current.contains(where: { $0 != " " }) { chunks.append(current) }
            current = []
        }
        for clause in clauses where !clause.ipa.isEmpty {
            let spelled = scalars(of: clause.spelled)
            if current.count + spelled.count > maxSymbols { close() }
            if spelled.count <= maxSymbols {
                current += spelled
                continue
            }
            // One clause longer than a chunk: cut between words.
            for word in split(spelled) {
                if current.count + word.count > maxSymbols { close() }
                current += word.prefix(maxSymbols)
            }
        }
        close()
        return chunks
    }

    /// NFD, one scalar per symbol, unknown symbols dropped.
    private func scalars(of text: String) -> [Unicode.Scalar] {
        text.decomposedStringWithCanonicalMapping.unicodeScalars.filter { symbols.contains($0) }
    }

    /// Words with their following space.
    private func split(_ scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var words: [[Unicode.Scalar]] = []
        var word: [Unicode.Scalar] = []
        for s in scalars {
            word.append(s)
            if s == " " { words.append(word); word = [] }
        }
        if !word.isEmpty { words.append(word) }
        return words
    }
}
