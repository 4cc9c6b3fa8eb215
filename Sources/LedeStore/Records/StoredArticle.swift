import Foundation
import LedeCore

/// An article as the library holds it: the article, its story, its narration job and edition.
///
/// ```swift
/// if let stored = try await store.article(id: added.id) {
///     print(stored.article.title, stored.edition?.durationMs ?? 0, stored.job?.status ?? .queued)
/// }
/// ```
public struct StoredArticle: Sendable, Equatable {
    public var id: Int64
    public var article: Article
    public var story: Story?
    public var sourceURL: String?
    public var added: Date
    /// The finished narration, when there is one.
    public var edition: Edition?
    /// The latest narration job, when there is one.
    public var job: NarrationJob?

    public init(id: Int64, article: Article, story: Story?, sourceURL: String?, added: Date,
                edition: Edition? = nil, job: NarrationJob? = nil) {
        self.id = id
        self.article = article
        self.story = story
        self.sourceURL = sourceURL
        self.added = added
        self.edition = edition
        self.job = job
    }
}

/// One line of the library page and of `GET /api/articles`.
///
/// ```swift
/// let line = try await store.list(limit: 1, offset: 0)[0]
/// print(line.title, line.status?.rawValue ?? "not narrated", line.durationMs ?? 0)
/// ```
public struct ArticleSummary: Sendable, Codable, Equatable {
    public var id: Int64
    public var title: String
    public var publisher: String?
    public var published: String?
    public var added: Date
    public var durationMs: Int?
    /// `ready` when an edition exists, else the latest job's status, else nil (never narrated).
    public var status: Status?
    /// 0…1 while a narration runs.
    public var progress: Double?

    public init(id: Int64, title: String, publisher: String?, published: String?, added: Date,
                durationMs: Int?, status: Status?, progress: Double?) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.published = published
        self.added = added
        self.durationMs = durationMs
        self.status = status
        self.progress = progress
    }
}

/// A search result: the article and a snippet of the text that matched.
///
/// ```swift
/// for hit in hits {
///     let marked = hit.snippet.replacingOccurrences(of: String(SearchHit.markStart), with: "[")
///         .replacingOccurrences(of: String(SearchHit.markEnd), with: "]")
///     print(hit.article.title, marked)   // "… restored by a group of 150 [volunteers] …"
/// }
/// ```
public struct SearchHit: Sendable, Codable, Equatable {
    public var article: ArticleSummary
    /// Plain text; each match sits between ``SearchHit/markStart`` and ``SearchHit/markEnd``
    /// (private-use characters, so a page escapes the text first and then turns them into `<mark>`).
    public var snippet: String

    public static let markStart: Character = "\u{E000}"
    public static let markEnd: Character = "\u{E001}"

    public init(article: ArticleSummary, snippet: String) {
        self.article = article
        self.snippet = snippet
    }
}

extension ArticleSummary {
    /// Where an article's narration stands, as the library page and `GET /api/articles` say it.
    ///
    /// ```swift
    /// let running = ArticleSummary.Status(jobStatus: "running", hasEdition: true)  // .running
    /// let ready = ArticleSummary.Status(jobStatus: "done", hasEdition: true)       // .ready
    /// ```
    public enum Status: String, Sendable, Codable, CaseIterable {
        /// An edition exists and no newer narration is under way.
        case ready
        case queued, running, failed
        /// The latest job finished but its edition is gone (deleted audio).
        case done

        /// The rule both stores share: a narration under way says so even when an older edition
        /// exists; otherwise a finished edition is `ready`, and a job without one gives its status.
        public init?(jobStatus: String?, hasEdition: Bool) {
            let job = jobStatus.flatMap(Status.init(rawValue:))
            switch job {
            case .queued?, .running?: self = job!
            default:
                if hasEdition { self = .ready } else if let job { self = job } else { return nil }
            }
        }

        /// Queued or running: progress is worth showing.
        public var isUnderWay: Bool { self == .queued || self == .running }
    }
}
