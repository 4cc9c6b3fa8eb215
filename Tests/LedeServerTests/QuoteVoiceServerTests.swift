import Foundation
import HummingbirdTesting
import LedeCore
import LedeStore
import Testing
@testable import LedeServer

/// `quoteVoice` in the API: checked like `voice` (a 400 stores nothing), kept with the job, and the
/// narration's timing map and reader page mark the quoted parts.
@Suite(.serialized) struct QuoteVoiceServerTests {
    static let text = #"{"text": "Harbour reopens after storm\n\nThe harbour reopened on Monday. \"We are back,\" said Ida Brenner, the harbour master.", "narrate": true, "quoteVoice": "espeak:en"}"#

    @Test func aQuoteVoiceNarrationMarksTheQuotedPartsOnThePage() async throws {
        let server = try TestServer()
        let id = try await server.test { client in
            try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: json(Self.text)) { response -> Int64 in
                #expect(response.status == .created)
                let body = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
                let job = try #require(body["job"] as? [String: Any])
                #expect(job["quoteVoice"] as? String == "espeak:en")
                return try #require((body["id"] as? NSNumber)?.int64Value)
            }
        }
        let service = narration(server.store)
        let running = Task { try await service.run() }
        defer { running.cancel() }
        try await waitFor("the narration") { try await server.store.article(id: id)?.edition != nil }

        let edition = try #require(try await server.store.article(id: id)?.edition)
        #expect(edition.voice == "espeak:en-us")
        let quoted = edition.timings.filter { $0.quoted == true }
        #expect(quoted.count == 1)
        #expect(quoted.first?.voice == "espeak:en")
        #expect(quoted.first?.speaker == "Ida Brenner")
        #expect(edition.timings.filter { $0.quoted == nil }.allSatisfy { $0.voice == "espeak:en-us" })
        let vtt = try String(contentsOf: server.store.files.url(articleID: id, kind: .vtt), encoding: .utf8)
        #expect(vtt.contains("<v Ida Brenner>\"We are back,\"\n"))
        try await server.test { client in
            try await client.execute(uri: "/articles/\(id)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("read by espeak:en-us, quotations by espeak:en"))
                #expect(response.text.contains(#"class="quoted" title="Quotation: Ida Brenner">&quot;We are back,&quot;</span>"#)
                        || response.text.contains(#"class="quoted" title="Quotation: Ida Brenner">"We are back,"</span>"#),
                        "\(response.text)")
            }
        }
    }

    @Test func anUnknownQuoteVoiceIsA400AndNothingIsStored() async throws {
        let server = try TestServer()
        try await server.test { client in
            let bad = Self.text.replacingOccurrences(of: "espeak:en\"", with: "espeak:no-such-language-xx\"")
            try await client.execute(uri: "/api/articles", method: .post, headers: authorized, body: json(bad)) { response in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("espeak:no-such-language-xx"))
            }
            try await client.execute(uri: "/api/articles", method: .get) { response in
                #expect(response.text.contains("\"total\":0"))
            }
            let id = try await server.store.add(NewArticle(article: ferryArticle())).id
            try await client.execute(uri: "/api/articles/\(id)/narrate", method: .post, headers: authorized,
                                     body: json(#"{"quoteVoice": "../../etc/passwd"}"#)) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/api/articles/\(id)/narrate", method: .post, headers: authorized,
                                     body: json(#"{"quoteVoice": "espeak:en"}"#)) { response in
                #expect(response.status == .accepted)
                #expect(response.text.contains(#""quoteVoice":"espeak:en""#))
            }
        }
    }
}
