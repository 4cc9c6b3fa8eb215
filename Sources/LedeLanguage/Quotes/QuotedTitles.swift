import LedeCore
/// Quoted words that are a title or a slogan, not something said: songs, books, films, campaigns
/// (“Takin’ It To the Streets”, “Financial Freedom: A Proven Path to All the Money You Will Ever Need”).
/// They are written in title case: every word capitalised but the small joining words.
///
/// ```swift
/// QuotedTitles.isTitleCased(["Listen", "To", "The", "Music"])   // true
/// QuotedTitles.isTitleCased(["We", "start", "small"])          // false
/// ```
enum QuotedTitles {
    /// Words a title leaves in lower case ("Takin’ It To the Streets", "A Proven Path to All the Money").
    static let smallWords: WordSet = ["a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "nor",
                                          "with", "by", "from", "as", "vs", "via", "into", "over", "per"]

    /// A title has at least this many words: one capitalised word is a name, which
    /// `StoryAnalysis.isName` already keeps out.
    static let shortestTitle = 2

    /// Titles run longer than names ("Jesus Is Just Alright With Me"), but a quoted passage of this
    /// many words or more is prose, even if a speaker capitalised it all.
    static let longestTitle = 14

    /// Whether quoted words (letters or digits each, their text as written) read as a title: the
    /// first capitalised and every other capitalised, a number, or a small joining word, with at
    /// least two capitalised.
    static func isTitleCased(_ words: [String]) -> Bool {
        guard words.count >= shortestTitle, words.count < longestTitle, let first = words.first,
              first.first?.isUppercase == true else { return false }
        var capitalised = 0
        for word in words {
            guard let initial = word.first else { continue }
            if initial.isUppercase { capitalised += 1; continue }
            if initial.isNumber || smallWords.contains(word) { continue }
            return false
        }
        return capitalised >= shortestTitle
    }

    /// Words right before a quoted title that say it is one ("his book “…”", "a song called “…”"): after
    /// them a title-cased phrase is a title even when a verb of saying follows ("…,” Roe argues").
    static let titleNouns: WordSet = [
        "book", "books", "novel", "memoir", "song", "songs", "single", "album", "hit", "film", "movie", "documentary",
        "show", "series", "play", "musical", "podcast", "poem", "essay", "article", "column", "report", "paper",
        "campaign", "slogan", "exhibition", "game", "titled", "entitled", "called", "named", "dubbed", "headlined",
    ]

    /// Words before an opening mark that say the quoted words are someone's label, held at a
    /// distance: "so-called “experts”" is a scare quote, never a quotation.
    static let distancing: WordSet = ["so-called", "socalled", "self-styled", "self-described", "supposed"]

    /// Whether the word before a quotation's opening mark holds the words at a distance.
    static func followsDistancing(_ tokens: [Token], open: Int) -> Bool {
        open >= 1 && distancing.contains(tokens[open - 1].lower)
    }

    /// `After hitting “Takin’ It To the Streets,” the singer told …`: title-cased words right after a
    /// word that is no verb of saying (a verb's or a preposition's object) are a title, even when a
    /// verb of saying follows them; quoted words someone says open their sentence or follow a cue,
    /// a comma or a colon.
    static func isObjectOfAWord(_ tokens: [Token], open: Int) -> Bool {
        guard open >= 1, tokens[open - 1].isWord else { return false }
        let word = tokens[open - 1].lower
        return !SpeechVerbs.isCue(word) && !SpeechVerbs.presentCues.contains(word) && !SpeechVerbs.participleCues.contains(word)
            && tokens[open - 1].text.first?.isLowercase == true
    }

    /// Whether the word before a quotation's opening mark says a title follows.
    static func followsTitleNoun(_ tokens: [Token], open: Int) -> Bool {
        wordBefore(open, in: tokens, isIn: titleNouns)
    }

    /// Whether the token before the opening mark at `open` is a word of `words` (in lower case).
    static func wordBefore(_ open: Int, in tokens: [Token], isIn words: WordSet) -> Bool {
        open >= 1 && tokens[open - 1].isWord && words.contains(tokens[open - 1].lower)
    }

    /// Words right before an opening mark that make what follows a title in any case ("a report
    /// titled “A town that works for everyone”"): unlike "called" or "dubbed", no one says a title.
    static let titling: WordSet = ["titled", "entitled", "headlined", "subtitled", "captioned"]

    /// Whether the word before a quotation's opening mark names a title whatever its case.
    static func followsTitling(_ tokens: [Token], open: Int) -> Bool {
        wordBefore(open, in: tokens, isIn: titling)
    }

    /// Things that carry written words ("signs reading “Droste out”", "a banner that read “…”").
    static let inscribed: WordSet = ["sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters",
                                         "billboard", "billboards", "sticker", "stickers", "shirt", "shirts", "t-shirt",
                                         "t-shirts", "graffiti", "plaque", "plaques", "mural", "murals"]

    /// Verbs by which a thing carries its words: "reading", "that read", "saying".
    static let inscribing: WordSet = ["reading", "read", "reads", "saying", "proclaiming", "declaring"]

    /// Tokens between the thing and its verb at most ("signs outside the hall reading").
    static let longestInscriptionGap = 4

    /// `Signs reading “Droste out” lined the street`: the words right after a verb of writing whose
    /// subject, a few words back, is a sign, a banner or a shirt are an inscription, not speech.
    static func followsInscription(_ tokens: [Token], open: Int) -> Bool {
        var verb = open - 1
        while verb >= 0, !tokens[verb].isWord { verb -= 1 }
        guard verb >= 1, verb >= open - 2, inscribing.contains(tokens[verb].lower) else { return false }
        // "Roe, holding a sign, said …" is Roe speaking: no comma between the thing and its verb.
        let before = tokens[max(0, verb - longestInscriptionGap)..<verb]
        guard let thing = before.lastIndex(where: { $0.isWord && inscribed.contains($0.lower) }) else { return false }
        return !tokens[thing..<verb].contains { $0.text == "," }
    }

    /// Nouns before an opening mark that say the quoted words are mentioned, not used: "the term
    /// “night owls”", "the nickname “the Three Bells”". A phrase so introduced is talked about.
    static let mentionNouns: WordSet = ["term", "terms", "word", "words", "phrase", "phrases", "expression", "label",
                                            "nickname", "moniker", "motto", "slogan", "catchphrase", "hashtag"]

    /// Participles that give a name, right before it ("the plan, nicknamed “the big dig”").
    static let nicknaming: WordSet = ["nicknamed", "codenamed", "code-named"]

    /// Whether the words right before a short quoted phrase mention it rather than say it: a mention
    /// noun right before it ("the term", not "in Aske's words, “…”") or "known as (the)" / "referred
    /// to as (the)" / a classifying verb and "as (the)" ("counts as “severe duty”").
    static func followsMention(_ tokens: [Token], open: Int) -> Bool {
        var at = open - 1
        guard at >= 0, tokens[at].isWord else { return false }
        if mentionNouns.contains(tokens[at].lower) || nicknaming.contains(tokens[at].lower) { return true }
        if ["the", "a", "an"].contains(tokens[at].lower) { at -= 1 }
        guard at >= 1, tokens[at].lower == "as" else { return false }
        return ["known", "referred", "nicknamed", "branded"].contains(tokens[at - 1].lower)
            || classifying.contains(tokens[at - 1].lower)
            || at >= 2 && tokens[at - 1].lower == "to" && tokens[at - 2].lower == "referred"
    }

    /// Verbs that put a thing in a class before "as": "counts as “severe duty”", "qualifies as a
    /// “small business”", "is classified as “hazardous”": the class's name is mentioned, not said.
    /// No verb of saying or naming is among them ("described as", "called", "dubbed" may report words).
    static let classifying: Set<String> = ["count", "counts", "counted", "counting", "qualify", "qualifies", "qualified",
                                           "qualifying", "classified", "classed", "categorized", "categorised",
                                           "designated", "defined", "listed", "registered", "certified"]
}

