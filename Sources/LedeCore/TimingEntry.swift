/// One entry of the timing map: when a spoken sentence starts and ends in the audio.
/// The reader page, the WebVTT transcript and the podcast chapters are all made from it.
///
/// JSON: `{"id": 3, "block": 2, "charStart": 0, "charEnd": 118, "startMs": 5120, "endMs": 11870, "voice": "piper:en_US-joe-medium"}`
public struct TimingEntry: Sendable, Codable, Equatable {
    public var id: Int
    public var block: Int
    public var charStart: Int
    public var charEnd: Int
    public var startMs: Int
    public var endMs: Int
    public var voice: String

    public init(id: Int, block: Int, charStart: Int, charEnd: Int, startMs: Int, endMs: Int, voice: String) {
        self.id = id
        self.block = block
        self.charStart = charStart
        self.charEnd = charEnd
        self.startMs = startMs
        self.endMs = endMs
        self.voice = voice
    }
}
