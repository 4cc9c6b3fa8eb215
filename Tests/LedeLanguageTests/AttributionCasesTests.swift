import Foundation
import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases written for Lede, one per way attribution used to fail: a title or an organisation
/// before the name, the speaker first, the attribution as a sentence of its own, a paragraph that
/// continues a quotation, a bare surname or a pronoun, partial quotations in reported speech, and
/// capitalised phrases that are no people. `attribution-tune.txt` is the half code changes looked at;
/// `attribution-check.txt` was written before them and only measured.
@Suite struct AttributionCasesTests {
    struct Case {
        var id: String
        var paragraphs: [String]
        var expected: [(speaker: String, start: String)]
        var people: Set<String>?
    }

    /// The outcome of one half: expectations met (quote found and speaker right), quotes found, extra quotes.
    struct Outcome: CustomStringConvertible {
        var expected = 0, found = 0, right = 0, extra = 0, peopleRight = 0, peopleCases = 0
        /// Quotations found whose source the text names, and how many of them got that speaker.
        var namedFound = 0, namedRight = 0
        /// Quotations found whose source the text names but that came out with no speaker at all.
        var namedMissing = 0
        var failures: [String] = []
        /// (confidence, speaker right) for every expected quotation found with a speaker.
        var confidences: [(Double, Bool)] = []
        var endToEnd: Double { Double(right) / Double(max(expected, 1)) }
        var namedRate: Double { Double(namedRight) / Double(max(namedFound, 1)) }
        /// Of the quotations the story gives, the share that are annotated quotations.
        var precision: Double { Double(found) / Double(max(found + extra, 1)) }
        var description: String {
            "end-to-end \(right)/\(expected), found \(found)/\(expected), speaker right when named \(namedRight)/\(namedFound), named but no speaker \(namedMissing), extra quotes \(extra), people lists \(peopleRight)/\(peopleCases)"
        }
    }

    static func cases(_ name: String) throws -> [Case] {
        var out: [Case] = []
        var current: Case?
        var paragraph = ""
        func endParagraph() {
            if !paragraph.isEmpty { current?.paragraphs.append(paragraph) }
            paragraph = ""
        }
        for line in try Fixture.text(name).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("=== ") {
                endParagraph()
                if let c = current { out.append(c) }
                current = Case(id: String(line.dropFirst(4)), paragraphs: [], expected: [], people: nil)
            } else if current == nil || line.hasPrefix("#") {
                continue
            } else if line.hasPrefix("> ") {
                endParagraph()
                let parts = line.dropFirst(2).split(separator: "|", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
                current?.expected.append((parts[0], parts[1]))
            } else if line.hasPrefix("@ ") {
                endParagraph()
                let people = current?.people ?? []
                current?.people = people.union([String(line.dropFirst(2))])
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
                endParagraph()
            } else {
                paragraph += paragraph.isEmpty ? line : " " + line
            }
        }
        endParagraph()
        if let c = current { out.append(c) }
        return out
    }

    static func run(_ names: String...) throws -> Outcome {
        var o = Outcome()
        for c in try names.flatMap(cases) {
            let story = StoryBuilder().story(of: Article(blocks: c.paragraphs.map { .paragraph($0) }))
            var used: Set<Int> = []
            for e in c.expected {
                o.expected += 1
                guard let i = story.quotes.indices.first(where: { !used.contains($0) && story.quotes[$0].text.hasPrefix(e.start) }) else {
                    o.failures.append("\(c.id): not found: \(e.start)")
                    continue
                }
                used.insert(i)
                o.found += 1
                let q = story.quotes[i]
                let right = (e.speaker == "-" && q.speaker == nil) || q.speaker == e.speaker
                // A description ("police", "a spokesman") is right when the text names no person.
                if q.speaker != nil || q.speakerDescription != nil { o.confidences.append((q.confidence, right)) }
                if e.speaker != "-" {
                    o.namedFound += 1
                    if q.speaker == e.speaker { o.namedRight += 1 }
                    if q.speaker == nil { o.namedMissing += 1 }
                }
                if right { o.right += 1 } else {
                    o.failures.append("\(c.id): \(e.start) → \(q.speaker ?? q.speakerDescription ?? "nobody"), not \(e.speaker)")
                }
            }
            o.extra += story.quotes.count - used.count
            for (i, q) in story.quotes.enumerated() where !used.contains(i) { o.failures.append("\(c.id): extra quote \(q.text)") }
            if let people = c.people {
                o.peopleCases += 1
                let found = Set(story.people.map(\.name))
                if found == people { o.peopleRight += 1 } else { o.failures.append("\(c.id): people \(found.sorted())") }
            }
        }
        return o
    }

    /// Confidence means something: on the halves never tuned on, speakers given with high confidence
    /// are right at least as often as those given with low confidence. (Not on the tune halves:
    /// tuning fixes their mistakes whatever their confidence, so there the two rates converge; on
    /// 2026-12-07 all sets pooled gave 312/326 against 117/122, the check halves 92/104 against 32/37.
    /// `RealNewsAttributionTests.confidenceSeparatesOnRealNews` checks the same on real news.)
    @Test func confidenceSeparatesRightFromWrong() throws {
        func levels(_ p: [(Double, Bool)]) -> String {
            var byLevel: [Double: (right: Int, all: Int)] = [:]
            for (c, ok) in p { byLevel[c, default: (0, 0)].all += 1; if ok { byLevel[c, default: (0, 0)].right += 1 } }
            return byLevel.keys.sorted().map { "\($0): \(byLevel[$0]!.right)/\(byLevel[$0]!.all)" }.joined(separator: ", ")
        }
        var tune = try Self.run("attribution-tune.txt").confidences
        var check = try Self.run("attribution-check.txt").confidences
        for name in ["articles", "styles", "voices", "desks"] {
            tune += try Self.run("attribution-\(name)-tune.txt").confidences
            check += try Self.run("attribution-\(name)-check.txt").confidences
        }
        let wire = try StoryFixture.story(fixture: "wire-harbour-strike.txt")
        let expected = ["Marta Okonkwo", "Marta Okonkwo", "Marta Okonkwo", "Henrik Vale", "Henrik Vale", nil, "Marta Okonkwo"]
        for (q, e) in zip(wire.quotes, expected) where q.speaker != nil || q.speakerDescription != nil {
            tune.append((q.confidence, q.speaker == e))
        }
        print("confidence levels, tune halves: \(levels(tune))")
        print("confidence levels, check halves: \(levels(check))")
        func rate(_ p: [(Double, Bool)]) -> Double { Double(p.filter(\.1).count) / Double(max(p.count, 1)) }
        for (name, pairs) in [("tune halves", tune), ("check halves", check)] {
            let high = pairs.filter { $0.0 >= Self.highConfidence }, low = pairs.filter { $0.0 < Self.highConfidence }
            print("\(name): confidence ≥ \(Self.highConfidence): \(high.filter(\.1).count)/\(high.count) right; below: \(low.filter(\.1).count)/\(low.count) right")
        }
        let high = check.filter { $0.0 >= Self.highConfidence }, low = check.filter { $0.0 < Self.highConfidence }
        #expect(!high.isEmpty && !low.isEmpty)
        #expect(rate(high) >= rate(low))
        #expect((tune + check).allSatisfy { $0.0 > 0 && $0.0 <= 1 })
    }

    /// Where a speaker counts as confidently found: the patterns that name the speaker beside the verb.
    static let highConfidence = 0.8

    @Test func tuneHalf() throws {
        let o = try Self.run("attribution-tune.txt")
        print("attribution tune half: \(o)")
        #expect(o.failures.isEmpty, "\(o.failures.joined(separator: "\n"))")
    }

    /// Whole articles (wire, court, sports, business, science, local desks) written for Lede: the tune
    /// half is what code changes looked at.
    @Test func articlesTuneHalf() throws {
        let o = try Self.run("attribution-articles-tune.txt", "attribution-styles-tune.txt")
        print("attribution articles, tune half: \(o)\n  " + o.failures.joined(separator: "\n  "))
        #expect(o.endToEnd >= Self.articleEndToEndBar, "\(o)")
        #expect(o.extra == 0, "\(o)")
    }

    /// The articles' check half was written with the tune half, before any code looked at either, and is
    /// only measured.
    @Test func articlesCheckHalf() throws {
        let o = try Self.run("attribution-articles-check.txt", "attribution-styles-check.txt")
        print("attribution articles, check half: \(o)\n  " + o.failures.joined(separator: "\n  "))
        #expect(o.endToEnd >= Self.articleEndToEndBar, "\(o)")
        #expect(o.extra == 0, "\(o)")
    }

    /// A third set of articles in styles the first two did not cover (live blog, feature, obituary,
    /// analysis, tabloid, Q&A, press release, foreign press, pronouns, roles, verb first, partial
    /// quotations, quotations no person speaks), split by a hash of the article id; the tune half is
    /// what code changes looked at.
    @Test func voicesTuneHalf() throws {
        let o = try Self.run("attribution-voices-tune.txt")
        print("attribution voices, tune half: \(o), precision \(o.precision)\n  " + o.failures.joined(separator: "\n  "))
        #expect(o.endToEnd >= Self.articleEndToEndBar, "\(o)")
        #expect(o.precision >= Self.precisionBar, "\(o)")
    }

    /// The third set's check half: written with the tune half and only measured, so its failures are
    /// not printed (counts only).
    @Test func voicesCheckHalf() throws {
        let o = try Self.run("attribution-voices-check.txt")
        print("attribution voices, check half: \(o), precision \(o.precision)")
        #expect(o.endToEnd >= Self.articleEndToEndBar, "\(o)")
        #expect(o.precision >= Self.precisionBar, "\(o)")
    }

    /// A fourth set of articles by desk and device (court, results with analysts, a parliamentary
    /// sketch, match reports, science, council, letters, long speeches, role then name, nested and
    /// colon-led quotations, pronouns after a man and a woman, collective speakers), split by a hash of
    /// the article id; the tune half is what code changes looked at.
    @Test func desksTuneHalf() throws {
        let o = try Self.run("attribution-desks-tune.txt")
        print("attribution desks, tune half: \(o), precision \(o.precision)\n  " + o.failures.joined(separator: "\n  "))
        #expect(o.endToEnd >= Self.articleEndToEndBar, "\(o)")
        #expect(o.precision >= Self.precisionBar, "\(o)")
    }

    /// The fourth set's check half: written with the tune half and only measured, so its failures are
    /// not printed (counts only).
    @Test func desksCheckHalf() throws {
        let o = try Self.run("attribution-desks-check.txt")
        print("attribution desks, check half: \(o), precision \(o.precision)")
        #expect(o.precision >= Self.precisionBar, "\(o)")
    }

    /// A quotation standing alone at a paragraph's end whose speaker is first named in the next
    /// paragraph's opening sentence: the look-ahead's person is the story's (this used to index past
    /// the people list and crash).
    @Test func speakerFirstNamedInTheNextParagraph() {
        let story = StoryBuilder().story(of: Article(blocks: [
            .paragraph("The footbridge over the Lune has been shut since the spring floods. “It will open again in May.”"),
            .paragraph("Tomas Kovač wrote on the council's website."),
        ]))
        #expect(story.quotes.map(\.speaker) == ["Tomas Kovač"])
        #expect(story.people.map(\.name) == ["Tomas Kovač"])
        #expect(story.people.first?.mentions == 1)
    }

    /// Issue 13's bar for the share of found quotations that are quotations.
    static let precisionBar = 0.97

    /// Issue 13's bar for quotations found with the right speaker, end to end.
    static let articleEndToEndBar = 0.8

    /// The check half is measured, not fitted: the bars are the issue's (end-to-end ≥ 0.80, no extra quotes).
    @Test func checkHalf() throws {
        let o = try Self.run("attribution-check.txt")
        print("attribution check half: \(o)\n  " + o.failures.joined(separator: "\n  "))
        #expect(o.endToEnd >= 0.8, "\(o)")
        #expect(o.extra == 0, "\(o)")
    }
}
