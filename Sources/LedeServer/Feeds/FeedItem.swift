import Foundation
import LedeCore
import LedeStore

/// One narrated article as the feeds show it.
struct FeedItem {
    var id: Int64
    var article: Article
    var edition: Edition
    var added: Date

    /// The publication date when the article gives one (a day, or a full timestamp), else when it
    /// was added to the library.
    var date: Date {
        guard let published = article.published else { return added }
        return FeedDates.parse(published) ?? added
    }

    /// The subtitle, else the first paragraph.
    var summary: String {
        if let subtitle = article.subtitle, !subtitle.isEmpty { return subtitle }
        for case .paragraph(let text) in article.blocks { return text }
        return article.title
    }

    /// The narrated articles, newest first (at most `limit`).
    static func load(from store: any Store, limit: Int) async throws -> [FeedItem] {
        try await store.narrated(limit: limit).compactMap { stored in
            stored.edition.map { FeedItem(id: stored.id, article: stored.article, edition: $0, added: stored.added) }
        }
    }
}

enum FeedDates {
    static func parse(_ iso: String) -> Date? {
        let full = ISO8601DateFormatter()
        if let date = full.date(from: iso) { return date }
        full.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = full.date(from: iso) { return date }
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        return day.date(from: String(iso.prefix(10)))
    }

    /// RFC 822 (with a four-digit year, as RSS 2.0 asks): `Sat, 14 Mar 2026 06:30:00 +0000`.
    static func rfc822(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }

    static func rfc3339(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}
