import Foundation
import LedeCore

/// How to say words the voice gets wrong: a built-in list plus the user's own file, applied by the
/// speech engine before it phonemizes (whole words, case-sensitive, possessive `'s` included).
///
/// The file is plain text, one word per line, then its reading; `#` starts a comment:
///
/// ```text
/// Kyiv       keev            # an English respelling, read by the voice's own rules
/// Zelenskyy  /zɛlˈɛnski/     # IPA between slashes
/// Tomysek    pl:Tomysek      # read with eSpeak NG's rules for another language
/// ```
///
/// ```swift
/// let lexicon = Lexicon.builtIn.merging(try Lexicon.load(path: path))
/// let script = Narrator(lexicon: lexicon).script(for: story)
/// ```
public struct Lexicon: Sendable, Equatable {
    public private(set) var entries: [String: Pronunciation]

    public init(entries: [String: Pronunciation] = [:]) {
        self.entries = entries
    }

    /// The reading of `word`: its own entry, else the entry of its capitalised form when the word is
    /// written in capitals at the start of a sentence or in a headline ("KYIV" → "Kyiv").
    public func entry(for word: String) -> Pronunciation? {
        if let p = entries[word] { return p }
        return nil
    }

    /// This lexicon with `other`'s entries added; `other` wins where both have a word.
    public func merging(_ other: Lexicon) -> Lexicon {
        Lexicon(entries: entries.merging(other.entries) { _, theirs in theirs })
    }

    public static func load(path: String) throws -> Lexicon {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LedeError.invalidInput("cannot read the lexicon file \(path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LedeError.invalidInput("\(path): the lexicon file is not UTF-8 text")
        }
        return try parse(text, source: path)
    }

    /// Parses lexicon text; every bad line is reported at once, with its number, so a user fixes the
    /// file in one go.
    public static func parse(_ text: String, source: String = "lexicon") throws -> Lexicon {
        var entries: [String: Pronunciation] = [:]
        var problems: [String] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first
                .map(String.init)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard !line.isEmpty else { continue }
            do {
                let (word, reading) = try entry(from: line)
                entries[word] = reading
            } catch let LexiconLineError.bad(why) {
                problems.append("\(source) line \(index + 1): \(why)")
            }
        }
        guard problems.isEmpty else {
            throw LedeError.invalidInput(problems.joined(separator: "\n"))
        }
        return Lexicon(entries: entries)
    }

    private enum LexiconLineError: Error { case bad(String) }

    private static func entry(from line: String) throws(LexiconLineError) -> (String, Pronunciation) {
        let fields = line.split(maxSplits: 1, whereSeparator: { $0 == " " || $0 == "\t" })
        guard fields.count == 2 else { throw .bad("\"\(line)\" has a word but no reading after it") }
        let word = String(fields[0])
        let reading = fields[1].trimmingCharacters(in: .whitespaces)
        guard word.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "'" || $0 == "\u{2019}" || $0 == "-" }),
              word.first?.isLetter == true else {
            throw .bad("\"\(word)\" is not a single word (letters, digits, apostrophes and hyphens)")
        }
        if reading.hasPrefix("/") {
            guard reading.count > 2, reading.hasSuffix("/") else { throw .bad("IPA for \"\(word)\" must sit between two slashes: /…/") }
            let ipa = String(reading.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
            guard !ipa.isEmpty, !ipa.contains("/") else { throw .bad("empty or broken IPA for \"\(word)\"") }
            return (word, .ipa(ipa))
        }
        if let colon = reading.firstIndex(of: ":") {
            let language = String(reading[..<colon])
            let text = reading[reading.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard isLanguageCode(language) else { throw .bad("\"\(language)\" is not an eSpeak NG language code (like pl, de, pt-br)") }
            guard !text.isEmpty else { throw .bad("no text after \"\(language):\" for \"\(word)\"") }
            return (word, .espeak(voice: language, text: text))
        }
        guard reading.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" }) else {
            throw .bad("the respelling of \"\(word)\" may hold only letters, spaces, hyphens and apostrophes (use /IPA/ for symbols)")
        }
        return (word, .espeak(voice: englishVoice, text: reading))
    }

    /// The eSpeak NG language English respellings are read with.
    static let englishVoice = "en-us"

    private static func isLanguageCode(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        return parts.dropFirst().allSatisfy { !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber) } }
    }
}
