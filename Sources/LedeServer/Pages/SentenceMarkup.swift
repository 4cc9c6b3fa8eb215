import LedeCore

/// Wraps each timed sentence of a block's text in `<span data-start-ms data-end-ms>` so the player
/// can highlight it and seek to it; the text between sentences stays plain. All text is escaped.
/// With quotations in their own voice, each part of a sentence is a span of its own, and a quoted
/// part is marked `class="quoted"`, titled with who said it when the article names them.
///
/// ```swift
/// let html = SentenceMarkup(timings: edition.timings).text(block.text!, block: 3)
/// ```
struct SentenceMarkup {
    /// Timing entries by block index, in order of their start in the text.
    let byBlock: [Int: [TimingEntry]]

    init(timings: [TimingEntry]) {
        byBlock = Dictionary(grouping: timings, by: \.block).mapValues { $0.sorted { $0.charStart < $1.charStart } }
    }

    /// The text of `block` (offsets in `Character`s from the start of that block's text), limited to
    /// `range` of it (a list item); sentences that cross the range's edges are cut at them.
    func text(_ text: String, block: Int, range: Range<Int>? = nil) -> SafeHTML {
        let characters = Array(text)
        let whole = 0..<characters.count
        let window = range.map { $0.clamped(to: whole) } ?? whole
        let h = HTMLSanitizer()
        var out: [SafeHTML] = []
        var position = window.lowerBound
        for entry in byBlock[block] ?? [] {
            let start = max(entry.charStart, position)
            let end = min(entry.charEnd, window.upperBound)
            guard start < end else { continue }
            if position < start { out.append(h.text(String(characters[position..<start]))) }
            var attributes = [
                ("data-id", String(entry.id)), ("data-start-ms", String(entry.startMs)), ("data-end-ms", String(entry.endMs)),
            ]
            if entry.quoted == true {
                attributes.append(("class", "quoted"))
                attributes.append(("title", entry.speaker.map { "Quotation: \($0)" } ?? "Quotation"))
            }
            out.append(h.element("span", attributes: attributes, children: [h.text(String(characters[start..<end]))]))
            position = end
        }
        if position < window.upperBound { out.append(h.text(String(characters[position..<window.upperBound]))) }
        return SafeHTML.joined(out)
    }
}
