/// Finds list items written inline ("1) first 2) second", "a. one b. two", "• one • two") so each
/// item becomes a sentence and the item's own "1." never ends one.
///
/// ```swift
/// let m = ListMarkers(Array("1. Tea 2. Milk"))
/// m.itemStarts     // [7]: a sentence starts at "2."
/// m.markerPeriods  // [1, 8]
/// ```
struct ListMarkers {
    /// Where a new item starts (a sentence boundary unless it is the text's start).
    private(set) var itemStarts: Set<Int> = []
    /// Periods that belong to a marker ("1." or "a.") and so end nothing.
    private(set) var markerPeriods: Set<Int> = []

    /// Bullets that start an item wherever they stand.
    static let bullets: Set<Unicode.Scalar> = ["•", "⁃", "◦", "▪", "‣"]

    /// Every bullet lies at U+2022 or above: the set is asked only there (hashing every character
    /// of a text showed in profiles of the story).
    static func isBullet(_ c: Unicode.Scalar) -> Bool { c.value >= 0x2022 && bullets.contains(c) }

    private enum Style: Equatable { case numberDot, numberDotParen, numberParen, letterDot, letterParen }

    private struct Marker {
        var position: Int
        var style: Style
        var value: Int
        var period: Int?
        /// At the text's start, after a line break, a bullet or a colon.
        var opensList: Bool
    }

    init(_ chars: [Unicode.Scalar]) {
        var markers: [Marker] = []
        let n = chars.count
        var i = 0
        while i < n {
            let c = chars[i]
            if ListMarkers.isBullet(c) {
                itemStarts.insert(i)
                i += 1
                continue
            }
            let boundaryBefore = i == 0 || chars[i - 1].isWhitespace || ListMarkers.isBullet(chars[i - 1])
            if boundaryBefore, let m = ListMarkers.marker(in: chars, at: i) {
                markers.append(m)
                i = (m.period ?? i) + 1
                continue
            }
            i += 1
        }
        // A marker is a list item only when the next number or letter follows it in the same style:
        // "1." alone is a number ending a sentence, "1. … 2. …" is a list.
        var chained = [Bool](repeating: false, count: markers.count)
        for (a, m) in markers.enumerated() {
            for b in (a + 1)..<max(a + 1, markers.count) where markers[b].style == m.style {
                if markers[b].value == m.value + 1 {
                    if m.opensList || chained[a] {
                        chained[a] = true
                        chained[b] = true
                    }
                }
                break
            }
        }
        for (k, m) in markers.enumerated() where chained[k] {
            // "• 9. item": the bullet already started the item.
            var b = m.position
            while b > 0, chars[b - 1] == " " { b -= 1 }
            if b == 0 || !ListMarkers.bullets.contains(chars[b - 1]) { itemStarts.insert(m.position) }
            if let p = m.period { markerPeriods.insert(p) }
        }
    }

    private static func marker(in chars: [Unicode.Scalar], at i: Int) -> Marker? {
        let n = chars.count
        var j = i
        var value = 0
        var letter = false
        while j < n, let d = chars[j].digitValue, j - i < 2 {
            value = value * 10 + d
            j += 1
        }
        if j == i {
            guard chars[i].isASCII, chars[i].isLowercase else { return nil }
            value = Int(chars[i].value) - 96
            letter = true
            j = i + 1
        }
        guard j < n else { return nil }
        var style: Style
        var period: Int?
        if chars[j] == "." {
            period = j
            if j + 1 < n, chars[j + 1] == ")" {
                style = .numberDotParen
                j += 2
            } else {
                style = letter ? .letterDot : .numberDot
                j += 1
            }
        } else if chars[j] == ")" {
            style = letter ? .letterParen : .numberParen
            j += 1
        } else {
            return nil
        }
        if letter, style == .numberDotParen { style = .letterParen }
        // A marker is followed by a space and stands alone ("2. The", not "2.5" or "a.m.").
        guard j < n, chars[j] == " " else { return nil }
        var k = i
        while k > 0, chars[k - 1] == " " || ListMarkers.bullets.contains(chars[k - 1]) { k -= 1 }
        let opens = k == 0 || chars[k - 1].isNewline || chars[k - 1] == ":"
            || (i > 0 && ListMarkers.bullets.contains(chars[i - 1]))
            || (k < i && ListMarkers.bullets.contains(chars[k]))
        return Marker(position: i, style: style, value: value, period: period, opensList: opens)
    }
}
