import Foundation
import LedeStore

/// `/feed.xml`: the narrated articles as a podcast, RSS 2.0 with the iTunes tags and the Podcasting
/// 2.0 `podcast:transcript` (the WebVTT) and `podcast:chapters` (JSON chapters) elements.
///
/// ```swift
/// let xml = PodcastFeed(baseURL: "https://lede.example", token: nil).xml(items)
/// ```
struct PodcastFeed {
    let baseURL: String
    /// Added to every link of a private library's feed, so a podcast app can fetch what it lists.
    let token: String?
    var title = "Lede"
    var description = "Articles from this Lede library, read aloud."

    /// RFC 3986's unreserved characters: everything else in a token is percent-encoded.
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    func url(_ path: String) -> String {
        guard let token else { return baseURL + path }
        return baseURL + path + "?token=" + (token.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? "")
    }

    func xml(_ items: [FeedItem], now: Date = Date()) -> String {
        let e = HTMLEscape.escape
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:atom="http://www.w3.org/2005/Atom">
            <channel>
            <title>\(e(title))</title>
            <link>\(e(url("/")))</link>
            <description>\(e(description))</description>
            <language>en</language>
            <generator>Lede</generator>
            <lastBuildDate>\(FeedDates.rfc822(items.map(\.edition.created).max() ?? now))</lastBuildDate>
            <atom:link href="\(e(url("/feed.xml")))" rel="self" type="application/rss+xml"/>
            <itunes:author>\(e(title))</itunes:author>
            <itunes:summary>\(e(description))</itunes:summary>
            <itunes:explicit>false</itunes:explicit>
            <itunes:type>episodic</itunes:type>
            <itunes:category text="News"/>

            """
        for item in items {
            let page = url("/articles/\(item.id)")
            let author = item.article.authors.isEmpty ? item.article.publisher : item.article.authors.joined(separator: ", ")
            out += """
                <item>
                <title>\(e(item.article.title.isEmpty ? "Untitled" : item.article.title))</title>
                <link>\(e(page))</link>
                <guid isPermaLink="false">lede-article-\(item.id)</guid>
                <pubDate>\(FeedDates.rfc822(item.date))</pubDate>
                <description>\(e(item.summary))</description>
                <enclosure url="\(e(url("/audio/\(item.id).mp3")))" length="\(item.edition.audioBytes)" type="audio/mpeg"/>
                <itunes:duration>\(max(1, (item.edition.durationMs + 500) / 1000))</itunes:duration>
                <itunes:episodeType>full</itunes:episodeType>
                <itunes:explicit>false</itunes:explicit>

                """
            if let author { out += "<itunes:author>\(e(author))</itunes:author>\n" }
            out += """
                <podcast:transcript url="\(e(url("/audio/\(item.id).vtt")))" type="text/vtt" language="\(e(item.article.language ?? "en"))" rel="captions"/>
                <podcast:chapters url="\(e(url("/articles/\(item.id)/chapters.json")))" type="application/json+chapters"/>
                </item>

                """
        }
        return out + "</channel>\n</rss>\n"
    }
}

/// `/articles/{id}/chapters.json`: the Podcasting 2.0 JSON chapters format.
struct ChaptersDocument: Encodable {
    struct Entry: Encodable {
        var startTime: Double
        var title: String
    }

    var version = "1.2.0"
    var chapters: [Entry]

    init(_ edition: Edition) {
        chapters = edition.chapters.map { Entry(startTime: Double($0.startMs) / 1000, title: $0.title) }
    }
}
