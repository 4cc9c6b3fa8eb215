import Foundation
import LedeCore

/// A finished narration of an article: where its audio is, how long it is, the timing map and
/// the chapters. The audio and the WebVTT transcript are files (``AudioFiles``); this is their index.
///
/// ```swift
/// let edition = Edition(articleID: 7, voice: "espeak:en-us", durationMs: 61_000, audioBytes: 488_123,
///                       audioETag: "\"7-1a2b\"", timings: rendition.timings, chapters: [])
/// ```
public struct Edition: Sendable, Codable, Equatable {
    public var articleID: Int64
    public var voice: String
    public var durationMs: Int
    /// Size of the MP3 file, for feed enclosures.
    public var audioBytes: Int
    /// Changes whenever the audio does.
    public var audioETag: String
    public var timings: [TimingEntry]
    public var chapters: [EditionChapter]
    public var created: Date

    public init(articleID: Int64, voice: String, durationMs: Int, audioBytes: Int, audioETag: String,
                timings: [TimingEntry], chapters: [EditionChapter], created: Date = Date()) {
        self.articleID = articleID
        self.voice = voice
        self.durationMs = durationMs
        self.audioBytes = audioBytes
        self.audioETag = audioETag
        self.timings = timings
        self.chapters = chapters
        self.created = created
    }
}

/// A chapter of the audio: a title and where it starts.
///
/// ```swift
/// let chapter = EditionChapter(title: "Tickets and times", startMs: 31_400)   // a podcast chapter mark
/// ```
public struct EditionChapter: Sendable, Codable, Equatable {
    public var title: String
    public var startMs: Int

    public init(title: String, startMs: Int) {
        self.title = title
        self.startMs = startMs
    }
}
