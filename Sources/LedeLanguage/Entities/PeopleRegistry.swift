import LedeCore

/// People of a story, merged across mentions, with what the article says of them.
///
/// ```swift
/// var registry = PeopleRegistry()
/// let id = registry.mention("Vadim Prokopiev", as: "Vadim Prokopiev", inCaption: false)
/// registry.describe(id, Appositives(age: 50, descriptions: ["businessman"]))
/// ```
struct PeopleRegistry {
    private(set) var people: [Person] = []
    private var bodyMentioned: [Bool] = []
    private var index: [String: Int] = [:]
    // Look-ups kept beside `people` so each mention costs the same however many people came
    // before (scans of the whole list made a 5 MB story quadratic).
    private var aliasSets: [Set<String>] = []
    private var descriptionSets: [Set<String>] = []
    /// The last person (highest id) with each age; the person last given each role noun (a
    /// description's last word or head, a title), and each title.
    private var lastWithAge: [Int: Int] = [:]
    private var lastWithNoun: [String: Int] = [:]
    private var lastWithTitle: [String: Int] = [:]

    /// Whether the story has mentioned this person yet (a person only reserved has not been).
    func contains(name: String) -> Bool { index[name].map { people[$0].mentions > 0 } ?? false }

    /// The id of the person named `name`, added with no mention when the story has not named them
    /// yet: a look ahead at the next paragraph ("Smith said.") finds a speaker before the reading
    /// reaches them, and their mentions are counted when it does.
    mutating func reserve(_ name: String) -> Int {
        if let existing = index[name] { return existing }
        let id = people.count
        index[name] = id
        people.append(Person(name: name, mentions: 0, inCaptionsOnly: true))
        bodyMentioned.append(false)
        aliasSets.append([])
        descriptionSets.append([])
        return id
    }

    /// Records a mention of the person whose full name is `name`, written as `written`.
    mutating func mention(_ name: String, as written: String, inCaption: Bool) -> Int {
        let id: Int
        if let existing = index[name] {
            id = existing
            people[id].mentions += 1
        } else {
            id = people.count
            index[name] = id
            people.append(Person(name: name, mentions: 1, inCaptionsOnly: true))
            bodyMentioned.append(false)
            aliasSets.append([])
            descriptionSets.append([])
        }
        if !inCaption { bodyMentioned[id] = true; people[id].inCaptionsOnly = false }
        if written != name, aliasSets[id].insert(written).inserted { people[id].aliases.append(written) }
        return id
    }

    /// Counts a pronoun that stands for the person.
    mutating func pronoun(_ id: Int) {
        people[id].mentions += 1
    }

    mutating func describe(_ id: Int, _ a: Appositives, relationOf other: Int?) {
        if people[id].age == nil, let age = a.age {
            people[id].age = age
            lastWithAge[age] = max(lastWithAge[age] ?? id, id)
        }
        var all = a.descriptions
        if let rel = a.relation {
            all.append(other.map { $0 != id ? "\(rel) of \(people[$0].name)" : rel } ?? rel)
        }
        // Each role this mention gives goes to this person, whoever had it before: "the coach" is the
        // person the story last called a coach ("Marsh, the Rovers coach, … Whitfield, the Wolves coach
        // since 2019, …" then "the coach said" is Whitfield), not the one it named latest.
        for d in all {
            if descriptionSets[id].insert(d).inserted { people[id].descriptions.append(d) }
            let noun = String(d.split(separator: " ").last ?? Substring(d))
            lastWithNoun[noun] = id
            if let head = Self.headNoun(of: d) { lastWithNoun[head] = id }
            for agent in Self.agentNouns(of: d) { lastWithNoun[agent] = id }
        }
    }

    /// The nouns for whoever does what a relative clause says the person does: "chairs the board" →
    /// "chair", "chairman", "chairwoman"…; "owns the cafe" → "owner"; "founded the firm" → "founder";
    /// "teaches the choir" → "teacher". Only a clause opening on a verb in -s or -ed with its object
    /// after a determiner; each form is made from the verb's stem and only ever matched against a role
    /// the story writes ("the chairman said"), so forms no one writes ("ownor") cost nothing.
    static func agentNouns(of description: String) -> [String] {
        let words = description.split(separator: " ", maxSplits: 2)
        guard words.count >= 2, Self.objectOpeners.contains(String(words[1])) else { return [] }
        let verb = String(words[0])
        guard verb.count > Self.shortestAgentVerb, verb.allSatisfy({ $0.isLowercase }), !Self.notAgentVerbs.contains(verb) else { return [] }
        var stems: [Substring] = []
        if verb.hasSuffix("ed") || verb.hasSuffix("es") { stems = [verb.dropLast(2), verb.dropLast(1)] }
        else if verb.hasSuffix("s"), !verb.hasSuffix("ss") { stems = [verb.dropLast(1)] }
        var nouns: [String] = []
        for stem in stems {
            let s = String(stem)
            nouns.append(s)
            if s.hasSuffix("e") { nouns.append(s + "r") } else { nouns += [s + "er", s + "or"] }
            if s == "chair" { nouns += ["chairman", "chairwoman", "chairperson"] }
        }
        return nouns
    }

    /// Words that open the object of a relative clause's verb: "who chairs the board", "who owns a cafe".
    static let objectOpeners: WordSet = ["the", "a", "an", "his", "her", "their", "its"]

    /// Verbs of three letters or fewer ("has", "was", "is") are auxiliaries, not a role's verb.
    static let shortestAgentVerb = 3

    /// Verbs in -s or -ed that name no role when they open a relative clause.
    static let notAgentVerbs: WordSet = ["does", "says", "said", "needed", "wanted", "loves", "likes", "called",
                                             "seems", "became", "becomes", "remains", "joined", "joins"]

    /// The role a description opens with when a preposition follows it: "spokeswoman" in
    /// "spokeswoman for the ministry", "farmer" in "farmer near the border". "The spokeswoman said"
    /// later in the story is that person, as "the engineer" is whoever was described as "chief engineer".
    /// Nil when the description has no preposition, or what stands before it is no lower-case word.
    static func headNoun(of description: String) -> String? {
        let words = description.split(separator: " ")
        guard let preposition = words.indices.dropFirst().first(where: { Self.afterHeadNoun.contains(String(words[$0])) }) else { return nil }
        let head = words[preposition - 1]
        guard head.first?.isLowercase == true, head.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
        return String(head)
    }

    /// Words after the role that opens a description: prepositions that attach the role to a body or
    /// a place ("spokeswoman for the ministry", "professor at the university", "farmer near the border").
    static let afterHeadNoun: WordSet = Appositives.prepositions.union(["near"])

    /// A title written before the person's name ("Mayor", "Judge"), in lower case: "the mayor" finds
    /// them as a description's last word does. Not one of their descriptions.
    mutating func title(_ id: Int, _ word: String) {
        lastWithNoun[word] = id
        lastWithTitle[word] = id
    }

    /// The person last titled `word` before their name ("Prime Minister Helena Carvalho" for "minister").
    func find(title word: String) -> Int? { lastWithTitle[word] }

    func name(_ id: Int) -> String { people[id].name }

    /// Shows the people named by one name after a ruler's title with that title ("Prince Andrew"),
    /// in the list and in `quotes`. Last of a story's reading: look-ups by name stop after it.
    mutating func showTitles(_ titles: TitledOneNames, in quotes: inout [Quote]) {
        titles.apply(people: &people, quotes: &quotes)
    }

    /// The id of the person whose full name is `name`, if the story has them.
    func id(named name: String) -> Int? { index[name] }

    /// Words of a description that is a role alone ("spokeswoman", "hospital spokeswoman"): at most this many.
    static let longestRoleDescription = 3

    /// For each role noun ("spokeswoman"), the one person described by that role alone ("the
    /// spokeswoman, Clodagh Brennan", "hospital spokeswoman"), nil when several are: one pass over
    /// every description, built once per story for the quotations whose role was named later.
    func roleHolders() -> [String: Int?] {
        var holders: [String: Int?] = [:]
        for (id, person) in people.enumerated() {
            for d in person.descriptions {
                let words = d.split(separator: " ")
                guard words.count <= Self.longestRoleDescription, let last = words.last,
                      words.allSatisfy({ $0.first?.isLowercase == true && !Attribution.notRole.contains(String($0)) }) else { continue }
                let noun = String(last)
                if let existing = holders[noun] { if existing != id { holders[noun] = .some(nil) } } else { holders[noun] = id }
            }
        }
        return holders
    }

    /// The person with this age ("the 19-year-old") or whose description ends in `noun` ("the businessman").
    func find(age: Int? = nil, noun: String? = nil) -> Int? {
        if let age { return lastWithAge[age] }
        if let noun, !noun.contains(" ") { return lastWithNoun[noun] }
        if let noun { return people.lastIndex { p in p.descriptions.contains { $0 == noun || $0.hasSuffix(" " + noun) } } }
        return nil
    }
}
