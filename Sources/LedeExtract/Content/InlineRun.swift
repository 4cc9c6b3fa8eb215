/// Whether an element sits inside a sentence: text runs straight up to it and on straight after
/// it, within one parent. A control or a tagged name placed there ("said professor
/// `<button>`Jane Roe,`</button>` the director of…") is part of what the sentence says; dropping it
/// leaves a hole in the text, so the pruning rules for small controls and metadata spare it.
///
/// ```swift
/// if tag == "button", !InlineRun.sitsInSentence(node) { /* a control: prune it */ }
/// ```
enum InlineRun {
    /// Whether the siblings right before and right after `node` are text nodes that each hold a
    /// letter or digit (whitespace-only text between block elements does not count).
    static func sitsInSentence(_ node: HTMLNode) -> Bool {
        guard node.parent != nil, let before = node.previousSibling, let after = node.nextSibling else { return false }
        return holdsWord(before) && holdsWord(after)
    }

    /// A text node with at least one letter or digit.
    private static func holdsWord(_ node: HTMLNode) -> Bool {
        guard node.isText else { return false }
        return node.content.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}
