import Foundation

/// `/feed.json`: JSON Feed 1.1 with the MP3 as each item's attachment.
struct JSONFeed: Encodable {
    struct Author: Encodable { var name: String }

    struct Attachment: Encodable {
        var url: String
        var mime_type: String
        var size_in_bytes: Int
        var duration_in_seconds: Int
    }

    struct Item: Encodable {
        var id: String
        var url: String
        var title: String
        var content_text: String
        var summary: String
        var date_published: String
        var authors: [Author]?
        var image: String?
        var attachments: [Attachment]
    }

    var version = "https://jsonfeed.org/version/1.1"
    var title: String
    var home_page_url: String
    var feed_url: String
    var description: String
    var items: [Item]

    init(_ feedItems: [FeedItem], feed: PodcastFeed) {
        title = feed.title
        home_page_url = feed.url("/")
        feed_url = feed.url("/feed.json")
        description = feed.description
        items = feedItems.map { item in
            Item(id: "lede-article-\(item.id)", url: feed.url("/articles/\(item.id)"),
                 title: item.article.title.isEmpty ? "Untitled" : item.article.title,
                 content_text: item.article.bodyText, summary: item.summary,
                 date_published: FeedDates.rfc3339(item.date),
                 authors: item.article.authors.isEmpty ? nil : item.article.authors.map { Author(name: $0) },
                 image: item.article.image.flatMap { HTMLSanitizer.safeURL($0) },
                 attachments: [Attachment(url: feed.url("/audio/\(item.id).mp3"), mime_type: "audio/mpeg",
                                          size_in_bytes: item.edition.audioBytes,
                                          duration_in_seconds: max(1, (item.edition.durationMs + 500) / 1000))])
        }
    }
}
