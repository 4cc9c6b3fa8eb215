import LedeCore

/// What the line classifier sees of each line of a scraped copy: shape (length, punctuation,
/// capitals, digits), words (stop words, furniture words, credit and byline lead-ins), place
/// (position, repetition) and neighbours (how much prose stands around it). Every feature is a
/// number in about 0…1, named in ``names`` so `--explain` can say which ones decided.
///
/// ```swift
/// let rows = LineFeatures.rows(["Share", "The council voted on Tuesday to keep the ferry."])
/// rows[1][LineFeatures.names.firstIndex(of: "ends-sentence")!]  // 1
/// ```
enum LineFeatures {
    /// A line of prose for the neighbour features: at least this many words and a sentence end.
    static let proseWords = 12
    /// Words at which the length feature saturates (a long paragraph).
    static let longWords = 40.0
    /// How many lines either side the near and wide prose densities look at.
    static let nearWindow = 3, wideWindow = 10

    static let names = [
        "bias", "words", "long", "short", "ends-sentence", "ends-colon", "no-end-punctuation", "starts-lowercase",
        "capitalised-share", "all-caps", "digit-share", "stopword-share", "commas", "list-marker", "separators", "link-like",
        "furniture-rule", "furniture-words", "credit-line", "caption-lead", "byline-shape", "date-like", "browser-artefact",
        "repeated", "position", "first-tenth", "last-fifth", "before-first-prose", "after-last-prose",
        "near-prose", "wide-prose", "prev-prose", "next-prose", "prev-short", "next-short", "quote",
        "words-1", "words-2-3", "words-4-7", "words-8-15", "words-16-30", "words-31-up", "title-shape", "long-sentence",
        "in-main-cluster", "before-main-cluster", "after-main-cluster", "cluster-share",
        "earlier-copy", "vocabulary-furniture", "vocabulary-body", "vocabulary-score", "relative-length", "main-distance",
        "indent", "indented", "repeat-count",
        "short-run", "list-run", "run-between-prose", "run-title-case", "short-run-outside-main", "title-run-outside-main",
        "below-comment-header", "near-dates", "says-colon", "doubled-text", "placeholder",
        "short-furniture-word", "short-vocabulary-furniture",
    ]

    /// The shortest repeated tail the doubled-text feature looks for, in characters.
    static let minDoubled = 8
    /// Lines longer than this (in scalars) are not checked for a doubled tail (prose is not doubled).
    static let maxDoubledLine = 400

    /// Words of a comment section's header ("34 Comments", "12 responses to …", "Leave a Reply").
    static let commentHeaderWords: Set<String> = ["comment", "comments", "responses", "replies", "reply", "discussion", "reactions"]
    /// A comment section's header is a short line: at most this many words.
    static let commentHeaderMaxWords = 8
    /// How many lines either side the near-dates density looks at (comments print a time stamp each).
    static let dateWindow = 5

    /// A run of lines of one shape (short lines with no sentence end, or list items) saturates at this many lines.
    static let longRun = 8.0
    /// A short line: at most this many words and no sentence end (menu items, teaser headlines, list entries).
    static let shortLineWords = 12
    /// A run is between prose when a prose line stands within this many lines above its first line and below its last.
    static let runProseReach = 2
    /// A run of at least this many lines counts as a block (a list, a teaser column).
    static let minRun = 3

    /// Leading spaces at which the indent feature saturates.
    static let deepIndent = 20.0
    /// Copies of one line in a dump at which the repeat count saturates.
    static let manyRepeats = 5.0

    /// Word trigrams of a line, hashed: the earlier-copy feature looks them up in the trigrams of
    /// the lines above (a page printing its article twice, a teaser repeating the standfirst).
    static func trigramHashes(_ w: [Substring]) -> [Int] {
        guard w.count >= 3 else { return w.isEmpty ? [] : [w.joined(separator: " ").hashValue] }
        return (0..<(w.count - 2)).map { var h = Hasher(); h.combine(w[$0]); h.combine(w[$0 + 1]); h.combine(w[$0 + 2]); return h.finalize() }
    }

    /// A word's learned score saturates here (log-odds of furniture over body, see ``LineVocabulary``).
    static let vocabularyScoreCap = 3.0
    /// Lines at this many lines from the main prose cluster (or farther) count as far from it.
    static let farFromMain = 30.0

    /// Prose lines separated by at most this many other lines belong to one cluster.
    static let clusterGap = 4

    static let stopwords: Set<String> = [
        "the", "a", "an", "and", "of", "to", "in", "on", "for", "with", "that", "is", "was", "it", "as", "at", "by", "he",
        "she", "they", "we", "his", "her", "their", "from", "but", "had", "has", "have", "be", "been", "were", "are", "this",
        "which", "who", "said", "not", "or", "would", "will", "its", "after", "than", "when", "there", "about", "into",
    ]

    /// Words of page furniture in any house style: sharing, accounts, navigation, ads, legal.
    static let furnitureWords: Set<String> = [
        "share", "shares", "follow", "subscribe", "subscription", "sign", "login", "log", "menu", "search", "advertisement",
        "advertise", "ad", "cookie", "cookies", "privacy", "terms", "newsletter", "newsletters", "contact", "home", "skip",
        "comments", "comment", "related", "more", "read", "click", "copyright", "rights", "reserved", "button", "save",
        "facebook", "twitter", "linkedin", "whatsapp", "email", "print", "topics", "tags", "explore", "trending", "popular",
        "watch", "listen", "video", "podcast", "sponsored", "account", "register", "next", "previous", "close", "toggle",
        "navigation", "sections", "policy", "about", "careers", "help", "faq", "app", "download", "free", "trial", "offer",
    ]

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Lower-cased words of a line (letters and digits; apostrophes split words, as the scorers split them).
    static func words(_ line: String) -> [Substring] {
        split(line.lowercased())
    }

    /// Words of an already lower-cased line. Scripts written without spaces between words (Han,
    /// kana) count each character as a word, so a Japanese or Chinese sentence has a length,
    /// prose shape and trigrams like a sentence of spaced words instead of looking like one
    /// short label.
    static func split(_ lower: String) -> [Substring] {
        let spaced = lower.split { !($0.isLetter || $0.isNumber) }
        guard !lower.utf8.allSatisfy({ $0 < 0x80 }) else { return spaced }
        var out: [Substring] = []
        out.reserveCapacity(spaced.count)
        for word in spaced {
            var start = word.startIndex
            var i = word.startIndex
            while i < word.endIndex {
                let next = word.index(after: i)
                if isUnspacedScript(word[i]) {
                    if start < i { out.append(word[start..<i]) }
                    out.append(word[i..<next])
                    start = next
                }
                i = next
            }
            if start < word.endIndex { out.append(word[start..<word.endIndex]) }
        }
        return out
    }

    /// Han ideographs, hiragana and katakana: scripts whose sentences carry no spaces between words.
    static func isUnspacedScript(_ c: Character) -> Bool {
        guard let u = c.unicodeScalars.first?.value else { return false }
        return (0x3040...0x30FF).contains(u) || (0x3400...0x4DBF).contains(u) || (0x4E00...0x9FFF).contains(u)
            || (0xF900...0xFAFF).contains(u) || (0x31F0...0x31FF).contains(u) || (0xFF66...0xFF9D).contains(u)
    }

    /// One row of features for each line, in order.
    static func rows(_ lines: [String], vocabulary: [String: Double] = LineModelWeights.vocabulary) -> [[Double]] {
        rows(ScrapedLines(lines: lines), vocabulary: vocabulary)
    }

    /// One row of features for each line of a copy, in order. `vocabulary`: words' learned
    /// furniture-over-body log-odds (``LineVocabulary``).
    static func rows(_ copy: ScrapedLines, vocabulary: [String: Double] = LineModelWeights.vocabulary) -> [[Double]] {
        let lines = copy.lines
        let n = lines.count
        let tokens = copy.words
        let prose = lines.indices.map(copy.isProse)
        var counts: [String: Int] = [:]
        for l in copy.lower { counts[l, default: 0] += 1 }
        let firstProse = prose.firstIndex(of: true) ?? n
        let lastProse = prose.lastIndex(of: true) ?? -1
        // Prefix sums of prose lines, so each window is one subtraction (linear in the lines).
        var prefix = [0]
        prefix.reserveCapacity(n + 1)
        for p in prose { prefix.append(prefix.last! + (p ? 1 : 0)) }
        func density(_ i: Int, _ w: Int) -> Double {
            let lo = max(0, i - w), hi = min(n - 1, i + w)
            let others = hi - lo
            guard others > 0 else { return 0 }
            return Double(prefix[hi + 1] - prefix[lo] - (prose[i] ? 1 : 0)) / Double(others)
        }
        // Clusters of prose: the article is usually the one holding the most prose words; teasers
        // and comments below it and menus above it form smaller ones.
        var cluster = [Int](repeating: -1, count: n)
        var clusterWords: [Int] = []
        var lastProseLine = -clusterGap - 2
        for i in 0..<n where prose[i] {
            if i - lastProseLine > clusterGap + 1 { clusterWords.append(0) }
            let c = clusterWords.count - 1
            for k in max(0, lastProseLine + 1, i - clusterGap)...i where cluster[k] == -1 || k == i { cluster[k] = c }
            clusterWords[c] += tokens[i].count
            lastProseLine = i
        }
        let totalProse = max(1, clusterWords.reduce(0, +))
        let main = clusterWords.indices.max { clusterWords[$0] < clusterWords[$1] } ?? -1
        let mainStart = cluster.firstIndex(of: main) ?? n, mainEnd = cluster.lastIndex(of: main) ?? -1
        // Earlier copies: the share of a line's trigrams already printed above it.
        var seen = Set<Int>()
        let earlier: [Double] = tokens.map { w in
            let h = trigramHashes(w)
            guard !h.isEmpty else { return 0 }
            let share = Double(h.filter(seen.contains).count) / Double(h.count)
            seen.formUnion(h)
            return share
        }
        let runs = Runs(copy, prose: prose)
        let dated = copy.indices.map { isDateLike(copy.lower[$0], tokens[$0]) && tokens[$0].count <= 12 }
        var datePrefix = [0]
        datePrefix.reserveCapacity(n + 1)
        for d in dated { datePrefix.append(datePrefix.last! + (d ? 1 : 0)) }
        // The first comment-section header after the first prose line of the main cluster: a
        // comment count printed under the headline ("New, 6 comments") stands after a cookie
        // notice's prose but before the article, and must not mark the whole article as comments.
        let mainFirstProse = main >= 0 ? (mainStart..<n).first { prose[$0] } ?? n : n
        let commentHeader = (0..<n).first { i in
            i > max(firstProse, mainFirstProse) && tokens[i].count <= commentHeaderMaxWords && tokens[i].contains { commentHeaderWords.contains(String($0)) }
        } ?? n
        // The dump's longest line in words: a paragraph's length means more beside it than alone.
        let longest = Double(max(1, tokens.map(\.count).max() ?? 1))
        return lines.indices.map { i in
            let line = lines[i]
            let w = tokens[i]
            let wc = max(1, w.count)
            var row = [Double](repeating: 0, count: names.count)
            row[0] = 1
            row[1] = min(1, Double(w.count) / longWords)
            row[2] = w.count >= proseWords ? 1 : 0
            row[3] = w.count <= 3 ? 1 : 0
            row[4] = endsSentence(line) ? 1 : 0
            row[5] = line.hasSuffix(":") ? 1 : 0
            row[6] = line.last.map { $0.isLetter || $0.isNumber } == true ? 1 : 0
            row[7] = line.first?.isLowercase == true ? 1 : 0
            let words = line.split(separator: " ")
            row[8] = Double(words.filter { $0.unicodeScalars.first?.properties.isUppercase == true }.count) / Double(max(1, words.count))
            row[9] = LineRules.isAllCapsTeaser(line) ? 1 : 0
            let scalars = line.unicodeScalars
            var digits = 0, scalarCount = 0
            for u in scalars {
                scalarCount += 1
                if u.isASCII ? (u.value >= 0x30 && u.value <= 0x39) : u.properties.numericType != nil { digits += 1 }
            }
            row[10] = Double(digits) / Double(max(1, scalarCount))
            row[11] = Double(w.filter { stopwords.contains(String($0)) }.count) / Double(wc)
            let marks = Marks(line)
            row[12] = min(1, Double(marks.commas) / Double(wc) * 5)
            row[13] = startsWithListMarker(line) ? 1 : 0
            row[14] = marks.separator ? 1 : 0
            let lower = copy.lower[i]
            row[15] = lower.has("http") || lower.has("www.") || lower.has(".com") || lower.has("@") ? 1 : 0
            row[16] = copy.furniture[i] != nil ? 1 : 0
            row[17] = min(1, Double(w.filter { furnitureWords.contains(String($0)) }.count) / Double(min(wc, 4)))
            row[18] = copy.isCredit[i] ? 1 : 0
            row[19] = isCaptionLead(lower) ? 1 : 0
            row[20] = isBylineShape(lower, words: w.count) ? 1 : 0
            row[21] = isDateLike(lower, w) ? 1 : 0
            row[22] = marks.bracket || line.has("(BUTTON)") || line.hasPrefix("IFRAME") ? 1 : 0
            row[23] = (counts[lower] ?? 0) > 1 ? 1 : 0
            row[24] = n > 1 ? Double(i) / Double(n - 1) : 0
            row[25] = i * 10 < n ? 1 : 0
            row[26] = i * 5 >= n * 4 ? 1 : 0
            row[27] = i < firstProse ? 1 : 0
            row[28] = i > lastProse ? 1 : 0
            row[29] = density(i, nearWindow)
            row[30] = density(i, wideWindow)
            row[31] = i > 0 && prose[i - 1] ? 1 : 0
            row[32] = i + 1 < n && prose[i + 1] ? 1 : 0
            row[33] = i > 0 && tokens[i - 1].count <= 3 ? 1 : 0
            row[34] = i + 1 < n && tokens[i + 1].count <= 3 ? 1 : 0
            row[35] = marks.quote ? 1 : 0
            // Length in buckets: the weight of length is not linear (a two-word menu item and a
            // seven-word teaser differ as much as a teaser and a paragraph).
            let bucket = w.count <= 1 ? 0 : w.count <= 3 ? 1 : w.count <= 7 ? 2 : w.count <= 15 ? 3 : w.count <= 30 ? 4 : 5
            row[36 + bucket] = 1
            row[42] = row[8] >= 0.6 && w.count >= 4 && w.count <= 20 && row[4] == 0 ? 1 : 0
            row[43] = row[2] * row[4]
            row[44] = cluster[i] == main && main >= 0 ? 1 : 0
            row[45] = i < mainStart ? 1 : 0
            row[46] = i > mainEnd ? 1 : 0
            row[47] = cluster[i] >= 0 ? Double(clusterWords[cluster[i]]) / Double(totalProse) : 0
            row[48] = earlier[i]
            var furnitureVotes = 0, bodyVotes = 0, score = 0.0
            for word in w {
                guard let v = vocabulary[String(word)] else { continue }
                score += v
                if v >= 1 { furnitureVotes += 1 } else if v <= -1 { bodyVotes += 1 }
            }
            row[49] = Double(furnitureVotes) / Double(wc)
            row[50] = Double(bodyVotes) / Double(wc)
            row[51] = max(-1, min(1, score / Double(wc) / vocabularyScoreCap))
            row[52] = Double(w.count) / longest
            let distance = i < mainStart ? mainStart - i : i > mainEnd ? i - mainEnd : 0
            row[53] = main >= 0 ? min(1, Double(distance) / farFromMain) : 1
            row[54] = min(1, Double(copy.indent[i]) / deepIndent)
            row[55] = copy.indent[i] > 0 ? 1 : 0
            row[56] = min(1, Double((counts[copy.lower[i]] ?? 1) - 1) / manyRepeats)
            // Blocks of like lines: a list inside the article stands between paragraphs; a column
            // of teaser headlines or a link list stands beside or after the article, title-cased.
            let outsideMain = row[45] + row[46] > 0 ? 1.0 : 0.0
            row[57] = runs.short[i] >= minRun ? min(1, Double(runs.short[i]) / longRun) : 0
            row[58] = runs.list[i] >= minRun ? min(1, Double(runs.list[i]) / longRun) : 0
            row[59] = runs.betweenProse[i] ? 1 : 0
            row[60] = runs.titleShare[i]
            row[61] = row[57] * outsideMain
            row[62] = row[60] * outsideMain
            row[63] = i > commentHeader ? 1 : 0
            let lo = max(0, i - dateWindow), hi = min(n - 1, i + dateWindow)
            row[64] = hi > lo ? Double(datePrefix[hi + 1] - datePrefix[lo] - (dated[i] ? 1 : 0)) / Double(hi - lo) : 0
            row[66] = endsDoubled(line) ? 1 : 0
            row[67] = isPlaceholder(line) ? 1 : 0
            row[65] = lower.hasSuffix("says:") || lower.hasSuffix("wrote:") || lower.hasSuffix("replied:") || lower.hasSuffix("commented:") ? 1 : 0
            // A short line inside an article is a crosshead or a widget's label ("Ad Feedback",
            // "Related article"): alone, the neighbours' prose outweighs the word that tells them apart.
            row[68] = row[3] * (row[17] > 0 ? 1 : 0)
            row[69] = row[3] * (furnitureVotes > 0 ? 1 : 0)
            return row
        }
    }

    /// A line that ends with the same text twice ("Lamps at dusk.Lamps at dusk.", "Best picks 8 Best
    /// picks 8"): a browser printing an image's alternative text beside its caption or a card's
    /// title twice. Linear in the line for each tail length tried, on lines up to ``maxDoubledLine``.
    static func endsDoubled(_ line: String) -> Bool {
        let u = Array(line.unicodeScalars)
        let n = u.count
        guard n >= 2 * minDoubled, n <= maxDoubledLine else { return false }
        for k in minDoubled...(n / 2) {
            // The tail u[n-k..<n] against the k scalars before it, allowing one space between them.
            for gap in 0...1 where n - 2 * k - gap >= 0 {
                if gap == 1 && u[n - k - 1] != " " { continue }
                var same = true
                for j in 0..<k where u[n - k + j] != u[n - 2 * k - gap + j] { same = false; break }
                if same { return true }
            }
        }
        return false
    }

    /// An image or frame placeholder as text browsers print one: the whole line in brackets
    /// ("[harbour-ferry-1024x683]", "[svg]"), with no spaces inside.
    static func isPlaceholder(_ line: String) -> Bool {
        line.hasPrefix("[") && line.hasSuffix("]") && !line.contains(" ")
    }

    /// A month name and a number, or "… ago": a date or time stamp.
    static func isDateLike(_ lower: String, _ w: [Substring]) -> Bool {
        w.contains { months.contains(String($0)) } && w.contains { $0.first?.isNumber == true } || lower.has(" ago")
    }

    /// Runs of consecutive lines of one shape, measured for each line in one pass each way:
    /// `short` and `list` are the length of the run of short lines (or list items) holding the
    /// line (0 for a line of neither shape), `betweenProse` says whether the line's run of either
    /// shape (of ``minRun`` lines or more) has prose just above and just below it, `titleShare`
    /// is the share of title-cased lines in its short run.
    struct Runs {
        var short: [Int], list: [Int], betweenProse: [Bool], titleShare: [Double]

        init(_ copy: ScrapedLines, prose: [Bool]) {
            let n = copy.count
            let isShort = copy.indices.map { copy.words[$0].count <= LineFeatures.shortLineWords && !LineFeatures.endsSentence(copy.lines[$0]) }
            let isList = copy.indices.map { LineFeatures.startsWithListMarker(copy.lines[$0]) || LineFeatures.startsWithNumbering(copy.lines[$0]) }
            let isTitle = copy.indices.map { i in
                let words = copy.lines[i].split(separator: " ")
                let capitals = words.filter { $0.unicodeScalars.first?.properties.isUppercase == true }.count
                return words.count >= 2 && capitals * 10 >= words.count * 6
            }
            short = [Int](repeating: 0, count: n); list = short
            betweenProse = [Bool](repeating: false, count: n); titleShare = [Double](repeating: 0, count: n)
            var nearestProseAbove = [Int](repeating: -1_000_000, count: n)
            var last = -1_000_000
            for i in 0..<n { nearestProseAbove[i] = last; if prose[i] { last = i } }
            var nearestProseBelow = [Int](repeating: 1_000_000, count: n)
            last = 1_000_000
            for i in stride(from: n - 1, through: 0, by: -1) { nearestProseBelow[i] = last; if prose[i] { last = i } }
            for (shape, isShortShape) in [(isShort, true), (isList, false)] {
                var i = 0
                while i < n {
                    guard shape[i] else { i += 1; continue }
                    var j = i
                    while j + 1 < n, shape[j + 1] { j += 1 }
                    let length = j - i + 1
                    let bounded = length >= LineFeatures.minRun && i - nearestProseAbove[i] <= LineFeatures.runProseReach + 1
                        && nearestProseBelow[j] - j <= LineFeatures.runProseReach + 1
                    let titles = Double((i...j).filter { isTitle[$0] }.count) / Double(length)
                    for k in i...j {
                        if isShortShape { short[k] = length; titleShare[k] = length >= LineFeatures.minRun ? titles : 0 } else { list[k] = length }
                        if bounded { betweenProse[k] = true }
                    }
                    i = j + 1
                }
            }
        }
    }

    /// "1. Pack the tent", "2) Check the weather": numbered list entries.
    static func startsWithNumbering(_ line: String) -> Bool {
        var digits = 0
        var scalars = line.unicodeScalars.makeIterator()
        while let u = scalars.next() {
            if u.value >= 0x30 && u.value <= 0x39 { digits += 1; guard digits <= 3 else { return false }; continue }
            return digits > 0 && (u == "." || u == ")") && scalars.next() == " "
        }
        return false
    }

    /// Punctuation of a line counted in one pass over its scalars (no grapheme breaking).
    struct Marks {
        var commas = 0
        var separator = false, bracket = false, quote = false

        init(_ line: String) {
            for u in line.unicodeScalars {
                switch u {
                case ",": commas += 1
                case "|", "»", "›", "·", "•", ">", "/": separator = true
                case "[": bracket = true
                case "“", "”", "\"": quote = true
                default: break
                }
            }
        }
    }

    static func endsSentence(_ line: String) -> Bool {
        var s = Substring(line)
        while let l = s.last, "”’\"')]」』）".contains(l) { s = s.dropLast() }
        guard let l = s.last else { return false }
        return ".!?…。！？".contains(l)
    }

    /// "* Home", "+ About", "• Politics", "- World", "· News": menu items as text browsers print them.
    static func startsWithListMarker(_ line: String) -> Bool {
        guard let f = line.first, "*+•-·–◦▪".contains(f) else { return false }
        return line.dropFirst().first == " "
    }

    static let captionLeads = ["image caption", "caption", "media caption", "pictured:", "photo:", "photograph:", "image:",
                               "above:", "top:", "main image:"]

    static func isCaptionLead(_ lower: String) -> Bool {
        captionLeads.contains { lower.hasPrefix($0) }
    }

    /// "By Jane Roe", "Reporting by …", "Written by …", "Jane Roe, Staff Writer": short lines naming an author.
    /// A byline is a short line: at most this many words ("By Jane Roe and Sam Poe, Staff Writers").
    static let maxBylineWords = 12

    static func isBylineShape(_ lower: String, words: Int) -> Bool {
        guard words <= maxBylineWords else { return false }
        return lower.hasPrefix("by ") || lower.hasPrefix("written by") || lower.hasPrefix("words by")
            || lower.has("reporting by") || lower.has("correspondent") || lower.has("staff writer") || lower.has("reporter")
    }
}
