import LedeCore
/// What a sentence says of a person right beside the name: "Vadim Prokopiev, a 50-year-old
/// businessman who used to run restaurants in Minsk", "his half-brother, Nikita Krivtsov,",
/// "Polish instructor, Dariusz Tomysek,", "Ales, 19,".
///
/// ```swift
/// let d = Appositives.around(run, in: tokens)
/// d.age            // 50
/// d.descriptions   // ["businessman", "used to run restaurants in Minsk"]
/// ```
struct Appositives {
    var age: Int?
    var descriptions: [String] = []
    /// "his half-brother, X": a relation to the person "his" stands for ("half-brother").
    var relation: String?

    static let determiners: WordSet = ["a", "an", "the", "A", "An", "The"]
    static let possessives: WordSet = ["his", "her", "their", "His", "Her", "Their"]
    /// Words that end a description phrase read backwards from a name.
    static let stops: WordSet = ["was", "is", "were", "are", "by", "and", "or", "but", "of", "with", "said", "says",
                                     "told", "to", "from", "for", "as", "that", "than", "when", "after", "before",
                                     "including", "like", "whose", "who", "which", "on", "in", "at", "between"]
    /// Words that end a description read forwards from a name.
    static let forwardStops: WordSet = ["who", "which", "that", "and", "said", "says", "told", "was", "is",
                                            "has", "had", "will", "whose", "where"]

    /// Prepositions whose object may stand just before a name's comma without describing it.
    static let prepositions: WordSet = ["in", "on", "at", "of", "to", "from", "for", "with", "by", "over", "during",
                                            "after", "before", "into", "about", "across", "through", "under", "since",
                                            "throughout", "within", "between", "among", "against", "despite"]

    /// Words of time and pronouns (weekdays are ``DateFinder/weekdays``): a phrase holding one before
    /// a name's comma is an adverbial or an object ("Last week, X said", "told him, X"), never a
    /// description of the person.
    static let notDescriptive: WordSet = [
        "week", "weeks", "weekend", "month", "months", "year", "years", "day", "days", "night", "nights", "morning",
        "afternoon", "evening", "today", "yesterday", "tomorrow", "tonight", "time", "times", "hour", "hours",
        "minute", "minutes", "decade", "decades", "season", "later", "earlier", "ago", "now", "then", "meanwhile",
        "however", "instead",
        "him", "her", "them", "it", "us", "me", "you", "this", "that", "these", "those",
    ]

    /// Relations a possessive phrase before a name states ("his half-brother, X", "her lawyer, X").
    static let relations: WordSet = [
        "brother", "sister", "son", "daughter", "wife", "husband", "father", "mother", "parent", "parents", "partner",
        "friend", "lawyer", "attorney", "spokesman", "spokeswoman", "spokesperson", "colleague", "boss", "uncle", "aunt",
        "cousin", "niece", "nephew", "grandson", "granddaughter", "grandmother", "grandfather", "fiancé", "fiancée",
        "fiance", "fiancee", "girlfriend", "boyfriend", "widow", "widower", "child", "children", "twin", "sibling",
        "deputy", "aide", "adviser", "advisor", "assistant", "successor", "predecessor", "rival", "opponent",
        "coach", "teacher", "student", "doctor", "agent", "manager", "employer", "neighbour", "neighbor", "stepfather",
        "stepmother", "stepson", "stepdaughter", "in-law", "law", "mentor", "ally", "associate", "co-founder", "founder",
    ]

    /// Verbs that end a parenthetical clause ("X, the experts believe, …").
    static let verbs: WordSet = ["believe", "believes", "think", "thinks", "know", "knows", "say", "argue", "argues",
                                     "hope", "hopes", "fear", "fears", "expect", "expects", "suspect", "suspects", "insist"]

    /// "50-year-old" → 50.
    static func age(in word: String) -> Int? {
        guard word.hasSuffix("-year-old") else { return nil }
        let n = word.dropLast(9)
        guard let v = Int(n), (0...130).contains(v) else { return nil }
        return v
    }

    static func around(_ run: NameRun, in tokens: [Token]) -> Appositives {
        var out = Appositives()
        let prefix = run.prefix.filter { !["Mr", "Mrs", "Ms", "Miss"].contains($0) }
        if !prefix.isEmpty { out.descriptions.append(prefix.joined(separator: " ")) }
        let lo = run.whole.lowerBound, hi = run.tokens.upperBound
        // Before the name: "a 19-year-old, Ales," / "his half-brother, Nikita Krivtsov,".
        if lo >= 2, tokens[lo - 1].text == "," {
            var k = lo - 2
            var words: [String] = []
            var possessed = false
            while k >= 0, tokens[k].isWord, !stops.contains(tokens[k].text), words.count < 6 {
                let t = tokens[k]
                if determiners.contains(t.text) {
                    // "in the state, Noem said", "over the weekend, Trump": the object of a
                    // preposition before a clause, not a phrase in apposition to the name.
                    if k > 0, prepositions.contains(tokens[k - 1].lower) { words = [] }
                    break
                }
                if possessives.contains(t.text) { possessed = true; break }
                if t.isCapitalized, !Gazetteer.demonyms.contains(t.text), !Gazetteer.titles.contains(t.text), k != 0 { words = []; break }
                words.insert(t.text, at: 0)
                k -= 1
            }
            // Stopped by a preposition ("in recovery, Noem said"): the same.
            if k >= 0, tokens[k].isWord, prepositions.contains(tokens[k].lower) { words = [] }
            // "Last week, Taylor Swift", "told him, Sondland": times and pronouns describe no one.
            if words.contains(where: { let w = $0.lowercased(); return Self.notDescriptive.contains(w) || DateFinder.weekdays.contains(w) }) { words = [] }
            // "his half-brother, X" names a relation; "her music, Big Machine" does not.
            if possessed, let last = words.last?.lowercased().split(separator: "-").last, !Self.relations.contains(String(last)) { words = [] }
            // A description ends in a lower-case noun; "Warsaw, Poland", "Friday, May" or "is defeated, X" are not.
            if let last = words.last, last.first?.isLowercase == true || age(in: last) != nil,
               age(in: last) != nil || !(last.hasSuffix("ed") || last.hasSuffix("ing")) {
                if possessed { out.relation = words.joined(separator: " ") } else { out.absorb(words) }
            }
        }
        // "31-year-old Tom Reeve", "the 31-year-old Tom Reeve": an age right before the name.
        if lo >= 1, let a = age(in: tokens[lo - 1].lower) { out.age = out.age ?? a }
        // "Tom Reeve, aged 31,", "Tom Reeve (31)", "Tom Reeve, who is 31,": other ways to write an age.
        if let a = writtenAge(after: hi, tokens) { out.age = out.age ?? a }
        // After the name: "X, a 50-year-old businessman who …" / "X, 19," / "X, who has held power …".
        if hi + 1 < tokens.count, tokens[hi].text == "," {
            var k = hi + 1
            if let v = Int(tokens[k].text), (1...120).contains(v), k + 1 < tokens.count, tokens[k + 1].text == "," {
                out.age = out.age ?? v
                // "Lena Holm, 34, a farmer near the border,": a description may follow the age.
                if k + 2 < tokens.count, determiners.contains(tokens[k + 2].text) { k += 2 }
            }
            if determiners.contains(tokens[k].text) {
                k += 1
                var words: [String] = []
                while k < tokens.count, tokens[k].isWord, !forwardStops.contains(tokens[k].text), words.count < 8 {
                    words.append(tokens[k].text)
                    k += 1
                    // "X, the Wolves’ coach,": a plural's possessive mark stays in the description.
                    if Attribution.isPluralPossessiveMark(at: k, in: tokens) {
                        words[words.count - 1] += tokens[k].text
                        k += 1
                    }
                }
                // "Putin, the Belarusian volunteers believe, would …": a parenthetical clause, not a
                // description; a description ends in a noun, not a verb.
                // It also closes where the apposition does: "X, the port's director, said", not "X, the decision was".
                let closes = k == tokens.count || [",", ".", ";", "—", ")"].contains(tokens[k].text) || tokens[k].text == "who"
                if closes, let last = words.last, !verbs.contains(last), !SpeechVerbs.cues.contains(last) { out.absorb(words) }
                if k < tokens.count, tokens[k].text == "who" { out.relativeClause(from: k + 1, tokens) }
            } else if tokens[k].text == "who" {
                out.relativeClause(from: k + 1, tokens)
            }
        }
        return out
    }

    /// An age written after a name at `hi` as "(31)", ", aged 31" or ", who is 31" (or "who turns",
    /// "who turned", "who was" 31), closed by punctuation: nil for any other words.
    static func writtenAge(after hi: Int, _ tokens: [Token]) -> Int? {
        func number(_ k: Int) -> Int? {
            guard k < tokens.count, let v = Int(tokens[k].text), humanAges.contains(v) else { return nil }
            return v
        }
        func closed(_ k: Int) -> Bool { k == tokens.count || !tokens[k].isWord }
        guard hi + 2 < tokens.count else { return nil }
        if tokens[hi].text == "(", let v = number(hi + 1), tokens[hi + 2].text == ")" { return v }
        guard tokens[hi].text == "," else { return nil }
        if tokens[hi + 1].lower == "aged", let v = number(hi + 2), closed(hi + 3) { return v }
        if tokens[hi + 1].lower == "who", hi + 3 < tokens.count, Self.agedVerbs.contains(tokens[hi + 2].lower),
           let v = number(hi + 3), closed(hi + 4) { return v }
        return nil
    }

    /// Ages a person is given in a story: a number in this range after "aged" or in brackets.
    static let humanAges = 1...120

    /// Verbs of a relative clause that states an age alone: "who is 31", "who turned 40".
    static let agedVerbs: WordSet = ["is", "was", "turns", "turned"]

    /// Takes an age out of a phrase and keeps the rest as a description.
    private mutating func absorb(_ words: [String]) {
        var rest: [String] = []
        for w in words {
            if let a = Appositives.age(in: w) { age = age ?? a } else { rest.append(w) }
        }
        if !rest.isEmpty { descriptions.append(rest.joined(separator: " ")) }
    }

    /// "who used to run restaurants in Minsk" up to the next comma or the sentence's end.
    private mutating func relativeClause(from start: Int, _ tokens: [Token]) {
        var k = start
        var words: [String] = []
        while k < tokens.count, tokens[k].text != ",", tokens[k].text != ".", tokens[k].text != ";", words.count < 14 {
            words.append(tokens[k].text)
            k += 1
        }
        guard words.count >= 2, words.count < 14 else { return }
        var text = ""
        for w in words {
            if !text.isEmpty, let f = w.first, f.isLetter || f.isNumber || f == "“" { text += " " }
            text += w
        }
        descriptions.append(text)
    }
}
