import Foundation
import Hummingbird
import HummingbirdTesting
import LedeCore
import LedeStore
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import LedeServer

/// Reads an RSS document into the parts the rules talk about (XMLParser fails on malformed XML).
final class RSSReader: NSObject, XMLParserDelegate {
    struct Item { var fields: [String: String] = [:]; var attributes: [String: [String: String]] = [:] }
    var channel: [String: String] = [:]
    var items: [Item] = []
    var rootAttributes: [String: String] = [:]
    private var stack: [String] = []
    private var text = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if name == "rss" { rootAttributes = attributes }
        if name == "item" { items.append(Item()) }
        if stack.last == "item" { items[items.count - 1].attributes[name] = attributes }
        stack.append(name)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
        if stack.last == "item" {
            items[items.count - 1].fields[name] = text
        } else if stack.last == "channel" {
            channel[name] = text
        }
        text = ""
    }
}

@Suite struct FeedTests {
    static func rfc822(_ s: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.date(from: s)
    }

    @Test func podcastFeedFollowsTheRSSRules() async throws {
        let server = try TestServer()
        let first = try await server.addNarrated(ferryArticle(), audio: Array(repeating: 1, count: 3210))
        let second = try await server.addNarrated(Article(url: "https://x.example/b", title: "Fish & chips <and> \"quotes\"",
                                                          published: "2026-03-15", blocks: [.paragraph("Body.")]),
                                                  audio: Array(repeating: 2, count: 777))
        _ = try await server.store.add(NewArticle(article: Article(url: "https://x.example/c", title: "Not narrated",
                                                                   blocks: [.paragraph("x")])))
        try await server.test { client in
            try await client.execute(uri: "/feed.xml", method: .get) { response in
                #expect(response.headers[.contentType]?.hasPrefix("application/rss+xml") == true)
                let reader = RSSReader()
                let parser = XMLParser(data: Data(response.text.utf8))
                parser.delegate = reader
                #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
                #expect(reader.rootAttributes["version"] == "2.0")
                #expect(reader.rootAttributes["xmlns:itunes"] == "http://www.itunes.com/dtds/podcast-1.0.dtd")
                #expect(reader.rootAttributes["xmlns:podcast"] == "https://podcastindex.org/namespace/1.0")
                // RSS 2.0: a channel needs title, link and description.
                for required in ["title", "link", "description", "itunes:explicit"] {
                    #expect(reader.channel[required]?.isEmpty == false, "channel \(required)")
                }
                #expect(Self.rfc822(reader.channel["lastBuildDate"] ?? "") != nil)
                #expect(reader.items.count == 2)
                for item in reader.items {
                    #expect(item.fields["title"]?.isEmpty == false)
                    #expect(Self.rfc822(item.fields["pubDate"] ?? "") != nil, "pubDate \(item.fields["pubDate"] ?? "")")
                    #expect(item.fields["guid"]?.isEmpty == false)
                    let enclosure = try #require(item.attributes["enclosure"])
                    #expect(enclosure["type"] == "audio/mpeg")
                    let url = try #require(enclosure["url"])
                    #expect(url.hasPrefix("https://lede.example/audio/"))
                    let file = server.store.files.audioDirectory.appendingPathComponent(String(url.split(separator: "/").last!))
                    let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int
                    #expect(Int(enclosure["length"] ?? "") == size)
                    #expect(item.attributes["podcast:transcript"]?["type"] == "text/vtt")
                    #expect(item.attributes["podcast:transcript"]?["url"]?.hasSuffix(".vtt") == true)
                    #expect(item.attributes["podcast:chapters"]?["type"] == "application/json+chapters")
                    #expect(Int(item.fields["itunes:duration"] ?? "") == 5)
                }
                #expect(reader.items.contains { $0.fields["title"] == "Fish & chips <and> \"quotes\"" })
                #expect(reader.items.contains { Self.rfc822($0.fields["pubDate"] ?? "") == ISO8601DateFormatter().date(from: "2026-03-14T06:30:00Z") })
            }
            try await client.execute(uri: "/articles/\(first)/chapters.json", method: .get) { response in
                let body = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
                #expect(body["version"] as? String == "1.2.0")
                #expect((body["chapters"] as? [[String: Any]])?.first?["startTime"] as? Double == 0)
            }
            try await client.execute(uri: "/feed.json", method: .get) { response in
                let body = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
                #expect(body["version"] as? String == "https://jsonfeed.org/version/1.1")
                let items = try #require(body["items"] as? [[String: Any]])
                #expect(items.count == 2)
                let attachment = try #require((items.first { $0["id"] as? String == "lede-article-\(second)" })?["attachments"] as? [[String: Any]])
                #expect(attachment.first?["size_in_bytes"] as? Int == 777)
                #expect(attachment.first?["mime_type"] as? String == "audio/mpeg")
            }
        }
    }
}
