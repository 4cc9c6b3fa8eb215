import LedeCore

/// The ordered pass over an article's text that finds people, follows who "he" and "she" are,
/// and attributes quotations. Captions are read for people only and never move the focus.
///
/// ```swift
/// var analysis = StoryAnalysis(units: units, published: "2022-05-23")
/// analysis.run()
/// analysis.quotes, analysis.registry.people, analysis.places.entities
/// ```
struct StoryAnalysis {
    let units: [TextUnit]
    let knowledge: NameKnowledge
    let dateFinder: DateFinder

    var registry = PeopleRegistry()
    var places = EntityTally()
    var organisations = EntityTally()
    var dates: [DateMention] = []
    var quotes: [Quote] = []
    /// Every name found, by position: the block, the scalar range of the name's words, its kind.
    var mentions: [NameMention] = []

    /// People in focus, most recent last: the last introduced, or the last subject of a sentence or
    /// of a verb of saying. "He" and "she" stand for the most recent one of their gender.
    private var recent: [Int] = []
    /// Gender learned from titles ("Mr", "Ms") and from the pronouns that stood for a person.
    private var genders: [Int: Gender] = [:]
    /// Gender the given-name list gives a person's first name: used when nothing surer is known, and
    /// passed over when no one fits the pronoun otherwise (the list is wrong for some people).
    private var nameGenders: [Int: Gender] = [:]
    private let givenNameGenders = GivenNameGenders.shared

    enum Gender { case male, female }

    private var focus: Int? { recent.last }
    /// The body paragraph being read, the people it names outside quotation marks, and those of them
    /// who speak in it ("Vance says …"), in order: a pronoun that the given-name list keeps from
    /// its paragraph's speaker may still be them (`paragraphSpeaker`).
    private var paragraph: (block: Int, named: Set<Int>, speakers: [Int]) = (-1, [], [])
    /// The person last named in the body outside quotation marks, as subject or not ("Mourinho's
    /// representatives"): whom "the 56-year-old" of the next sentence most often is.
    private var lastMentioned: Int?

    /// People kept in focus: a pronoun stands for someone named lately, and no article reaches back
    /// past this many people for one; without a cap each mention scanned everyone named before it.
    static let maxRecentPeople = 64

    private mutating func setFocus(_ id: Int) {
        recent.removeAll { $0 == id }
        recent.append(id)
        if recent.count > Self.maxRecentPeople { recent.removeFirst(recent.count - Self.maxRecentPeople) }
    }

    /// The person a pronoun stands for: the one the same pronoun stood for earlier in the sentence,
    /// else the most recent in focus whose gender is the pronoun's or unknown and who is not in
    /// `excluded` (the people an object pronoun cannot be: "Fenn pressed her" is not Fenn).
    private mutating func resolve(_ pronoun: String, excluding excluded: Set<Int> = [], inSentence: inout [Gender: Int]) -> Int? {
        let gender: Gender = ["she", "her"].contains(pronoun.lowercased()) ? .female : .male
        if let id = inSentence[gender] { return id }
        func fits(_ id: Int, _ known: Gender?) -> Bool { !excluded.contains(id) && (known == nil || known == gender) }
        // A one-word "person" nothing marks as one (no title, pronoun, age or
        // description: "Midcaps", "Tyvak") is often a thing the name tagger took for someone: a full
        // name in focus goes first. "a 19-year-old, Ales," is someone.
        guard var id = recent.last(where: { isSurelyPerson($0) && fits($0, genders[$0] ?? nameGenders[$0]) })
                ?? recent.last(where: { fits($0, genders[$0] ?? nameGenders[$0]) }) ?? recent.last(where: { fits($0, genders[$0]) })
        else { return nil }
        if let held = pronounHolder(for: gender, instead: id, excluding: excluded) { id = held }
        if let speaker = paragraphSpeaker(for: gender, instead: id, excluding: excluded) { id = speaker }
        if genders[id] == nil { genders[id] = gender }
        lastPronounSentence[id] = sentenceCount
        inSentence[gender] = id
        return id
    }

    /// Sentences read so far (`analyse`): when a person was first named and last took a pronoun.
    private var sentenceCount = 0
    /// The sentence (`sentenceCount`) in which each person was first named.
    private var firstNamedSentence: [Int: Int] = [:]
    /// The ruler's or noble's title each person was named after ("Prince Andrew"), for the name shown.
    private var titledOneNames = TitledOneNames()
    /// The sentence in which each person last took a pronoun.
    private var lastPronounSentence: [Int: Int] = [:]

    /// `Omar … Carlineo was arrested. He … During the call, he asked … Omar is one of …. The aide
    /// recalled that he said`: the pronoun's reading went to `chosen`, the latest person in focus, of
    /// whom nothing tells the gender (no title, no pronoun yet, a given name the list does not know).
    /// The person in focus whom this pronoun last stood for, in a sentence after `chosen` was first
    /// named, is whom the writer still means: a writer who had two people of one gender in play would
    /// not have written the pronoun for one of them alone. Not when this paragraph names `chosen`
    /// ("Omar asked …, saying she …"): a pronoun right after its name is theirs. Nil when there is none.
    private func pronounHolder(for gender: Gender, instead chosen: Int, excluding excluded: Set<Int>) -> Int? {
        guard genders[chosen] == nil, nameGenders[chosen] == nil, !paragraph.named.contains(chosen),
              let named = firstNamedSentence[chosen],
              let holder = recent.last(where: { $0 != chosen && genders[$0] == gender && !excluded.contains($0) }),
              let last = lastPronounSentence[holder], last > named else { return nil }
        return holder
    }

    /// `Planner Cameron Vance … Vance says to look for figs. “…,” she explains.`: the pronoun's reading
    /// went to `chosen`, someone this paragraph does not name, because the given-name list calls the
    /// paragraph's speaker a man ("Cameron", "Taylor" are given to both). The latest person who speaks
    /// in this paragraph, of no gender known surer than the list's and not `excluded`, is whom a
    /// writer means by a pronoun right after them; nil when there is none or `chosen` is named here.
    private func paragraphSpeaker(for gender: Gender, instead chosen: Int, excluding excluded: Set<Int>) -> Int? {
        guard !paragraph.named.contains(chosen),
              let speaker = paragraph.speakers.last, speaker != chosen, !excluded.contains(speaker),
              genders[speaker] == nil, let listed = nameGenders[speaker], listed != gender else { return nil }
        return speaker
    }

    /// A one-word "person" nothing marks as one (no title, pronoun, age or description: "Midcaps",
    /// "Tyvak") is often a thing the name tagger took for someone; "a 19-year-old, Ales," is someone.
    private func isSurelyPerson(_ id: Int) -> Bool {
        let person = registry.people[id]
        return genders[id] != nil || person.name.contains(" ") || person.age != nil || !person.descriptions.isEmpty
    }

    /// Words before a person named after a sentence's subject that make them a bystander, not whom the
    /// next pronoun means: prepositions ("the call with President Ilves") and "as" ("as Darwin put it").
    static let beforeBystander: WordSet = Appositives.prepositions.union(["as"])

    /// Words after "her" that make it an object ("pressed her on the cuts") rather than a possessive.
    static let afterObject: WordSet = ["on", "to", "that", "about", "for", "with", "in", "at", "if", "whether", "why",
                                           "how", "what", "as", "and", "from", "into", "over", "again"]

    /// The pronouns the analysis resolves to a person named earlier.
    static let resolvablePronouns: WordSet = ["he", "she", "He", "She", "him", "her", "his", "Her", "His"]

    /// Whether `word` is one of `resolvablePronouns`: every one starts with "h" or "s" in either case
    /// and is two or three letters long, so most words are ruled out by two byte tests (the list was
    /// compared with every word of every sentence: a tenth of the analysis's time).
    static func isResolvablePronoun(_ word: String) -> Bool {
        let bytes = word.utf8
        guard (2...3).contains(bytes.count), let first = bytes.first else { return false }
        switch first | 0x20 {
        case UInt8(ascii: "h"), UInt8(ascii: "s"): return resolvablePronouns.contains(word)
        default: return false
        }
    }

    /// Titles that say nothing of a role: "the mr" is never written, "the mayor" is.
    static let honorifics: WordSet = ["Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady", "Former", "former",
                                          "Mr.", "Mrs.", "Ms.", "State"]
    static let maleTitles: WordSet = ["Mr", "Sir", "Lord", "King", "Prince", "Father", "Brother", "Sheikh", "Emir", "Sultan"]
    static let femaleTitles: WordSet = ["Ms", "Mrs", "Miss", "Dame", "Lady", "Queen", "Princess", "Sister", "Madam"]
    /// Speaker of the last attributed quotation and the unit it was in, for quotes that continue.
    private var lastSpeaker: (speaker: Attribution.Speaker, unit: Int)?
    /// Quotation parts that open a paragraph and continue into the next, waiting for their speaker.
    private var pendingParts: [Int] = []
    /// `In a statement, Whitfield said:` closing a paragraph: who speaks the quotation that opens the
    /// next one.
    private var introduced: (attribution: Attribution, unit: Int)?
    private var headlineQuotes: [Int] = []
    /// Short quoted phrases of the body read as no quotation (no verb of saying beside them): put
    /// back at the end when a longer quotation of the page holds their words (`EchoedQuotations`).
    private var droppedPhrases: [Quote] = []
    /// For a quotation left with no speaker: the people its sentences name or stand for by a pronoun
    /// outside quotation marks, or nil for a quotation standing as its own paragraph. An echo of a
    /// longer quotation takes that quotation's speaker only when the speaker is among them.
    private var echoWitnesses: [TextSpan: Set<String>?] = [:]
    /// For a quotation left with no speaker: the one person its sentences name (`loneBystander`),
    /// whose voice it takes at the lowest confidence if nothing else gives it one by the end.
    private var loneWitness: [TextSpan: Int] = [:]
    /// The story's own words (`StoryTerms`), counted on the first single quoted word met.
    private var storyTerms: StoryTerms?
    /// Quoted phrases joined by "and" or "or" to the unquoted words before them in a sentence with no
    /// verb of saying (`isCoordinatedTerm`): given up at the end when nothing gave them a speaker.
    private var coordinatedTerms: Set<TextSpan> = []

    /// Words opening a clause before the sentence's main one: "When Patrick walked in, …".
    static let subordinators: WordSet = ["When", "After", "As", "While", "Before", "Although", "Though", "Because",
                                             "Since", "Once", "Until", "If"]

    /// Words that may open a sentence before its subject: "But he said", "Still, Smith …".
    static let openers: WordSet = ["But", "And", "Still", "Yet", "So", "Then", "Now", "Meanwhile", "However", "Later"]

    /// The last sentence of the body paragraph read before, when it held no quotation: whose subject
    /// a quotation standing as the next paragraph may be (`Nolan defended the ads.` then `“…”`).
    private var plainParagraphBefore: (unit: Int, last: SentenceInfo)?

    /// The first body block: where a dateline can stand.
    private let firstBodyBlock: Int?

    init(units: [TextUnit], published: String?, tagger: NameTagger? = nil) {
        self.units = units
        firstBodyBlock = units.first { $0.kind == .body }?.block
        knowledge = NameKnowledge(units: units, tagger: tagger)
        dateFinder = DateFinder(published: published)
    }

    mutating func run() {
        var previousOpenAtEnd = false
        for (unitIndex, unit) in units.enumerated() where unit.kind != .caption {
            let spans = QuoteScanner.spans(in: unit.chars)
            var infos: [SentenceInfo] = []
            let quoted = spans.map(\.inner)
            for sentence in unit.sentences.indices {
                // Past the work budget the story is cut short; whoever set the budget drops it.
                if WorkBudget.isOver { return }
                infos.append(analyse(unit, sentence: sentence, quoted: quoted))
            }
            for span in spans {
                let continues = previousOpenAtEnd && span.open == firstNonSpace(unit.chars)
                attribute(span, unit: unitIndex, infos: infos, quoted: quoted, continues: continues)
            }
            previousOpenAtEnd = spans.last.map { $0.close == nil } ?? false
            plainParagraphBefore = unit.kind == .body && spans.isEmpty ? infos.last.map { (unitIndex, $0) } : nil
            introduced = nil
            if let last = infos.last, last.tokens.last?.text == ":", spans.allSatisfy({ $0.close != nil }),
               let found = Attribution.before(open: last.tokens.count, in: last, registry: registry) {
                introduced = (found, unitIndex)
            } else if spans.isEmpty, unit.kind == .body, let last = infos.last, last.tokens.count > 1,
                      let found = Attribution.before(open: last.tokens.count - 1, in: last, registry: registry),
                      case .person = found.speaker, !found.cue.isEmpty, !SpeechVerbs.naming.contains(found.cue) {
                // "The chief executive, Ralph Orton, said in a statement that the closure was
                // unavoidable." with no quotation: the speaker of reported speech is the last speaker,
                // whom a quotation paragraph with no attribution after it goes on in.
                lastSpeaker = (found.speaker, unitIndex)
            }
        }
        // Captions: people only (a photographer in a credit is not here: credits are not read).
        let saved = recent
        for unit in units where unit.kind == .caption {
            for sentence in unit.sentences.indices { _ = analyse(unit, sentence: sentence) }
        }
        recent = saved
        attributeRolesNamedLater()
        attributeRepeatedQuotations()
        attributeHeadlineQuotes()
        let echoes = EchoedQuotations.attribute(&quotes, dropped: droppedPhrases) { quote, speaker in
            guard let witnesses = echoWitnesses[quote.span] else { return false }
            return witnesses.map { $0.contains(speaker) } ?? true
        }
        attributeLoneWitnesses(except: echoes)
        describeUnmarkedSpeakers()
        registry.showTitles(titledOneNames, in: &quotes)
        if !coordinatedTerms.isEmpty {
            quotes.removeAll { coordinatedTerms.contains($0.span) && $0.speaker == nil && $0.speakerDescription == nil }
        }
    }

    /// Words that join a quoted phrase to the unquoted words before it as one more of the same kind.
    static let coordinators: WordSet = ["and", "or"]

    /// `… with optimum use of automation and “fault detection, isolation and recovery” to …`: a quoted
    /// phrase inside a sentence, joined by "and" or "or" (at token `open` − 1) to the sentence's own
    /// words before it, in sentences with no verb of saying outside quotation marks. It is one more
    /// thing the sentence lists, a term held in marks; when no attribution of the story gives it a
    /// speaker or a description by the end, it is no quotation.
    static func isCoordinatedTerm(open: Int, sentences: ClosedRange<Int>, infos: [SentenceInfo], quoted: [Range<Int>]) -> Bool {
        guard let first = sentences.first, infos.indices.contains(first), open > 0,
              coordinators.contains(infos[first].tokens[open - 1].lower) else { return false }
        return !sentences.contains { s in
            infos.indices.contains(s) && infos[s].tokens.indices.contains { t in
                infos[s].tokens[t].isWord && !isQuoted(infos[s].tokens[t].range.lowerBound, quoted) && SpeechVerbs.isCue(at: t, in: infos[s])
            }
        }
    }

    /// The index of the capitalised word right after the comma (and any closing quotation mark) that
    /// ends a participle phrase opening the sentence ("Following a performance of “Black Water,”
    /// Simmons teed up …"), within `Attribution.longestOpeningClause` tokens; nil when the phrase holds
    /// a capitalised word outside quotation marks (it may name someone) or the rest of the sentence
    /// holds a quotation.
    static func frontedSubject(_ tokens: [Token], firstWord: Int, quoted: [Range<Int>]) -> Int? {
        guard firstWord < tokens.count, Attribution.isParticipleOpener(tokens[firstWord]),
              let comma = tokens.indices[firstWord...].prefix(Attribution.longestOpeningClause).first(where: { tokens[$0].text == "," })
        else { return nil }
        var after = comma + 1
        while after < tokens.count, QuoteScanner.isClosing(tokens[after].text) { after += 1 }
        guard after + 1 < tokens.count, tokens[after].isCapitalized,
              !((firstWord + 1)..<comma).contains(where: { tokens[$0].isCapitalized && !isQuoted(tokens[$0].range.lowerBound, quoted) }),
              !(after..<tokens.count).contains(where: { isQuoted(tokens[$0].range.lowerBound, quoted) })
        else { return nil }
        return after
    }

    /// The first index in `0..<count` where `test` holds, for a test that is false and then true.
    static func partition(_ count: Int, _ test: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if test(mid) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// Whether a character offset lies inside one of the quotations' ranges (in order, not overlapping).
    static func isQuoted(_ offset: Int, _ quoted: [Range<Int>]) -> Bool {
        let index = partition(quoted.count) { quoted[$0].upperBound > offset }
        return index < quoted.count && quoted[index].contains(offset)
    }

    private func firstNonSpace(_ chars: [Unicode.Scalar]) -> Int {
        var offset = 0
        while offset < chars.count, chars[offset].isWhitespace { offset += 1 }
        return offset
    }

    // MARK: Names

    /// Finds the names and pronouns of one sentence. Inside quotation marks (`quoted`) names count
    /// but move no focus and pronouns stay unresolved: the speaker's "he" is someone else's.
    private mutating func analyse(_ unit: TextUnit, sentence: Int, quoted: [Range<Int>] = []) -> SentenceInfo {
        let tokens = unit.tokens[sentence]
        var info = SentenceInfo(tokens: tokens)
        sentenceCount += 1
        if paragraph.block != unit.block { paragraph = (unit.block, [], []) }
        let caption = unit.kind == .caption
        let captionFocus = recent
        var runs: [(NameRun, EntityKind)] = []
        let merged = knowledge.merges.isEmpty ? [] : knowledge.merges[NameKnowledge.SentenceKey(block: unit.block, sentence: sentence)] ?? []
        // Each word's merge (the tagger's names do not overlap), and the merges already read: look-ups,
        // so a sentence of thousands of names stays linear.
        var mergeAt: [Int: Int] = [:]
        for (i, m) in merged.enumerated() { for word in m.words { mergeAt[word] = i } }
        var mergesRead = Set<Int>()
        for run in unit.nameRuns[sentence] {
            let over = mergeAt.isEmpty ? [] : Set(run.tokens.compactMap { mergeAt[$0] }).sorted().map { (index: $0, merge: merged[$0]) }
            if !over.isEmpty {
                // The tagger's names over this run and its neighbours ("Workers' Party of Belgium"), once.
                for (i, m) in over where mergesRead.insert(i).inserted {
                    var piece = run.piece(m.words, in: tokens)
                    piece.possessive = tokens[m.words.upperBound - 1].isPossessive
                    if m.kind == .person {
                        piece.name = NameKnowledge.mergedName(m.words, tokens)
                    } else {
                        let end = tokens[m.words.upperBound - 1].range.upperBound - (piece.possessive ? 2 : 0)
                        piece.name = String(scalars: unit.chars[tokens[m.words.lowerBound].range.lowerBound..<end])
                    }
                    runs.append((piece, m.kind))
                }
                continue
            }
            guard let trimmed = knowledge.trimmed(run, tokens) else { continue }
            if let pieces = knowledge.pieces(trimmed, tokens) {
                for (piece, kind) in pieces { runs.append((piece, kind ?? knowledge.classify(piece))) }
                continue
            }
            runs.append((trimmed, knowledge.classify(trimmed)))
        }
        // A dateline opens a wire story's first paragraph: its place counts, its capitals are no names.
        var skip = 0
        if unit.kind == .body, sentence == 0, unit.block == firstBodyBlock, let dateline = Dateline.find(in: tokens) {
            places.add(dateline.place)
            skip = dateline.tokens.upperBound
        }
        // The run starting at each token (-1: none), read at every token below: an array, not a dictionary.
        var runAt = [Int](repeating: -1, count: tokens.count)
        for (runIndex, (trimmed, _)) in runs.enumerated() where trimmed.whole.lowerBound >= skip { runAt[trimmed.tokens.lowerBound] = runIndex }
        let firstWord = tokens.firstIndex { $0.isWord && !StoryAnalysis.openers.contains($0.text) } ?? 0
        // "When Patrick walked in, …": the subject of a clause opening the sentence is in focus too.
        let clauseSubject = firstWord + 1 < tokens.count && Self.subordinators.contains(tokens[firstWord].text) ? firstWord + 1 : firstWord
        // "Following a performance of the hit, Simmons teed up the cameo.": the name right after the comma
        // that closes an opening participle phrase is the sentence's subject, when the phrase names no
        // one and the sentence holds no quotation (its voice is then the next quotation's "he").
        let fronted = unit.kind == .body ? Self.frontedSubject(tokens, firstWord: firstWord, quoted: quoted) : nil
        var resolvedHere: [Gender: Int] = [:]
        if unnamedSpeakerBlock != unit.block || unit.kind != .body { unnamedSpeakerBlock = nil }
        if unit.kind == .body, Self.opensOnUnnamedSpeaker(tokens, quoted: quoted),
           !unit.nameRuns[sentence].contains(where: { $0.tokens.lowerBound > 1 && !Self.isQuoted(tokens[$0.tokens.lowerBound].range.lowerBound, quoted) }) {
            unnamedSpeakerBlock = unit.block
        }
        var subject: Int?
        var laterSpeaker = false
        // People named inside this sentence's quotation marks so far: none of them is its "he" or "she".
        var namedInQuotation: Set<Int> = []
        var index = 0
        while index < tokens.count {
            if case let runIndex = runAt[index], runIndex >= 0 {
                var (run, kind) = runs[runIndex]
                // "the U.S.": the tokenizer leaves an initialism's last full stop out of the word (it may end
                // the sentence); a place's or a body's name written in dotted initials takes it back.
                let stop = kind != .person && kind != .none && Self.endsInDottedInitials(run, tokens)
                if stop { run.name += "." }
                if kind != .none, kind != .person || knowledge.personName(run) != nil {
                    let end = tokens[run.tokens.upperBound - 1].range.upperBound - (run.possessive ? 2 : 0) + (stop ? 1 : 0)
                    mentions.append(NameMention(block: unit.block, range: tokens[run.tokens.lowerBound].range.lowerBound..<end, kind: kind))
                }
                switch kind {
                case .person:
                    if let full = knowledge.personName(run) {
                        let isNew = !registry.contains(name: full)
                        let id = registry.mention(full, as: run.name, inCaption: caption)
                        if isNew { firstNamedSentence[id] = sentenceCount }
                        if run.tokens.lowerBound > 0 { titledOneNames.note(id, title: tokens[run.tokens.lowerBound - 1].text) }
                        registry.describe(id, Appositives.around(run, in: tokens), relationOf: focus)
                        if let title = run.prefix.last(where: { Gazetteer.titles.contains($0) && !Self.honorifics.contains($0) }) {
                            for noun in TitleRoles.nouns(for: title) + TitleRoles.nouns(forPrefix: run.prefix) { registry.title(id, noun) }
                        } else if let role = Self.roleBefore(run.whole.lowerBound, tokens) {
                            // "rescue leader Jon Tveit": "the rescue leader added" later is him.
                            registry.title(id, role)
                        } else {
                            // "Sen. Margaret Oyelowo": an abbreviated title the run leaves out.
                            for title in TitleRoles.abbreviations(before: run.whole.lowerBound, in: tokens).reversed() {
                                for noun in TitleRoles.nouns(for: title) { registry.title(id, noun) }
                            }
                        }
                        for token in run.whole { info.personAt[token] = id }
                        if run.whole.lowerBound > 0, !run.possessive, Self.beforeAThing.contains(tokens[run.whole.lowerBound - 1].lower) {
                            namedAsAThing.insert(id)
                        }
                        if isNew, let first = full.split(separator: " ").first {
                            switch givenNameGenders.gender(of: String(first)) {
                            case .male?: nameGenders[id] = .male
                            case .female?: nameGenders[id] = .female
                            case nil: break
                            }
                        }
                        if run.prefix.contains(where: Self.maleTitles.contains) { genders[id] = .male }
                        if run.prefix.contains(where: Self.femaleTitles.contains) { genders[id] = .female }
                        let namedQuoted = Self.isQuoted(tokens[run.tokens.lowerBound].range.lowerBound, quoted)
                        let inQuote = namedQuoted || Self.isCredit(run, tokens)
                        if unit.kind == .body, !inQuote { lastMentioned = id }
                        if namedQuoted { namedInQuotation.insert(id) }
                        if unit.kind == .body, !inQuote {
                            paragraph.named.insert(id)
                            if speaks(run, tokens) { paragraph.speakers.removeAll { $0 == id }; paragraph.speakers.append(id) }
                        }
                        let isFronted = run.whole.lowerBound == fronted && !run.possessive
                        if unit.kind != .title, !inQuote, isNew || run.whole.lowerBound <= clauseSubject || isFronted || speaks(run, tokens) {
                            setFocus(id)
                        }
                        if unit.kind == .body, !inQuote, !run.possessive, run.whole.lowerBound <= firstWord || isFronted, subject == nil { subject = id }
                        // Someone named later who speaks, or who is no object of a preposition ("with
                        // President Ilves"), may be whom the next pronoun means: the subject keeps no hold.
                        if subject != nil, subject != id, !inQuote, isNew || speaks(run, tokens),
                           speaks(run, tokens) || !(run.whole.lowerBound > 0 && Self.beforeBystander.contains(tokens[run.whole.lowerBound - 1].text)) {
                            laterSpeaker = true
                        }
                    }
                case .place:
                    if unit.kind == .body { places.add(run.name) }
                case .organisation:
                    if unit.kind == .body { organisations.add(run.name) }
                    for token in run.tokens { info.otherAt[token] = run.name }
                case .none:
                    break
                }
                index = run.tokens.upperBound
                continue
            }
            let word = tokens[index].text
            // "him", and "her" before punctuation or a preposition, is an object: not anyone named
            // earlier in its own sentence.
            let isObject = word == "him" || word == "her"
                && (index + 1 >= tokens.count || !tokens[index + 1].isWord || Self.afterObject.contains(tokens[index + 1].lower))
            // "“I cannot believe Ruth would leave,” she said": a speaker does not name herself inside
            // her words; whom the quotation before the pronoun names is not whom "she" stands for.
            let excluded = isObject ? Set(info.personAt.filter { $0.key < index }.map(\.value))
                : SpeechVerbs.subjectPronouns.contains(tokens[index].lower) ? namedInQuotation : []
            if unnamedSpeakerBlock != nil, SpeechVerbs.subjectPronouns.contains(tokens[index].lower) {
                // "A curator, who asked not to be named, said …. “…,” she said.": that curator, no one named.
            } else if Self.isResolvablePronoun(word), unit.kind != .title,
               !Self.isQuoted(tokens[index].range.lowerBound, quoted),
               let person = resolve(word, excluding: excluded, inSentence: &resolvedHere) {
                info.pronounAt[index] = person
                registry.pronoun(person)
            } else if tokens[index].isCapitalized, ["Police", "Officials", "Authorities", "Prosecutors"].contains(word) {
                info.otherAt[index] = word
            }
            index += 1
        }
        if caption { recent = captionFocus }
        // A person named outside quotation marks: "he" and "she" may be them again.
        if unnamedSpeakerBlock != nil, info.personAt.keys.contains(where: { !Self.isQuoted(tokens[$0].range.lowerBound, quoted) }) {
            unnamedSpeakerBlock = nil
        }
        // "Morrison was the third witness who heard the call with President Ilves. He said …": the
        // sentence's subject, not a person first named later in it, is whom the next "he" means.
        if let subject, focus != subject, !laterSpeaker { setFocus(subject) }
        if unit.kind == .body {
            dates += dateFinder.mentions(in: tokens, chars: unit.chars, offsets: unit.offsets, block: unit.block)
        }
        return info
    }

    /// Letters of the shortest role noun read before a name ("aide Jo Marsh"): shorter lower-case words
    /// there are mostly function words ("cut", "met").
    static let shortestRoleNoun = 3

    /// "union steward Paolo Renzi", "said rescue leader Jon Tveit": a lower-case noun right before a
    /// name is the person's role, the noun "the steward" stands for later. Nil for a word that is no
    /// noun there: a function word, a verb of saying, a past or a participle ("met Jon Tveit",
    /// "thanking Jon Tveit"), an adverb in "-ly".
    static func roleBefore(_ name: Int, _ tokens: [Token]) -> String? {
        guard name >= 1, tokens[name - 1].isWord, tokens[name - 1].text.first?.isLowercase == true else { return nil }
        let word = tokens[name - 1].text
        guard word.count >= shortestRoleNoun, word.allSatisfy({ $0.isLetter || $0 == "-" }),
              !word.hasSuffix("ed"), !word.hasSuffix("ing"), !word.hasSuffix("ly"),
              !Attribution.notRole.contains(word), !Appositives.stops.contains(word), !Appositives.prepositions.contains(word),
              !Appositives.notDescriptive.contains(word), !Appositives.possessives.contains(word),
              !SpeechVerbs.isCueAfterSpeaker(word), !SpeechVerbs.isAuxiliary(word), !Attribution.between.contains(word)
        else { return nil }
        return word
    }

    /// The paragraph whose sentence opened on a speaker described, not named ("A curator, who asked
    /// not to be named, said …"): "he" and "she" later in it are that speaker, not someone named
    /// earlier, until the paragraph names a person.
    private var unnamedSpeakerBlock: Int?

    /// Words that open a sentence on one unnamed person: "A curator", "One official", "Another resident".
    static let unnamedOpeners: WordSet = ["A", "An", "One", "Another"]

    /// The sentence opens on one unnamed person ("A curator", "One official" and a word in lower case)
    /// who is the subject of a verb of saying outside quotation marks later in the sentence.
    static func opensOnUnnamedSpeaker(_ tokens: [Token], quoted: [Range<Int>]) -> Bool {
        guard let first = tokens.firstIndex(where: \.isWord), unnamedOpeners.contains(tokens[first].text), first + 1 < tokens.count,
              tokens[first + 1].isWord, tokens[first + 1].text.first?.isLowercase == true else { return false }
        return tokens[(first + 2)...].contains { $0.isWord && SpeechVerbs.isCue($0.lower) && !isQuoted($0.range.lowerBound, quoted) }
    }

    /// Words that open a picture's credit: "Photo: Meg Marsh, AP".
    static let creditWords: WordSet = ["Photo", "Photograph", "Picture", "Image", "Credit", "Photos", "Video"]

    /// A photographer's name in a credit the page left in its text ("… in 2019. Jo Marsh / AP file",
    /// "Photo: Jo Marsh, AP"): no one the story is about, so no focus for the next "he" or "she".
    static func isCredit(_ run: NameRun, _ tokens: [Token]) -> Bool {
        let after = run.whole.upperBound
        if after < tokens.count, tokens[after].text == "/" { return true }
        let before = run.whole.lowerBound
        if before >= 1, tokens[before - 1].text == "/" { return true }
        return before >= 2 && tokens[before - 1].text == ":" && creditWords.contains(tokens[before - 2].text)
    }

    /// The run's last word is an initialism with full stops ("U.S", "D.C", "U.K") and a full stop
    /// follows it at once: "U.S." with its own stop.
    static func endsInDottedInitials(_ run: NameRun, _ tokens: [Token]) -> Bool {
        let last = run.tokens.upperBound - 1
        guard !run.possessive, last + 1 < tokens.count, tokens[last + 1].text == ".",
              tokens[last + 1].range.lowerBound == tokens[last].range.upperBound else { return false }
        let parts = tokens[last].text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.first?.isUppercase == true }
    }

    /// "X said", "X, 50, said", "said X": the person is speaking, so "he" will be them.
    private func speaks(_ run: NameRun, _ tokens: [Token]) -> Bool {
        var index = Attribution.pastParenthesis(at: run.tokens.upperBound, in: tokens)
        while index < tokens.count, Attribution.isBetween(tokens[index]) || SpeechVerbs.isAuxiliary(tokens[index].lower) { index += 1 }
        if index < tokens.count, SpeechVerbs.cues.contains(tokens[index].lower) { return true }
        // "Stafford, a member of the Apollo 10 crew, responded": a verb of saying after the apposition.
        if index < tokens.count, tokens[index].text == "," {
            for close in tokens.indices[(index + 1)...].prefix(Attribution.longestCommaApposition) where tokens[close].text == "," {
                var verb = close + 1
                while verb < tokens.count, Attribution.isBetween(tokens[verb]) || SpeechVerbs.isAuxiliary(tokens[verb].lower) { verb += 1 }
                if verb < tokens.count, SpeechVerbs.cues.contains(tokens[verb].lower), !SpeechVerbs.naming.contains(tokens[verb].lower) { return true }
            }
        }
        let before = run.whole.lowerBound - 1
        guard before >= 0, SpeechVerbs.inverted.contains(tokens[before].lower) else { return false }
        return Self.endsInvertedSpeaker(after: run.whole.upperBound, tokens)
    }

    /// Whether a name after "said" is the one speaking: "said Smith.", "said Smith, 45,", "said Smith
    /// in a statement"; not the subject of the reported clause ("Villa said Tyvak would …", "Shotwell
    /// said Starship missions could begin …"), which is followed by its verb or by more of its noun.
    static func endsInvertedSpeaker(after index: Int, _ tokens: [Token]) -> Bool {
        guard index < tokens.count, tokens[index].isWord else { return true }
        let word = tokens[index].lower
        if SpeechVerbs.isAuxiliary(word) { return false }
        return tokens[index].isCapitalized || afterInvertedSpeaker.contains(word)
    }

    /// Lower-case words that follow the speaker of an inverted "said Smith": prepositions, time
    /// words and the start of a relative or added clause.
    static let afterInvertedSpeaker: WordSet = [
        "in", "on", "at", "of", "from", "to", "for", "with", "by", "after", "before", "during", "when", "while",
        "as", "and", "but", "who", "whose", "adding", "noting", "yesterday", "today", "tonight", "last", "this",
        "earlier", "later", "recently", "then", "again", "too", "also", "via", "through", "about", "over", "since",
    ]

    // MARK: Quotations

    /// Decides whether a quoted span is a quotation and, if so, who said it.
    private mutating func attribute(_ span: QuoteSpan, unit unitIndex: Int, infos: [SentenceInfo], quoted: [Range<Int>], continues: Bool) {
        let unit = units[unitIndex]
        var inner = unit.chars[span.inner]
        // "“…,” he said": the comma belongs to the sentence around the quotation.
        while let last = inner.last, last == "," || last == ";" || last == ":" { inner = inner.dropLast() }
        let text = String(scalars: inner)
        let words = WordTokenizer.tokens(unit.chars, in: span.inner).filter(\.isWord)
        guard !words.isEmpty else { return }
        // Sentences are in order and do not overlap: binary searches, so a paragraph of thousands of
        // quotations costs no more per quotation than a short one.
        let firstEnding = Self.partition(unit.sentences.count) { unit.sentences[$0].upperBound > span.open }
        let openSentence = firstEnding < unit.sentences.count ? firstEnding : 0
        let closeSentence = span.close.flatMap { close in
            let after = Self.partition(unit.sentences.count) { unit.sentences[$0].lowerBound > close }
            return after > 0 ? after - 1 : nil
        } ?? (unit.sentences.count - 1)
        let openToken = infos.indices.contains(openSentence) ? infos[openSentence].index(ofChar: span.open) : nil
        let closeToken = span.close.flatMap { close in infos.indices.contains(closeSentence) ? infos[closeSentence].index(ofChar: close) : nil }

        // `## “Lower costs without a drop in effectiveness”`: a crosshead that is a quotation alone
        // quotes the story as a headline does, often in words of its own (read as a headline's).
        if unit.kind == .title || unit.isHeading && !continues && standsAlone(span, unit: unit) {
            // Headlines quote a phrase of the story without saying who: matched to the body later.
            guard !isName(words) else { return }
            quotes.append(Quote(text: text, span: textSpan(unit, span)))
            headlineQuotes.append(quotes.count - 1)
            return
        }

        // `being able to “taste” and “smell” pathogens` in a story that writes "taste" and "smell"
        // throughout: one word of the story's own, held in marks inside a sentence, is no quotation.
        if !continues, span.close != nil, words.count == 1, !opensSentence(span, unit: unit, sentence: openSentence) {
            if storyTerms == nil { storyTerms = StoryTerms(units: units) }
            if storyTerms!.isStoryTerm(words[0].lower) { return }
        }
        var found: Attribution?
        if let closeToken { found = Attribution.after(close: closeToken, in: infos[closeSentence], registry: registry) }
        let foundAfter = found != nil
        // “Takin’ It To the Streets”, “Financial Freedom: A Proven Path to …”: a title or a slogan is
        // no quotation, whatever verb stands earlier in the sentence ("According to LN, expect to hear
        // … “Listen To The Music,” …"); only a verb of saying right after it makes it someone's words.
        // After "his book" or "a song called", even a verb of saying after it does not make it words said.
        if !continues, span.close != nil, QuotedTitles.isTitleCased(words.map(\.text)),
           found == nil || openToken.map({ QuotedTitles.followsTitleNoun(infos[openSentence].tokens, open: $0)
                                              || QuotedTitles.isObjectOfAWord(infos[openSentence].tokens, open: $0) }) == true { return }
        // "a report titled “A town that works for everyone”", "signs reading “Droste out”": a title in
        // any case, an inscription: no one's words.
        if let openToken, span.close != nil, !continues, words.count < QuotedTitles.longestTitle,
           QuotedTitles.followsTitling(infos[openSentence].tokens, open: openToken)
            || QuotedTitles.followsInscription(infos[openSentence].tokens, open: openToken) { return }
        // "so-called “experts”": a label held at a distance.
        if let openToken, span.close != nil, words.count <= QuotedTitles.longestTitle,
           QuotedTitles.followsDistancing(infos[openSentence].tokens, open: openToken) { return }
        // "the term “three wise men”", "known as the “Three Bells”": words mentioned, not said.
        if let openToken, span.close != nil, !continues, words.count <= Self.longestShortQuotation,
           QuotedTitles.followsMention(infos[openSentence].tokens, open: openToken) { return }
        // `he said, “…,” the prosecutor's office said`: the office reports the words; the person whose
        // verb of saying stands right before the opening mark spoke them.
        if case .described? = found?.speaker, let openToken, openToken >= 2, openSentence == closeSentence,
           [",", ":"].contains(infos[openSentence].tokens[openToken - 1].text),
           SpeechVerbs.isCue(infos[openSentence].tokens[openToken - 2].lower),
           let inner = Attribution.before(open: openToken, in: infos[openSentence], registry: registry),
           case .person = inner.speaker {
            found = inner
        }
        if found == nil, let openToken { found = Attribution.framing(open: openToken, in: infos[openSentence]) }
        if found == nil, let openToken {
            found = Attribution.before(open: openToken, in: infos[openSentence], registry: registry, participles: words.count > Self.longestShortQuotation)
        }
        if found == nil, let closeToken, words.count > 4 { found = Attribution.closingClause(after: closeToken, in: infos[closeSentence], registry: registry) }
        let short = words.count <= Self.longestShortQuotation && !continues && span.close != nil
        let wholeSentence = short && isWholeSentence(span, words, unit: unit, sentence: openSentence)
        if short {
            // Names ("“Pahonia”") and scare quotes ("no “velvet revolution”") are not quotations:
            // a short quoted phrase counts only when a verb of saying introduces or follows it.
            // A one-word sentence said ("The source answered, “Correct.”", "“Everything.”" after an
            // attributed quotation of the paragraph) is a quotation; a name carries no stop of its own
            // unless it ends the sentence around it ("a unit called “Pahonia.”": a naming verb).
            // “Splendid,” Hale said.: a word opening its sentence with the comma of a quoted sentence
            // inside the marks, a verb of saying and a name right after them, is a word said.
            let saidWord = words.count == 1 && foundAfter && opensSentence(span, unit: unit, sentence: openSentence)
                && endsWithComma(span, unit: unit)
                && found.map { !SpeechVerbs.naming.contains($0.cue) && $0.confidence >= .namedAfterVerb } == true
            if isName(words), !saidWord, !(words.count == 1 && endsWithOwnStop(span, unit: unit)
                                 && (found.map { !SpeechVerbs.naming.contains($0.cue) } ?? false
                                     || opensSentence(span, unit: unit, sentence: openSentence) && lastSpeaker?.unit == unitIndex)) {
                if standsAlone(span, unit: unit) { droppedPhrases.append(Quote(text: text, span: textSpan(unit, span))) }
                return
            }
            // A phrase quoted inside reported speech ("lamented the “bickering”") is a partial quotation
            // even when its speaker is not named in the sentence.
            if found == nil, !(openToken.map { Attribution.reportedSpeech(before: $0, in: infos[openSentence]) } ?? false),
               !wholeSentence {
                if standsAlone(span, unit: unit) { droppedPhrases.append(Quote(text: text, span: textSpan(unit, span))) }
                return
            }
        }
        let partial = short && found == nil && !wholeSentence
        let endsSentence = span.close.map { close in closeSentence < unit.sentences.count && closesSentence(unit, close, closeSentence) } ?? true
        if found == nil, endsSentence, closeSentence + 1 < infos.count {
            found = Attribution.opening(of: infos[closeSentence + 1], registry: registry)
        }
        // `Fenn was calm. “We will talk again.”`: a quotation opening a sentence after one whose subject
        // is a person is that person's, whoever the next paragraph opens with.
        let subjectBefore = found == nil && openSentence > 0 && span.open != firstNonSpace(unit.chars)
            && opensSentence(span, unit: unit, sentence: openSentence)
            && Attribution.subject(of: infos[openSentence - 1], outside: { Self.isQuoted($0, quoted) }) != nil
        if found == nil, endsSentence, closeSentence + 1 >= infos.count, unitIndex + 1 < units.count, units[unitIndex + 1].kind == .body,
           !units[unitIndex + 1].sentences.isEmpty, lastSpeaker?.unit != unitIndex, !subjectBefore {
            // The speaker named in the next paragraph's first sentence ("Smith said."), unless this
            // paragraph already has one: then the next opens a new turn ("Drummond conceded gracefully.").
            var peek = self
            let info = peek.analyse(units[unitIndex + 1], sentence: 0)
            found = Attribution.opening(of: info, registry: peek.registry)
            // A speaker first named there has an id only in the look-ahead's registry: reserve it here.
            if case .person(let id)? = found?.speaker, id >= registry.people.count {
                found?.speaker = .person(registry.reserve(peek.registry.name(id)))
            }
        }
        if case .described(let phrase)? = found?.speaker, let id = epithetHolder(phrase), let cue = found?.cue {
            found = Attribution(speaker: .person(id), cue: cue, confidence: .epithet)
        }
        var quote = Quote(text: text, span: textSpan(unit, span))
        let startsParagraph = span.open == firstNonSpace(unit.chars)
        if !continues, span.close != nil, !startsParagraph, !opensSentence(span, unit: unit, sentence: openSentence),
           !standsAlone(span, unit: unit), let openToken,
           Self.isCoordinatedTerm(open: openToken, sentences: openSentence...max(openSentence, closeSentence), infos: infos, quoted: quoted) {
            coordinatedTerms.insert(quote.span)
        }
        if partial {
            // Unattributed reported speech: not the previous speaker's words.
        } else if found == nil, let openToken, Attribution.reportedByCommonNoun(before: openToken, in: infos[openSentence]) {
            // `A review of 27 trials concluded that “…”`: a study, a report or a filing says these
            // words, not the paragraph's last speaker.
        } else if found == nil, startsParagraph, let intro = introduced, intro.unit == unitIndex - 1 {
            // `Whitfield said:` ending the paragraph before: the quotation it introduces.
            found = intro.attribution
        } else if found == nil, !startsParagraph, openSentence > 0, opensSentence(span, unit: unit, sentence: openSentence),
                  let subject = Attribution.subject(of: infos[openSentence - 1], outside: { Self.isQuoted($0, quoted) }),
                  !subject.pronoun || lastSpeaker?.unit != unitIndex {
            // `Arrowood smiled. “Ask me in the spring.”`: the sentence before says who. A pronoun there
            // is weaker evidence than a speaker already attributed in the paragraph.
            found = Attribution(speaker: .person(subject.id), cue: "", confidence: .subjectOfSentenceBefore)
        } else if found == nil, let last = lastSpeaker, last.unit == unitIndex {
            // “…,” said X. “…”: a second quotation in the same paragraph is the same speaker's.
            found = Attribution(speaker: last.speaker, cue: "", confidence: .sameParagraph)
        } else if found == nil, openSentence > 0, infos[openSentence - 1].tokens.count > 1,
                  let reported = Attribution.before(open: infos[openSentence - 1].tokens.count - 1, in: infos[openSentence - 1], registry: registry),
                  case .person = reported.speaker, !reported.cue.isEmpty, !SpeechVerbs.naming.contains(reported.cue) {
            // `…, Howitt says. Just because …, “that doesn’t mean …”`: the sentence before reports its
            // speaker's words; the quotation in the next goes on in that voice.
            found = Attribution(speaker: reported.speaker, cue: "", confidence: .subjectOfSentenceBefore)
        } else if found == nil, startsParagraph, span.close == nil, !continues, nextParagraphContinues(unitIndex) {
            // A quotation over several paragraphs names its speaker where it ends: its parts wait for
            // that attribution (`pendingParts`) rather than take the last speaker's.
        } else if found == nil, startsParagraph, !continues, plainParagraphBefore?.unit == unitIndex - 1,
                  lastSpeaker?.unit != unitIndex - 1, opensOnABody(units[unitIndex - 1]) {
            // `The company disputed the claims in a statement.` then a quotation standing as its own
            // paragraph: the body speaks it, not the person quoted before.
        } else if found == nil, startsParagraph, !continues, let before = plainParagraphBefore, before.unit == unitIndex - 1,
                  let subject = Attribution.subject(of: before.last, outside: { _ in false }), !subject.pronoun,
                  lastSpeaker.map({ $0.unit < unitIndex - 1 }) ?? true {
            // `Nolan was unrepentant on Tuesday.` then `“We knew people would talk.”` as its own
            // paragraph: the person the paragraph before ends on is the voice, not an earlier speaker.
            found = Attribution(speaker: .person(subject.id), cue: "", confidence: .lastSpeakerNearby)
        } else if found == nil, startsParagraph, let last = lastSpeaker, unitIndex - last.unit <= 2 || continues {
            // A quotation paragraph with no attribution goes on in the voice of the last speaker.
            found = Attribution(speaker: last.speaker, cue: "", confidence: continues ? .continuedQuotation : .lastSpeakerNearby)
        }
        // `Hale’s uncle told Varga that “…”`: a speaker carried over from elsewhere in the story is not
        // the one the quotation's own sentence says is told the words.
        if case .person(let id)? = found?.speaker, found?.cue == "", let openToken,
           Attribution.listener(before: openToken, in: infos[openSentence]) == id {
            found = nil
        }
        if let found {
            apply(found, to: &quote)
            lastSpeaker = (found.speaker, unitIndex)
            // `“…,” Steve Clarke, deputy administrator in NASA’s Science Mission Directorate, said.` ending
            // its paragraph: the speaker, not a name inside the apposition, is whom the next "he" means.
            if case .person(let id) = found.speaker, found.confidence >= .acrossApposition, found.cue != "",
               closeSentence == unit.sentences.count - 1 || span.close == nil {
                setFocus(id)
            }
            for part in pendingParts where quotes[part].speaker == nil && quotes[part].speakerDescription == nil {
                apply(found, to: &quotes[part])
            }
            pendingParts.removeAll()
        }
        quote.continuesPrevious = continues
        if found == nil, let id = loneBystander(openSentence...max(openSentence, closeSentence), infos: infos, quoted: quoted) {
            loneWitness[quote.span] = id
        }
        if found == nil {
            if standsAlone(span, unit: unit) {
                echoWitnesses[quote.span] = .some(nil)
            } else {
                var ids: Set<Int> = []
                for sentence in openSentence...max(openSentence, closeSentence) where infos.indices.contains(sentence) {
                    let info = infos[sentence]
                    for (token, id) in info.personAt.merging(info.pronounAt, uniquingKeysWith: { a, _ in a })
                    where !Self.isQuoted(info.tokens[token].range.lowerBound, quoted) { ids.insert(id) }
                }
                echoWitnesses[quote.span] = Set(ids.map { registry.name($0) })
            }
        }
        quotes.append(quote)
        if span.close == nil { pendingParts.append(quotes.count - 1) } else { pendingParts.removeAll() }
    }

    /// The one person a quotation's sentences name or stand for by a pronoun outside quotation marks,
    /// when there is exactly one and nothing marks them as anything but a person: `It was defined by
    /// the engineer Arvid Lund as “…”`, with no verb of saying the patterns read. A person named after a verb
    /// of saying of the sentence is inside the words reported (`X said that Roe “…”`), not their voice.
    private func loneBystander(_ sentences: ClosedRange<Int>, infos: [SentenceInfo], quoted: [Range<Int>]) -> Int? {
        var ids: Set<Int> = []
        for sentence in sentences where infos.indices.contains(sentence) {
            let info = infos[sentence]
            let firstCue = info.tokens.indices.first { info.tokens[$0].isWord && SpeechVerbs.isCue(at: $0, in: info) } ?? info.tokens.count
            for (token, id) in info.personAt.merging(info.pronounAt, uniquingKeysWith: { a, _ in a })
            where token < firstCue && !Self.isQuoted(info.tokens[token].range.lowerBound, quoted)
                && !Self.ownsTheSubject(token, before: firstCue, info.tokens) {
                ids.insert(id)
                if ids.count > 1 { return nil }
            }
        }
        guard let id = ids.first, isSurelyPerson(id), !isPlaceSpeaking(id), !isBodySpeaking(id) else { return nil }
        return id
    }

    /// Lower-case words between a possessive name and the verb of saying it owns the subject of, at
    /// most ("Hale’s late uncle told", "Ford’s now-deceased father told").
    static let longestOwnedSubject = 3

    /// `Hale’s late uncle told Varga that “…”`: the name at `token`, in the possessive, owns the noun
    /// phrase of lower-case words that runs to the verb of saying at `cue`; that phrase's person
    /// speaks, not the owner.
    static func ownsTheSubject(_ token: Int, before cue: Int, _ tokens: [Token]) -> Bool {
        guard cue < tokens.count, tokens[token].isPossessive else { return false }
        let between = tokens[(token + 1)..<cue]
        return !between.isEmpty && between.count <= longestOwnedSubject && between.allSatisfy { $0.isWord && $0.startsLowercase }
    }

    /// Words of a quoted phrase that may be a name, a scare quote or a title rather than someone's
    /// words: such a phrase counts only when a verb of saying introduces or follows it.
    static let longestShortQuotation = 4

    /// Nouns that describe a person without naming a post anyone else could hold: "the French
    /// teenager said" after "Dufresne, 19, was in tears" is Dufresne, where "the spokeswoman said"
    /// may be someone not named yet.
    static let epithets: WordSet = ["teenager", "youngster", "veteran", "star", "champion", "rookie", "newcomer"]

    /// The person in focus, for "the <words> <epithet>" with no possessive among its words, and for
    /// "the 56-year-old" when no one was given that age: only a person has an age.
    private func epithetHolder(_ phrase: String) -> Int? {
        let words = phrase.split(separator: " ")
        if words.count == 2, words[0] == "the" || words[0] == "The", Appositives.age(in: String(words[1])) != nil {
            // Someone given another age is not "the 31-year-old": the latest person in focus with no age.
            if let id = lastMentioned ?? focus, registry.people[id].age == nil { return id }
            return recent.last { registry.people[$0].age == nil }
        }
        guard words.count >= 2, words[0] == "the" || words[0] == "The", let last = words.last,
              Self.epithets.contains(String(last)),
              !words.dropFirst().contains(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") })
        else { return nil }
        return focus
    }

    /// Nouns of a body or a document that speaks in news copy: "The company", "A spokesperson for
    /// Kestrel Mining", "The lawsuit".
    static let speakingBodies: WordSet = [
        "company", "firm", "department", "agency", "ministry", "office", "council", "board", "government",
        "administration", "police", "statement", "lawsuit", "complaint", "filing", "report", "union", "group",
        "campaign", "organisation", "organization", "committee", "university", "district", "club", "hospital",
        "airline", "bank", "spokesperson", "spokesman", "spokeswoman", "representative",
    ]

    /// Lower-case words after the determiner that a body's noun may stand among ("The mining company").
    static let longestBodyPhrase = 3

    /// A body paragraph that opens on a body or a document as its subject ("The company disputed the
    /// claims.", "A spokesperson for Kestrel declined to comment but …"): the quotation standing as
    /// the next paragraph is theirs. Not a role the story gave someone ("The spokeswoman" after
    /// "spokeswoman Jo Marsh"): that person may speak on. The caller asks it of a paragraph with no
    /// quotation (`plainParagraphBefore`, from the quotation scan `run` made of it).
    private func opensOnABody(_ unit: TextUnit) -> Bool {
        guard unit.kind == .body, let tokens = unit.tokens.first else { return false }
        var first = 0
        while first < tokens.count, !tokens[first].isWord || Self.openers.contains(tokens[first].text) { first += 1 }
        guard first + 1 < tokens.count, ["The", "A", "An"].contains(tokens[first].text) else { return false }
        let words = tokens[(first + 1)...].prefix(Self.longestBodyPhrase).prefix { $0.isWord && $0.startsLowercase }
        guard let body = words.first(where: { Self.speakingBodies.contains($0.lower) }) else { return false }
        return !words.contains { registry.find(noun: $0.lower) != nil } && registry.find(title: body.lower) == nil
    }

    /// The next body paragraph opens with a quotation mark: it carries on a quotation left open.
    private func nextParagraphContinues(_ unitIndex: Int) -> Bool {
        guard unitIndex + 1 < units.count, units[unitIndex + 1].kind == .body else { return false }
        let chars = units[unitIndex + 1].chars
        let first = firstNonSpace(chars)
        return first < chars.count && QuoteScanner.isDoubleOpening(chars[first])
    }

    /// A one-word "person" nothing marks as one (no title, gender, age or description) that the
    /// installed lists know as a place and not as a given name ("Tottenham said in a statement"): a
    /// club, a town's council or a team speaking, given as a description rather than a person.
    /// A people named by its nationality ("Americans", "Israelis") is no one person either.
    private func isPlaceSpeaking(_ id: Int) -> Bool {
        let person = registry.people[id]
        guard !person.name.contains(" "), genders[id] == nil, person.age == nil, person.descriptions.isEmpty else { return false }
        if Gazetteer.demonyms.contains(person.name) { return true }
        guard !knowledge.lists.isEmpty, knowledge.lists.isPlace(person.name) else { return false }
        return knowledge.lists.givenNameFrequency(person.name) == 0
    }

    /// A "person" whose last word names a kind of body ("Kestrel Institutional Research", "Halden
    /// Capital Partners", "Ministry") and whom nothing marks as a person (no title, gender,
    /// age or description): a firm or an office speaking, given as a description.
    private func isBodySpeaking(_ id: Int) -> Bool {
        let person = registry.people[id]
        guard genders[id] == nil, person.age == nil, person.descriptions.isEmpty,
              let last = person.name.split(separator: " ").last.map(String.init) else { return false }
        return Gazetteer.organisationWords.contains(last) || SpeechVerbs.bodyEndings.contains(last)
    }

    /// "Shulman said" after "Mikey Shulman, a lecturer at …": a one-word speaker the name tagger read as
    /// a body is the one person named earlier with that surname (none when two share it).
    func surnameHolder(_ word: String) -> Int? {
        guard !word.contains(" "), word.first?.isUppercase == true else { return nil }
        let holders = registry.people.indices.filter { id in
            let name = registry.people[id].name
            return name.contains(" ") && NameKnowledge.surname(of: name) == word
        }
        return holders.count == 1 ? holders[0] : nil
    }

    private func apply(_ attribution: Attribution, to quote: inout Quote) {
        switch attribution.speaker {
        case .person(let id) where isPlaceSpeaking(id) || isBodySpeaking(id): quote.speakerDescription = registry.name(id)
        case .person(let id): quote.speaker = registry.name(id)
        case .described(let description):
            if let id = surnameHolder(description) {
                quote.speaker = registry.name(id)
            } else {
                quote.speakerDescription = description
            }
        }
        quote.cue = attribution.cue.isEmpty ? nil : attribution.cue
        quote.confidence = attribution.confidence.value
    }

    /// The closing mark is the last thing of its sentence but for punctuation.
    private func closesSentence(_ unit: TextUnit, _ close: Int, _ sentence: Int) -> Bool {
        let end = unit.sentences[sentence].upperBound
        var index = close + 1
        while index < end, unit.chars[index].isPunctuation || unit.chars[index].isWhitespace { index += 1 }
        return index >= end
    }

    private func textSpan(_ unit: TextUnit, _ span: QuoteSpan) -> TextSpan {
        let characters = unit.offsets.characterRange(span.inner)
        return TextSpan(block: unit.block, charStart: characters.lowerBound, charEnd: characters.upperBound)
    }

    /// The opening mark is the first thing of its sentence.
    private func opensSentence(_ span: QuoteSpan, unit: TextUnit, sentence: Int) -> Bool {
        guard unit.sentences.indices.contains(sentence) else { return false }
        var first = unit.sentences[sentence].lowerBound
        while first < span.open, unit.chars[first].isWhitespace { first += 1 }
        return first == span.open
    }

    /// `“It adds up.”` standing as a sentence of its own: it opens its sentence, starts with a capital
    /// and ends with the sentence's own stop inside the marks. A short quoted sentence is said by
    /// someone, where a short quoted phrase inside a sentence may be a scare quote.
    private func isWholeSentence(_ span: QuoteSpan, _ words: [Token], unit: TextUnit, sentence: Int) -> Bool {
        guard let close = span.close, words.first?.isCapitalized == true, opensSentence(span, unit: unit, sentence: sentence) else { return false }
        var last = close - 1
        while last > span.inner.lowerBound, unit.chars[last].isWhitespace { last -= 1 }
        return ".!?".unicodeScalars.contains(unit.chars[last])
    }

    /// A quoted phrase that is its paragraph, but for a number and punctuation around it (`3. “Not a
    /// back channel”`): a crosshead quoting the story, not a phrase used in a sentence.
    private func standsAlone(_ span: QuoteSpan, unit: TextUnit) -> Bool {
        guard let close = span.close else { return false }
        func furniture(_ c: Unicode.Scalar) -> Bool {
            c.properties.isWhitespace || c.properties.numericType != nil || ".:)-–—".unicodeScalars.contains(c)
        }
        return unit.chars[..<span.open].allSatisfy(furniture) && unit.chars[(close + 1)...].allSatisfy(furniture)
    }

    /// The quoted words end with a comma inside the marks ("“Splendid,” she said").
    private func endsWithComma(_ span: QuoteSpan, unit: TextUnit) -> Bool {
        span.close != nil && unit.chars[span.inner].last == ","
    }

    /// The quoted words end with a stop of their own inside the marks ("“Correct.”", "“Never!”").
    private func endsWithOwnStop(_ span: QuoteSpan, unit: TextUnit) -> Bool {
        guard span.close != nil, let last = unit.chars[span.inner].last else { return false }
        return ".!?".unicodeScalars.contains(last)
    }

    /// "“Pahonia”", "“Hero of Ukraine”": every word capitalised but the small joining words.
    private func isName(_ words: [Token]) -> Bool {
        words.count <= 6 && words.allSatisfy { $0.isCapitalized || NameRun.connectors.contains($0.text) }
            && words.first?.isCapitalized == true && words.count < 4 || (words.count == 1 && words[0].isCapitalized)
    }

    /// `The prime minister lamented the “bickering” …` before `Prime Minister Helena Carvalho` is
    /// named: a quotation given to "the <role>" goes to the person the story titles with that role,
    /// once the whole story has been read, or to the one person it describes with the role alone
    /// ("The spokeswoman, Clodagh Brennan, said"). A longer description read later ("Roe, who founded
    /// the company") is too loose to name who "the company said" was.
    private mutating func attributeRolesNamedLater() {
        var holders: [String: Int?]?
        for index in quotes.indices where quotes[index].speaker == nil {
            guard let description = quotes[index].speakerDescription, description.hasPrefix("the ") || description.hasPrefix("The "),
                  let noun = description.split(separator: " ").last, noun.first?.isLowercase == true else { continue }
            if holders == nil { holders = registry.roleHolders() }
            guard let id = registry.find(title: String(noun)) ?? holders?[String(noun)] ?? nil else { continue }
            quotes[index].speaker = registry.name(id)
            quotes[index].speakerDescription = nil
            quotes[index].confidence = min(quotes[index].confidence, AttributionConfidence.describedSpeaker.value)
        }
    }

    /// A quotation of fewer words may be repeated by different people ("a lot"); this many words
    /// said twice are one person's, repeated by the page.
    static let shortestRepeatedQuotation = 6

    /// A page that repeats quotations far from their speakers (a summary, a box of highlights) gives
    /// each repeat the speaker of its surest attributed occurrence, the earliest among equals: the
    /// repeat's own "he told …" reads the focus of somewhere else in the page. A repeat keeps its own
    /// speaker unless its paragraph repeats two quotations or more (a copied passage).
    private mutating func attributeRepeatedQuotations() {
        var best: [String: Int] = [:]
        var folded: [String?] = []
        for index in quotes.indices {
            guard quotes[index].span.block >= 0, Self.spaceSeparatedCount(quotes[index].text) >= Self.shortestRepeatedQuotation else {
                folded.append(nil)
                continue
            }
            let key = Self.folded(quotes[index].text)
            folded.append(key)
            guard quotes[index].speaker != nil else { continue }
            if let other = best[key], quotes[other].confidence >= quotes[index].confidence { continue }
            best[key] = index
        }
        // A block that repeats two quotations or more is a copy of a passage; one quotation the page
        // gives twice with a speaker each time may be words one speaker took from another.
        var repeatsInBlock: [Int: Int] = [:]
        var seen: [String: Int] = [:]
        for index in quotes.indices { if let key = folded[index] { seen[key, default: 0] += 1 } }
        for index in quotes.indices where folded[index].map({ seen[$0, default: 0] > 1 }) == true {
            repeatsInBlock[quotes[index].span.block, default: 0] += 1
        }
        for index in quotes.indices {
            guard let key = folded[index], let source = best[key], source != index,
                  quotes[source].speaker != quotes[index].speaker,
                  quotes[index].speaker == nil || repeatsInBlock[quotes[index].span.block, default: 0] >= 2 else { continue }
            quotes[index].speaker = quotes[source].speaker
            quotes[index].speakerDescription = nil
            quotes[index].cue = quotes[source].cue
            quotes[index].confidence = min(quotes[source].confidence, AttributionConfidence.repeatedQuotation.value)
        }
    }

    /// A quotation no pattern, paragraph or echo gave a speaker takes the one person its sentences
    /// name (`loneWitness`), at `AttributionConfidence.lonePerson`: a story that names one person
    /// beside words quoted most often quotes them, and the confidence says it is the weakest reading.
    /// Not for `echoes`: words another speaker said, quoted again.
    private mutating func attributeLoneWitnesses(except echoes: Set<TextSpan>) {
        for index in quotes.indices where quotes[index].speaker == nil && quotes[index].speakerDescription == nil {
            guard !echoes.contains(quotes[index].span), let id = loneWitness[quotes[index].span] else { continue }
            quotes[index].speaker = registry.name(id)
            quotes[index].confidence = AttributionConfidence.lonePerson.value
        }
    }

    /// Prepositions before a name that make it a place, a site or a service rather than a person:
    /// "posted on Weibo", "a job at Netflix", "via Instagram".
    static let beforeAThing: WordSet = ["on", "at", "via"]

    /// People the story names right after one of `beforeAThing` somewhere.
    private var namedAsAThing: Set<Int> = []

    /// A one-word speaker that nothing in the whole story marks as a person (no title, pronoun, age,
    /// description, and no given name) and that the story names as a thing somewhere ("on Weibo",
    /// "at Netflix"), or that is written in capitals ("HCA"), is a body or a service the names stage
    /// took for someone: given as a description, as a body speaking is. A surname met alone
    /// ("Schiff asked") stays a person.
    private mutating func describeUnmarkedSpeakers() {
        for index in quotes.indices {
            guard let speaker = quotes[index].speaker, !speaker.contains(" "), let id = registry.id(named: speaker),
                  !isSurelyPerson(id), nameGenders[id] == nil,
                  namedAsAThing.contains(id) || speaker.count > 1 && speaker.allSatisfy({ $0.isUppercase || $0.isNumber }) else { continue }
            quotes[index].speaker = nil
            quotes[index].speakerDescription = speaker
        }
    }

    /// A headline's quoted phrase belongs to the body quotation that contains its words.
    private mutating func attributeHeadlineQuotes() {
        var unsaid: Set<Int> = []
        defer {
            if !unsaid.isEmpty { quotes = quotes.indices.filter { !unsaid.contains($0) }.map { quotes[$0] } }
        }
        for headline in headlineQuotes {
            let needle = Self.folded(quotes[headline].text)
            // A crosshead (a body block) quotes a quotation of the story whoever said it, or no one named.
            let crosshead = quotes[headline].span.block >= 0
            guard let match = quotes.indices.first(where: { $0 != headline && quotes[$0].span.block >= 0
                    && (crosshead || quotes[$0].speaker != nil) && Self.folded(quotes[$0].text).contains(needle) }).map({ quotes[$0] })
            else {
                // ‘Meth. We’re on it.’ in a headline that no attributed quotation of the body holds: a
                // slogan or a title the story names, not words someone said.
                unsaid.insert(headline)
                continue
            }
            quotes[headline].speaker = match.speaker
            quotes[headline].speakerDescription = match.speakerDescription
            quotes[headline].cue = match.cue
            quotes[headline].confidence = min(match.confidence, AttributionConfidence.headlinePhrase.value)
        }
    }

    /// ‘ ’ “ ” – — … and the no-break space: marks of news text that are no letter or number, have no
    /// lower case and join no neighbour into one Character, so the quick paths below read them
    /// scalar by scalar with the same result as the Character code they stand for.
    static func isTypographicMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x2026, 0x00A0: return true
        default: return false
        }
    }

    /// `text.split(separator: " ").count`, counted over the scalars when the text is ASCII but for
    /// typographic marks (`isTypographicMark`: none joins a space into a longer Character), and by
    /// the Character split otherwise: the repeat and echo passes count every quotation's words.
    static func spaceSeparatedCount(_ text: String) -> Int {
        var count = 0, inWord = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20: inWord = false
            case let v where v < 0x80 || isTypographicMark(v):
                if !inWord { count += 1 }
                inWord = true
            default: return text.split(separator: " ").count
            }
        }
        return count
    }

    /// `folded` of a text that is ASCII but for typographic marks (`isTypographicMark`: most
    /// quotations), scalar by scalar without the Unicode property tables; nil for any other text. The
    /// result is the one the Character loop of `folded` gives (thousands of instructions a quotation).
    static func quicklyFolded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var space = false
        for scalar in text.unicodeScalars {
            let byte: UInt8
            switch scalar.value {
            case 0..<0x80: byte = UInt8(scalar.value)
            case 0x2019: continue  // ’ is dropped like '
            case let v where isTypographicMark(v): space = true; continue
            default: return nil
            }
            let c = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) {
                if space, !bytes.isEmpty { bytes.append(0x20) }
                space = false
                bytes.append(c)
            } else if c != 0x27 {
                space = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lower-cased letters and digits with single spaces, for matching a phrase across punctuation.
    static func folded(_ text: String) -> String {
        if let quick = quicklyFolded(text) { return quick }
        var out = ""
        var space = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if space, !out.isEmpty { out.append(" ") }
                space = false
                out.append(character)
            } else if character == "’" || character == "'" {
                continue
            } else {
                space = true
            }
        }
        return out
    }
}
