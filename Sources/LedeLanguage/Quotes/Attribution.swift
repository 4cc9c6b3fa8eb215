import LedeCore
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

    /// The token that starts at character `offset`: a binary search, as tokens are in text order (a
    /// scan from the first token for every quotation mark grew with the square of a paragraph's length).
    func index(ofChar offset: Int) -> Int? {
        let i = StoryAnalysis.partition(tokens.count) { tokens[$0].range.lowerBound >= offset }
        return i < tokens.count && tokens[i].range.lowerBound == offset ? i : nil
    }
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
    var confidence: AttributionConfidence

    /// Words that may stand between a speaker and the verb: "he later said", "Smith has said".
    static let between: WordSet = ["also", "later", "then", "has", "had", "have", "once", "again", "previously",
                                       "earlier", "recently", "publicly", "repeatedly", "would", "will", "had", "just"]

    /// Shortest adverb in "-ly" that may stand between a speaker and the verb ("Thomas allegedly told").
    static let shortestAdverb = 5

    /// A word that may stand between a speaker and the verb: one of `between` or an adverb in "-ly".
    static func isBetween(_ token: Token) -> Bool {
        between.contains(token.lower)
            || token.isWord && token.lower.hasSuffix("ly") && token.lower.count >= shortestAdverb && token.text.first?.isLowercase == true
    }

    /// `“…,” said X` / `“…,” X said` / `“…,” according to X` / `“…,” X told The Associated Press`.
    static func after(close: Int, in info: SentenceInfo, registry: PeopleRegistry) -> Attribution? {
        let tokens = info.tokens
        var next = close + 1
        while next < tokens.count, !tokens[next].isWord, tokens[next].text == "," || tokens[next].text == "—" || tokens[next].text == "–" || tokens[next].text == "-" { next += 1 }
        guard next < tokens.count, tokens[next].isWord else { return nil }
        // `“…” — Dennis Aldous, plant manager`: a signature after a dash, ending the sentence or
        // followed by a comma and the role.
        if next > close + 1, ["—", "–", "-"].contains(tokens[next - 1].text), let (who, end) = speakerPhrase(at: next, in: info, registry: registry),
           case .person = who, end >= tokens.count || !tokens[end].isWord {
            return Attribution(speaker: who, cue: "", confidence: .subjectOfClause)
        }
        // `“…” - that was the verdict of former mayor Ian Fell.`
        if let view = viewOf(info, from: next) { return view }
        if SpeechVerbs.isCue(at: next, in: info) {
            var start = next + 1
            if tokens[next].lower == "according", start < tokens.count, tokens[start].lower == "to" { start += 1 }
            if let who = speaker(at: start, in: info, registry: registry) {
                return Attribution(speaker: who, cue: tokens[next].lower == "according" ? "according to" : tokens[next].lower,
                                   confidence: .namedAfterVerb)
            }
            return nil
        }
        // `“…,” countered Gideon Marsh, who …`: any verb in the past before a person's name that ends
        // the sentence or an apposition opens after it.
        if isVerbOfManner(tokens[next]), let (who, end) = speakerPhrase(at: next + 1, in: info, registry: registry), case .person = who,
           end >= tokens.count || !tokens[end].isWord {
            return Attribution(speaker: who, cue: tokens[next].lower, confidence: .subjectOfClause)
        }
        // `“…,” comments Johnston in a statement,`: a verb in the present before a person's name that
        // the clause ends with, or that a preposition or a time word follows.
        if isPresentVerb(tokens[next]), let (who, end) = speakerPhrase(at: next + 1, in: info, registry: registry), case .person = who,
           info.pronounAt[next + 1] == nil, StoryAnalysis.endsInvertedSpeaker(after: end, tokens) {
            return Attribution(speaker: who, cue: tokens[next].lower, confidence: .subjectOfClause)
        }
        guard var (who, end) = speakerPhrase(at: next, in: info, registry: registry) else { return pluralSpeaker(at: next, in: info) }
        // `“…,” Sen. Mark Dorsey (D-Calif.) said`: a parenthesis after the name.
        end = pastParenthesis(at: end, in: tokens)
        // `“…,” the senator's aide, Pauline Ogier, told CNN` / `“…,” Ogier, 54, said`: an apposition
        // between the speaker and the verb; a person named inside it is the speaker.
        var acrossApposition = false
        // `“…,” the senator's aide, Pauline Ogier, told CNN`: the role's phrase took the name set off
        // after it, and the verb follows its comma.
        // "Imhof’s deputy, Petra Holm, told": the owner's name opens the phrase, not the speaker's.
        if end < tokens.count, tokens[end].text == ",", case .person(let id) = who, tokens[next].isWord,
           tokens[next].text.first?.isLowercase == true || info.personAt[next].map({ $0 != id }) == true {
            var verb = end + 1
            while verb < tokens.count, verb < end + 4, Attribution.isBetween(tokens[verb]) { verb += 1 }
            if verb < tokens.count, SpeechVerbs.isCueAfterSpeaker(tokens[verb].lower) {
                end += 1
                acrossApposition = true
            }
        }
        // `“…,” Brisk, who has led the branch since 2009 and who negotiated …, said`: a relative clause
        // runs longer than an apposition; the verb follows its last comma.
        if !acrossApposition, case .person = who, end + 1 < tokens.count, tokens[end].text == ",", relativeOpeners.contains(tokens[end + 1].lower),
           let close = tokens.indices[(end + 2)...].prefix(Attribution.longestRelativeClause).first(where: { comma in
               tokens[comma].text == "," && comma + 1 < tokens.count && SpeechVerbs.isCueAfterSpeaker(tokens[comma + 1].lower)
           }) {
            end = close + 1
            acrossApposition = true
        }
        // "Jim Chilton, senior vice president at Boeing Defense, Space, and Security, said": commas
        // inside the apposition; it ends at the comma a verb of saying follows, else at the first.
        func verbFollows(_ comma: Int) -> Bool {
            var verb = comma + 1
            while verb < tokens.count, verb < comma + 4, Attribution.isBetween(tokens[verb]) { verb += 1 }
            return verb < tokens.count && SpeechVerbs.isCueAfterSpeaker(tokens[verb].lower)
        }
        let commas = end < tokens.count ? tokens.indices[(end + 1)...].prefix(Attribution.longestCommaApposition).filter { tokens[$0].text == "," } : []
        if !acrossApposition, end < tokens.count, tokens[end].text == ",",
           let close = commas.first(where: verbFollows) ?? commas.first(where: { $0 <= end + Attribution.longestApposition }) {
            var verb = close + 1
            while verb < tokens.count, verb < close + 4, Attribution.isBetween(tokens[verb]) { verb += 1 }
            if verb < tokens.count, SpeechVerbs.isCueAfterSpeaker(tokens[verb].lower) {
                if case .described = who, let named = ((end + 1)..<close).first(where: { info.personAt[$0] != nil }),
                   let id = info.personAt[named] {
                    who = .person(id)
                }
                end = close + 1
                acrossApposition = true
            }
        }
        var verb = end
        while verb < tokens.count, verb < end + 3, Attribution.isBetween(tokens[verb]) { verb += 1 }
        guard verb < tokens.count else { return nil }
        // `“…,” Aske concedes.`: a verb of saying in the present that news rarely writes is read for a
        // person only ("the report concludes" is no one's voice the story gives).
        let person: Bool
        if case .person = who { person = true } else { person = false }
        // `“…,” the lawsuit reads.`: a document's words.
        if !person, Attribution.documentVerbs.contains(tokens[verb].lower) {
            return Attribution(speaker: who, cue: tokens[verb].lower, confidence: .describedSpeaker)
        }
        guard SpeechVerbs.isCue(tokens[verb].lower) || person && SpeechVerbs.isCueAfterSpeaker(tokens[verb].lower) else {
            // `“…,” she beamed afterwards.`: a person, then any verb in the past, closing a short
            // sentence: the words after a quotation and its comma say who spoke them.
            // `“…,” Mattson offers, “…”`: the quotation resumes after the clause, so its one verb,
            // whatever it is, says who speaks.
            guard !acrossApposition, case .person = who, isVerbOfManner(tokens[verb]) || resumesQuotation(after: verb, in: tokens) else { return nil }
            if resumesQuotation(after: verb, in: tokens) {
                return Attribution(speaker: who, cue: tokens[verb].lower, confidence: .subjectOfClause)
            }
            let rest = tokens[(verb + 1)...].filter(\.isWord)
            guard rest.count <= Attribution.longestTrailingPhrase, !rest.contains(where: { $0.lower == "that" }) else { return nil }
            return Attribution(speaker: who, cue: tokens[verb].lower, confidence: .subjectOfClause)
        }
        if acrossApposition, case .person = who {
            return Attribution(speaker: who, cue: tokens[verb].lower, confidence: .acrossApposition)
        }
        let confidence: AttributionConfidence
        if case .person = who {
            confidence = info.pronounAt[next] != nil ? .pronounOrNamedBefore : .namedAfterVerb
        } else {
            confidence = .describedSpeaker
        }
        return Attribution(speaker: who, cue: tokens[verb].lower, confidence: confidence)
    }

    /// Tokens, words and marks, that a look back from a quotation's opening mark reads: for its verb
    /// of saying, and from that verb for its subject. Far more than any sentence of news puts between
    /// a speaker, the verb and the words ("Roe said on Tuesday, in a statement her office released
    /// after the vote, that …" is 20); a hostile paragraph of 8,000 quotations and no full stop made
    /// each look-back read the whole paragraph, which grew with the square of its length.
    static let longestReach = 80

    /// Forms of "be" that make the verb after them passive ("was announced", "were told").
    static let passiveAuxiliaries: WordSet = ["was", "were", "is", "are", "been", "being", "be"]

    /// `X said: “…”` / `X told reporters, “…”` / `according to X, “…”` / `X has called them “…”` /
    /// `…, describing him as his “…”` (the clause's subject speaks).
    /// With `participles`, "noting", "explaining", "arguing" (`SpeechVerbs.participleCues`) count too:
    /// for a quotation long enough to be someone's words whatever introduces it.
    static func before(open: Int, in info: SentenceInfo, registry: PeopleRegistry, participles: Bool = false) -> Attribution? {
        let tokens = info.tokens
        let reach = max(0, open - longestReach)
        var cueIndex = open - 1
        while cueIndex >= reach, !(tokens[cueIndex].isWord && (SpeechVerbs.isCue(at: cueIndex, in: info)
                                                           || participles && SpeechVerbs.participleCues.contains(tokens[cueIndex].lower))) {
            cueIndex -= 1
        }
        guard cueIndex >= reach else { return colonSubject(open: open, in: info, registry: registry) }
        // "Egypt and Jordan criticised the shift, with Foreign Minister Ayman Safadi warning of “…”":
        // a person's name, then a participle of a verb of saying between the sentence's verb and the
        // quotation, names its voice; the verb further back belongs to the sentence's subject. Read
        // only where that verb already makes the words a quotation, so no quoted term becomes one.
        if cueIndex + 2 < open,
           let participle = ((cueIndex + 2)..<open).last(where: { SpeechVerbs.participleCues.contains(tokens[$0].lower) && info.personAt[$0 - 1] != nil }),
           let id = info.personAt[participle - 1] {
            return Attribution(speaker: .person(id), cue: tokens[participle].lower, confidence: .subjectOfClause)
        }
        let cue = tokens[cueIndex].lower
        if cue == "according", cueIndex + 2 < open, tokens[cueIndex + 1].lower == "to",
           let who = speaker(at: cueIndex + 2, in: info, registry: registry) {
            return Attribution(speaker: who, cue: "according to", confidence: .accordingToBefore)
        }
        // "a year after the closure was announced": a verb of saying in the passive has no speaker for
        // a subject.
        if cueIndex >= 1, passiveAuxiliaries.contains(tokens[cueIndex - 1].lower), !cue.hasSuffix("ing") { return nil }
        if !cue.hasSuffix("ing") {
            var subject = cueIndex - 1
            while subject >= 0, Attribution.isBetween(tokens[subject]) || SpeechVerbs.isAuxiliary(tokens[subject].lower) {
                subject -= 1
            }
            // "Mark Dorsey (D-Calif.) said": back over the parenthesis to the name.
            if subject >= 1, tokens[subject].text == ")",
               let open = (max(0, subject - longestParenthesis)..<subject).last(where: { tokens[$0].text == "(" }), open >= 1 {
                subject = open - 1
            }
            // "James Kennedy Jr. said": the stop of an abbreviation that ends the name.
            if subject >= 1, tokens[subject].text == ".", info.personAt[subject - 1] != nil { subject -= 1 }
            // "Grace Whitlock of Ferris Research said": the person, not the body they work for.
            if subject >= 0, let id = affiliated(endingAt: subject, in: info) {
                return Attribution(speaker: .person(id), cue: cue, confidence: .pronounOrNamedBefore)
            }
            // "A spokesman for Kavanagh said:": the name is whom the speaker speaks for.
            if subject >= 0, let agent = onBehalf(endingAt: subject, in: info) {
                return Attribution(speaker: agent, cue: cue, confidence: .describedSpeaker)
            }
            if subject >= 0, let who = speakerEnding(at: subject, in: info) {
                return Attribution(speaker: who, cue: cue, confidence: .pronounOrNamedBefore)
            }
            // "The minister added:" / "a hospital spokeswoman said:": a role, the person who holds it
            // when the story named them.
            if subject >= 0, let who = role(endingAt: subject, in: info, registry: registry) {
                if case .person = who { return Attribution(speaker: who, cue: cue, confidence: .subjectOfClause) }
                return Attribution(speaker: who, cue: cue, confidence: .describedSpeaker)
            }
            // "the tenant, Samira Haddad, said: “…”": the name is itself the apposition before the verb.
            // Not a name governed by a preposition ("a resident of Palpur village under Godagari
            // Upazila, told"): that is the end of an apposition whose speaker stands before it.
            if subject >= 1, tokens[subject].text == ",", case .person(let id)? = speakerEnding(at: subject - 1, in: info),
               !isObjectOfPreposition(endingAt: subject - 1, in: info) {
                return Attribution(speaker: .person(id), cue: cue, confidence: .acrossApposition)
            }
            // "Ingrid Salo, the festival director, described …", "X, Senior Vice President of Sales for
            // Acme, Inc., says": back over the apposition (commas and all) to the earliest name before it.
            if subject >= 1, tokens[subject].text == "," {
                let lowest = max(1, subject - Attribution.longestCommaApposition)
                if let comma = (lowest..<subject).first(where: { tokens[$0].text == "," && info.personAt[$0 - 1] != nil }),
                   let who = speakerEnding(at: comma - 1, in: info) {
                    return Attribution(speaker: who, cue: cue, confidence: .acrossApposition)
                }
            }
            // "said Smith: “…”"; not "said the government was “…”", where what follows the verb is
            // the reported clause.
            if SpeechVerbs.inverted.contains(cue), let (who, end) = speakerPhrase(at: cueIndex + 1, in: info, registry: registry) {
                if case .person = who { return Attribution(speaker: who, cue: cue, confidence: .pronounOrNamedBefore) }
                if end < open, tokens[end].text == ":" || tokens[end].text == "," {
                    return Attribution(speaker: who, cue: cue, confidence: .describedSpeaker)
                }
            }
        }
        // A participle ("describing", "saying") or a verb far from its subject: the subject of the
        // clause is the last person named before it whose name is followed by a verb, not a comma.
        var subject = cueIndex - 1
        while subject >= max(0, cueIndex - longestReach) {
            // "his", "her" and "him" are never a clause's subject ("Her deputy, …, rejected it, saying …").
            let pronoun = info.pronounAt[subject].flatMap { SpeechVerbs.subjectPronouns.contains(tokens[subject].lower) ? $0 : nil }
            // "called Kirk a “liar” and said": a name before a determiner or a preposition is an
            // object, not a subject before its verb.
            if let id = info.personAt[subject] ?? pronoun, !tokens[subject].isPossessive, subject + 1 < tokens.count, info.personAt[subject + 1] == nil,
               tokens[subject + 1].isWord && tokens[subject + 1].text.first?.isLowercase == true
                && !Appositives.determiners.contains(tokens[subject + 1].text) && !Appositives.prepositions.contains(tokens[subject + 1].lower)
                || closesApposition(at: subject, in: info) {
                return Attribution(speaker: .person(id), cue: cue, confidence: .subjectOfClause)
            }
            subject -= 1
        }
        // `Asked about the appeal, Solberg was brief: “…”`: a verb of saying with no subject (the
        // participle opening the sentence) leaves the colon's subject to say who speaks.
        return colonSubject(open: open, in: info, registry: registry)
    }

    /// The person's name ending at `end` follows a preposition ("under Godagari Upazila", "of Roe").
    static func isObjectOfPreposition(endingAt end: Int, in info: SentenceInfo) -> Bool {
        guard let id = info.personAt[end] else { return false }
        var start = end
        while start > 0, info.personAt[start - 1] == id { start -= 1 }
        return start >= 1 && (Appositives.prepositions.contains(info.tokens[start - 1].text) || notRole.contains(info.tokens[start - 1].text))
    }

    /// Words that follow a name set off by commas without being its verb ("Roe, who …", "Roe, the …").
    static let notVerbAfterApposition: WordSet = ["who", "whom", "whose", "which", "that", "and", "or", "but", "a", "an",
                                                      "the", "of", "in", "at", "for", "with", "said", "says", "told"]

    /// "Her deputy, Rui Figueiredo, rejected …": the name at `end` stands between commas and a verb
    /// in lower case follows the second one, so the name is the clause's subject.
    static func closesApposition(at end: Int, in info: SentenceInfo) -> Bool {
        let tokens = info.tokens
        guard let id = info.personAt[end], end + 2 < tokens.count, tokens[end + 1].text == "," else { return false }
        var start = end
        while start > 0, info.personAt[start - 1] == id { start -= 1 }
        guard start >= 1, tokens[start - 1].text == "," else { return false }
        let next = tokens[end + 2]
        // A participle after the comma ("ally, Putin, describing him as …") belongs to the clause's
        // subject before the apposition, not to the name inside it.
        return next.isWord && next.text.first?.isLowercase == true && !notVerbAfterApposition.contains(next.lower)
            && !next.lower.hasSuffix("ing")
    }

    /// Prepositions that join a person to the body they work for: "Roe of Ferris Research".
    static let affiliations: WordSet = ["of", "at", "from"]

    /// "Grace Whitlock of Ferris Research" read back from the organisation's last word at `end`: the person.
    static func affiliated(endingAt end: Int, in info: SentenceInfo) -> Int? {
        let tokens = info.tokens
        var index = end
        while index >= 0, end - index < longestRole, info.personAt[index] == nil, info.otherAt[index] != nil || tokens[index].isCapitalized {
            index -= 1
        }
        guard index < end, index >= 1 else { return nil }
        if tokens[index].lower == "the" { index -= 1 }
        guard index >= 1, affiliations.contains(tokens[index].text) else { return nil }
        return info.personAt[index - 1]
    }

    /// Prepositions after which a name is whom the speaker acts for: "a spokesman for Kavanagh",
    /// "a lawyer for the family of Roe", "an aide to Roe".
    static let onBehalfOf: WordSet = ["for", "of", "to"]

    /// "A spokesman for Kavanagh" read back from the name ending at `end`: the description, when a
    /// determiner opens it a few words before the preposition.
    static func onBehalf(endingAt end: Int, in info: SentenceInfo) -> Speaker? {
        let tokens = info.tokens
        guard let id = info.personAt[end] else { return nil }
        var start = end
        while start > 0, info.personAt[start - 1] == id { start -= 1 }
        guard start >= 2, onBehalfOf.contains(tokens[start - 1].text) else { return nil }
        var head = start - 2
        while head >= 0, start - head <= longestRole, tokens[head].isWord, !Appositives.determiners.contains(tokens[head].text) {
            guard tokens[head].text.first?.isLowercase == true else { return nil }
            head -= 1
        }
        guard head >= 0, Appositives.determiners.contains(tokens[head].text) else { return nil }
        return .described(tokens[head...end].map(\.text).joined(separator: " "))
    }

    /// "the minister" / "a hospital spokeswoman" read back from its last word at `end` (in lower
    /// case): the person last described or titled with that word, else the description itself.
    static func role(endingAt end: Int, in info: SentenceInfo, registry: PeopleRegistry) -> Speaker? {
        let tokens = info.tokens
        // "The 56-year-old said": the person of that age, else the description (the focus takes it later).
        if end >= 1, tokens[end - 1].lower == "the", let age = Appositives.age(in: tokens[end].lower) {
            if let id = registry.find(age: age) { return .person(id) }
            return .described(tokens[(end - 1)...end].map(\.text).joined(separator: " "))
        }
        guard tokens[end].isWord, tokens[end].text.first?.isLowercase == true, !notRole.contains(tokens[end].lower),
              !isBetween(tokens[end]), !SpeechVerbs.isAuxiliary(tokens[end].lower) else { return nil }
        var head = end - 1
        // "A Harlow police spokesperson", "the White House press secretary": capitalised words inside
        // a role name whom the speaker works for, not who speaks.
        while head >= 0, end - head <= longestRole, tokens[head].isWord, !Appositives.determiners.contains(tokens[head].text),
              tokens[head].text.first?.isLowercase == true && !notRole.contains(tokens[head].lower) || tokens[head].isCapitalized {
            head -= 1
        }
        guard head >= 0, Appositives.determiners.contains(tokens[head].text) else { return nil }
        // "a spokesman for the airline": the role is the phrase before the preposition.
        // "… Obama in the call had confirmed": after any other preposition the phrase is no subject.
        if head >= 2, onBehalfOf.contains(tokens[head - 1].text), case .described(let phrase)? = role(endingAt: head - 2, in: info, registry: registry) {
            return .described(phrase + " " + tokens[(head - 1)...end].map(\.text).joined(separator: " "))
        }
        if head >= 1, tokens[head - 1].isWord, notRole.contains(tokens[head - 1].lower) || Appositives.prepositions.contains(tokens[head - 1].lower) {
            return nil
        }
        if tokens[head].lower == "the", let id = registry.find(noun: tokens[end].lower) { return .person(id) }
        return .described(tokens[head...end].map(\.text).joined(separator: " "))
    }

    /// Words after the verb of a sentence of attribution ("wrote on his blog on Sunday"): at most this many.
    static let longestTrailingPhrase = 6

    /// `Vasquez quickly deflected: “…”`: a quotation after a colon, its sentence's subject the first
    /// person named, followed by a word in lower case (a verb or an adverb), before the colon.
    static func colonSubject(open: Int, in info: SentenceInfo, registry: PeopleRegistry? = nil) -> Attribution? {
        let tokens = info.tokens
        guard open >= 1, tokens[open - 1].text == ":" else { return nil }
        if let registry, let id = roleOpening(before: open - 1, in: info, registry: registry) {
            return Attribution(speaker: .person(id), cue: "", confidence: .subjectOfClause)
        }
        for start in max(0, open - 1 - longestReach)..<(open - 1) {
            guard let id = info.personAt[start] ?? info.pronounAt[start] else { continue }
            var end = start
            while end < open, info.personAt[end] == id { end += 1 }
            if end == start { end += 1 }
            // `Talbot: “…”` (a transcript's or a Q&A's speaker): the name is all there is before the colon.
            if end == open - 1, info.personAt[start] != nil, start < longestReach, !tokens[..<start].contains(where: \.isWord) {
                return Attribution(speaker: .person(id), cue: "", confidence: .subjectBeforeColon)
            }
            // "The union's secretary, Kwabena Asante, addressed the crowd:": the name set off by commas
            // before a verb is the subject too.
            guard end < open - 1, tokens[end].isWord && tokens[end].text.first?.isLowercase == true
                || info.personAt[start] != nil && closesApposition(at: end - 1, in: info) else { return nil }
            return Attribution(speaker: .person(id), cue: "", confidence: .subjectBeforeColon)
        }
        return nil
    }

    /// `The coach was blunt: “…”`: the sentence opens on "The" and a role the story gave someone (the
    /// person last given it: `role(endingAt:)`), followed by a word in lower case (its verb) before the
    /// colon at `colon`, with no person named before the colon. That person, else nil.
    static func roleOpening(before colon: Int, in info: SentenceInfo, registry: PeopleRegistry) -> Int? {
        let tokens = info.tokens
        guard let first = tokens.firstIndex(where: \.isWord), first < colon, tokens[first].text == "The",
              !(first..<colon).contains(where: { info.personAt[$0] != nil || info.pronounAt[$0] != nil }) else { return nil }
        for end in (first + 1)..<min(colon - 1, first + 1 + longestRole) {
            guard tokens[end].isWord, tokens[end].startsLowercase else { return nil }
            let verb = tokens[end + 1]
            guard verb.isWord, verb.startsLowercase, !notRole.contains(verb.lower), !Appositives.determiners.contains(verb.text),
                  case .person(let id)? = role(endingAt: end, in: info, registry: registry) else { continue }
            return id
        }
        return nil
    }

    /// `X said.` / `said X.` / `X, the editor of the Post, wrote on Twitter.` opening the sentence after
    /// a quotation that stands alone.
    static func opening(of info: SentenceInfo, registry: PeopleRegistry) -> Attribution? {
        let tokens = info.tokens
        guard let first = tokens.firstIndex(where: \.isWord) else { return nil }
        if let view = viewOf(info, from: first) { return view }
        // A signature line under a quotation: `— Dennis Aldous, plant manager`.
        if first == 1, ["—", "–", "-"].contains(tokens[0].text), let (who, end) = speakerPhrase(at: first, in: info, registry: registry),
           case .person = who, end >= tokens.count || !tokens[end].isWord {
            return Attribution(speaker: who, cue: "", confidence: .subjectOfClause)
        }
        if SpeechVerbs.inverted.contains(tokens[first].lower), let who = speaker(at: first + 1, in: info, registry: registry) {
            return Attribution(speaker: who, cue: tokens[first].lower, confidence: .subjectOfClause)
        }
        guard let (who, phraseEnd) = speakerPhrase(at: first, in: info, registry: registry) else { return nil }
        // "Kertesz, the editor of the Valley Post, wrote": an apposition between the name and the verb.
        var end = phraseEnd
        // Commas inside the apposition ("at Boeing Defense, Space, and Security,"): the one a verb follows.
        if end < tokens.count, tokens[end].text == ",",
           let close = tokens.indices[(end + 1)...].prefix(Attribution.longestCommaApposition).first(where: { comma in
               tokens[comma].text == "," && comma + 1 < tokens.count
                   && (SpeechVerbs.isCue(tokens[comma + 1].lower) || Attribution.isBetween(tokens[comma + 1]))
           }) {
            end = close + 1
        }
        while end < tokens.count, Attribution.isBetween(tokens[end]) { end += 1 }
        guard end < tokens.count else { return nil }
        if case .person = who {
            guard SpeechVerbs.isCueAfterSpeaker(tokens[end].lower) else { return nil }
        } else {
            guard SpeechVerbs.isCue(tokens[end].lower) else { return nil }
        }
        // Only a sentence of attribution ("Smith said.", "Smith wrote on Twitter."), not any sentence
        // that starts with someone saying something else.
        let rest = Array(tokens[(end + 1)...].filter(\.isWord))
        let short = rest.count <= 2
            || rest.count <= Attribution.longestTrailingPhrase && !rest.contains { $0.lower == "that" }
            && (Appositives.prepositions.contains(rest[0].lower)
                // "Pennock said it with a laugh.": "it" or "so" is the quotation, when no clause follows.
                || referringBack.contains(rest[0].lower) && Appositives.prepositions.contains(rest[1].lower))
        guard short else { return nil }
        return Attribution(speaker: who, cue: tokens[end].lower, confidence: .subjectOfClause)
    }

    /// Tokens of a sentence-final clause of attribution after its comma ("…, says Mellor, a dietitian
    /// at …"): at most this many.
    static let longestClosingClause = 24

    /// `…, but “clinical trials have not shown it” in healthy people, says Mellor.` / `“…,” which is …,
    /// “…,” Fontana explains.`: a quotation inside a sentence whose attribution closes the sentence
    /// later, after a comma or after the sentence's last quotation. Read from the sentence's end: the
    /// last comma or closing mark after the quotation that a clause of attribution follows, that clause
    /// running to the sentence's end with no quotation in it.
    static func closingClause(after close: Int, in info: SentenceInfo, registry: PeopleRegistry) -> Attribution? {
        let tokens = info.tokens
        guard close + 1 < tokens.count else { return nil }
        for mark in tokens.indices[(close + 1)...].reversed() {
            let text = tokens[mark].text
            let closing = text == "\"" || text.unicodeScalars.count == 1 && text.unicodeScalars.first.map(QuoteScanner.isDoubleCloser) == true
            guard text == "," || closing else {
                // Another quotation's opening mark: what follows is its attribution, not this one's.
                if QuoteScanner.isOpening(text), text != "’" { return nil }
                continue
            }
            guard tokens.count - mark <= longestClosingClause else { return nil }
            if let found = after(close: mark, in: info, registry: registry) {
                return Attribution(speaker: found.speaker, cue: found.cue, confidence: .subjectOfClause)
            }
            if text == "\"" { return nil }
        }
        return nil
    }

    /// `As Ode put it, “…”`, `In Aske's words, “…”`, `In the words of Aske, “…”`, `To quote Aske, “…”`:
    /// a phrase right before the opening mark (and its comma) that names whose words follow.
    static func framing(open: Int, in info: SentenceInfo) -> Attribution? {
        let tokens = info.tokens
        var end = open - 1
        if end >= 0, tokens[end].text == "," || tokens[end].text == ":" { end -= 1 }
        guard end >= 1, tokens[end].isWord else { return nil }
        func framed(_ id: Int) -> Attribution { Attribution(speaker: .person(id), cue: "", confidence: .subjectOfClause) }
        // "as Ode put it", "as Ode, the union's lawyer, put it" (back over the apposition to the name)
        if tokens[end].lower == "it", end >= 3, ["put", "puts"].contains(tokens[end - 1].lower) {
            var nameEnd = end - 2
            if tokens[nameEnd].text == ",", info.personAt[nameEnd] == nil,
               let comma = (max(1, nameEnd - longestCommaApposition)..<nameEnd).first(where: { tokens[$0].text == "," && info.personAt[$0 - 1] != nil }) {
                nameEnd = comma - 1
            }
            if let id = info.personAt[nameEnd] {
                var start = nameEnd
                while start > 0, info.personAt[start - 1] == id { start -= 1 }
                if start >= 1, tokens[start - 1].lower == "as" { return framed(id) }
            }
        }
        // "in Aske's words"
        if tokens[end].lower == "words", end >= 2, let id = info.personAt[end - 1], tokens[end - 1].isPossessive {
            var start = end - 1
            while start > 0, info.personAt[start - 1] == id { start -= 1 }
            if start >= 1, tokens[start - 1].lower == "in" { return framed(id) }
        }
        // "in the words of Aske", "to quote Aske"
        if let id = info.personAt[end] {
            var start = end
            while start > 0, info.personAt[start - 1] == id { start -= 1 }
            let before = tokens[..<start].suffix(2).map(\.lower)
            if before == ["words", "of"] || before == ["to", "quote"] { return framed(id) }
        }
        return nil
    }

    /// Words that open a sentence pointing back at the quotation before it ("That’s the view of …").
    static let pointingBack: WordSet = ["that", "that’s", "that's", "this", "this’s", "such", "those", "these"]

    /// Prepositions that give whose a view is: "the view of X", "mouthed by X", "the word from X".
    static let viewHolders: WordSet = ["by", "of", "from"]

    /// Tokens from the sentence's start to the preposition before the name, at most.
    static let longestViewPhrase = 8

    /// `“…”` then `That’s the optimistic view mouthed by Michael Reed, the CEO of …`: a sentence that
    /// opens by pointing back at the quotation names its speaker after "by", "of" or "from".
    static func viewOf(_ info: SentenceInfo, from first: Int) -> Attribution? {
        let tokens = info.tokens
        guard pointingBack.contains(tokens[first].lower) else { return nil }
        var index = first + 1
        while index + 1 < tokens.count, index <= first + longestViewPhrase {
            // "That’s": the contraction may be a token of its own.
            guard tokens[index].isWord || tokens[index].text.hasPrefix("’") || tokens[index].text.hasPrefix("'") else { return nil }
            if viewHolders.contains(tokens[index].lower),
               let id = info.personAt[index + 1] ?? nameAfterDescription(from: index + 1, in: info).flatMap({ info.personAt[$0] }) {
                return Attribution(speaker: .person(id), cue: "", confidence: .subjectOfClause)
            }
            index += 1
        }
        return nil
    }

    /// Words after a verb of saying that stand for the quotation just given ("said it with a smile").
    static let referringBack: WordSet = ["it", "so"]

    /// The subject of a sentence: its first person or "he"/"she" followed by a word in lower case that
    /// can be a verb ("Arrowood smiled.", "Asked whether she resented it, she laughed.").
    /// Names inside quotation marks (`isQuoted` of a token's first character) are passed over: they
    /// are the quoted words' ("“…the day Epstein died,” he said.").
    static func subject(of info: SentenceInfo, outside isQuoted: (Int) -> Bool) -> (id: Int, pronoun: Bool)? {
        let tokens = info.tokens
        // "Asked what she would do, Keane laughs.": a clause opening on a participle is no subject's;
        // the subject comes after its comma.
        var first = 0
        if let opener = tokens.firstIndex(where: \.isWord), isParticipleOpener(tokens[opener]),
           let comma = tokens.indices[opener...].prefix(longestOpeningClause).first(where: { tokens[$0].text == "," }) {
            first = comma + 1
        }
        // "To Levin, the results are a sign that …": whose view the sentence gives, named in a phrase
        // that opens it, is the voice of the quotation after it.
        if let opener = tokens.firstIndex(where: \.isWord), viewpointOpeners.contains(tokens[opener].text),
           opener + 1 < tokens.count, let id = info.personAt[opener + 1] {
            var end = opener + 1
            while end < tokens.count, info.personAt[end] == id { end += 1 }
            if end < tokens.count, tokens[end].text == ",", !tokens[end - 1].isPossessive { return (id, false) }
        }
        for index in tokens.indices[first...] where !isQuoted(tokens[index].range.lowerBound) {
            let pronoun = info.pronounAt[index].flatMap { SpeechVerbs.subjectPronouns.contains(tokens[index].lower) ? $0 : nil }
            guard let id = info.personAt[index] ?? pronoun else { continue }
            var end = index + 1
            while end < tokens.count, info.personAt[end] == id { end += 1 }
            // "Ferreira's lawyer, Simon Achebe, was blunter.": whose, not who.
            if tokens[end - 1].isPossessive { continue }
            // "Goddard planetary scientist Avi Mandell said": the body before the role is no one.
            if info.personAt[index] != nil, let holder = nameAfterLowercaseRole(from: end, in: info), let held = info.personAt[holder] {
                return (held, false)
            }
            // "one Weibo commenter said": the subject is the unnamed commenter.
            if index > 0, info.personAt[index] != nil, namesAModifier(at: index, after: index - 1, in: info) { return nil }
            if closesApposition(at: end - 1, in: info) { return (id, false) }
            if info.personAt[index] != nil, verbAfterApposition(from: end, in: info) != nil { return (id, false) }
            while end < tokens.count, isBetween(tokens[end]) { end += 1 }
            guard end < tokens.count, tokens[end].isWord, tokens[end].text.first?.isLowercase == true,
                  !notRole.contains(tokens[end].lower), !Appositives.determiners.contains(tokens[end].text) else { return nil }
            return (id, info.personAt[index] == nil)
        }
        return nil
    }

    /// "Renzi, 52, was angry.", "Fenn, speaking outside the gates, was calm.", "Berne, who has run the
    /// ferry for twenty years, laughed.": an apposition set off by commas right after a name (at
    /// `comma`), then the clause's verb in lower case. The verb's index, else nil. The apposition
    /// ends at the first comma a word that can be a verb follows ("Roe, the steward, a father of
    /// three, was angry" reads past "a"), within `longestRelativeClause` tokens.
    static func verbAfterApposition(from comma: Int, in info: SentenceInfo) -> Int? {
        let tokens = info.tokens
        guard comma + 2 < tokens.count, tokens[comma].text == "," else { return nil }
        for close in tokens.indices[(comma + 2)...].prefix(longestRelativeClause) where tokens[close].text == "," {
            // "Renzi, Soto and Fenn, all stewards, met …": another name inside is a list, not an
            // apposition (a possessive one is its role's owner: "Soto, Renzi's deputy, said").
            if ((comma + 1)..<close).contains(where: { info.personAt[$0] != nil && !(info.personAt[$0 + 1] == info.personAt[$0] || tokens[$0].isPossessive) }) { return nil }
            var verb = close + 1
            while verb < tokens.count, isBetween(tokens[verb]) { verb += 1 }
            guard verb < tokens.count, tokens[verb].isWord, tokens[verb].text.first?.isLowercase == true else { continue }
            let word = tokens[verb].lower
            if notVerbAfterApposition.contains(word) || notRole.contains(word) || word.hasSuffix("ing") { continue }
            return verb
        }
        return nil
    }

    /// Prepositions that open a sentence giving someone's view: "To Levin, …", "For Okafor, …".
    static let viewpointOpeners: WordSet = ["To", "For"]

    /// Tokens of a clause opening a sentence on a participle ("Asked what she would do if …,"): at most this many.
    static let longestOpeningClause = 20

    /// A capitalised participle opening a sentence ("Asked", "Speaking", "Pressed"): a word in "-ed" or
    /// "-ing" of five letters or more that no name list needs ("Ted", "King" are short or names).
    static func isParticipleOpener(_ token: Token) -> Bool {
        let word = token.lower
        return token.isWord && token.isCapitalized && word.count >= shortestParticiple && (word.hasSuffix("ed") || word.hasSuffix("ing"))
            && word != "according"  // "According to Bongard, …" names its speaker
    }

    /// Shortest participle opening a sentence.
    static let shortestParticiple = 5

    /// Words ending in "-ed" that are no verb of saying before or after a name.
    static let notManner: WordSet = ["need", "seed", "speed", "bed", "red", "led", "wed", "indeed", "shed"]

    /// A verb in the past that is not a listed verb of saying but can stand for one beside a speaker
    /// ("fumed", "beamed", "countered", "sobbed"): a lower-case word ending in "-ed".
    static func isVerbOfManner(_ token: Token) -> Bool {
        token.isWord && token.text.first?.isLowercase == true && token.lower.hasSuffix("ed") && token.lower.count > 3
            && !notManner.contains(token.lower)
    }

    /// Tokens of a parenthesis after a name ("(D-Calif.)", "(R)", "(pictured)"): at most this many.
    static let longestParenthesis = 8

    /// The index past a short parenthesis opening at `index`, else `index`.
    static func pastParenthesis(at index: Int, in tokens: [Token]) -> Int {
        guard index < tokens.count, tokens[index].text == "(",
              let close = tokens.indices[(index + 1)...].prefix(longestParenthesis).first(where: { tokens[$0].text == ")" }) else { return index }
        return close + 1
    }

    /// Shortest verb in the present ("notes", "comments") taken before a speaker's name.
    static let shortestPresentVerb = 4

    /// A lower-case word in "-s" (not "-ss", "-us", "-is") that can stand for a verb of saying in the
    /// present right before a speaker's name ("comments", "muses", "counters").
    static func isPresentVerb(_ token: Token) -> Bool {
        let word = token.lower
        return token.isWord && token.text.first?.isLowercase == true && word.count >= shortestPresentVerb && word.hasSuffix("s")
            && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is")
    }

    /// The lower-case word at `verb` is followed by a comma and a quotation's opening mark: the clause
    /// between two parts of a quotation ("“…,” Mattson offers, “…”").
    static func resumesQuotation(after verb: Int, in tokens: [Token]) -> Bool {
        verb + 2 < tokens.count && tokens[verb].isWord && tokens[verb].text.first?.isLowercase == true
            && tokens[verb + 1].text == "," && QuoteScanner.isOpening(tokens[verb + 2].text) && tokens[verb + 2].text != "’"
    }

    /// Words of a plural speaker with no determiner before the verb ("analysts at Pellham Securities"):
    /// at most this many.
    static let longestPluralSpeaker = 8

    /// `“…,” analysts at Pellham Securities wrote.`: a lower-case plural noun opening the clause after
    /// the quotation, a few words with no person among them, then a verb of saying that ends the
    /// sentence or a short phrase: a group speaking, given as a description.
    static func pluralSpeaker(at start: Int, in info: SentenceInfo) -> Attribution? {
        let tokens = info.tokens
        guard start < tokens.count, tokens[start].isWord, tokens[start].text.first?.isLowercase == true,
              tokens[start].lower.hasSuffix("s"), !tokens[start].lower.hasSuffix("ss"), info.pronounAt[start] == nil,
              !SpeechVerbs.isCueAfterSpeaker(tokens[start].lower), !isBetween(tokens[start]), !notRole.contains(tokens[start].lower)
        else { return nil }
        var verb = start + 1
        while verb < tokens.count, verb <= start + longestPluralSpeaker, tokens[verb].isWord, info.personAt[verb] == nil,
              !SpeechVerbs.isCue(tokens[verb].lower) {
            verb += 1
        }
        guard verb < tokens.count, verb > start, SpeechVerbs.isCue(tokens[verb].lower), !SpeechVerbs.naming.contains(tokens[verb].lower) else { return nil }
        let rest = tokens[(verb + 1)...].filter(\.isWord)
        guard rest.count <= longestTrailingPhrase, !rest.contains(where: { $0.lower == "that" }) else { return nil }
        return Attribution(speaker: .described(tokens[start..<verb].map(\.text).joined(separator: " ")), cue: tokens[verb].lower,
                           confidence: .describedSpeaker)
    }

    /// The speaker named at token `start`.
    static func speaker(at start: Int, in info: SentenceInfo, registry: PeopleRegistry) -> Speaker? {
        speakerPhrase(at: start, in: info, registry: registry)?.0
    }

    /// A speaker starting at token `start` and the index just past it: a person's name, a resolved
    /// pronoun, "the 19-year-old" / "the businessman", or a described speaker ("a police spokesman").
    static func speakerPhrase(at start: Int, in info: SentenceInfo, registry: PeopleRegistry) -> (Speaker, Int)? {
        let tokens = info.tokens
        guard start < tokens.count else { return nil }
        // A title before the name ("said Dr. Ines Carvalho", "Sen. Roe said") is not part of it.
        if info.personAt[start] == nil, Gazetteer.titles.contains(tokens[start].text) {
            var name = start + 1
            if name < tokens.count, tokens[name].text == "." { name += 1 }
            if name < tokens.count, info.personAt[name] != nil { return speakerPhrase(at: name, in: info, registry: registry) }
        }
        if let id = info.personAt[start] {
            var end = start
            while end < tokens.count, info.personAt[end] == id { end += 1 }
            if tokens[end - 1].isPossessive, let owned = ownedRole(after: end, from: start, in: info, registry: registry) { return owned }
            if let holder = nameAfterCapitalisedRole(from: end, in: info, registry: registry) {
                return speakerPhrase(at: holder, in: info, registry: registry)
            }
            if !tokens[end - 1].isPossessive, let holder = nameAfterLowercaseRole(from: end, in: info) {
                return speakerPhrase(at: holder, in: info, registry: registry)
            }
            return (.person(id), pastOwnGroup(at: end, in: tokens))
        }
        if let id = info.pronounAt[start] {
            if Attribution.possessivePronouns.contains(tokens[start].lower), let owned = ownedRole(after: start + 1, from: start, in: info, registry: registry) {
                return owned
            }
            return (.person(id), start + 1)
        }
        // "Northgate Bank economist Ruth Ellory", "structural engineer Paulo Mendes": a role, and the
        // body the person speaks for, stand before the name.
        if let name = nameAfterDescription(from: start, in: info), !namesAModifier(at: name, after: start, in: info) {
            return speakerPhrase(at: name, in: info, registry: registry)
        }
        if let other = info.otherAt[start] {
            var end = start + 1
            while end < tokens.count, info.otherAt[end] == other { end += 1 }
            return (.described(other), end)
        }
        // "their lawyer, Petra Holm,": "their" stands for no one person, so it opens a role like "the".
        guard Appositives.determiners.contains(tokens[start].text) || Attribution.ownersOfARole.contains(tokens[start].text)
                || Attribution.quantifiers.contains(tokens[start].lower) else { return nil }
        var end = start + 1
        var words: [String] = []
        while end < tokens.count, tokens[end].isWord, !SpeechVerbs.isCue(tokens[end].lower),
              !Attribution.isBetween(tokens[end]), tokens[end].lower != "who", !documentVerbs.contains(tokens[end].lower), words.count < 6 {
            words.append(tokens[end].text)
            end += 1
            // "the residents’ association said": a plural's possessive mark is part of the description.
            if isPluralPossessiveMark(at: end, in: tokens) {
                words[words.count - 1] += tokens[end].text
                end += 1
            }
        }
        guard let last = words.last else { return nil }
        // "said the director, Dr. Emeka Obi, who …", "according to the report's author, Samuel
        // Achterberg,": the name set off after the role says who holds it.
        if let (id, nameEnd) = nameInApposition(after: end, in: info) { return (.person(id), nameEnd) }
        if let author = author(in: start..<end, of: info) { return author }
        if let age = Appositives.age(in: last), let id = registry.find(age: age) { return (.person(id), end) }
        if tokens[start].lower == "the", let id = registry.find(noun: last) { return (.person(id), end) }
        return (.described(([tokens[start].text] + words).joined(separator: " ")), end)
    }

    /// `residents’ association`: the apostrophe at `index` closes a plural's possessive (a word in
    /// "-s" before it, with no space between, and a word after it). The tokenizer keeps an inner
    /// apostrophe in its word ("didn’t"), so this one stands as a token of its own.
    static func isPluralPossessiveMark(at index: Int, in tokens: [Token]) -> Bool {
        guard index > 0, index + 1 < tokens.count, tokens[index].text == "’" || tokens[index].text == "'",
              tokens[index - 1].isWord, tokens[index - 1].text.hasSuffix("s"),
              tokens[index - 1].range.upperBound == tokens[index].range.lowerBound, tokens[index + 1].isWord else { return false }
        return true
    }

    /// Verbs by which a document gives its words after them (`“…,” the statement read`): read only
    /// for a described speaker, never a person ("“…,” Roe read" is Roe reading someone's words).
    static let documentVerbs: WordSet = ["read", "reads"]

    /// Words that open a speaker described by number rather than named ("one Weibo commenter said",
    /// "another neighbour wrote", "two officials said"): no person, so not the last speaker either.
    static let quantifiers: WordSet = ["one", "another", "some", "several", "many", "two", "three", "four", "other", "few"]

    /// Capitalised words of a role or a body between a "name" and the person it introduces: at most this many.
    static let longestCapitalisedRole = 6

    /// `says Estera Events Co-Owner and Lead Planner Erica Vanco`: a capitalised run taken for a name
    /// is the speaker's body and title when "and" or more capitalised words of a role, then a
    /// person's name, follow it at once. The first token of that name, else nil; a plain list of two
    /// people ("Jane Roe and John Doe") has no role words between them and keeps the first.
    static func nameAfterCapitalisedRole(from end: Int, in info: SentenceInfo, registry: PeopleRegistry) -> Int? {
        let tokens = info.tokens
        var index = end
        var roleWords = 0
        while index < tokens.count, index < end + longestCapitalisedRole, info.personAt[index] == nil,
              tokens[index].isCapitalized || tokens[index].text == "and" || tokens[index].text == "&" {
            if tokens[index].isCapitalized { roleWords += 1 }
            index += 1
        }
        guard index > end, index < tokens.count, let id = info.personAt[index], id != info.personAt[end - 1] else { return nil }
        // The role may be the next name's own prefix ("Lead Planner" before "Erica Vanco"): its first
        // token is then no word of the name.
        if roleWords == 0, registry.name(id).split(separator: " ").first.map(String.init) == tokens[index].text { return nil }
        return index
    }

    /// Groups a speaker leads and speaks with: "Paganini and his team wrote" is Paganini's voice.
    static let ledGroups: WordSet = ["team", "colleagues", "co-authors", "coauthors", "collaborators", "co-workers",
                                         "researchers", "staff", "group", "lab", "students", "aides"]

    /// `“…,” Paganini and his team wrote`: "and", a possessive pronoun and a group the speaker leads
    /// after a name, right before the verb, are part of the speaker's phrase. The index past them (or
    /// `end` when they are not there).
    static func pastOwnGroup(at end: Int, in tokens: [Token]) -> Int {
        guard end + 3 < tokens.count, tokens[end].lower == "and", ["his", "her", "their"].contains(tokens[end + 1].lower),
              ledGroups.contains(tokens[end + 2].lower) else { return end }
        var verb = end + 3
        while verb < tokens.count, verb < end + 6, isBetween(tokens[verb]) { verb += 1 }
        return verb < tokens.count && SpeechVerbs.isCueAfterSpeaker(tokens[verb].lower) ? end + 3 : end
    }

    /// Lower-case words of a role between a body's name and its holder: at most this many ("Goddard
    /// planetary scientist Avi Mandell").
    static let longestLowercaseRole = 3

    /// `“…,” Goddard planetary scientist Avi Mandell said`: a "name" followed at once (no comma) by a
    /// few lower-case words of a role, then a person's name, then a verb of saying, is the body or
    /// place the role belongs to; the second name is the speaker. The first token of that name, else
    /// nil ("Roe and Doe said" has "and"; "Roe told reporters Doe" has a verb).
    static func nameAfterLowercaseRole(from end: Int, in info: SentenceInfo) -> Int? {
        let tokens = info.tokens
        guard end < tokens.count, let first = info.personAt[end - 1] else { return nil }
        var index = end
        while index < tokens.count, index < end + longestLowercaseRole, info.personAt[index] == nil {
            guard tokens[index].isWord, tokens[index].text.first?.isLowercase == true, !notRole.contains(tokens[index].lower),
                  !SpeechVerbs.isCueAfterSpeaker(tokens[index].lower), !isBetween(tokens[index]), !isVerbOfManner(tokens[index]),
                  info.pronounAt[index] == nil else { return nil }
            index += 1
        }
        guard index > end, index < tokens.count, let id = info.personAt[index], id != first else { return nil }
        var verb = index
        while verb < tokens.count, info.personAt[verb] == id { verb += 1 }
        while verb < tokens.count, verb < index + 8, isBetween(tokens[verb]) { verb += 1 }
        return verb < tokens.count && SpeechVerbs.isCueAfterSpeaker(tokens[verb].lower) ? index : nil
    }

    /// "a 2018 survey by Penelope Abernathy", "a note by Jeffrey Halley": a work's author is the
    /// speaker. Not after a participle ("the judge appointed by Roe"): that person is someone else.
    static func author(in phrase: Range<Int>, of info: SentenceInfo) -> (Speaker, Int)? {
        let tokens = info.tokens
        for by in phrase.dropFirst() where tokens[by].lower == "by" && by + 1 < tokens.count && !tokens[by - 1].lower.hasSuffix("ed") {
            guard let id = info.personAt[by + 1] else { return nil }
            var end = by + 1
            while end < tokens.count, info.personAt[end] == id { end += 1 }
            return (.person(id), end)
        }
        return nil
    }

    /// A person's name (after a title, if any) between a comma at `comma` and a comma, a stop or the
    /// sentence's end: the apposition that names a role's holder ("the director, Dr. Emeka Obi,").
    static func nameInApposition(after comma: Int, in info: SentenceInfo) -> (Int, Int)? {
        let tokens = info.tokens
        guard comma + 1 < tokens.count, tokens[comma].text == "," else { return nil }
        var name = comma + 1
        if info.personAt[name] == nil, Gazetteer.titles.contains(tokens[name].text) {
            name += 1
            if name < tokens.count, tokens[name].text == "." { name += 1 }
        }
        guard name < tokens.count, let id = info.personAt[name] else { return nil }
        var end = name
        while end < tokens.count, info.personAt[end] == id { end += 1 }
        guard !tokens[end - 1].isPossessive, end == tokens.count || !tokens[end].isWord else { return nil }
        return (id, end)
    }

    /// Possessives no pronoun resolution gives a person: a role after them is read as after "the".
    static let ownersOfARole: WordSet = ["their", "Their", "its", "Its"]

    /// "his", "her", "their": whose, not who.
    static let possessivePronouns: WordSet = ["his", "her", "their"]

    /// `Ferreira's lawyer` / `her lawyer, Simon Achebe,` / `Trump's lawyer Rudy Giuliani`: after a
    /// possessive, the role (in lower case) speaks, or the person named right after it; nil when no
    /// role follows the possessive.
    static func ownedRole(after end: Int, from start: Int, in info: SentenceInfo, registry: PeopleRegistry) -> (Speaker, Int)? {
        let tokens = info.tokens
        var roleEnd = end
        while roleEnd < tokens.count, roleEnd < end + longestRole, tokens[roleEnd].isWord, tokens[roleEnd].text.first?.isLowercase == true,
              !SpeechVerbs.isCue(tokens[roleEnd].lower), !isBetween(tokens[roleEnd]), !notRole.contains(tokens[roleEnd].lower),
              !SpeechVerbs.isAuxiliary(tokens[roleEnd].lower) {
            roleEnd += 1
        }
        guard roleEnd > end else { return nil }
        if roleEnd < tokens.count, info.personAt[roleEnd] != nil { return speakerPhrase(at: roleEnd, in: info, registry: registry) }
        // "said Imhof’s rival, Mayor Helen Droste.": the name set off after the role holds it.
        if let (id, nameEnd) = nameInApposition(after: roleEnd, in: info) { return (.person(id), nameEnd) }
        return (.described(tokens[start..<roleEnd].map(\.text).joined(separator: " ")), roleEnd)
    }

    /// Tokens of an apposition holding commas of its own ("at Boeing Defense, Space, and Security,")
    /// that a verb of saying closes: at most this many.
    static let longestCommaApposition = 24

    /// Words that open a relative clause after a speaker's name ("Brisk, who …, said").
    static let relativeOpeners: WordSet = ["who", "whose"]

    /// Tokens of a relative clause between a speaker's name and the verb: at most this many.
    static let longestRelativeClause = 40

    /// Tokens of an apposition between a speaker's name and the verb ("Salo, the festival director,"): at most this many.
    static let longestApposition = 14

    /// A verb of saying before token `open` in the sentence: the quoted words are reported speech
    /// ("lamented the “bickering”").
    static func reportedSpeech(before open: Int, in info: SentenceInfo) -> Bool {
        info.tokens[max(0, open - longestReach)..<open].indices.contains {
            info.tokens[$0].isWord && SpeechVerbs.isCue(at: $0, in: info) && !SpeechVerbs.naming.contains(info.tokens[$0].lower)
                && !isCoordinatedAction($0, in: info.tokens)
        }
    }

    /// Verbs whose object is the one spoken to: "told Varga that", "assured them".
    static let telling: WordSet = ["told", "tell", "tells", "telling", "informed", "assured", "reminded", "warned"]

    /// `Hale’s uncle told Varga that “…”`: the person a verb of telling before token `open` has for its
    /// object (named, or a resolved pronoun), who hears the words rather than says them.
    static func listener(before open: Int, in info: SentenceInfo) -> Int? {
        for verb in max(0, open - longestReach)..<open where info.tokens[verb].isWord && telling.contains(info.tokens[verb].lower) {
            if let id = info.personAt[verb + 1] ?? info.pronounAt[verb + 1] { return id }
        }
        return nil
    }

    /// "adding and subtracting cubes", "writing and rewriting the code": a participle of saying joined
    /// by "and" or "or" to another participle that is no verb of saying is an action on things, not
    /// speech, and makes no quoted word after it reported speech.
    static func isCoordinatedAction(_ index: Int, in tokens: [Token]) -> Bool {
        let word = tokens[index].lower
        guard word.hasSuffix("ing"), index + 2 < tokens.count, ["and", "or"].contains(tokens[index + 1].lower) else { return false }
        let other = tokens[index + 2]
        return other.isWord && other.startsLowercase && other.lower.hasSuffix("ing") && !SpeechVerbs.isCue(other.lower)
    }

    /// Words that open a sentence whose subject is a common noun ("A review of …", "The report"), and
    /// the words that may stand before them ("But", "Indeed", an adverb in "-ly").
    static let commonNounDeterminers: WordSet = ["A", "An", "The", "This", "That", "One", "Another", "Its", "Their",
                                                     "a", "an", "the"]

    /// `A meta-analysis of 40 trials concludes that “…”`, `The report found … and concluded that “…”`:
    /// the sentence opens on a common noun (a determiner, then a lower-case word) and a verb of saying
    /// (or its present in "-s", which needs no person beside it here) stands before the quotation,
    /// though the patterns found no person for it. A document or a body reports these words; the
    /// paragraph's last speaker did not say them.
    static func reportedByCommonNoun(before open: Int, in info: SentenceInfo) -> Bool {
        let tokens = info.tokens
        var first = 0
        while first < tokens.count, !tokens[first].isWord { first += 1 }
        if first < tokens.count, StoryAnalysis.openers.contains(tokens[first].text) || tokens[first].text == "Indeed" || tokens[first].lower.hasSuffix("ly") {
            first += 1
            while first < tokens.count, !tokens[first].isWord { first += 1 }
        }
        guard first + 1 < open, commonNounDeterminers.contains(tokens[first].text), tokens[first + 1].isWord,
              tokens[first + 1].text.first?.isLowercase == true else { return false }
        return reportedSpeech(before: open, in: info)
            || tokens[(first + 2)..<open].contains { $0.isWord && $0.text.first?.isLowercase == true && SpeechVerbs.presentCues.contains($0.lower) }
    }

    /// Lower-case nouns after a name that modifies them, before the verb: at most this many ("one
    /// Weibo commenter", "a Kremlin press officer").
    static let longestNounAfterModifier = 3

    /// `“…,” one Weibo commenter said`, `a Kremlin press officer told`: a description opened by a
    /// determiner or a number has a "name" (`name`, found after `start`) that is no speaker but a word
    /// describing the noun after it: lower-case words, no verb among them, then the verb of saying.
    /// "engineer Paulo Mendes said", "a spokesman, Jo Marsh, said" name their speaker.
    static func namesAModifier(at name: Int, after start: Int, in info: SentenceInfo) -> Bool {
        let tokens = info.tokens
        guard Appositives.determiners.contains(tokens[start].text) || quantifiers.contains(tokens[start].lower),
              let id = info.personAt[name] else { return false }
        var end = name
        while end < tokens.count, info.personAt[end] == id { end += 1 }
        guard !tokens[end - 1].isPossessive else { return false }
        var noun = end
        while noun < tokens.count, noun < end + longestNounAfterModifier, tokens[noun].isWord,
              tokens[noun].text.first?.isLowercase == true, !SpeechVerbs.isCue(tokens[noun].lower),
              !isBetween(tokens[noun]), !isVerbOfManner(tokens[noun]),
              !notRole.contains(tokens[noun].lower), info.pronounAt[noun] == nil {
            noun += 1
        }
        return noun > end && noun < tokens.count && SpeechVerbs.isCue(tokens[noun].lower)
    }

    /// Words of a role before a name: at most this many ("senior Northgate Bank economist").
    static let longestRole = 5

    /// Words that end a role read forwards: a name after them is not the speaker ("the wife of X").
    static let notRole: WordSet = ["of", "and", "or", "who", "that", "which", "to", "for", "with", "by", "from", "in",
                                       "on", "at", "about", "than", "as", "like", "but", "if", "when"]

    /// The first token of a person's name that follows a role of a few words starting at `start`.
    static func nameAfterDescription(from start: Int, in info: SentenceInfo) -> Int? {
        let tokens = info.tokens
        var name = start
        while name < tokens.count, name < start + longestRole, info.personAt[name] == nil {
            // "entomologist Dr. Louisa Faber": the period of an abbreviated title belongs to the role,
            // as does the one closing a dotted initialism ("U.S. Attorney Nealy Cox").
            if tokens[name].text == ".", name > start,
               Gazetteer.titles.contains(tokens[name - 1].text) || isDottedInitialism(tokens[name - 1].text) {
                name += 1
                continue
            }
            guard tokens[name].isWord, !notRole.contains(tokens[name].lower), !SpeechVerbs.isCue(tokens[name].lower),
                  info.pronounAt[name] == nil else { return nil }
            name += 1
        }
        return name > start && name < tokens.count && info.personAt[name] != nil ? name : nil
    }

    /// Capital letters one apart by full stops, the last stop left to the next token: "U.S", "D.C", "U.K"
    /// (the sentence splitter's dotted initialism, in capitals only: "a.m" is no part of a role).
    static func isDottedInitialism(_ text: String) -> Bool {
        Abbreviations.isDottedInitialism(text) && text.allSatisfy { $0 == "." || $0.isUppercase }
    }

    /// The speaker whose phrase ends at token `end` (reading backwards from a verb).
    static func speakerEnding(at end: Int, in info: SentenceInfo) -> Speaker? {
        // "him" and "his" before a verb belong to a clause inside ("…, who made seven films with him, said").
        let pronoun = info.pronounAt[end].flatMap { SpeechVerbs.subjectPronouns.contains(info.tokens[end].lower) ? $0 : nil }
        if let id = info.personAt[end] ?? pronoun { return .person(id) }
        if let other = info.otherAt[end] { return .described(other) }
        return nil
    }
}
