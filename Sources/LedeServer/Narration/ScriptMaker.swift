import LedeCore

/// Makes the narration script of an article: the seam where LedeNarrate's `Narrator` plugs in.
///
/// ```swift
/// let script = ScriptMaker.sentences.script(article, story)
/// ```
public struct ScriptMaker: Sendable {
    public var script: @Sendable (Article, Story) -> Script

    public init(_ script: @escaping @Sendable (Article, Story) -> Script) {
        self.script = script
    }

    /// Every sentence of the story read as written, title first: the narration while LedeNarrate's
    /// normaliser is not wired in, and a plain baseline for tests.
    public static let sentences = ScriptMaker { article, story in
        var segments: [Segment] = []
        for sentence in story.sentences {
            let text = sentence.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            let isTitle = sentence.span.block == TextSpan.titleBlock
            // A longer breath after the title and at each paragraph's end, as a reader pauses.
            let next = story.sentences.indices.contains(sentence.id + 1) ? story.sentences[sentence.id + 1].span.block : nil
            let pause = isTitle ? 900 : (next != sentence.span.block ? 600 : 250)
            segments.append(Segment(id: segments.count, span: sentence.span, text: text, spoken: text,
                                    role: isTitle ? .title : .body, pauseAfterMs: pause))
        }
        var chapters: [Chapter] = []
        if !segments.isEmpty { chapters.append(Chapter(title: article.title.isEmpty ? "Start" : article.title, firstSegment: 0)) }
        for (index, block) in article.blocks.enumerated() {
            guard case .heading(_, let text) = block, let first = segments.first(where: { $0.span.block > index }) else { continue }
            if chapters.last?.firstSegment != first.id { chapters.append(Chapter(title: text, firstSegment: first.id)) }
        }
        return Script(title: article.title, segments: segments, chapters: chapters)
    }
}

import Foundation
