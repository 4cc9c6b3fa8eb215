import Foundation
import LedeCore

/// What ``Store/add(_:)`` takes: the article, its story and where it came from.
///
/// ```swift
/// let new = NewArticle(article: article, story: StoryBuilder().story(of: article), sourceURL: "https://…")
/// ```
public struct NewArticle: Sendable {
    public var article: Article
    public var story: Story?
    /// The URL the article was fetched from, when it came from one.
    public var sourceURL: String?

    public init(article: Article, story: Story? = nil, sourceURL: String? = nil) {
        self.article = article
        self.story = story
        self.sourceURL = sourceURL
    }

    /// The key that makes two adds the same article: the source URL, else the article's own URL,
    /// else a hash of its title and text (a pasted copy has no URL).
    public var sourceKey: String {
        if let url = sourceURL ?? article.url, !url.isEmpty { return "url:" + Self.normalized(url) }
        return "text:" + ContentHash.hex(article.title + "\n" + article.bodyText)
    }

    /// The URL as ``WebURL/identity(_:)`` makes it: `…/story#comments`, `HTTPS://…/story` and
    /// `…/story?utm_source=mail` are one article.
    static func normalized(_ url: String) -> String {
        WebURL.identity(url)
    }
}

/// The answer of ``Store/add(_:)``.
///
/// ```swift
/// let again = try await store.add(NewArticle(article: article, sourceURL: url))
/// print(again.id == added.id, again.created)   // true false: the same source is one article
/// ```
public struct AddResult: Sendable, Equatable {
    public var id: Int64
    /// False when the source was already in the library (the stored copy was updated).
    public var created: Bool

    public init(id: Int64, created: Bool) {
        self.id = id
        self.created = created
    }
}

/// A 128-bit content hash (two FNV-1a 64 lanes with different offsets) for de-duplicating pasted
/// text: not a security boundary, only "is this the same text again".
enum ContentHash {
    static func hex(_ text: String) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b &* 0x0000_0100_0000_01b3) ^ UInt64(byte)
        }
        return String(format: "%016llx%016llx", a, b)
    }
}
