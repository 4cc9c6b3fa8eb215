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
        if cut { return text.characterPrefix(limit - 3) + "…" }
        return text.countIsAtMost(limit) ? text : text.characterPrefix(limit - 3) + "…"
    }
}

extension String {
    /// `String(prefix(count))`, cut from the bytes when the first `count` bytes and the one after
    /// them are ASCII other than CR: between two such bytes there is always a Character break
    /// (ASCII holds no combining, joining or prepended scalar; CR LF is the one ASCII pair that
    /// makes one Character), so they are the first `count` Characters. Other text is cut
    /// Character by Character (a snippet's cut cost 15,000 instructions that way).
    func characterPrefix(_ count: Int) -> String {
        let cut = utf8.withContiguousStorageIfAvailable { b -> String? in
            for k in 0..<Swift.min(count + 1, b.count) where b[k] >= 0x80 || b[k] == 0x0D { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: b[..<Swift.min(count, b.count)]), as: UTF8.self)
        }
        if let cut, let prefix = cut { return prefix }
        return String(prefix(count))
    }
}
