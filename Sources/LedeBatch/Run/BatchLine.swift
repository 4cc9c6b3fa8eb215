import Foundation
import LedeCore

/// One line of `lede batch` output: `url` (and `recordID`, `date` for a WARC record), then either
/// `article` (and `story` with `--story`) or `error` {reason, message}.
///
/// ```swift
/// let line = try BatchLine.encode(source: source, article: Fixture.article, story: nil)
/// // {"url":"https://courier.example/ferry","article":{...}}\n
/// ```
public enum BatchLine {
    private struct Line: Encodable {
        var source: BatchSource
        var article: Article?
        var story: StoryParts?
        var failure: BatchFailure?
        /// The output line this error belongs to (only in the --errors file).
        var lineNumber: Int?

        enum Keys: String, CodingKey { case line, url, recordID, date, article, story, error }
        enum ErrorKeys: String, CodingKey { case reason, message }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encodeIfPresent(lineNumber, forKey: .line)
            try c.encode(source.url, forKey: .url)
            try c.encodeIfPresent(source.recordID, forKey: .recordID)
            try c.encodeIfPresent(source.date, forKey: .date)
            try c.encodeIfPresent(article, forKey: .article)
            try c.encodeIfPresent(story, forKey: .story)
            if let failure {
                var e = c.nestedContainer(keyedBy: ErrorKeys.self, forKey: .error)
                try e.encode(failure.reason.rawValue, forKey: .reason)
                try e.encode(failure.message, forKey: .message)
            }
        }
    }

    /// A story without its article (the line has the article already).
    private struct StoryParts: Encodable {
        var story: Story
        enum Keys: String, CodingKey { case sentences, quotes, people, places, organisations, dates }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(story.sentences, forKey: .sentences)
            try c.encode(story.quotes, forKey: .quotes)
            try c.encode(story.people, forKey: .people)
            try c.encode(story.places, forKey: .places)
            try c.encode(story.organisations, forKey: .organisations)
            try c.encode(story.dates, forKey: .dates)
        }
    }

    public static func encode(source: BatchSource, article: Article, story: Story?) throws -> [UInt8] {
        // The same bytes as `bytes(Line(…))` (keys sorted: article, date, recordID, story, url),
        // with the article written by ``ArticleJSON`` rather than through `Encodable`.
        var out: [UInt8] = []
        out.reserveCapacity(Self.initialCapacity)
        out.append(contentsOf: #"{"article":"#.utf8)
        ArticleJSON.write(article, into: &out)
        if let date = source.date {
            out.append(contentsOf: #","date":"#.utf8)
            ArticleJSON.string(date, into: &out)
        }
        if let recordID = source.recordID {
            out.append(contentsOf: #","recordID":"#.utf8)
            ArticleJSON.string(recordID, into: &out)
        }
        if let story {
            out.append(contentsOf: #","story":"#.utf8)
            out.append(contentsOf: try CompactJSON.encode(StoryParts(story: story)))
        }
        out.append(contentsOf: #","url":"#.utf8)
        ArticleJSON.string(source.url, into: &out)
        out.append(contentsOf: "}\n".utf8)
        return out
    }

    /// The line through `Encodable` and ``CompactJSON``: what ``encode(source:article:story:)``
    /// writes directly (tests compare the two).
    static func encodedGenerically(source: BatchSource, article: Article, story: Story?) throws -> [UInt8] {
        try bytes(Line(source: source, article: article, story: story.map(StoryParts.init)))
    }

    /// A line of an article is a few kilobytes; one reservation covers most.
    static let initialCapacity = 8 << 10

    public static func encode(source: BatchSource, failure: BatchFailure, lineNumber: Int? = nil) throws -> [UInt8] {
        try bytes(Line(source: source, failure: failure, lineNumber: lineNumber))
    }

    /// Foundation's JSONEncoder bytes (sorted keys, unescaped slashes), written by ``CompactJSON``
    /// without Foundation's intermediate tree.
    private static func bytes(_ line: Line) throws -> [UInt8] {
        var out = try CompactJSON.encode(line)
        out.append(0x0A)
        return out
    }
}
