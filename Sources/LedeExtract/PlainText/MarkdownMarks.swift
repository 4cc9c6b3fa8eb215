import Foundation

/// The marks a Markdown copy puts around plain text: scraping tools that print pages as Markdown
/// (html2text, "reader" services) write headings as `# Headline`, bold as `**…**` and escape a
/// leading `+`, `-` or `1.` with a backslash. The plain-text path reads the text inside them, so a
/// Markdown headline comes out as the headline's words, not `# Headline`.
///
/// ```swift
/// MarkdownMarks.plain("## Storm closes the ferry")   // "Storm closes the ferry"
/// MarkdownMarks.plain("**By Jane Roe**")              // "By Jane Roe"
/// MarkdownMarks.plain("\\+ Follow")                   // "+ Follow"
/// ```
enum MarkdownMarks {
    /// Markdown has six levels of heading.
    static let maxHeadingLevel = 6

    /// `line` without a heading's leading hashes, bold or italic marks written as `**` or `__`, and
    /// a backslash escaping its first character; a line with none of them is returned as it is.
    static func plain(_ line: String) -> String {
        // One byte scan rules out most lines: no mark starts them and they hold no "*" or "_".
        guard let first = line.utf8.first else { return line }
        let opens = first == UInt8(ascii: "#") || first == UInt8(ascii: "\\")
        guard opens || line.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") }) else { return line }
        guard opens || line.contains("**") || line.contains("__") else { return line }
        var s = Substring(line)
        let hashes = s.prefix { $0 == "#" }.count
        if (1...maxHeadingLevel).contains(hashes), s.dropFirst(hashes).first == " " {
            s = s.dropFirst(hashes).drop { $0 == " " }
            // A closing sequence of hashes ("## Title ##") is no text either.
            if s.hasSuffix("#"), case let body = s.reversed().drop(while: { $0 == "#" }), body.first == " " {
                s = s.dropLast(s.count - body.count)
            }
        }
        if s.first == "\\", let next = s.dropFirst().first, next.isPunctuation || next.isSymbol { s = s.dropFirst() }
        var out = String(s)
        for mark in ["**", "__"] {
            // Only marks that come in pairs: a lone "**" may be a footnote's.
            let count = out.occurrences(of: mark)
            if count > 0, count % 2 == 0 { out = out.replacingOccurrences(of: mark, with: "") }
        }
        return TextCleaner.collapse(out)
    }
}
