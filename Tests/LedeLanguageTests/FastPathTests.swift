import Testing
import LedeCore
import LedeExtract
import LedeTestSupport
@testable import LedeLanguage

/// The language stage's fast paths answer exactly what the general paths they replace answer: on
/// written cases, and on every sentence and token of the 83 benchmark pages where ../shared is present.
@Suite struct FastPathTests {
    static let written = ["", "a", "Jane Roe said.", "ÉCOLE", "Ærø", "İstanbul", "ΣΟΦΊΑ", "straße", "Café “déjà vu”",
                          "e\u{301}", "🇺🇦 flag", "👩🏽‍⚕️ doctor", "\u{10FFFF}", "MCCAIN", "mcCain", "U.S.", "1,000", "’s", "ǅemal"]

    @Test func stringFromScalarsMatchesTheScalarView() {
        for text in Self.written {
            let scalars = Array(text.unicodeScalars)
            #expect(String(scalars: scalars[...]) == String(scalarView: scalars[...]))
            #expect(String(scalars: scalars[...]).utf8.elementsEqual(text.utf8))
            if scalars.count > 2 { #expect(String(scalars: scalars[1..<scalars.count - 1]) == String(scalarView: scalars[1..<scalars.count - 1])) }
        }
    }

    @Test func fastLowerCaseMatchesLowercased() {
        for text in Self.written { #expect(text.lowercasedQuickly == text.lowercased(), "\(text)") }
    }

    @Test func possessiveCheckMatchesHasSuffix() {
        for text in Self.written + ["Roe’s", "Roe's", "Roes", "s", "’s", "Roe’s\u{301}", "Roe’S", "James’"] {
            #expect(Token.endsPossessive(text) == (text.hasSuffix("’s") || text.hasSuffix("'s")), "\(text)")
        }
    }

    @Test func quoteMarkSwitchesMatchTheSets() {
        for v in UInt32(0)...0x10FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            if QuoteScanner.isDoubleOpener(c) != QuoteScanner.doubleOpeners.contains(c)
                || QuoteScanner.isDoubleCloser(c) != QuoteScanner.doubleClosers.contains(c)
                || QuoteScanner.isDoubleOpening(c) != QuoteScanner.doubleOpening.contains(c)
                || QuoteScanner.isOpening(c) != QuoteScanner.opening.contains(c)
                || QuoteScanner.isClosing(c) != (QuoteScanner.doubleClosers.contains(c) || c == "\"" || c == "’") {
                Issue.record("scalar U+\(String(v, radix: 16)) classified differently")
            }
        }
        #expect(QuoteScanner.isClosing("”") && QuoteScanner.isClosing("\"") && QuoteScanner.isClosing("’") && QuoteScanner.isClosing("»"))
        #expect(!QuoteScanner.isClosing("“") && !QuoteScanner.isClosing("”x") && !QuoteScanner.isClosing(""))
    }

    @Test func scalarClassesMatchTheUnicodeProperties() {
        for v in UInt32(0)...0x10FFFF {
            guard let c = Unicode.Scalar(v) else { continue }
            let p = c.properties
            if c.isUppercase != p.isUppercase || c.isLowercase != p.isLowercase || c.isNumber != (p.numericType != nil)
                || c.isLetter != p.isAlphabetic || c.isWhitespace != p.isWhitespace
                || NameFeatures.shapeClass(c) != (p.isUppercase ? 88 : p.isLowercase ? 120 : p.numericType != nil ? 100 : c.value) {
                Issue.record("scalar U+\(String(v, radix: 16)) classified differently")
            }
        }
    }

    @Test func quoteSpansMatchTheSetBasedScan() {
        for text in ["“It is over,” he said.", "He said \"no\" twice.", "‘Quiet,’ she said. Don’t.", "«Non», dit-il.",
                     "“Open to the end", "'Tis (‘odd’) — 'yes' and 'no'", "„Ja“ und »nein«"] {
            let chars = Array(text.unicodeScalars)
            #expect(QuoteScanner.spans(in: chars) == Self.referenceSpans(chars), "\(text)")
        }
    }

    @Test func benchmarkPagesTakeTheSamePaths() throws {
        guard let pages = try SharedData.benchmarkPages() else {
            print("skipped: ../shared/bench/extraction/pages is absent (the shared benchmark data)")
            return
        }
        let reader = ArticleReader()
        var sentences = 0, tokens = 0
        for (file, raw) in pages {
            guard let article = try? reader.read(raw, url: nil) else { continue }
            for unit in StoryBuilder().units(of: article) {
                #expect(QuoteScanner.spans(in: unit.chars) == Self.referenceSpans(unit.chars), "\(file)")
                for (range, words) in zip(unit.sentences, unit.tokens) {
                    sentences += 1
                    #expect(String(scalars: unit.chars[range]) == String(scalarView: unit.chars[range]), "\(file)")
                    for t in words {
                        tokens += 1
                        let possessive = t.text.hasSuffix("’s") || t.text.hasSuffix("'s")
                        if t.lower != t.text.lowercased() || t.isPossessive != possessive
                            || t.base != (possessive ? String(t.text.dropLast(2)) : t.text) || t.text != String(scalarView: unit.chars[t.range]) {
                            Issue.record("\(file): token \(t.text) differs")
                        }
                    }
                }
            }
        }
        #expect(sentences > 3000 && tokens > 50_000)
    }

    /// The scan as it was before its fast paths: every scalar looked up in the mark sets.
    static func referenceSpans(_ chars: [Unicode.Scalar]) -> [QuoteSpan] {
        func span(_ open: Int, _ close: Int?, _ single: Bool) -> QuoteSpan {
            var s = open + 1, e = close ?? chars.count
            while s < e, chars[s].properties.isWhitespace { s += 1 }
            while e > s, chars[e - 1].properties.isWhitespace { e -= 1 }
            return QuoteSpan(open: open, close: close, inner: s..<e, single: single)
        }
        var out: [QuoteSpan] = []
        var doubleOpen: Int?, singleOpen: Int?
        for i in chars.indices {
            let c = chars[i]
            let prev: Unicode.Scalar? = i > 0 ? chars[i - 1] : nil
            let next: Unicode.Scalar? = i + 1 < chars.count ? chars[i + 1] : nil
            func letter(_ s: Unicode.Scalar?) -> Bool { s.map { $0.properties.isAlphabetic } ?? false }
            if QuoteScanner.doubleOpeners.contains(c) {
                if doubleOpen == nil { doubleOpen = i; singleOpen = nil }
            } else if QuoteScanner.doubleClosers.contains(c) {
                if let o = doubleOpen { out.append(span(o, i, false)); doubleOpen = nil }
            } else if c == "\"" {
                if let o = doubleOpen { out.append(span(o, i, false)); doubleOpen = nil } else { doubleOpen = i; singleOpen = nil }
            } else if c == "‘" || c == "'" {
                guard doubleOpen == nil else { continue }
                if let o = singleOpen {
                    if c == "'", !letter(next) { out.append(span(o, i, true)); singleOpen = nil }
                } else if prev == nil || prev!.properties.isWhitespace || "([—–:".unicodeScalars.contains(prev!),
                          let nx = next, letter(nx) || nx.properties.numericType != nil {
                    singleOpen = i
                }
            } else if c == "’" {
                guard doubleOpen == nil, let o = singleOpen else { continue }
                if !letter(next), let p = prev, !p.properties.isWhitespace { out.append(span(o, i, true)); singleOpen = nil }
            }
        }
        if let o = doubleOpen { out.append(span(o, nil, false)) }
        return out.filter { !$0.inner.isEmpty }
    }
}
