import Foundation
import LedeCore
import PostgresNIO

/// A value read from a PostgreSQL row: each record type decodes its own columns, by name, in one
/// place, so a query joining two tables hands the same row to both (an article and its edition).
///
/// ```swift
/// let jobs = try await store.query("SELECT * FROM narration_job ORDER BY id", as: NarrationJob.self)
/// ```
protocol PostgresRecord {
    init(postgres row: PostgresRandomAccessRow) throws
}

extension PostgresStore {
    func query<Record: PostgresRecord>(_ query: PostgresQuery, as type: Record.Type) async throws -> [Record] {
        try await self.query(query).map { try Record(postgres: $0) }
    }
}

/// A row of `narration_job`.
extension NarrationJob: PostgresRecord {
    init(postgres row: PostgresRandomAccessRow) throws {
        self.init(id: try row["id"].decode(Int64.self), articleID: try row["article_id"].decode(Int64.self),
                  voice: try row["voice"].decode(String.self),
                  // The table's CHECK allows only the four statuses; a newer build's would read as failed.
                  status: Status(rawValue: try row["status"].decode(String.self)) ?? .failed,
                  progress: try row["progress"].decode(Double.self), attempts: Int(try row["attempts"].decode(Int64.self)),
                  error: try row["error"].decode(String?.self), created: try row["created"].decode(Date.self),
                  updated: try row["updated"].decode(Date.self), quoteVoice: try row["quote_voice"].decode(String?.self))
    }
}

/// A row of `edition` (or the edition's columns of a join).
extension Edition: PostgresRecord {
    init(postgres row: PostgresRandomAccessRow) throws {
        self.init(articleID: try row["article_id"].decode(Int64.self), voice: try row["voice"].decode(String.self),
                  durationMs: Int(try row["duration_ms"].decode(Int64.self)),
                  audioBytes: Int(try row["audio_bytes"].decode(Int64.self)),
                  audioETag: try row["audio_etag"].decode(String.self),
                  timings: try StoreCodec.decode([TimingEntry].self, row["timings_json"].decode(String.self)),
                  chapters: try StoreCodec.decode([EditionChapter].self, row["chapters_json"].decode(String.self)),
                  created: try row["created"].decode(Date.self))
    }
}

/// A line of the library, from ``PostgresStore/summaryColumns``; the status rule is
/// ``ArticleSummary/Status/init(jobStatus:hasEdition:)``, as in SQLite.
extension ArticleSummary: PostgresRecord {
    init(postgres row: PostgresRandomAccessRow) throws {
        let duration = try row["duration_ms"].decode(Int64?.self).map { Int($0) }
        let status = Status(jobStatus: try row["job_status"].decode(String?.self), hasEdition: duration != nil)
        let progress = try row["job_progress"].decode(Double?.self)
        self.init(id: try row["id"].decode(Int64.self), title: try row["title"].decode(String.self),
                  publisher: try row["publisher"].decode(String?.self), published: try row["published"].decode(String?.self),
                  added: try row["added"].decode(Date.self), durationMs: duration, status: status,
                  progress: status?.isUnderWay == true ? progress : nil)
    }
}

/// The summary columns and a `snippet`.
extension SearchHit: PostgresRecord {
    init(postgres row: PostgresRandomAccessRow) throws {
        self.init(article: try ArticleSummary(postgres: row), snippet: try row["snippet"].decode(String.self))
    }
}

/// `RETURNING id, (xmax = 0) AS inserted` of an add.
extension AddResult: PostgresRecord {
    init(postgres row: PostgresRandomAccessRow) throws {
        self.init(id: try row["id"].decode(Int64.self), created: try row["inserted"].decode(Bool.self))
    }
}

/// A row of `article` as read back, its article and story still JSON text (see ``stored(edition:job:)``).
/// The feed's query leaves `story_json` out.
struct PostgresArticleRow: PostgresRecord {
    var id: Int64
    var sourceURL: String?
    var added: Date
    var articleJSON: String
    var storyJSON: String?

    init(postgres row: PostgresRandomAccessRow) throws {
        id = try row["id"].decode(Int64.self)
        sourceURL = try row["source_url"].decode(String?.self)
        added = try row["added"].decode(Date.self)
        articleJSON = try row["article_json"].decode(String.self)
        storyJSON = row.contains("story_json") ? try row["story_json"].decode(String?.self) : nil
    }

    /// The article with its JSON decoded.
    func stored(edition: Edition?, job: NarrationJob?) throws -> StoredArticle {
        StoredArticle(id: id, article: try StoreCodec.decode(Article.self, articleJSON),
                      story: try storyJSON.map { try StoreCodec.decode(Story.self, $0) }, sourceURL: sourceURL,
                      added: added, edition: edition, job: job)
    }
}
