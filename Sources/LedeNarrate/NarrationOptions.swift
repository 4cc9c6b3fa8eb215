/// What the narrator reads and how long it pauses.
///
/// The pauses are silence added after a segment on top of the voice's own trailing silence. Their
/// lengths follow common audio-article practice: a clear beat after the headline, a breath between
/// paragraphs, a longer break before a new section so the listener hears the change of topic.
///
/// ```swift
/// var options = NarrationOptions(readByline: true, readCaptions: true)
/// options.betweenParagraphsMs = 800   // a slower listen
/// let script = Narrator(options: options).script(for: story)
/// ```
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
    /// Cut sentences that hold direct quotations into parts, the quoted words marked for the quote
    /// voice and the rest for the narrator (`--quote-voice`). Off: one segment per sentence.
    public var quotationsInOwnVoice: Bool = false
    /// Silence where the voice changes, inside a sentence or between two. With no gap a new voice
    /// sounds as if it cut in on the other; a little longer than the pause between sentences lets the
    /// listener hear a new speaker begin, and staying well under the paragraph break keeps the
    /// quotation and its attribution one sentence to the ear.
    public var voiceChangeMs: Int = 300

    public init(readByline: Bool = false, readCaptions: Bool = false, foreignNames: Bool = true,
                quotationsInOwnVoice: Bool = false) {
        self.readByline = readByline
        self.readCaptions = readCaptions
        self.foreignNames = foreignNames
        self.quotationsInOwnVoice = quotationsInOwnVoice
    }
}
