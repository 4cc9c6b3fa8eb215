import Foundation
import Hummingbird
import HummingbirdTesting
import LedeCore
import LedeLanguage
import LedeSpeech
import LedeStore
import Testing
@testable import LedeServer

/// An article already narrated, added again with one sentence changed: only that sentence is
/// rendered, the rest comes from the sentence audio cache, and the new edition speaks the new words.
@Suite(.serialized) struct RenarrationTests {
    static let hibariInstalled = (try? HibariAssets.locate(voice: "heart")) != nil
    static let source = "https://courier.example/harbour-week"

    /// Thirty short sentences of our own, five paragraphs of six, each different (a repeated
    /// sentence would come from the cache even on the first narration).
    static let sentences: [String] = [
        "The harbour opened at six on Monday.", "A grey boat came in first.", "Its crew carried nets to the quay.",
        "The fish market filled by seven.", "Buyers argued over the cod.", "Prices rose before noon.",
        "On Tuesday the wind turned north.", "Small boats stayed in port.", "The big trawlers went out anyway.",
        "Waves broke over the outer wall.", "The lighthouse keeper watched all day.", "Nobody was hurt.",
        "Wednesday was calm and bright.", "Children fished from the pier.", "A seal slept on the slipway.",
        "Tourists took pictures of it.", "The ferry ran to the island twice.", "Gulls followed it.",
        "Thursday brought a council meeting.", "The new crane was the main topic.", "Some wanted it built at once.",
        "Others asked who would pay.", "The vote was put off for a month.", "The mayor said little.",
        "Friday ended the week with rain.", "The café by the steps stayed full.", "Old sailors told the same stories.",
        "The tide came in after dark.", "The last boat tied up at nine.", "The harbour slept again.",
    ]
    static let changedIndex = 17
    static let oldSentence = "Gulls followed it."
    static let newSentence = "Gulls followed the ferry all the way across the grey water to the island and back."

    static func text(_ sentences: [String]) -> String {
        "A week at the harbour\n\n" + stride(from: 0, to: sentences.count, by: 6)
            .map { sentences[$0..<min($0 + 6, sentences.count)].joined(separator: " ") }.joined(separator: "\n\n")
    }

    static func body(_ text: String, voice: String?) throws -> ByteBuffer {
        var fields: [String: Any] = ["text": text, "url": source, "narrate": true]
        if let voice { fields["voice"] = voice }
        return ByteBuffer(data: try JSONSerialization.data(withJSONObject: fields))
    }

    /// The written text a timing entry points at.
    static func spanText(_ entry: TimingEntry, in article: Article) -> String? {
        let text = entry.block == TextSpan.titleBlock ? article.title : article.blocks[safe: entry.block]?.text
        guard let characters = text.map(Array.init), entry.charStart >= 0, entry.charEnd <= characters.count,
              entry.charStart < entry.charEnd else { return nil }
        return String(characters[entry.charStart..<entry.charEnd])
    }

    @Test(.enabled(if: hibariInstalled, "the hibari voice is not installed (scripts/setup.sh)"))
    func oneChangedSentenceIsRenderedTheRestReused() async throws {
        let server = try TestServer()
        let store = server.store
        let running = Task { try await server.app.narration.run() }
        defer { running.cancel() }
        let clock = ContinuousClock()

        func add(_ text: String, voice: String?) async throws -> (id: Int64, created: Bool, job: NarrationJob) {
            try await server.test { client in
                try await client.execute(uri: "/api/articles", method: .post, headers: authorized,
                                         body: try Self.body(text, voice: voice)) { response in
                    let answer = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                    let decoder = JSONDecoder()
                    decoder.dateDecodingStrategy = .iso8601
                    let job = try decoder.decode(NarrationJob.self, from: JSONSerialization.data(withJSONObject: answer?["job"] ?? [:]))
                    return (Int64(answer?["id"] as? Int ?? 0), answer?["created"] as? Bool ?? false, job)
                }
            }
        }
        func narrated(_ job: NarrationJob) async throws {
            try await waitFor("narration job \(job.id)", timeout: .seconds(300)) {
                let status = try await store.job(id: job.id)?.status
                return status == .done || status == .failed
            }
            let done = try await store.job(id: job.id)
            #expect(done?.status == .done, "\(done?.error ?? "")")
        }
        func narrationInfo(_ id: Int64) async throws -> [String: Any] {
            try await server.test { client in
                try await client.execute(uri: "/api/articles/\(id)", method: .get) { response in
                    let answer = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                    return try #require(answer?["narration"] as? [String: Any])
                }
            }
        }

        // First narration: nothing to reuse.
        var start = clock.now
        let first = try await add(Self.text(Self.sentences), voice: "hibari:heart")
        #expect(first.created)
        try await narrated(first.job)
        let firstTime = clock.now - start
        let before = try #require(try await store.article(id: first.id))
        let oldEdition = try #require(before.edition)
        let firstInfo = try await narrationInfo(first.id)
        #expect(firstInfo["sentencesReused"] as? Int == 0)
        let total = try #require(firstInfo["sentencesTotal"] as? Int)
        #expect(total == oldEdition.timings.count)
        #expect(total >= Self.sentences.count)

        // The same source again with one sentence changed, no voice named: the same article, a new
        // narration in the edition's voice.
        var changed = Self.sentences
        changed[Self.changedIndex] = Self.newSentence
        start = clock.now
        let second = try await add(Self.text(changed), voice: nil)
        #expect(second.id == first.id && !second.created)
        #expect(second.job.id != first.job.id && second.job.voice == "hibari:heart")
        try await narrated(second.job)
        let secondTime = clock.now - start
        print("re-narration: first narration \(firstTime), the same article with one sentence changed \(secondTime) (debug build, hibari:heart, \(total) sentences)")

        let after = try #require(try await store.article(id: first.id))
        let newEdition = try #require(after.edition)
        #expect(newEdition.audioETag != oldEdition.audioETag)
        let info = try await narrationInfo(first.id)
        let reused = try #require(info["sentencesReused"] as? Int)
        #expect(info["sentencesTotal"] as? Int == total)
        #expect(reused == total - 1, "only the changed sentence is rendered")
        #expect(Double(reused) >= 0.9 * Double(total))

        // The timing map points at the new words, and the transcript says them.
        let spans = newEdition.timings.map { Self.spanText($0, in: after.article) }
        #expect(spans.filter { $0 == Self.newSentence }.count == 1)
        #expect(!spans.contains(Self.oldSentence))
        let vtt = try String(contentsOf: store.files.url(articleID: first.id, kind: .vtt), encoding: .utf8)
        #expect(vtt.contains(Self.newSentence) && !vtt.contains(Self.oldSentence))

        // Every other sentence lasts exactly as long as before (its audio is the same); the changed
        // one lasts longer, in proportion to its words as eSpeak NG reads them.
        let oldSpans = oldEdition.timings.map { Self.spanText($0, in: before.article) }
        let oldIndex = try #require(oldSpans.firstIndex(of: Self.oldSentence))
        let newIndex = try #require(spans.firstIndex(of: Self.newSentence))
        #expect(oldIndex == newIndex)
        for (i, (a, b)) in zip(oldEdition.timings, newEdition.timings).enumerated() where i != oldIndex {
            #expect(a.endMs - a.startMs == b.endMs - b.startMs, "sentence \(i) changed length")
        }
        let duration = { (entry: TimingEntry) in Double(entry.endMs - entry.startMs) }
        let heartRatio = duration(newEdition.timings[newIndex]) / duration(oldEdition.timings[oldIndex])
        let espeak = try VoiceLibrary().load("espeak:en-us")
        let espeakRatio = Double(try espeak.speak(Self.newSentence, pronunciations: [:], speed: 1).count)
            / Double(try espeak.speak(Self.oldSentence, pronunciations: [:], speed: 1).count)
        #expect(heartRatio > 2, "the new sentence is four times as many words")
        #expect(abs(log(heartRatio / espeakRatio)) < log(1.6), "heart \(heartRatio)× longer, eSpeak NG \(espeakRatio)×")

        // Both versions of the sentence are in the cache, as different audio.
        let speed = server.app.configuration.speed
        let script = ScriptMaker.narrator.script(after.article, try #require(after.story), false)
        let oldScript = ScriptMaker.narrator.script(before.article, try #require(before.story), false)
        let cache = SentenceAudioCache(directory: store.files.sentenceCacheDirectory)
        func cached(_ script: Script, _ index: Int) -> [Float]? {
            let text = script.segments[index].spoken.trimmingCharacters(in: .whitespacesAndNewlines)
            return cache.samples(for: SentenceKey(voice: "hibari:heart", sampleRate: 24_000, speed: speed, text: text,
                                                  pronunciations: script.pronunciations))
        }
        let oldAudio = try #require(cached(oldScript, oldIndex))
        let newAudio = try #require(cached(script, newIndex))
        #expect(oldAudio != newAudio)
        #expect(Double(newAudio.count) > 2 * Double(oldAudio.count))
    }
}

/// Adding the same source again, without a voice: the store's rules and the API's answers.
@Suite(.serialized) struct ReAddTests {
    @Test func textWithItsURLIsTheSameArticleWhenAddedAgain() async throws {
        let server = try TestServer()
        try await server.test { client in
            var ids: [Int64] = []
            for (text, status) in [("Quay repairs begin\n\nWork on the quay began on Monday.", HTTPResponse.Status.created),
                                   ("Quay repairs begin\n\nWork on the quay began on Monday morning.", .ok)] {
                let body = try JSONSerialization.data(withJSONObject: ["text": text, "url": "https://courier.example/quay"])
                try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: ByteBuffer(data: body)) { response in
                    #expect(response.status == status)
                    let answer = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                    ids.append(Int64(answer?["id"] as? Int ?? 0))
                }
            }
            #expect(ids[0] == ids[1])
            let stored = try #require(try await server.store.article(id: ids[0]))
            #expect(stored.sourceURL == "https://courier.example/quay")
            #expect(stored.article.bodyText.contains("Monday morning"))
            // The URL beside text is checked like any other.
            let bad = try JSONSerialization.data(withJSONObject: ["text": "A b c", "url": "ftp://courier.example/quay"])
            try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: ByteBuffer(data: bad)) { response in
                #expect(response.status == .badRequest)
            }
        }
        #expect(try await server.store.count() == 1)
    }

    @Test func anArticleChangedWhileItIsNarratedIsNarratedAgain() async throws {
        let server = try TestServer()
        let store = server.store
        let old = longArticle(paragraphs: 30, url: "https://courier.example/changing")
        let id = try await store.add(old).id
        let job = try await store.enqueueNarration(articleID: id, voice: "espeak:en-us")
        let running = Task { try await server.app.narration.run() }
        defer { running.cancel() }
        try await waitFor("the narration to start") { try await store.job(id: job.id)?.status == .running }
        // The new text arrives while the old is being spoken; the live job is the one running.
        var article = old.article
        article.blocks.append(.paragraph("A late correction was added to the end."))
        let new = NewArticle(article: article, story: StoryBuilder().story(of: article), sourceURL: old.sourceURL)
        #expect(try await store.add(new).id == id)
        #expect(try await store.enqueueNarration(articleID: id, voice: "espeak:en-us").id == job.id)
        try await waitFor("a narration of the new text", timeout: .seconds(120)) {
            let edition = try await store.article(id: id)?.edition
            return edition?.timings.contains { $0.block == article.blocks.count - 1 } == true
        }
        let jobs = try await store.jobs(status: .done)
        #expect(jobs.count == 2)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
