/// One entry of the timing map: when a spoken sentence starts and ends in the audio.
/// The reader page, the WebVTT transcript and the podcast chapters are all made from it.
///
/// JSON: `{"id": 3, "block": 2, "charStart": 0, "charEnd": 118, "startMs": 5120, "endMs": 11870, "voice": "piper:en_US-joe-medium"}`;
/// with quotations in their own voice, a sentence that holds a quotation has an entry per part, and
/// a quoted part says so: `{…, "voice": "hibari:heart", "quoted": true, "speaker": "Vadim Prokopiev"}`.
///
/// ```swift
/// let entry = TimingEntry(id: 0, block: -1, charStart: 0, charEnd: 51, startMs: 0, endMs: 3120, voice: "espeak:en-us")
/// ```
public struct TimingEntry: Sendable, Codable, Equatable {
    public var id: Int
    public var block: Int
    public var charStart: Int
    public var charEnd: Int
    public var startMs: Int
    public var endMs: Int
    /// The voice that spoke this entry.
    public var voice: String
    /// True for the words of a direct quotation read in the quote voice (absent otherwise).
    public var quoted: Bool?
    /// Who said the quotation, when the article names them (quoted entries only).
    public var speaker: String?

    public init(id: Int, block: Int, charStart: Int, charEnd: Int, startMs: Int, endMs: Int, voice: String,
                quoted: Bool? = nil, speaker: String? = nil) {
        self.id = id
        self.block = block
        self.charStart = charStart
        self.charEnd = charEnd
        self.startMs = startMs
        self.endMs = endMs
        self.voice = voice
        self.quoted = quoted
        self.speaker = speaker
    }
}
