/// Where the story (rules + tagger) and the tagger alone part ways on gold names: which right
/// tagger names the story loses and how (dropped, retyped, other words), which it gains, and the
/// wrong names it adds or avoids, counted by the gold kind (or the story's, for added names); the added
/// names are counted again by length and by what the tagger alone read over them ("  of which …").
///
/// ```swift
/// let audit = NameArbiterAudit(tune, builder: StoryBuilder(nameTagger: tagger), tagger: tagger)
/// print(audit.counts["lost: retyped person → organisation"] ?? 0)
/// for e in audit.examples["lost: dropped place"] ?? [] { print(e) }
/// ```
public struct NameArbiterAudit: Sendable {
    /// How many names fell into each category ("lost: dropped person", "gained: organisation"…).
    public private(set) var counts: [String: Int] = [:]
    /// Each category's names, with their sentence: "name [story's reading] | sentence".
    public private(set) var examples: [String: [String]] = [:]

    public init(_ sentences: [NameCorpus.Sentence], builder: StoryBuilder, tagger: NameTagger) {
        NameEvaluation.documents(sentences, builder: builder, beside: tagger) { doc in
            func overlapping(_ m: NameEvaluation.Mention, in set: Set<NameEvaluation.Mention>) -> [NameEvaluation.Mention] {
                set.filter { $0.block == m.block && $0.range.overlaps(m.range) }
            }
            func describe(_ ms: [NameEvaluation.Mention]) -> String {
                ms.isEmpty ? "nothing" : ms.map { "\(doc.name($0)) (\($0.kind))" }.joined(separator: ", ")
            }
            for g in doc.gold {
                let story = doc.found.contains(g), alone = doc.alone.contains(g)
                if alone, !story {
                    let seen = overlapping(g, in: doc.found)
                    let how: String
                    if seen.isEmpty { how = "dropped \(g.kind)" }
                    else if let same = seen.first(where: { $0.range == g.range }) { how = "retyped \(g.kind) → \(same.kind)" }
                    else { how = "other words \(g.kind)" }
                    // Names written in lower case ("kerala", "samantha Fox") are never a capitalised run.
                    if doc.name(g).unicodeScalars.first.map({ !$0.properties.isUppercase }) ?? false {
                        counts["  of which lost: written in lower case", default: 0] += 1
                    }
                    add("lost: " + how, "\(doc.name(g)) [story: \(describe(seen))] | \(doc.text(g.block))")
                } else if story, !alone {
                    add("gained: \(g.kind)", "\(doc.name(g)) [tagger: \(describe(overlapping(g, in: doc.alone)))] | \(doc.text(g.block))")
                }
            }
            for f in doc.found where !doc.gold.contains(f) && !doc.alone.contains(f) {
                // The same names again by length and by what the tagger alone read over them (counts only).
                let under = overlapping(f, in: doc.alone)
                let read = under.isEmpty ? "the tagger read nothing" : under.contains(where: { $0.kind == f.kind })
                    ? "the tagger read the same kind over other words" : "the tagger read another kind"
                let words = doc.name(f).split(separator: " ").count == 1 ? "1 word" : "2+ words"
                counts["  of which added wrong: \(f.kind), \(words), \(read)", default: 0] += 1
                add("added wrong: \(f.kind)", "\(doc.name(f)) [gold: \(describe(overlapping(f, in: doc.gold)))] | \(doc.text(f.block))")
            }
            for a in doc.alone where !doc.gold.contains(a) && !doc.found.contains(a) {
                add("avoided wrong: \(a.kind)", "\(doc.name(a)) [gold: \(describe(overlapping(a, in: doc.gold)))] | \(doc.text(a.block))")
            }
        }
    }

    private mutating func add(_ category: String, _ example: String) {
        counts[category, default: 0] += 1
        examples[category, default: []].append(example)
    }
}
