import Testing
@testable import LedeLanguage
import LedeCore

/// The language stage's shortcuts against the general code they replace.
@Suite struct LanguageFastPathTests {
    static let texts = [
        "", "a", "Plain ASCII words, 1,000 of them.", "Café “déjà vu” — naïve", "東京都 and 서울",
        "emoji 👩‍👩‍👧 and flags 🇧🇾", "e\u{301} combining", "\u{0} nul and \u{7F} del", "Kelvin \u{212A}",
    ]

    @Test func stringFromScalarsIsTheScalarViewString() {
        for text in Self.texts {
            let scalars = Array(text.unicodeScalars)
            for lo in 0...scalars.count {
                for hi in lo...scalars.count {
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: scalars[lo..<hi])
                    let fast = String(scalars: scalars[lo..<hi])
                    #expect(Array(fast.utf8) == Array(String(view).utf8), "\(text) \(lo)..<\(hi)")
                }
            }
        }
    }

    @Test func literalMarksMatchTheSets() {
        for open in QuoteScanner.doubleOpeners {
            for close in QuoteScanner.doubleClosers {
                let spans = QuoteScanner.spans(in: Array("She said \(open)yes\(close) twice".unicodeScalars))
                #expect(spans.count == 1, "\(open) \(close)")
                #expect(spans.first?.single == false)
            }
        }
        // A mark in neither set opens nothing.
        #expect(QuoteScanner.spans(in: Array("She said ‹yes› twice".unicodeScalars)).isEmpty)
    }

    @Test func monthsNeedACapitalOnlyWhenAbbreviated() {
        #expect(DateFinder.month("January") == 1)
        #expect(DateFinder.month("january") == 1)
        #expect(DateFinder.month("Jan") == 1)
        #expect(DateFinder.month("jan") == nil)
        #expect(DateFinder.month("May") == 5)
        #expect(DateFinder.month("Sept") == 9)
        #expect(DateFinder.month("Dec") == 12)
        #expect(DateFinder.month("Éclair") == nil)
    }
    /// The first-letter gates let through every word the date finder compares with, in any case,
    /// and stop words that open with other letters.
    @Test func firstLetterGatesPassEveryKeywordAndMonth() {
        let keywords = DateFinder.weekdays + ["yesterday", "today", "tomorrow", "this", "last", "next", "century"]
        for word in keywords {
            for form in [word, word.capitalized, word.uppercased()] {
                #expect(DateFinder.mayOpenKeyword(form.utf8.first), "\(form)")
            }
        }
        for word in DateFinder.months + DateFinder.shortMonths + ["sept"] {
            for form in [word, word.capitalized, word.uppercased()] {
                #expect(DateFinder.mayOpenMonth(form.utf8.first!), "\(form)")
            }
        }
        for word in ["Berlin", "hello", "Ukraine", "1994", "Éclair"] {
            #expect(!DateFinder.mayOpenKeyword(word.utf8.first), "\(word)")
        }
        #expect(!DateFinder.mayOpenKeyword(nil))
        #expect(!DateFinder.mayOpenMonth(UInt8(ascii: "B")))
    }

    @Test func collapsedSentenceTextIsTheScalarViewOne() {
        func reference(_ slice: ArraySlice<Unicode.Scalar>) -> String {
            var out = String.UnicodeScalarView()
            var space = false
            for c in slice {
                if c.properties.isWhitespace { space = true; continue }
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(c)
            }
            return String(out)
        }
        let texts = Self.texts + ["  lead  and\n\ttrail  ", "no\u{A0}break\u{2009}thin", "\n\n", "a\u{2028}b"]
        for text in texts {
            let scalars = Array(text.unicodeScalars)
            for lo in 0...scalars.count {
                let got = SentenceSplitter.collapsed(scalars[lo...])
                #expect(Array(got.utf8) == Array(reference(scalars[lo...]).utf8), "\(text) from \(lo)")
            }
        }
    }
    @Test func gazetteerClassTableIsTheFirstListThatHoldsTheWord() {
        // Asked of each list as a `Set<String>`, apart from the word tables the class table is made of.
        func reference(_ w: String, _ lists: [(WordSet, UInt32)]) -> UInt32 {
            for (words, kind) in lists where Set(words).contains(w) { return kind }
            return 0
        }
        var words: Set<String> = ["Zzyzx", "may", "said", "The"]
        for (list, _) in NameFeatures.capitalLists + NameFeatures.lowerLists { words.formUnion(list) }
        for w in words {
            if w.unicodeScalars.first?.properties.isUppercase == true {
                #expect(NameFeatures.gazetteerClass(w, w.lowercased()) == reference(w, NameFeatures.capitalLists), "\(w)")
            } else {
                #expect(NameFeatures.gazetteerClass(w, w) == reference(w, NameFeatures.lowerLists), "\(w)")
            }
        }
    }

    /// The scalar classes' shortcuts (ASCII, Latin ranges, General Punctuation) answer as Unicode's
    /// properties do, for every scalar of the Basic Multilingual Plane and beyond.
    @Test func scalarClassesMatchUnicodeProperties() {
        for v in UInt32(0)...0x2FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(s.isWhitespace == s.properties.isWhitespace, "U+\(String(v, radix: 16)) whitespace")
            #expect(s.isLetter == s.properties.isAlphabetic, "U+\(String(v, radix: 16)) letter")
        }
    }

    /// The one-pass decoding of a text's scalars is `Array(text.unicodeScalars)`.
    @Test func scalarDecodingIsTheUnicodeScalarView() {
        for text in Self.texts + ["\u{10FFFF}\u{FFFF}\u{800}\u{7FF}\u{80}", String(repeating: "ü€😀", count: 50)] {
            #expect(Scalars.decode(text) == Array(text.unicodeScalars), "\(text)")
        }
    }

    /// A token's lower case and possessive, made from its scalars, are those of its text.
    @Test func tokenFormsFromScalarsMatchTheText() {
        let text = "MAYOR O’Neill’s “Big” plan, the council's vote, Émile’S café, Ünal's 1,000 ⓐⒶ U.S. it’s x’s ’s ǅemal ßtraße Ωmega ωmega 東京"
        let chars = Array(text.unicodeScalars)
        let tokens = WordTokenizer.tokens(chars, in: 0..<chars.count)
        #expect(tokens.count > 10)
        for t in tokens {
            #expect(t.lower == t.text.lowercasedQuickly, "\(t.text)")
            #expect(t.isPossessive == Token.endsPossessive(t.text), "\(t.text)")
            let facts = Token.bytesFacts(t.text)
            #expect(t.isASCII == facts.isASCII && t.hasHyphen == facts.hasHyphen, "\(t.text)")
            #expect(t.isCapitalized == (t.isWord && t.text.first?.isUppercase == true), "\(t.text)")
            #expect(t.startsLowercase == (t.text.first?.isLowercase == true), "\(t.text)")
        }
    }

    /// The run finder's name-word test, read in place from the token's facts, answers as the test
    /// on the token's text does (written out here as it stood before the shortcuts).
    @Test func nameWordShortcutsMatchTheTextTest() {
        func reference(_ t: Token) -> Bool {
            guard t.isCapitalized else { return NameRun.isParticleName(t) }
            if t.text == "I" { return false }
            if t.text.utf8.contains(where: { $0 >= 0x80 }), t.text.contains(where: { $0.isLetter && !$0.isCased }) { return false }
            if let dash = t.text.firstIndex(of: "-"), let f = t.text[t.text.index(after: dash)...].first, f.isLowercase { return false }
            return true
        }
        let text = "I met al-Rashid, Soviet-style Minsk-based O’Neill and Jean-Paul in Zürich東京 with ibn-Said, \"Ünal\" and de la Cruz; I-95 el-Sisi X-ray"
        let chars = Array(text.unicodeScalars)
        let tokens = WordTokenizer.tokens(chars, in: 0..<chars.count)
        var names = 0
        for i in tokens.indices {
            #expect(NameRun.isNameWord(tokens, i) == reference(tokens[i]), "\(tokens[i].text)")
            #expect(NameRun.isNameWord(tokens[i]) == reference(tokens[i]), "\(tokens[i].text)")
            if reference(tokens[i]) { names += 1 }
        }
        #expect(names >= 8)
    }

    /// The shortcut for General Punctuation, super- and subscripts and currency signs asks for a
    /// Character map exactly where the general rule (marks and format controls) does.
    @Test func characterMapShortcutMatchesTheCategories() {
        for v in UInt32(0x2000)...0x20CF {
            guard let s = Unicode.Scalar(v) else { continue }
            let joins = [.nonspacingMark, .spacingMark, .enclosingMark, .format].contains(s.properties.generalCategory)
            #expect(Scalars.needsMap(["a", s, "b"]) == joins, "U+\(String(v, radix: 16))")
        }
        #expect(Scalars("e\u{301}t").characterOffset(2) == 1)
        #expect(Scalars("plain “quoted” — text €5").characterOffset(10) == 10)
    }

    /// The byte suffix test answers as `hasSuffix` does.
    @Test func byteSuffixIsTheCharacterSuffix() {
        for w in ["Weakening", "Dressed", "Reportedly", "ing", "ed", "", "Emily", "Mohammed", "Zoë’ing", "e\u{301}d", "\u{600}ing", "Ölly"] {
            for suffix: StaticString in ["ing", "ed", "ly"] {
                #expect(NameKnowledge.endsWith(w, suffix) == w.hasSuffix(String(describing: suffix)), "\(w) \(suffix)")
            }
        }
    }
}
