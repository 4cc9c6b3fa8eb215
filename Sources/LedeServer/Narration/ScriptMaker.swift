import LedeCore
import LedeLanguage
import LedeNarrate

/// Makes the narration script of an article: the seam where the narrator's settings plug in. The
/// last argument says whether the job reads quotations in a voice of their own (the script then
/// cuts sentences at their quotations).
///
/// ```swift
/// let maker = ScriptMaker { _, story in Narrator(options: NarrationOptions(readByline: true)).script(for: story) }
/// let app = LedeApp(configuration: configuration, store: store, files: store.files, scriptMaker: maker)
/// ```
public struct ScriptMaker: Sendable {
    public var script: @Sendable (Article, Story, _ quotationsInOwnVoice: Bool) -> Script

    public init(quotations script: @escaping @Sendable (Article, Story, _ quotationsInOwnVoice: Bool) -> Script) {
        self.script = script
    }

    /// A maker that never cuts sentences at quotations.
    public init(_ script: @escaping @Sendable (Article, Story) -> Script) {
        self.script = { article, story, _ in script(article, story) }
    }

    /// LedeNarrate's narrator with its default settings (title, body; no byline, no captions).
    public static let narrator = ScriptMaker(quotations: { article, story, quotations in
        let narrator = Narrator(options: NarrationOptions(quotationsInOwnVoice: quotations))
        // A story stored without sentences (an old row, or one added without the language stage)
        // is built again from its article.
        return narrator.script(for: story.sentences.isEmpty ? StoryBuilder().story(of: article) : story)
    })
}
