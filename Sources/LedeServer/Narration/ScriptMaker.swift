import LedeCore
import LedeNarrate

/// Makes the narration script of an article: the seam where the narrator's settings plug in.
///
/// ```swift
/// let maker = ScriptMaker { _, story in Narrator(options: NarrationOptions(readByline: true)).script(for: story) }
/// let app = LedeApp(configuration: configuration, store: store, scriptMaker: maker)
/// ```
public struct ScriptMaker: Sendable {
    public var script: @Sendable (Article, Story) -> Script

    public init(_ script: @escaping @Sendable (Article, Story) -> Script) {
        self.script = script
    }

    /// LedeNarrate's narrator with its default settings (title, body; no byline, no captions).
    public static let narrator = ScriptMaker { article, story in
        // A story stored without sentences (an old row, or one added without the language stage)
        // is built again from its article.
        story.sentences.isEmpty ? Narrator().script(for: article) : Narrator().script(for: story)
    }
}
