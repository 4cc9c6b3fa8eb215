/// U.S. states as AP style abbreviates them after a city ("Springfield, Ill.") and in party labels
/// ("Rep. Jane Doe, D-Calif.").
enum States {
    /// AP abbreviations with their period, keyed in lower case without it.
    static let ap: [String: String] = [
        "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado",
        "conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ga": "Georgia", "ill": "Illinois",
        "ind": "Indiana", "kan": "Kansas", "ky": "Kentucky", "la": "Louisiana", "md": "Maryland",
        "mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri",
        "mont": "Montana", "neb": "Nebraska", "nev": "Nevada", "okla": "Oklahoma", "ore": "Oregon",
        "pa": "Pennsylvania", "tenn": "Tennessee", "vt": "Vermont", "va": "Virginia", "wash": "Washington",
        "wis": "Wisconsin", "wyo": "Wyoming",
    ]
    /// Dotted two-letter forms: "N.Y." → "New York".
    static let dotted: [String: String] = [
        "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
        "ND": "North Dakota", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    ]
    /// Full names written out in party labels ("R-Texas") need no table; postal codes do.
    static let postal: [String: String] = [
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
        "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho",
        "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
        "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
        "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
        "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
        "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
        "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
        "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
        "WI": "Wisconsin", "WY": "Wyoming",
    ]
    static let parties: [String: String] = ["D": "Democrat", "R": "Republican", "I": "independent"]
}

extension NormalizationPass {
    /// "Springfield, Ill." → "Springfield, Illinois": an AP state abbreviation with its period, after a
    /// comma that follows a capitalised word (elsewhere "Ill.", "Miss.", "Wash." are words).
    func stateAbbreviation(at i: Int) -> Reading? {
        guard hasPeriod(i), let name = States.ap[tokens[i].lower], tokens[i].isCapitalized,
              let comma = afterSpaceBackward(i), isSymbol(comma, ","), let city = tok(comma - 1), city.isCapitalized
        else { return nil }
        return Reading(end: i + 2, text: name, isReading: false)
    }

    /// "D-Calif." → "Democrat of California", "R-Texas" → "Republican of Texas", "D-N.Y.", "R-TX".
    func partyLabel(at i: Int) -> Reading? {
        guard let party = States.parties[tokens[i].text], isSymbol(i + 1, "-"), glued(i + 1), glued(i + 2),
              let s = tok(i + 2), s.isWord, s.isCapitalized else { return nil }
        // The label sits after a name and a comma, or in parentheses.
        guard let before = tok(i - 1), before.isSymbol("(") || (before.isSpace && isSymbol(i - 2, ",")) else { return nil }
        var state: String?, end = i + 3
        if let ap = States.ap[s.lower], hasPeriod(i + 2) {
            state = ap; end = i + 4
        } else if s.text.count == 1, isSymbol(i + 3, "."), glued(i + 3), let s2 = tok(i + 4), s2.isWord, s2.text.count == 1,
                  glued(i + 4), isSymbol(i + 5, "."), glued(i + 5), let d = States.dotted[s.text + s2.text] {
            state = d; end = i + 6
        } else if let p = States.postal[s.text] {
            state = p
        } else if s.text.count > 3, !s.isAllCaps {
            state = s.text  // "R-Texas"
            // Two-word states: "D-New York".
            if let k = afterSpace(i + 3), let w2 = tok(k), w2.isCapitalized, ["New", "North", "South", "West", "Rhode"].contains(s.text) {
                state = s.text + " " + w2.text; end = k + 1
            }
        }
        guard let st = state else { return nil }
        return Reading(end: end, text: party + " of " + st, isReading: false)
    }
}
