/// Capitalised abbreviations: initialisms said letter by letter ("KGB" → "K G B") and acronyms said
/// as words ("NATO"), told apart by two lists and a pronounceability test.
struct Initialisms: Sendable {
    let style: NormalizerStyle

    /// Said as words although the test below might not think so, or common enough to pin down.
    static let acronyms: Set<String> = [
        "NATO", "NASA", "UNESCO", "UNICEF", "NASDAQ", "OPEC", "FIFA", "UEFA", "COVID", "AIDS", "SARS", "MERS",
        "LASER", "RADAR", "SCUBA", "OSHA", "FEMA", "NAFTA", "ASEAN", "INTERPOL", "EUROPOL", "SWAT", "HAMAS",
        "ISIS", "NIMBY", "NOAA", "DARPA", "ICE", "CERN", "IKEA", "LEGO", "NORAD", "OFCOM", "EFTA", "BRICS",
        "MAGA", "GIF", "JPEG", "PIN", "SIM", "WIFI", "CAPTCHA", "ZIP", "TASS", "SEATO", "CENTCOM", "ANZAC",
        "MENA", "UNRWA", "COP", "CAFOD", "NEET", "AWOL", "POTUS", "SCOTUS", "FLOTUS", "PAC", "SALT", "START", "MOMA",
        "NEWS", "FOX", "APP", "WAR", "ASAP",
    ]

    /// Said letter by letter although they look pronounceable.
    static let spelled: Set<String> = [
        "AP", "UN", "US", "USA", "UK", "EU", "KGB", "FBI", "CIA", "FSB", "GRU", "BBC", "CNN", "NBC", "ABC",
        "CBS", "PBS", "NPR", "WHO", "IMF", "GDP", "CEO", "CFO", "CTO", "DNA", "RNA", "HIV", "IRS", "EPA",
        "NHS", "MP", "TV", "PC", "ID", "AI", "UAE", "USSR", "OSCE", "IAEA", "ICC", "ICJ", "IDF",
        "NGO", "NYPD", "LAPD", "NFL", "NBA", "MLB", "NHL", "CDC", "FDA", "SEC", "DOJ", "DHS", "GOP", "UFO",
        "SUV", "ATM", "VIP", "PM", "AM", "EST", "GMT", "UTC", "URL", "HTTP", "HTTPS", "WWW", "OK", "PR",
        "ISBN", "SSN", "IP", "ADHD", "PTSD", "LGBT", "LGBTQ", "CCTV", "CSIS", "OAS", "AU", "ECB",
    ]

    /// Initialisms that casual copy writes in lower case ("watching tv") and that are no English word.
    static let writtenLowerCase: Set<String> = [
        "tv", "dvd", "usb", "gps", "suv", "atm", "ceo", "cfo", "hiv", "dna", "dj", "fbi", "cia", "nba", "nfl", "nhl",
        "mlb", "bbc", "cnn", "vip", "ssn", "diy", "faq", "gdp", "ufo", "url", "cpu", "gpu", "mri", "icu", "ipo",
        "nhs", "cctv", "lgbt", "cto", "ev", "ngo",
    ]

    /// Capitalised English words that a shouted headline or a form of address leaves in capitals.
    static let plainWords: Set<String> = [
        "A", "I", "AN", "AS", "AT", "BE", "BY", "DO", "GO", "HE", "IF", "IN", "IS", "IT", "ME", "MY", "NO",
        "OF", "OH", "ON", "OR", "SO", "TO", "UP", "WE", "THE", "AND", "FOR", "BUT", "NOT", "YOU", "ALL",
        "ANY", "CAN", "HER", "WAS", "ONE", "OUR", "OUT", "DAY", "GET", "HAS", "HIM", "HIS", "HOW", "MAN",
        "NEW", "NOW", "OLD", "SEE", "TWO", "WAY", "BOY", "DID", "ITS", "LET", "PUT", "SAY", "SHE", "TOO",
        "USE", "WIN", "YES", "YET", "BIG", "TOP", "END", "FAR", "FEW", "GOT", "LOW", "OFF", "OWN", "RUN",
        "SET", "SIX", "TEN", "WHY", "ARE", "HAD", "MAY", "US", "MAX", "PRO", "MIX", "WHO'S", "AGO", "AGE", "ACT", "AIR", "ART", "BAD",
    ]

    static let onsets: Set<String> = ["BL", "BR", "CH", "CL", "CR", "DR", "FL", "FR", "GL", "GR", "PH", "PL",
                                      "PR", "SC", "SH", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "TH", "TR",
                                      "TW", "WH", "KN", "QU"]
    static let codas: Set<String> = ["CH", "CK", "CT", "FT", "LD", "LF", "LK", "LM", "LP", "LT", "MP", "ND",
                                     "NG", "NK", "NT", "PT", "RD", "RK", "RM", "RN", "RP", "RS", "RT", "SH",
                                     "SK", "SP", "ST", "TH", "DS", "TS", "NS", "PS"]

    /// Whether a run of capitals can be read as a word. The test is how an English reader meets an
    /// unknown acronym: at least four letters (three-letter capitals in news are almost always
    /// initialisms: CIA, EPA, IMF), a vowel, no more than two consonants in a row, and the clusters
    /// at the start and end are ones English words begin and end with (NA-TO, U-NES-CO, but NYPD,
    /// NAACP, ESPN fail).
    static func isPronounceable(_ word: String) -> Bool {
        let letters = Array(word.uppercased())
        guard letters.count >= 4, letters.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        func vowel(_ k: Int) -> Bool { "AEIOU".contains(letters[k]) || (letters[k] == "Y" && k > 0) }
        guard (0..<letters.count).contains(where: vowel), (0..<letters.count).contains(where: { !vowel($0) }) else { return false }
        // Three consonants in a row only when the last two can start a syllable: BEL-TRAN, but not ESPN.
        var run = 0
        for k in 0..<letters.count {
            run = vowel(k) ? 0 : run + 1
            if run > 3 || (run == 3 && !onsets.contains(String(letters[(k - 1)...k]))) { return false }
        }
        var start = 0
        while start < letters.count && !vowel(start) { start += 1 }
        if start == 2 && !onsets.contains(String(letters[0..<2])) { return false }
        var end = letters.count
        while end > 0 && !vowel(end - 1) { end -= 1 }
        if letters.count - end == 2 && !codas.contains(String(letters[end...])) { return false }
        // Three vowels in a row (IAEA, OAAU) are letters.
        var vrun = 0
        for k in 0..<letters.count {
            vrun = vowel(k) ? vrun + 1 : 0
            if vrun > 2 { return false }
        }
        return true
    }

    /// "K G B" or "KGB" by style.
    func letters(_ s: String) -> String {
        style.spelledInitialisms ? s.map(String.init).joined(separator: " ") : s
    }

    /// The reading of a capitalised word, or nil to leave it as written. `shouted`: the sentence is
    /// mostly in capitals, so capitals are not a sign of an abbreviation.
    /// Initialisms said as words.
    static let expansions: [String: String] = ["WWII": "World War two", "WWI": "World War one", "WW2": "World War two"]

    func reading(_ word: String, shouted: Bool) -> String? {
        if let e = Self.expansions[word] { return e }
        // A possessive stays as written ("NATO’s", "KGB’s"); a plural "s" becomes "'s" after spaced
        // letters so the voice says "C E O's", not a word "Os".
        var core = Substring(word), tail = ""
        if let ap = word.firstIndex(where: Tokenizer.isApostrophe) {
            core = word[..<ap]; tail = String(word[ap...])
        } else if word.count > 2 && word.hasSuffix("s") {
            core = word.dropLast(); tail = style.spelledInitialisms ? "'s" : "s"
        }
        if core == "PhD" { return letters("PHD") + tail }
        let c = String(core)
        guard c.count >= 2, c.count <= 8, c.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        if Self.spelled.contains(c) {
            return shouted && Self.plainWords.contains(c) ? nil : letters(c) + tail
        }
        if shouted || Self.acronyms.contains(c) || Self.plainWords.contains(c) || Self.isPronounceable(c) { return nil }
        return letters(c) + tail
    }
}
