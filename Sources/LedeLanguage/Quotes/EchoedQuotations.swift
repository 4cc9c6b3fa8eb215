import LedeCore

/// Quoted words a page repeats from a longer quotation of its own: a crosshead (`“Not a back
/// channel”` over a paragraph where Halvorsen says “Mine was not a back channel but the main one”),
/// a partial quotation taken up again later (`Brandt, by her own count, has made “dozens of visits”`
/// after her “I have made dozens of visits …”). They are that quotation's words: a short phrase so echoed
/// is a quotation even with no verb of saying beside it, and one with no speaker of its own takes
/// the speaker of the quotation that holds it.
///
/// ```swift
/// var quotes = story.quotes
/// EchoedQuotations.attribute(&quotes, dropped: phrasesLeftOut) { _, _ in true }
/// ```
enum EchoedQuotations {
    /// Words an echo needs: one word ("official", "historic") recurs in anyone's speech by chance.
    static let shortestEcho = 2

    /// Echoes are looked for on pages of at most this many quotations (and as many phrases left
    /// out): the real-news pages labelled for Lede hold 73 at most; a million comparisons at the bound.
    static let maxQuotations = 1_000

    /// Gives each unattributed quotation of `quotes` the speaker of the one longer quotation holding
    /// its words, and puts back, in page order, each phrase of `dropped` (short quoted phrases read as
    /// no quotation) that a longer quotation holds.
    /// `mayTake(quote, speaker)` says whether an unattributed quotation may be that speaker's (its
    /// sentence names them, or it stands alone). Returns the spans of the unattributed quotations
    /// that echo a quotation with a speaker but may not take it: someone's words quoted again, whom
    /// no other reading should give to the person their sentence names (`Reyes counted “…”`).
    @discardableResult
    static func attribute(_ quotes: inout [Quote], dropped: [Quote], mayTake: (Quote, String) -> Bool) -> Set<TextSpan> {
        // Each echo is looked for in every quotation: past ``maxQuotations`` (no news story comes
        // near) the search would grow with the square of the text, so a page that long keeps its quotations as read.
        guard !quotes.isEmpty, quotes.count <= maxQuotations, dropped.count <= maxQuotations else { return [] }
        var othersWords: Set<TextSpan> = []
        let folded = quotes.map { " " + StoryAnalysis.folded($0.text) + " " }
        let counts = folded.map(StoryAnalysis.spaceSeparatedCount)

        /// The quotation (other than `own`) that holds `needle` with more words: the surest one with a
        /// speaker when all holders with a speaker agree; else any holder (its words, said by no one named).
        func holder(of needle: String, words: Int, except own: Int?) -> Int? {
            guard words >= shortestEcho else { return nil }
            let holders = quotes.indices.filter { $0 != own && counts[$0] > words && quotes[$0].span.block >= 0 && folded[$0].contains(needle) }
            let named = holders.filter { quotes[$0].speaker != nil }
            if Set(named.compactMap { quotes[$0].speaker }).count == 1 {
                return named.max { quotes[$0].confidence < quotes[$1].confidence }
            }
            return named.isEmpty ? holders.first : nil
        }

        for index in quotes.indices where quotes[index].speaker == nil && quotes[index].speakerDescription == nil {
            guard let source = holder(of: folded[index], words: counts[index], except: index), let speaker = quotes[source].speaker else { continue }
            guard mayTake(quotes[index], speaker) else {
                othersWords.insert(quotes[index].span)
                continue
            }
            take(quotes[source], into: &quotes[index])
        }
        var added: [Quote] = []
        for phrase in dropped {
            let needle = " " + StoryAnalysis.folded(phrase.text) + " "
            guard let source = holder(of: needle, words: StoryAnalysis.spaceSeparatedCount(needle), except: nil) else { continue }
            var quote = phrase
            if quotes[source].speaker != nil || quotes[source].speakerDescription != nil { take(quotes[source], into: &quote) }
            added.append(quote)
        }
        for quote in added {
            let at = quotes.firstIndex { ($0.span.block, $0.span.charStart) > (quote.span.block, quote.span.charStart) } ?? quotes.count
            quotes.insert(quote, at: at)
        }
        return othersWords
    }

    /// The echo is no surer than the attribution it repeats, nor than a repeated quotation.
    private static func take(_ source: Quote, into quote: inout Quote) {
        quote.speaker = source.speaker
        quote.speakerDescription = source.speaker == nil ? source.speakerDescription : nil
        quote.cue = source.cue
        quote.confidence = min(source.confidence, AttributionConfidence.repeatedQuotation.value)
    }
}
