/// What the narrator reads and how long it pauses.
///
/// The pauses are silence added after a segment on top of the voice's own trailing silence. Their
/// lengths follow common audio-article practice: a clear beat after the headline, a breath between
/// paragraphs, a longer break before a new section so the listener hears the change of topic.
public struct NarrationOptions: Sendable, Equatable {
    /// Read "By …. Published …." after the title.
    public var readByline: Bool = false
    /// Read photo captions where the photo stands (credits are never read).
    public var readCaptions: Bool = false
    /// Read foreign personal names with the rules of their likely language.
    public var foreignNames: Bool = true
    public var afterTitleMs: Int = 900
    public var betweenSentencesMs: Int = 200
    public var betweenParagraphsMs: Int = 600
    public var beforeHeadingMs: Int = 1100
    public var afterHeadingMs: Int = 500
    /// Paragraphs per chapter when the article has no headings (podcast chapters).
    public var paragraphsPerChapter: Int = 4

    public init(readByline: Bool = false, readCaptions: Bool = false, foreignNames: Bool = true) {
        self.readByline = readByline
        self.readCaptions = readCaptions
        self.foreignNames = foreignNames
    }
}
