import LedeCore
/// A run of capitalised words in a sentence ("Russian President Vladimir Putin", "International Legion for
/// the Territorial Defense of Ukraine"), with the title and nationality words before the name peeled off.
///
/// ```swift
/// let runs = NameRun.find(in: tokens)
/// runs[0].name     // "Vladimir Putin"
/// runs[0].prefix   // ["Russian", "President"]
/// ```
struct NameRun: Equatable {
    /// Token indices of the name itself (after the prefix).
    var tokens: Range<Int>
    /// Token indices of the whole run, prefix included.
    var whole: Range<Int>
    var name: String
    var prefix: [String]
    /// The first word of the sentence (or of a quotation) is capitalised whatever it is.
    var atSentenceStart: Bool
    /// Inside quotation marks of its own: `a unit called “Pahonia”`.
    var quoted: Bool
    var possessive: Bool
    var wordCount: Int { tokens.count }

    static let connectors: WordSet = ["of", "for", "the", "and", "de", "van", "von", "der", "al", "bin", "da",
                                          "di", "del", "la", "le", "du", "dos", "das"]

    /// Words after a surname that are written with a full stop: "Jr.", "Sr.".
    static let dottedGenerations: WordSet = ["Jr", "Sr"]

    /// The lower-case particles of family names ("van der", "de la", "bin"): a run joined only by these
    /// is one name.
    static let particles: WordSet = ["de", "van", "von", "der", "den", "al", "bin", "ibn", "da", "di", "del", "della",
                                         "la", "le", "du", "dos", "das", "ter", "ten"]

    /// Lower-case prefixes joined by a hyphen to a capitalised family name: "al-Rashid", "el-Sayed".
    static let hyphenParticles: Set<Substring> = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "ibn", "bin", "abu", "ben"]

    /// Finds the runs of a sentence's tokens. Runs that join several names with "of", "for" or "and"
    /// stay whole only when they end in an organisation word; otherwise they are split at the connectors.
    static func find(in tokens: [Token]) -> [NameRun] {
        var runs: [NameRun] = []
        var i = 0
        var sentenceStart = true
        // Tokens are read in place (`tokens[i]`), never copied out: a copy retains and releases both
        // of its strings, and this loop reads every token of the article (it showed in profiles).
        while i < tokens.count {
            if !tokens[i].isWord {
                // An opening quotation mark starts a new "sentence start" for capitalisation.
                if isOpeningQuote(tokens[i]) { sentenceStart = true }
                i += 1
                continue
            }
            guard isNameWord(tokens, i) else { sentenceStart = false; i += 1; continue }
            var j = i + 1
            var pieces: [Range<Int>] = []
            var pieceStart = i
            var last = i
            while j < tokens.count, !tokens[last].isPossessive {
                if isNameWord(tokens, j) { last = j; j += 1; continue }
                // "James Kennedy Jr.": the full stop of a generation's abbreviation is the name's, as a
                // tagger's reading of the same name keeps it.
                if tokens[j].text == ".", Self.dottedGenerations.contains(tokens[last].text), j > i + 1 { j += 1; break }
                // "Jennifer M. Anderson", "George W. Bush": a middle initial and its full stop.
                if tokens[j].text == ".", isInitial(tokens[last]), j + 1 < tokens.count, isNameWord(tokens, j + 1), j > i {
                    last = j + 1
                    j += 2
                    continue
                }
                // "Legion for the Territorial Defense": connectors between capitalised words.
                if tokens[j].isWord, connectors.contains(tokens[j].text) {
                    var k = j
                    while k < tokens.count, tokens[k].isWord, connectors.contains(tokens[k].text) { k += 1 }
                    if k < tokens.count, isNameWord(tokens, k), k - j <= 2 {
                        pieces.append(pieceStart..<j)
                        pieceStart = k
                        last = k
                        j = k + 1
                        continue
                    }
                }
                break
            }
            pieces.append(pieceStart..<j)
            let quoted = i > 0 && isOpeningQuote(tokens[i - 1]) && j < tokens.count && isClosingQuote(tokens[j])
            // "Pieter van der Linden", "Luisa de la Cruz": joined only by a family name's particles,
            // the pieces are one person's name.
            let byParticles = pieces.count > 1 && zip(pieces, pieces.dropFirst()).allSatisfy { left, right in
                (left.upperBound..<right.lowerBound).allSatisfy { particles.contains(tokens[$0].text) }
            }
            // "Pamela Lyon of the University of Adelaide", "Grace Whitlock of Ferris Research": a first
            // piece of two words or more that opens with a given name is a person's name, and what
            // follows "of" the body they belong to, not a title ("Mayor of London") nor one body.
            if pieces.count > 1, pieces[0].count >= 2, isPersonBeforeOf(pieces[0], next: pieces[1], tokens) {
                runs.append(make(tokens, pieces[0], start: sentenceStart, quoted: false, peel: true))
                sentenceStart = false
                pieces.removeFirst()
            }
            let hasOrganisationWord = pieces.contains { r in r.contains { Gazetteer.organisationWords.contains(tokens[$0].base) } }
            if byParticles, !hasOrganisationWord {
                runs.append(make(tokens, i..<j, start: sentenceStart, quoted: quoted, peel: true))
                sentenceStart = false
                i = j
                continue
            }
            // "Leipzig University and University of Jena", "the Labour Party and the Greens": "and" after a
            // body's last word, or before "the", joins two names, each read on its own ("Department of
            // Housing and Urban Development" stays one).
            var groups: [[Range<Int>]] = [[]]
            for p in pieces {
                if let previous = groups[groups.count - 1].last {
                    let between = tokens[previous.upperBound..<p.lowerBound].map(\.text)
                    if between.first == "and", between.last == "the" || Gazetteer.organisationWords.contains(tokens[previous.upperBound - 1].base) {
                        groups.append([])
                    }
                }
                groups[groups.count - 1].append(p)
            }
            for group in groups {
                let lo = group[0].lowerBound, hi = group[group.count - 1].upperBound
                if group.count > 1, Gazetteer.organisationWords.contains(tokens[hi - 1].base) || group.contains(where: { r in
                       r.contains { Gazetteer.organisationWords.contains(tokens[$0].base) } }) {
                    runs.append(make(tokens, lo..<hi, start: sentenceStart && lo == i, quoted: quoted, peel: false))
                    continue
                }
                for (n, p) in group.enumerated() {
                    // "Hero of Ukraine", "Mayor of London": what stands before "of" is a title, not a name.
                    if group.count > 1, n < group.count - 1, p.upperBound < tokens.count, tokens[p.upperBound].text == "of" {
                        continue
                    }
                    runs.append(make(tokens, p, start: sentenceStart && p.lowerBound == i, quoted: quoted, peel: true))
                }
            }
            sentenceStart = false
            i = j
        }
        return runs
    }

    /// `piece` ("Pamela Lyon") is followed by "of" or "of the" before `next` and opens with a given
    /// name the list knows, with no organisation word in it: a person's name before their body.
    ///
    /// With titles before the given name ("Senator Jim Harlan of Texas", "Dr. Ana Ruiz of Lisbon") the
    /// piece is a person only before a place the gazetteers know, written alone after "of": "Minister
    /// Jo Hart of Foreign Affairs" and "Chief Anna Bell of the Fire Service" stay one run.
    static func isPersonBeforeOf(_ piece: Range<Int>, next: Range<Int>, _ tokens: [Token]) -> Bool {
        let between = tokens[piece.upperBound..<next.lowerBound].map(\.text)
        guard between == ["of"] || between == ["of", "the"],
              !piece.contains(where: { Gazetteer.organisationWords.contains(tokens[$0].base) })
        else { return false }
        var start = piece.lowerBound
        while start < piece.upperBound, Gazetteer.titles.contains(tokens[start].text) || tokens[start].text == "." { start += 1 }
        guard start < piece.upperBound, isGivenName(tokens[start].text),
              !(start..<piece.upperBound).contains(where: { Gazetteer.titles.contains(tokens[$0].text) })
        else { return false }
        if start == piece.lowerBound { return true }
        // A title before the name: the person's surname follows the given name, and "of" leads to a
        // place alone (a name run ends after it).
        // "King Charles II of England", "Prince Henry of Wales": a ruler's name holds its "of".
        guard piece.upperBound - start >= wordsOfATitledPersonBeforeOf, between == ["of"],
              !(piece.lowerBound..<start).contains(where: { Self.titlesOfRulers.contains(tokens[$0].text) }),
              !tokens[piece.upperBound - 1].text.allSatisfy({ "IVXLC".contains($0) }),
              next.upperBound == tokens.count || !isNameWord(tokens[next.upperBound]) else { return false }
        let place = text(of: tokens[next])
        return Gazetteer.place(place) || NameLists.shared.isPlace(place)
    }

    /// A given name the lists know as one: one the gender list gives a gender, or one common in some
    /// country (`NameFeatures.commonGivenName`) that the gender list leaves out because it is given to
    /// both ("Robin", "Jordan", "Sasha"): a person's name before "of the" opens with either.
    static func isGivenName(_ word: String) -> Bool {
        GivenNameGenders.shared.gender(of: word) != nil || NameLists.shared.givenNameFrequency(word) >= NameFeatures.commonGivenName
    }

    /// "Senator Jim Harlan": a given name and a surname after the title, at least. "King Charles of
    /// England" has one word after the title and stays a title before a place.
    static let wordsOfATitledPersonBeforeOf = 2

    /// Titles of rulers and nobles, whose "of <place>" is part of the name ("Queen Mary of Teck").
    static let titlesOfRulers: WordSet = ["King", "Queen", "Prince", "Princess", "Pope", "Sheikh", "Emir", "Sultan",
                                              "Lord", "Lady", "Sir", "Dame", "Duke", "Duchess", "Emperor", "Empress",
                                              "Count", "Countess", "Earl", "Baron", "Baroness", "Tsar", "Czar"]

    /// The part `range` of this run's name as a run of its own (no title before it).
    func piece(_ range: Range<Int>, in tokens: [Token]) -> NameRun {
        var p = self
        p.tokens = range
        p.whole = range
        p.prefix = []
        p.possessive = possessive && range.upperBound == self.tokens.upperBound
        p.name = NameRun.text(of: tokens[range])
        if p.possessive { p.name = String(p.name.dropLast(2)) }
        p.atSentenceStart = atSentenceStart && range.lowerBound == self.tokens.lowerBound
        p.quoted = quoted && range == self.tokens
        return p
    }

    /// The words of a name joined by spaces, an initial's full stop kept to it ("Jennifer M. Anderson").
    static func text(of tokens: ArraySlice<Token>) -> String {
        var name = ""
        for t in tokens {
            if !name.isEmpty, t.text != "." { name += " " }
            name += t.text
        }
        return name
    }

    /// A single capital letter: a middle initial when a full stop and a name follow.
    static func isInitial(_ t: Token) -> Bool { t.text.count == 1 && t.isCapitalized }

    static func isOpeningQuote(_ t: Token) -> Bool { QuoteScanner.isOpening(t.text) }
    static func isClosingQuote(_ t: Token) -> Bool { QuoteScanner.isClosing(t.text) }

    /// ``isNameWord(_:)`` of `tokens[i]`, the common answers read in place: passing the token on
    /// copies it, retaining and releasing its strings, for every word of the article.
    static func isNameWord(_ tokens: [Token], _ i: Int) -> Bool {
        if tokens[i].isCapitalized {
            if tokens[i].isASCII && !tokens[i].hasHyphen { return tokens[i].text != "I" }
        } else if !tokens[i].hasHyphen {
            return false
        }
        return isNameWord(tokens[i])
    }

    /// A capitalised word that can be part of a name: not a number, not "Soviet-style".
    static func isNameWord(_ t: Token) -> Bool {
        // Every particle name holds a hyphen.
        guard t.isCapitalized else { return t.hasHyphen && isParticleName(t) }
        // "I" is a pronoun; a word holding letters without case (kana, CJK: text with no spaces
        // glued to a capitalised Latin word) is not a name.
        if t.text == "I" { return false }
        // Most capitalised words: ASCII letters without a hyphen, a name word with nothing more to ask.
        if t.isASCII && !t.hasHyphen { return true }
        if t.text.utf8.contains(where: { $0 >= 0x80 }), t.text.contains(where: { $0.isLetter && !$0.isCased }) { return false }
        // The hyphen is looked for among the bytes (a Character search showed in profiles); the two
        // differ only for a hyphen carrying a combining mark, which no name holds.
        if let dash = t.text.utf8.firstIndex(of: UInt8(ascii: "-")) {
            // "Soviet-style", "Belarus-based": a name turned adjective.
            let rest = t.text[t.text.utf8.index(after: dash)...]
            if let f = rest.first, f.isLowercase { return false }
        }
        return true
    }

    /// "al-Rashid": a family-name particle, a hyphen and a capitalised name.
    static func isParticleName(_ t: Token) -> Bool {
        // Every particle is two to three lower-case letters: look at the fourth byte at most for the hyphen.
        guard t.isWord, hyphenInFirstFourBytes(t.text),
              let dash = t.text.firstIndex(of: "-"), hyphenParticles.contains(t.text[..<dash]) else { return false }
        let rest = t.text[t.text.index(after: dash)...]
        return rest.first?.isUppercase == true && rest.count >= 2
    }

    /// Whether one of the first four bytes is a hyphen: a loop over the bytes, as `prefix(4).contains`
    /// went through the generic sequence path (a quarter of the run finder's time on lower-case words).
    static func hyphenInFirstFourBytes(_ text: String) -> Bool {
        // From the string's own storage where it has one (the UTF-8 view's iterator cost ~150
        // instructions a word here, asked of every lower-case word).
        let quick = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for k in 0..<min(bytes.count, 4) where bytes[k] == UInt8(ascii: "-") { return true }
            return false
        }
        if let quick { return quick }
        var seen = 0
        for b in text.utf8 {
            if b == UInt8(ascii: "-") { return true }
            seen += 1
            if seen == 4 { return false }
        }
        return false
    }

    /// "the Interior Ministry", "the Justice Department", "Foreign Office": an office's word that also
    /// names a department, before the last word of the run when that word ends bodies' names, is
    /// part of the body, not a title before a person.
    static func isDepartment(_ tokens: [Token], _ k: Int, _ end: Int) -> Bool {
        k + 2 == end && departmentTitles.contains(tokens[k].base) && Gazetteer.organisationWords.contains(tokens[k + 1].base)
    }

    /// Letters of a position's initials before a name ("DL", "QB", "CFO", "SVP"): at most this many.
    static let longestRoleInitials = 4

    /// The word at `k` is two to `longestRoleInitials` capitals with no full stop, and a given name the
    /// list knows, written in lower case after its capital (not a shouted line), follows it with at
    /// least one more word of the run after it, none of them a word that ends bodies' names ("JP
    /// Morgan Chase Bank" stays a body).
    static func isRoleInitials(_ tokens: [Token], _ k: Int, end: Int) -> Bool {
        let word = tokens[k].text
        guard end - k == 3, (2...longestRoleInitials).contains(word.utf8.count),
              word.utf8.allSatisfy({ $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }),
              tokens[k + 1].text.utf8.contains(where: { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }),
              GivenNameGenders.shared.gender(of: tokens[k + 1].text) != nil else { return false }
        return !((k + 1)..<end).contains { Gazetteer.organisationWords.contains(tokens[$0].base) }
    }

    /// Titles that are also the first word of a department's name.
    static let departmentTitles: WordSet = ["Foreign", "Defense", "Defence", "Interior", "Finance", "Justice"]

    private static func make(_ tokens: [Token], _ r: Range<Int>, start: Bool, quoted: Bool, peel: Bool) -> NameRun {
        var lo = r.lowerBound
        var prefix: [String] = []
        if peel {
            // Peel titles and nationalities: "Ukrainian President Volodymyr Zelenskyy" → the name is the rest.
            while lo < r.upperBound - 1,
                  Gazetteer.titles.contains(tokens[lo].base) || Gazetteer.demonyms.contains(tokens[lo].base),
                  !isDepartment(tokens, lo, r.upperBound) {
                prefix.append(tokens[lo].text)
                lo += 1
            }
        }
        if peel, lo == r.lowerBound {
            // "Harvard Professor Jane Roe", "Acme Chief Executive Sam Ortiz", "Forbes Functions Founder
            // Cameron Forbes": a title or a capitalised job inside the run, with
            // a name of two words or more after it, ends a role (the body, then the title) before the name.
            var cut: Int?
            for k in (lo + 1)..<r.upperBound where r.upperBound - k >= 3
                && (Gazetteer.titles.contains(tokens[k].base) || Gazetteer.roleWords.contains(tokens[k].base)) { cut = k + 1 }
            // "Browns DL Sheldon Richardson", "Labour MP Jane Roe": a position’s initials before a given
            // name and a surname are the person's role, not a body whose name the initials open.
            // Opening the run, the initials must be no English word shouted ("TRUE Blue Crew" is a body).
            if cut == nil, let k = (lo..<r.upperBound).last(where: { isRoleInitials(tokens, $0, end: r.upperBound)
                && ($0 > lo || !EnglishLexicon.shared.isOnlyLowercase(tokens[$0].text)) }) { cut = k + 1 }
            if var start = cut {
                while r.upperBound - start > 2, Gazetteer.titles.contains(tokens[start].base) || EnglishLexicon.shared.isOnlyLowercase(tokens[start].base) {
                    start += 1
                }
                prefix = tokens[lo..<start].map(\.text)
                lo = start
            }
        }
        var name = text(of: tokens[lo..<r.upperBound])
        let possessive = tokens[r.upperBound - 1].isPossessive
        if possessive { name = String(name.dropLast(2)) }
        return NameRun(tokens: lo..<r.upperBound, whole: r, name: name, prefix: prefix,
                       atSentenceStart: start && prefix.isEmpty, quoted: quoted, possessive: possessive)
    }
}
