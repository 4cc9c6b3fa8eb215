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
        }
        if !inCaption { bodyMentioned[id] = true; people[id].inCaptionsOnly = false }
        if written != name, !people[id].aliases.contains(written) { people[id].aliases.append(written) }
        return id
    }

    /// Counts a pronoun that stands for the person.
    mutating func pronoun(_ id: Int) {
        people[id].mentions += 1
    }

    mutating func describe(_ id: Int, _ a: Appositives, relationOf other: Int?) {
        if people[id].age == nil, let age = a.age { people[id].age = age }
        var all = a.descriptions
        if let rel = a.relation {
            all.append(other.map { $0 != id ? "\(rel) of \(people[$0].name)" : rel } ?? rel)
        }
        for d in all where !people[id].descriptions.contains(d) { people[id].descriptions.append(d) }
    }

    func name(_ id: Int) -> String { people[id].name }

    /// The person with this age ("the 19-year-old") or whose description ends in `noun` ("the businessman").
    func find(age: Int? = nil, noun: String? = nil) -> Int? {
        if let age { return people.lastIndex { $0.age == age } }
        if let noun { return people.lastIndex { p in p.descriptions.contains { $0 == noun || $0.hasSuffix(" " + noun) } } }
        return nil
    }
}
