import LedeCore

/// Boilerplate vocabulary learned from data: for each word common on the training pages, the
/// log-odds that a line holding it is furniture rather than body ("cookies", "subscribe",
/// "responsible", "newsletter" score high; "said", "because", "however" low). It replaces
/// hand-written phrase lists for notes a publisher prints under every story: whatever the house
/// style, its furniture words recur across pages while an article's words do not.
///
/// ```swift
/// let vocabulary = LineVocabulary.learn(copies: copies, labels: labels)
/// vocabulary["subscribe"]  // about 2.5
/// ```
enum LineVocabulary {
    /// A word is learned only when it occurs on at least this many training dumps (one site's
    /// menu or one story's names are not vocabulary).
    static let minDumps = 12
    /// Words whose log-odds are nearer zero than this say nothing and are left out.
    static let minScore = 0.7
    /// At most this many words are kept, the most frequent first (a small table in the source).
    static let maxWords = 800

    /// Learns the table from dumps' lines and their labels (body against every other class).
    static func learn(copies: [ScrapedLines], labels: [[LineClass]]) -> [String: Double] {
        var body: [String: Int] = [:], other: [String: Int] = [:], dumps: [String: Int] = [:]
        var bodyLines = 0, otherLines = 0
        for (copy, kinds) in zip(copies, labels) {
            var inDump = Set<String>()
            for (words, kind) in zip(copy.words, kinds) {
                let unique = Set(words.filter { $0.count >= 2 && $0.first?.isLetter == true }.map(String.init))
                if kind == .body { bodyLines += 1 } else { otherLines += 1 }
                for w in unique {
                    if kind == .body { body[w, default: 0] += 1 } else { other[w, default: 0] += 1 }
                }
                inDump.formUnion(unique)
            }
            for w in inDump { dumps[w, default: 0] += 1 }
        }
        let prior = Double(bodyLines + 1) / Double(otherLines + 1)
        var scored: [(word: String, score: Double, count: Int)] = []
        for (w, d) in dumps where d >= minDumps {
            let b = body[w] ?? 0, o = other[w] ?? 0
            let score = naturalLog(Double(o + 1) / Double(b + 1) * prior)
            guard abs(score) >= minScore else { continue }
            scored.append((w, max(-LineFeatures.vocabularyScoreCap, min(LineFeatures.vocabularyScoreCap, score)), b + o))
        }
        scored.sort { $0.count != $1.count ? $0.count > $1.count : $0.word < $1.word }
        var table: [String: Double] = [:]
        for s in scored.prefix(maxWords) { table[s.word] = (s.score * 100).rounded() / 100 }
        return table
    }
}

#if canImport(Glibc)
import Glibc
@inline(__always) func naturalLog(_ x: Double) -> Double { Glibc.log(x) }
#elseif canImport(Darwin)
import Darwin
@inline(__always) func naturalLog(_ x: Double) -> Double { Darwin.log(x) }
#endif
