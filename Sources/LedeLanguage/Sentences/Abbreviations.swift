import LedeCore

/// Abbreviations that end in a period without ending the sentence, sorted by how they behave.
///
/// ```swift
/// Abbreviations.kind(of: "Mr")   // .title: never ends a sentence
/// Abbreviations.kind(of: "Inc")  // .trailing: ends one only before a sentence opener
/// ```
enum Abbreviations {
    enum Kind: UInt32 {
        /// Stands before a name or number ("Mr. Smith", "No. 3"): never ends a sentence.
        case title
        /// Stands before a number ("p. 55", "Jan. 6"): ends a sentence only when a word follows.
        case beforeNumber
        /// Can close a sentence ("Acme Inc.", "the U.S.", "at 6 p.m."): ends one only when the next
        /// word is a typical sentence opener.
        case trailing
    }

    /// Looks a word up (without its final period); multi-period forms ("U.S", "a.m") are `.trailing`.
    static func kind(of word: String) -> Kind? {
        if let k = table[word].flatMap(Kind.init(rawValue:)) { return k }
        // A capital letter alone is an initial ("James P. Kennedy", "Mary C. Lund"), not "p." or "c.".
        if word.count > 1, let k = table[word.lowercasedQuickly].flatMap(Kind.init(rawValue:)), k != .title { return k }
        // Initialisms written with periods ("U.S", "E.U", "a.m", "e.g"): letters separated by dots.
        if isDottedInitialism(word) { return .trailing }
        return nil
    }

    static func isDottedInitialism(_ word: String) -> Bool {
        var letters = 0, dots = 0, expectLetter = true
        for c in word {
            if expectLetter {
                guard c.isLetter else { return false }
                letters += 1
                expectLetter = false
            } else {
                guard c == "." else { return false }
                dots += 1
                expectLetter = true
            }
        }
        return letters >= 2 && dots == letters - 1
    }

    /// Each abbreviation's `Kind`, by raw value.
    private static let table: WordTable = {
        var t = WordTable()
        // Titles and honorifics: a name follows.
        for w in ["Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Prof", "Gov", "Sen", "Rep", "Reps", "Sens",
                  "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Cpl", "Pvt", "Adm", "Rev", "Hon", "Pres",
                  "Supt", "Det", "Insp", "Fr", "Atty", "Gens", "Brig", "Amb", "Mlle", "Mme", "Msgr",
                  "vs", "Vs", "v", "cf", "No", "Nos", "Nr", "N°", "Ph", "Rt", "Treas", "Sec", "Fig", "Figs"] {
            t[w] = Kind.title.rawValue
        }
        // Before a number: page, volume, months, "approx."...
        for w in ["p", "pp", "vol", "Vol", "ch", "Ch", "art", "Art", "para", "sec", "no", "nos", "ed", "Ed", "approx",
                  "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "est", "ca", "c"] {
            t[w] = Kind.beforeNumber.rawValue
        }
        // Can close a sentence.
        for w in ["Inc", "Co", "co", "Corp", "Ltd", "Bros", "Jr", "Sr", "Esq", "etc", "St", "st", "Mt", "Ft", "Ave",
                  "Blvd", "Rd", "Ln", "Dept", "Univ", "Assn", "Plc", "LLC", "am", "pm", "al", "Ala", "Ariz", "Ark",
                  "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass",
                  "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va",
                  "Vt", "Wash", "Wis", "Wyo", "mln", "bn", "min", "max", "sq", "ft", "oz", "lb", "lbs", "hr", "hrs"] {
            t[w] = Kind.trailing.rawValue
        }
        return t
    }()

    /// Words that open a sentence after a `.trailing` abbreviation ("… Acme Inc. The company …"):
    /// pronouns, determiners, conjunctions and question words, which never continue a name.
    static let sentenceOpeners: WordSet = [
        "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
        "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "But", "And", "Or", "So", "Yet", "However",
        "Meanwhile", "Still", "Then", "Now", "In", "On", "At", "For", "If", "When", "Where", "What", "Who", "Why",
        "How", "While", "After", "Before", "Since", "As", "Some", "Many", "Most", "All", "No", "Not", "One",
        "Another", "Being", "Did", "Do", "Does", "Is", "Are", "Was", "Were", "More", "Millions", "Officials",
        "Police", "Also", "Both", "Each", "Such", "Despite", "Although", "Though", "Because", "Later", "Earlier",
        "Today", "Yesterday", "Last", "Next", "Mr", "Mrs", "Ms", "Dr",
    ]
}
