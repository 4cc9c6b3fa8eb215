extension HTMLNode {
    /// `ContentExtractor.snippet(text)` without reading all of a long subtree: the text is
    /// gathered as `appendText` gathers it, but only until it surely holds more Characters than
    /// the snippet shows (a removed footer or comment thread can hold most of a page).
    ///
    /// ```swift
    /// let shown = node.snippetText(limit: 300)   // == ContentExtractor.snippet(node.text)
    /// ```
    ///
    /// Exact: gathering stops once more than `limit + 1` ASCII bytes surely start Characters of
    /// the collapsed text (an ASCII byte after an ASCII byte always starts one), so the text read
    /// has at least `limit + 2` Characters. Appending more can only join scalars to the last of
    /// them (grapheme breaks depend on what comes before a position and the scalar at it), so
    /// the first `limit - 3` Characters, all the snippet shows, are those of the whole text, and
    /// the whole text has more than `limit`.
    func snippetText(limit: Int) -> String {
        let (buffer, cut) = textPrefix(untilSureStartsExceed: limit + 1, keep: true)
        let text = TextCleaner.collapse(buffer)
        if cut { return String(text.prefix(limit - 3)) + "…" }
        return text.countIsAtMost(limit) ? text : String(text.prefix(limit - 3)) + "…"
    }
}
