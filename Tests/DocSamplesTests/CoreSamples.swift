import Foundation
import LedeCore
import LedeExtract
import LedeLanguage
import LedeNarrate
import Testing

/// The samples of LedeCore's types, on the example article.
@Suite struct CoreSamples {
    let bytes = Fixture.bytes
    let article = Fixture.article
    let story = Fixture.story

    @Test func articleSample() throws {
        // sample: Article
        let article = try ArticleReader().read(bytes, contentType: "text/html", url: "https://courier.example/a")
        print(article.title)
        for case .paragraph(let text) in article.blocks { print(text) }
        for piece in article.removed { print(piece.reason, piece.text) }
        // end sample
        #expect(article.title.hasPrefix("Night ferry"))
    }

    @Test func compactJSON() throws {
        // sample: CompactJSON
        let bytes = try CompactJSON.encode(article)    // same bytes as JSONEncoder with sorted keys
        print(String(decoding: bytes, as: UTF8.self))
        // end sample
        let foundation = JSONEncoder()
        foundation.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(bytes == Array(try foundation.encode(article)))
    }

    @Test func block() {
        // sample: Block
        let blocks: [Block] = [.heading(level: 2, text: "Tickets and times"), .paragraph("A cabin costs $85.")]
        let words = blocks.compactMap(\.text)   // ["Tickets and times", "A cabin costs $85."]
        // end sample
        #expect(words == ["Tickets and times", "A cabin costs $85."])
    }

    @Test func civilCalendar() {
        // sample: CivilCalendar
        let days = CivilCalendar.days(2020, 8, 9)   // 18483
        let date = CivilCalendar.date(18483)        // (2020, 8, 9)
        // end sample
        #expect(days == 18483)
        #expect(date.year == 2020 && date.month == 8 && date.day == 9)
    }

    @Test func figure() {
        // sample: Figure
        let photo = Figure(image: "https://…/kittiwake.jpg", caption: "Volunteers paint the deck rail", credit: "Jonas Lind")
        // end sample
        #expect(Block.figure(photo).text == nil)
    }

    @Test func ledeError() {
        let bytes: [UInt8] = []
        // sample: LedeError
        do { _ = try ArticleReader().read(bytes) } catch let error as LedeError { print(error.description) } catch {}
        // end sample
        #expect(throws: LedeError.self) { try ArticleReader().read(bytes) }
    }

    @Test func removal() {
        // sample: Removal
        let dropped = Removal(reason: .promo, text: "CLICK HERE TO SUBSCRIBE", detail: "newsletter promotion")
        // end sample
        #expect(dropped.reason.rawValue == "promo")
    }

    @Test func scriptSample() {
        // sample: Script
        let script = Narrator().script(for: story)
        for s in script.segments { print(s.spoken) }
        // end sample
        #expect(!script.segments.isEmpty)
    }

    @Test func pronunciation() {
        // sample: Pronunciation
        let script = Script(title: "Kyiv", pronunciations: ["Kyiv": .ipa("kˈiːv"), "Tomysek": .espeak(voice: "pl", text: "Tomysek")])
        // end sample
        #expect(script.pronunciations.count == 2)
    }

    @Test func segment() {
        // sample: Segment
        let segment = Segment(id: 0, span: TextSpan(block: 0, charStart: 0, charEnd: 20), text: "It sails at 11:45 p.m.",
                              spoken: "It sails at eleven forty-five p m.", role: .body, pauseAfterMs: 400)
        // end sample
        #expect(segment.role == .body)
    }

    @Test func chapter() {
        // sample: Chapter
        let chapters = Narrator().script(for: story).chapters   // one at the heading "Tickets and times"
        // end sample
        #expect(chapters.contains { $0.title == "Tickets and times" })
    }

    @Test func storySample() {
        // sample: Story
        let story = StoryBuilder().story(of: article)
        for q in story.quotes { print(q.speaker ?? "unknown", "—", q.text) }
        // end sample
        #expect(!story.quotes.isEmpty)
    }

    @Test func storyParts() throws {
        // sample: TextSpan
        let span = story.sentences[0].span                                 // the title: block -1
        let title = Array(article.title)[span.charStart..<span.charEnd]
        // end sample
        #expect(span.block == TextSpan.titleBlock && String(title) == article.title)
        // sample: Sentence
        for sentence in story.sentences where sentence.span.block == 0 { print(sentence.id, sentence.text) }
        // end sample
        // sample: Quote
        let mayor = story.quotes.filter { $0.speaker == "Tom Reyes" }
        for quote in mayor { print(quote.cue ?? "", quote.text) }   // said: It is cheaper than the bridge…
        // end sample
        #expect(mayor.contains { $0.text.hasPrefix("It is cheaper than the bridge") })
        // sample: Person
        let carvalho = story.people.first { $0.name == "Ines Carvalho" }   // age 67, "retired marine engineer"
        // end sample
        #expect(carvalho?.age == 67)
        // sample: Entity
        let places = story.places.map(\.name)   // ["Port Avery", "Gull Island"]
        // end sample
        #expect(places.contains("Port Avery"))
        // sample: DateMention
        for date in story.dates { print(date.text, date.resolved ?? "?") }   // "on Friday 2026-03-20" …
        // end sample
    }

    @Test func timings() {
        // sample: TimingEntry
        let entry = TimingEntry(id: 0, block: -1, charStart: 0, charEnd: 51, startMs: 0, endMs: 3120, voice: "espeak:en-us")
        // end sample
        // sample: Rendition
        let rendition = Rendition(sampleRate: 22050, samples: Array(repeating: 0, count: 22050), timings: [entry])
        print(rendition.durationMs)   // 1000
        // end sample
        #expect(rendition.durationMs == 1000)
    }

    @Test func webURL() {
        // sample: WebURL
        let link = WebURL.http("HTTPS://news.example/a")                          // "https://news.example/a"
        let refused = WebURL.http("javascript:alert(1)")                          // nil
        let key = WebURL.identity("https://news.example/a?utm_source=x&id=3#top")  // "https://news.example/a?id=3"
        // end sample
        #expect(link == "https://news.example/a" && refused == nil && key == "https://news.example/a?id=3")
    }

    @Test func validUTF8() {
        // sample: ValidUTF8
        var s = "café"
        let read = s.withUTF8 { ValidUTF8.scalar(in: $0, at: 3) }   // ("é", 2)
        // end sample
        #expect(read.scalar == "é" && read.length == 2)
        #expect(s.withUTF8 { ValidUTF8.scalar(in: $0, at: 0) }.length == 1)
    }

    @Test func wordTables() {
        // sample: WordTable
        var kinds = WordTable()
        kinds["said"] = 1
        let said = kinds["said"]      // 1
        let other = kinds["Said"]     // nil: keys are compared as written
        // end sample
        #expect(said == 1 && other == nil)
        // sample: WordSet
        var days: WordSet = ["Monday", "Tuesday"]
        let known = days.contains("Monday")    // true
        let added = days.insert("Wednesday")   // true: newly added
        let lower = days.contains("monday")    // false
        // end sample
        #expect(known && added && !lower && days.count == 3)
    }

    @Test func workBudget() throws {
        let reader = ArticleReader()
        // sample: WorkBudget
        let article = try WorkBudget(seconds: 20).run("reading the page") { try reader.read(bytes) }
        // inside a stage's loop:
        for block in article.blocks { if WorkBudget.isOver { break }; print(block.kind) }
        // end sample
        #expect(article.title == self.article.title)
    }

    @Test func renderers() {
        // sample: ArticleRenderer
        print(ArticleRenderer.markdown(article))
        let page = ArticleRenderer.html(article)   // every piece of text escaped; no markup from the source page
        // end sample
        #expect(page.contains(article.title))
        // sample: StoryRenderer
        print(StoryRenderer.text(story))
        print(StoryRenderer.quotes(story))   // who said what, in order
        // end sample
    }
}
