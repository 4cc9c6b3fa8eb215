/// A writer's job or field printed after the name in a byline ("Mike Hale, Shipping Expert",
/// "Nora Vale, Master Gardener & Garden Educator"): a description of that writer, not a second author.
///
/// ```swift
/// BylineRole.isRole("Sr. Director of Operations")   // true
/// BylineRole.isRole("Gene Okafor")                  // false
/// Byline.split("Nora Vale, Master Gardener & Garden Educator")  // ["Nora Vale, Master Gardener & Garden Educator"]
/// ```
enum BylineRole {
    /// Nouns that name a job or a standing, lower-cased. Trades that are also common surnames
    /// (carpenter, baker, butler, cook, mason, porter, turner…) are left out: "Angela Carpenter"
    /// is a name.
    static let jobNouns: Set<String> = [
        "expert", "experts", "director", "attorney", "lawyer", "dietitian", "dietician", "nutritionist", "educator",
        "manager", "officer", "founder", "co-founder", "cofounder", "ceo", "cto", "cfo", "coo", "president", "vp",
        "specialist", "consultant", "advisor", "adviser", "strategist", "therapist", "physician", "nurse", "professor",
        "coach", "trainer", "instructor", "teacher", "researcher", "scientist", "engineer", "developer", "designer",
        "planner", "owner", "agent", "broker", "realtor", "counselor", "counsellor", "veterinarian", "pharmacist",
        "technician", "gardener", "horticulturist", "horticulturalist", "economist", "dentist", "chef", "pilot",
        "marketer", "mechanic", "electrician", "plumber", "architect", "accountant", "librarian", "historian",
        "curator", "practitioner", "surgeon", "psychiatrist", "psychotherapist", "astrologer", "copywriter",
        "blogger", "reviewer", "tester", "enthusiast", "head", "lead",
    ]

    /// True when `part` (one comma-separated piece of a byline after a name) describes a job:
    /// one of its words is a job noun, or a "-ologist". A person's name has none.
    static func isRole(_ part: some StringProtocol) -> Bool {
        let words = part.split(separator: " ")
        guard !words.isEmpty, words.count <= maxWords else { return false }
        return words.contains { w in
            let l = w.lowercased().trimmingCharacters(in: ".,:;()")
            return jobNouns.contains(l) || (l.count >= 8 && l.hasSuffix("ologist"))
        }
    }

    /// Longer pieces are prose, not a job title.
    static let maxWords = 8

    /// True when `part` reads as a person's name on its own: two to four capitalised words
    /// without figures or job words ("Gene Okafor", not "Atlas Van Lines - 10+ Years").
    static func isPersonLike(_ part: some StringProtocol) -> Bool {
        let words = part.split(separator: " ")
        guard (2...4).contains(words.count), !isRole(part) else { return false }
        return words.allSatisfy { w in w.first?.isUppercase == true && !w.contains(where: \.isNumber) }
    }
}
