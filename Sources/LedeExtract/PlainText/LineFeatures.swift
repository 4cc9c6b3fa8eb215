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
    ]

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
        line.lowercased().split { !($0.isLetter || $0.isNumber) }
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
        let prose = lines.indices.map { tokens[$0].count >= proseWords && endsSentence(lines[$0]) }
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
            row[21] = w.contains { months.contains(String($0)) } && w.contains { $0.first?.isNumber == true } || lower.has(" ago") ? 1 : 0
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
            return row
        }
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
        while let l = s.last, "”’\"')]".contains(l) { s = s.dropLast() }
        guard let l = s.last else { return false }
        return ".!?…".contains(l)
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
    static func isBylineShape(_ lower: String, words: Int) -> Bool {
        guard words <= 12 else { return false }
        return lower.hasPrefix("by ") || lower.hasPrefix("written by") || lower.hasPrefix("words by")
            || lower.has("reporting by") || lower.has("correspondent") || lower.has("staff writer") || lower.has("reporter")
    }
}
