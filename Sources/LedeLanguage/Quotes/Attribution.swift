/// What the analysis knows of one sentence when it looks for a quotation's speaker: its tokens, which
/// tokens name which person, and which pronouns were resolved to whom.
struct SentenceInfo {
    var tokens: [Token]
    /// Token index → person id, for every token of a person's name.
    var personAt: [Int: Int] = [:]
    /// Token index → person id, for "he", "she" and the like.
    var pronounAt: [Int: Int] = [:]
    /// Token index → a capitalised speaker that is not a person ("Police", "the Kremlin").
    var otherAt: [Int: String] = [:]

    func index(ofChar c: Int) -> Int? { tokens.firstIndex { $0.range.lowerBound == c } }
}

/// Who said a quotation, found from the words around it.
///
/// ```swift
/// // “It is over,” he said.  → .person(id of the current "he"), cue "said"
/// let found = Attribution.after(close: 4, in: info, registry: registry)
/// ```
struct Attribution: Equatable {
    enum Speaker: Equatable {
        case person(Int)
        /// Named by a description only ("a police spokesman") or an organisation ("Police").
        case described(String)
    }

    var speaker: Speaker
    var cue: String
    var confidence: Double

    /// Words that may stand between a speaker and the verb: "he later said", "Smith has said".
    static let between: Set<String> = ["also", "later", "then", "has", "had", "have", "once", "again", "previously",
                                       "earlier", "recently", "publicly", "repeatedly", "would", "will", "had", "just"]

    /// `“…,” said X` / `“…,” X said` / `“…,” according to X` / `“…,” X told The Associated Press`.
    static func after(close ci: Int, in info: SentenceInfo, registry: PeopleRegistry) -> Attribution? {
        let t = info.tokens
        var k = ci + 1
        while k < t.count, !t[k].isWord, t[k].text == "," || t[k].text == "—" || t[k].text == "–" { k += 1 }
        guard k < t.count, t[k].isWord else { return nil }
        if SpeechVerbs.cues.contains(t[k].lower) {
            var s = k + 1
            if t[k].lower == "according", s < t.count, t[s].lower == "to" { s += 1 }
            if let sp = speaker(at: s, in: info, registry: registry) {
                return Attribution(speaker: sp, cue: t[k].lower == "according" ? "according to" : t[k].lower, confidence: 0.95)
            }
            return nil
        }
        guard let (sp, end) = speakerPhrase(at: k, in: info, registry: registry) else { return nil }
        var v = end
        while v < t.count, v < end + 3, Attribution.between.contains(t[v].lower) { v += 1 }
        guard v < t.count, SpeechVerbs.cues.contains(t[v].lower) else { return nil }
        let confidence: Double = { if case .person = sp { return info.pronounAt[k] != nil ? 0.85 : 0.95 }; return 0.6 }()
        return Attribution(speaker: sp, cue: t[v].lower, confidence: confidence)
    }

    /// `X said: “…”` / `X told reporters, “…”` / `according to X, “…”` / `X has called them “…”` /
    /// `…, describing him as his “…”` (the clause's subject speaks).
    static func before(open oi: Int, in info: SentenceInfo, registry: PeopleRegistry) -> Attribution? {
        let t = info.tokens
        var c = oi - 1
        while c >= 0, !(t[c].isWord && SpeechVerbs.cues.contains(t[c].lower)) { c -= 1 }
        guard c >= 0 else { return colonSubject(open: oi, in: info) }
        let cue = t[c].lower
        if cue == "according", c + 2 < oi, t[c + 1].lower == "to", let sp = speaker(at: c + 2, in: info, registry: registry) {
            return Attribution(speaker: sp, cue: "according to", confidence: 0.9)
        }
        if !cue.hasSuffix("ing") {
            var s = c - 1
            while s >= 0, Attribution.between.contains(t[s].lower) || SpeechVerbs.isAuxiliary(t[s].lower) { s -= 1 }
            if s >= 0, let sp = speakerEnding(at: s, in: info) {
                return Attribution(speaker: sp, cue: cue, confidence: 0.85)
            }
            // "Ingrid Salo, the festival director, described …", "X, Senior Vice President of Sales for
            // Acme, Inc., says": back over the apposition (commas and all) to the earliest name before it.
            if s >= 1, t[s].text == "," {
                let lowest = max(1, s - Attribution.longestApposition)
                if let open = (lowest..<s).first(where: { t[$0].text == "," && info.personAt[$0 - 1] != nil }),
                   let sp = speakerEnding(at: open - 1, in: info) {
                    return Attribution(speaker: sp, cue: cue, confidence: 0.8)
                }
            }
            // "said Smith: “…”".
            if SpeechVerbs.inverted.contains(cue), let sp = speaker(at: c + 1, in: info, registry: registry) {
                return Attribution(speaker: sp, cue: cue, confidence: 0.85)
            }
        }
        // A participle ("describing", "saying") or a verb far from its subject: the subject of the
        // clause is the last person named before it whose name is followed by a verb, not a comma.
        var s = c - 1
        while s >= 0 {
            if let id = info.personAt[s] ?? info.pronounAt[s], s + 1 < t.count, info.personAt[s + 1] == nil,
               t[s + 1].isWord, t[s + 1].text.first?.isLowercase == true {
                return Attribution(speaker: .person(id), cue: cue, confidence: 0.7)
            }
            s -= 1
        }
        return nil
    }

    /// Words after the verb of a sentence of attribution ("wrote on his blog on Sunday"): at most this many.
    static let longestTrailingPhrase = 6

    /// `Vasquez quickly deflected: “…”`: a quotation after a colon, its sentence's subject the first
    /// person named, followed by a word in lower case (a verb or an adverb), before the colon.
    static func colonSubject(open oi: Int, in info: SentenceInfo) -> Attribution? {
        let t = info.tokens
        guard oi >= 1, t[oi - 1].text == ":" else { return nil }
        for s in 0..<(oi - 1) {
            guard let id = info.personAt[s] ?? info.pronounAt[s] else { continue }
            var e = s
            while e < oi, info.personAt[e] == id { e += 1 }
            if e == s { e += 1 }
            guard e < oi - 1, t[e].isWord, t[e].text.first?.isLowercase == true else { return nil }
            return Attribution(speaker: .person(id), cue: "", confidence: 0.75)
        }
        return nil
    }

    /// `X said.` / `said X.` / `X, the editor of the Post, wrote on Twitter.` opening the sentence after
    /// a quotation that stands alone.
    static func opening(of info: SentenceInfo, registry: PeopleRegistry) -> Attribution? {
        let t = info.tokens
        guard let first = t.firstIndex(where: \.isWord) else { return nil }
        if SpeechVerbs.inverted.contains(t[first].lower), let sp = speaker(at: first + 1, in: info, registry: registry) {
            return Attribution(speaker: sp, cue: t[first].lower, confidence: 0.7)
        }
        guard let (sp, phraseEnd) = speakerPhrase(at: first, in: info, registry: registry) else { return nil }
        // "Kertesz, the editor of the Valley Post, wrote": an apposition between the name and the verb.
        var end = phraseEnd
        if end < t.count, t[end].text == ",", let close = t[(end + 1)...].firstIndex(where: { $0.text == "," }),
           close + 1 < t.count, SpeechVerbs.cues.contains(t[close + 1].lower) || Attribution.between.contains(t[close + 1].lower) {
            end = close + 1
        }
        while end < t.count, Attribution.between.contains(t[end].lower) { end += 1 }
        guard end < t.count, SpeechVerbs.cues.contains(t[end].lower) else { return nil }
        // Only a sentence of attribution ("Smith said.", "Smith wrote on Twitter."), not any sentence
        // that starts with someone saying something else.
        let rest = t[(end + 1)...].filter(\.isWord)
        let short = rest.count <= 2
            || rest.count <= Attribution.longestTrailingPhrase && Appositives.prepositions.contains(rest[rest.startIndex].lower)
            && !rest.contains { $0.lower == "that" }
        guard short else { return nil }
        return Attribution(speaker: sp, cue: t[end].lower, confidence: 0.7)
    }

    /// The speaker named at token `k`.
    static func speaker(at k: Int, in info: SentenceInfo, registry: PeopleRegistry) -> Speaker? {
        speakerPhrase(at: k, in: info, registry: registry)?.0
    }

    /// A speaker starting at token `k` and the index just past it: a person's name, a resolved
    /// pronoun, "the 19-year-old" / "the businessman", or a described speaker ("a police spokesman").
    static func speakerPhrase(at k: Int, in info: SentenceInfo, registry: PeopleRegistry) -> (Speaker, Int)? {
        let t = info.tokens
        guard k < t.count else { return nil }
        // A title before the name ("said Dr. Ines Carvalho", "Sen. Roe said") is not part of it.
        if info.personAt[k] == nil, Gazetteer.titles.contains(t[k].text) {
            var n = k + 1
            if n < t.count, t[n].text == "." { n += 1 }
            if n < t.count, info.personAt[n] != nil { return speakerPhrase(at: n, in: info, registry: registry) }
        }
        if let id = info.personAt[k] {
            var e = k
            while e < t.count, info.personAt[e] == id { e += 1 }
            return (.person(id), e)
        }
        if let id = info.pronounAt[k] { return (.person(id), k + 1) }
        // "Northgate Bank economist Ruth Ellory", "structural engineer Paulo Mendes": a role, and the
        // body the person speaks for, stand before the name.
        if let n = nameAfterDescription(from: k, in: info) { return speakerPhrase(at: n, in: info, registry: registry) }
        if let other = info.otherAt[k] {
            var e = k + 1
            while e < t.count, info.otherAt[e] == other { e += 1 }
            return (.described(other), e)
        }
        guard Appositives.determiners.contains(t[k].text) else { return nil }
        var e = k + 1
        var words: [String] = []
        while e < t.count, t[e].isWord, !SpeechVerbs.cues.contains(t[e].lower), !Attribution.between.contains(t[e].lower),
              t[e].lower != "who", words.count < 6 {
            words.append(t[e].text)
            e += 1
        }
        guard let last = words.last else { return nil }
        if let age = Appositives.age(in: last), let id = registry.find(age: age) { return (.person(id), e) }
        if t[k].lower == "the", let id = registry.find(noun: last) { return (.person(id), e) }
        return (.described(([t[k].text] + words).joined(separator: " ")), e)
    }

    /// Tokens of an apposition between a speaker's name and the verb ("Salo, the festival director,"): at most this many.
    static let longestApposition = 14

    /// A verb of saying before token `oi` in the sentence: the quoted words are reported speech
    /// ("lamented the “bickering”").
    static func reportedSpeech(before oi: Int, in info: SentenceInfo) -> Bool {
        info.tokens[..<oi].contains { $0.isWord && SpeechVerbs.cues.contains($0.lower) && !SpeechVerbs.naming.contains($0.lower) }
    }

    /// Words of a role before a name: at most this many ("senior Northgate Bank economist").
    static let longestRole = 5

    /// Words that end a role read forwards: a name after them is not the speaker ("the wife of X").
    static let notRole: Set<String> = ["of", "and", "or", "who", "that", "which", "to", "for", "with", "by", "from", "in",
                                       "on", "at", "about", "than", "as", "like", "but", "if", "when"]

    /// The first token of a person's name that follows a role of a few words starting at `k`.
    static func nameAfterDescription(from k: Int, in info: SentenceInfo) -> Int? {
        let t = info.tokens
        var n = k
        while n < t.count, n < k + longestRole, info.personAt[n] == nil {
            guard t[n].isWord, !notRole.contains(t[n].lower), !SpeechVerbs.cues.contains(t[n].lower),
                  info.pronounAt[n] == nil else { return nil }
            n += 1
        }
        return n > k && n < t.count && info.personAt[n] != nil ? n : nil
    }

    /// The speaker whose phrase ends at token `s` (reading backwards from a verb).
    static func speakerEnding(at s: Int, in info: SentenceInfo) -> Speaker? {
        if let id = info.personAt[s] ?? info.pronounAt[s] { return .person(id) }
        if let other = info.otherAt[s] { return .described(other) }
        return nil
    }
}
