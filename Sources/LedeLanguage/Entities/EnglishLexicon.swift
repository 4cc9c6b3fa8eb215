import Foundation
import LedeCore

/// The words English writes only in lower case, from the system's word lists (Debian's `wamerican`
/// and `wbritish`, SCOWL-derived, installed by `scripts/setup.sh`): "district", "shopkeeper",
/// "parent". A capitalised word at a sentence's start that the lists know only in lower case is a
/// common word opening the sentence ("Parent Leila Osei said"), not the first word of a name; a word
/// the lists also know capitalised ("Rob", "Grace", "Mark") may be either and is left to the rest of
/// the analysis. Without the lists (setup not run) the lexicon is empty and nothing changes.
///
/// ```swift
/// EnglishLexicon.shared.isOnlyLowercase("Shopkeeper")   // true
/// EnglishLexicon.shared.isOnlyLowercase("Grace")        // false: also a name
/// ```
struct EnglishLexicon: Sendable {
    /// How the lists write each word they hold (a `Use`), by a 64-bit hash of its lower-case form:
    /// one probe, with no string hashing or comparing. Every question below is asked of it.
    let uses: NameLists.Table
    /// Whether the lists were there (some word is known only in lower case).
    let isAvailable: Bool
    /// Words indexed, bytes read, and how long reading and indexing them took.
    let words: Int, bytes: Int, loadMilliseconds: Double

    /// The word lists read, in order; missing files are skipped.
    static let paths = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]

    /// Read once, on first use.
    static let shared = EnglishLexicon(paths: paths)

    init(paths: [String]) {
        let start = NameLists.now()
        var bytesRead = 0
        var lower: Set<String> = []
        var capitalised: Set<String> = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            bytesRead += data.count
            data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                var start = 0
                for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: "\n") {
                    defer { start = i + 1 }
                    guard i > start else { continue }
                    let line = bytes[start..<i]
                    // Possessives ("district's") add nothing; non-ASCII entries are rare and skipped.
                    guard !line.contains(UInt8(ascii: "'")), line.allSatisfy({ $0 < 0x80 }) else { continue }
                    let word = String(decoding: line, as: UTF8.self)
                    let first = line[line.startIndex]
                    if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") {
                        capitalised.insert(word.lowercasedQuickly)
                    } else {
                        lower.insert(word)
                    }
                }
            }
        }
        isAvailable = lower.contains { !capitalised.contains($0) }
        var uses = NameLists.Table(capacity: lower.count + capitalised.count)
        for w in lower { uses.insert(NameLists.hash(w.utf8), (capitalised.contains(w) ? Use.both : .onlyLowercase).rawValue) }
        for w in capitalised where !lower.contains(w) { uses.insert(NameLists.hash(w.utf8), Use.onlyCapitalised.rawValue) }
        self.uses = uses
        words = uses.count
        bytes = bytesRead
        loadMilliseconds = (NameLists.now() - start) * 1000
    }

    /// How the lists write a word (any case): what the name tagger reads as a feature.
    enum Use: UInt8 {
        /// Not in the lists, or no lists.
        case unknown = 0
        /// Only in lower case ("district").
        case onlyLowercase
        /// In lower case and capitalised ("rose", "Rose").
        case both
        /// Only capitalised ("Obama"): a proper noun.
        case onlyCapitalised
    }

    /// How the lists write `lower` (a word already lower-cased).
    func use(ofLowercased lower: String) -> Use { Use(rawValue: uses.value(NameLists.hash(lower.utf8))) ?? .unknown }

    /// Whether the lists hold `word` written in lower case (it may also be a name).
    func knowsLowercase(_ word: String) -> Bool {
        let use = use(ofLowercased: word.lowercasedQuickly)
        return use == .onlyLowercase || use == .both
    }

    /// Whether `word` (any case) is known only as a lower-case word.
    func isOnlyLowercase(_ word: String) -> Bool {
        use(ofLowercased: word.lowercasedQuickly) == .onlyLowercase
    }
}
