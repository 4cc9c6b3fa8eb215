import LedeCore

/// Collects segments in reading order and settles each one's pause when the next arrives (the
/// pause depends on what follows: a sentence, a paragraph, a heading), and the chapters.
struct ScriptBuilder {
    enum BlockKind { case title, byline, heading, body, caption }

    let options: NarrationOptions
    let spokenForm: @Sendable (String) -> String
    private var segments: [Segment] = []
    private var kinds: [BlockKind] = []
    private var chapters: [Chapter] = []
    private var paragraphsInChapter = 0

    init(options: NarrationOptions, spokenForm: @escaping @Sendable (String) -> String) {
        self.options = options
        self.spokenForm = spokenForm
    }

    /// Adds a sentence, or one part of it: `continuesSentence` says the part before it in the script
    /// is of the same sentence (the quoted words and their attribution), so the only pause between
    /// them is the one for the change of voice; `wholeSentence`, the text a chapter that starts at
    /// the part is named after.
    mutating func add(_ sentence: Sentence, role: Segment.Role, blockKind: BlockKind,
                      voice: Segment.Voice = .narrator, speaker: String? = nil, continuesSentence: Bool = false,
                      wholeSentence: String? = nil) {
        let spoken = spokenForm(sentence.text).trimmingSpaces()
        guard !spoken.isEmpty, spoken.contains(where: { $0.isLetter || $0.isNumber }) else { return }
        let newBlock = segments.last.map { $0.span.block != sentence.span.block } ?? true
        if let last = segments.indices.last {
            let changesVoice = segments[last].voice != voice
            if continuesSentence && !newBlock {
                segments[last].pauseAfterMs = changesVoice ? options.voiceChangeMs : 0
            } else {
                let pause = pause(after: kinds[last], before: blockKind, newBlock: newBlock)
                segments[last].pauseAfterMs = changesVoice ? max(pause, options.voiceChangeMs) : pause
            }
        }
        if newBlock {
            var named = sentence
            if let wholeSentence { named.text = wholeSentence }
            noteChapter(for: named, kind: blockKind, at: segments.count)
        }
        segments.append(Segment(id: segments.count, span: sentence.span, text: sentence.text.trimmingSpaces(), spoken: spoken,
                                role: role, voice: voice, speaker: speaker))
        kinds.append(blockKind)
    }

    func finish(title: String) -> Script {
        Script(title: title, segments: segments, chapters: chapters)
    }

    private func pause(after previous: BlockKind, before next: BlockKind, newBlock: Bool) -> Int {
        if previous == .title { return options.afterTitleMs }
        if next == .heading { return options.beforeHeadingMs }
        if previous == .heading { return options.afterHeadingMs }
        return newBlock ? options.betweenParagraphsMs : options.betweenSentencesMs
    }

    /// A chapter at the start, at every heading, and, in articles without headings, every few
    /// paragraphs (titled by the chapter's first sentence, shortened).
    private mutating func noteChapter(for sentence: Sentence, kind: BlockKind, at index: Int) {
        switch kind {
        case .title, .byline:
            if chapters.isEmpty { chapters.append(Chapter(title: sentence.text, firstSegment: index)) }
        case .heading:
            chapters.append(Chapter(title: sentence.text, firstSegment: index))
            paragraphsInChapter = 0
        case .body:
            paragraphsInChapter += 1
            if chapters.isEmpty {
                chapters.append(Chapter(title: Self.shortened(sentence.text), firstSegment: index))
                paragraphsInChapter = 1
            } else if paragraphsInChapter > options.paragraphsPerChapter {
                chapters.append(Chapter(title: Self.shortened(sentence.text), firstSegment: index))
                paragraphsInChapter = 1
            }
        case .caption:
            break
        }
    }

    /// At most eight words, with an ellipsis when cut.
    static func shortened(_ text: String) -> String {
        let words = text.split(separator: " ")
        guard words.count > 8 else { return text }
        return words.prefix(8).joined(separator: " ") + "…"
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
