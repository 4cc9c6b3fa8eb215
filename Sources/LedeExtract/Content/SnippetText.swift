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
        var buffer: [UInt8] = []
        var starts = 0
        var previous: UInt8 = 0
        var cut = false
        walk { node in
            if node.isText {
                for c in node.contentBytes {
                    buffer.append(c)
                    if c < 0x80, previous < 0x80, c > 0x20 {
                        starts += 1
                        if starts > limit + 1 { cut = true; return .stop }
                    }
                    previous = c
                }
                return .continue
            }
            if node.isElement {
                // The same separators and skipped subtrees as `appendText`.
                if node.is("br") || node.is("p") || node.is("div") || node.is("li") { buffer.append(0x20); previous = 0x20 }
                if node.is("script") || node.is("style") || node.is("noscript") || node.is("template") { return .skipChildren }
            }
            return .continue
        }
        let text = TextCleaner.collapse(buffer)
        if cut { return String(text.prefix(limit - 3)) + "…" }
        return text.count <= limit ? text : String(text.prefix(limit - 3)) + "…"
    }
}
