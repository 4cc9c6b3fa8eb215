/// Abbreviations that stand for one word.
enum Abbreviations {
    /// Titles before a name, with or without a period (British style drops it: "Mr Smith").
    /// Written in capitals here; NeMo's style writes them in lower case.
    static let titles: [String: String] = [
        "mr": "Mister", "mrs": "Misses", "ms": "Miz", "dr": "Doctor", "prof": "Professor", "gov": "Governor",
        "sen": "Senator", "rep": "Representative", "gen": "General", "lt": "Lieutenant", "col": "Colonel",
        "capt": "Captain", "sgt": "Sergeant", "cmdr": "Commander", "adm": "Admiral", "maj": "Major",
        "pres": "President", "rev": "Reverend", "fr": "Father", "hon": "Honorable", "supt": "Superintendent",
        "insp": "Inspector", "det": "Detective", "cpl": "Corporal", "pvt": "Private", "brig": "Brigadier",
        "amb": "Ambassador", "atty": "Attorney", "sens": "Senators", "reps": "Representatives", "govs": "Governors",
        "gens": "Generals", "drs": "Doctors", "lt.col": "Lieutenant Colonel", "sr": "Senior", "jr": "Junior",
    ]
    /// Titles that need their period to be recognised (the bare word is a word: "Gen", "Col", "Rev").
    static let titlesWithoutPeriod: Set<String> = ["mr", "mrs", "ms", "dr", "prof", "lt", "sgt", "capt", "cmdr"]

    /// Other abbreviations, recognised only with their period.
    static let dotted: [String: String] = [
        "vs": "versus", "v": "versus", "etc": "et cetera", "approx": "approximately", "inc": "Incorporated",
        "corp": "Corporation", "ltd": "Limited", "bros": "Brothers", "dept": "Department", "univ": "University",
        "ave": "Avenue", "blvd": "Boulevard", "rd": "Road", "mt": "Mount", "ft": "Fort", "hwy": "Highway",
        "tues": "Tuesday", "wed": "Wednesday", "thurs": "Thursday", "fig": "figure", "no": "number",
        "nos": "numbers", "est": "established", "ln": "Lane", "ct": "Court", "pl": "Place", "sq": "Square",
    ]
    /// Lower-case abbreviations read only with their period and before a number ("pp. 12-15",
    /// "c. 1500"): elsewhere they are names or other words ("Ca." is California, "Vol." a name).
    static let beforeNumber: [String: String] = [
        "pp": "pages", "p": "page", "ca": "circa", "c": "circa", "vol": "volume", "vols": "volumes", "ch": "chapter",
        "ext": "extension",
    ]
    /// Letter pairs with periods that stand for words: "e.g." → "for example".
    static let dottedPhrases: [String: String] = ["eg": "for example", "ie": "that is"]
}

extension NormalizationPass {
    /// The word `i` is followed by its period.
    func hasPeriod(_ i: Int) -> Bool { isSymbol(i + 1, ".") && glued(i + 1) }

    /// The next word after a space, capitalised (a name or a place).
    func capitalizedWordAfter(_ j: Int) -> Bool {
        guard let k = afterSpace(j), let w = tok(k) else { return false }
        return w.isCapitalized
    }

    func abbreviation(at i: Int) -> Reading? {
        let text = tokens[i].text, w = text.lowercased()
        if text == "N", isSymbol(i + 1, "/"), glued(i + 1), tok(i + 2)?.text == "A", glued(i + 2), !(tok(i + 3)?.isWord ?? false) {
            return Reading(end: i + 3, text: "not applicable", isReading: false)  // "N/A"
        }
        let period = hasPeriod(i)
        let end = period ? i + 2 : i + 1
        if text == "vs" { return Reading(end: end, text: "versus", isReading: false) }
        // "No. 3" → "number three"; "No." alone is the word.
        if w == "no" || w == "nos" {
            guard period, let k = gluedOrSpaced(end), isNumber(k) else { return nil }
            return Reading(end: end, text: Abbreviations.dotted[w]!, isReading: false)
        }
        // "St." is Saint before a name unless it follows a name or a number ("Elm St.", "5th St."):
        // then Street; "Dr." the same with Drive.
        if w == "st" || w == "dr" {
            guard period || capitalizedWordAfter(end) || (tok(i + 1)?.isSymbol(",") ?? false) else { return nil }
            guard text.first?.isUppercase == true else { return nil }
            var afterName = false
            if let p = afterSpaceBackward(i), let b = tok(p) {
                afterName = b.isCapitalized || b.kind == .number || (b.isWord && Self.ordinalSuffixes.contains(b.lower) && isNumber(p - 1))
            }
            let before = w == "st" ? "Saint" : "Doctor", after = w == "st" ? "Street" : "Drive"
            let name = !afterName && capitalizedWordAfter(end) ? before : after
            return Reading(end: end, text: name == "Doctor" ? capitalized(name) : name, isReading: false)
        }
        if let title = Abbreviations.titles[w], text.first?.isUppercase == true,
           period || Abbreviations.titlesWithoutPeriod.contains(w) {
            if w == "sr" || w == "jr" {
                // After a name: "Martin Luther King Jr."
                guard period, let p = afterSpaceBackward(i) ?? (isSymbol(i - 1, ",") ? i - 1 : nil), let b = tok(p),
                      b.isCapitalized || b.isSymbol(",") else { return nil }
                return Reading(end: end, text: title, isReading: false)
            }
            guard capitalizedWordAfter(end) else { return nil }
            return Reading(end: end, text: capitalized(title), isReading: false)
        }
        // "pp. 12", "Vol. 3", "Vol. III", "Ext. 12"; a capital single letter is an initial ("C. 1500" stays).
        if period, text == w || (w.count > 1 && text.first?.isUppercase == true), let full = Abbreviations.beforeNumber[w],
           let k = gluedOrSpaced(end), isNumber(k) || (tok(k).map { $0.isAllCaps && Self.romanValue($0.text) != nil } ?? false) {
            return Reading(end: end, text: full, isReading: false)
        }
        if period, let full = Abbreviations.dotted[w], text == w || text.first?.isUppercase == true {
            // Single letters ("v.") only between capitalised words: "Roe v. Wade".
            if w.count == 1 {
                guard capitalizedWordAfter(end), let p = afterSpaceBackward(i), tok(p)?.isCapitalized == true else { return nil }
            }
            if (w == "ft" || w == "mt") && !capitalizedWordAfter(end) { return nil }
            return Reading(end: end, text: full, isReading: false)
        }
        return nil
    }

    /// "U.S." → "U S", "e.g." → "for example", "a.m." → "A M": single letters each with a period.
    func dottedInitialism(at i: Int) -> Reading? {
        var letters = "", j = i
        while let w = tok(j), w.isWord, w.text.count == 1, isSymbol(j + 1, "."), glued(j + 1) {
            if j > i && !glued(j) { break }
            letters += w.text
            j += 2
        }
        // "U.S" (the last period missing) still counts when the letters are capitals.
        if letters.count >= 1, let w = tok(j), w.isWord, w.text.count == 1, glued(j), w.text.first!.isUppercase {
            letters += w.text; j += 1
        }
        guard letters.count >= 2 else { return nil }
        if let n = tok(j), glued(j), n.isWord || n.isNumber { return nil }
        if letters.count == 2, let state = States.dotted[letters] {
            return Reading(end: j, text: state, isReading: false)
        }
        if let phrase = Abbreviations.dottedPhrases[letters.lowercased()] {
            return Reading(end: j, text: phrase, isReading: false)
        }
        return Reading(end: j, text: initialisms.letters(letters.uppercased()), isReading: false)
    }
}
