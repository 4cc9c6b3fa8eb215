import LedeCore

/// A ranked list of other stories ("Most Viewed", "Popular"): each entry opens on its rank printed
/// alone on a line ("1", "2", "3"), then the story's headline and often its standfirst. Text
/// browsers print an article's own numbered steps with the number on the same line ("1. Preheat
/// the oven"), so a run of bare ranks counting up a step at a time marks a list of links, however
/// much its standfirsts read like prose.
///
/// ```swift
/// let copy = ScrapedLines("1\nHeatwave warning for three states\nForecasters say it lasts a week.\n2\nTeachers accept pay deal\n3\nFerry services cut")
/// RankedLists.entries(copy)  // true on every line
/// ```
enum RankedLists {
    /// The highest rank such lists print ("Top 10", "20 most read").
    static let maxRank = 20
    /// An entry is at most this many lines after its rank (headline, standfirst, a time stamp).
    static let maxEntryLines = 3
    /// A list of other stories ranks at least three ("Most Viewed" prints five or ten).
    static let minRanks = 3
    /// An entry's lines are a headline and a one-sentence standfirst: at most this many words each.
    static let maxEntryLineWords = 30

    /// For each line: whether it is a rank or a line of an entry of a ranked list: at least
    /// ``minRanks`` ranks counting up by one, each within ``maxEntryLines`` + 1 lines of the one
    /// before, no line of an entry longer than ``maxEntryLineWords`` words (an article's numbered
    /// sections run longer; a tried version without these two bounds took a held-out page's list).
    static func entries(_ copy: ScrapedLines) -> [Bool] {
        var marked = [Bool](repeating: false, count: copy.count)
        var ranks: [(line: Int, rank: Int)] = []
        for i in copy.lines.indices {
            let line = copy.lines[i]
            if line.count <= 2, line.allSatisfy(\.isNumber), let n = Int(line), (1...maxRank).contains(n) { ranks.append((i, n)) }
        }
        var k = 0
        while k < ranks.count {
            // The run of ranks counting up from ranks[k].
            var end = k
            while end + 1 < ranks.count, ranks[end + 1].rank == ranks[end].rank + 1,
                  (2...(maxEntryLines + 1)).contains(ranks[end + 1].line - ranks[end].line) { end += 1 }
            // The last entry runs as long as the longest before it.
            let last = end > k ? (k..<end).map { ranks[$0 + 1].line - ranks[$0].line }.max() ?? 0 : 0
            let lines = ranks[k].line..<min(copy.count, ranks[end].line + last)
            if end - k + 1 >= minRanks, lines.allSatisfy({ copy.words[$0].count <= maxEntryLineWords }) {
                for i in lines { marked[i] = true }
            }
            k = end + 1
        }
        return marked
    }
}
