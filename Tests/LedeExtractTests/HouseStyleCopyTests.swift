import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// Scraped copies written for these tests in publishers' house styles (broadcaster "Image
/// caption," blocks, newspaper topic lists, wire "Reporting by" lines, agency photo credits, a
/// local paper), each with a hand-written list of its body lines (`NAME.body.txt`).
@Suite struct HouseStyleCopyTests {
    /// Kept body lines: precision and recall against the hand-written list.
    static let minPrecision = 0.95, minRecall = 0.95

    struct Style: Sendable, CustomStringConvertible {
        var name: String
        var title: String
        /// Each photo as (caption, credit), in order.
        var figures: [(String, String)]
        var description: String { name }
    }

    static let styles = [
        Style(name: "bbc-style", title: "Coastal town votes to rebuild its Victorian pier", figures: [
            ("The pier closed in 2019 after storm damage left its deck unsafe", "Getty Images"),
            ("Volunteers have kept the pier's ticket office open as a small museum", "Harbour Trust"),
        ]),
        Style(name: "guardian-style", title: "Otters return to city river for first time in 60 years", figures: [
            ("An otter photographed by a camera trap on the river last month.", "River Restoration Trust"),
        ]),
        Style(name: "reuters-style", title: "Copper hits two-month high as Chilean mine strike drags on", figures: [
            ("Miners work at an open-pit copper mine in northern Chile, March 3, 2026.", "REUTERS/Carla Mendez"),
        ]),
        Style(name: "ap-style", title: "Farmers in drought-hit valley turn to old irrigation canals", figures: [
            ("Farmer Luis Ortega opens a gate on a century-old irrigation canal near his fields, Thursday, May 7, 2026.", "AP Photo/Rafael Gomez"),
            ("A volunteer crew removes silt from a canal outside Fresno, Calif., Friday, May 8, 2026.", "AP Photo/Rafael Gomez"),
        ]),
        Style(name: "local-paper-style", title: "High school robotics team heads to world championship", figures: [
            ("Members of the Millbrook High robotics team test their machine in the school gym on Tuesday.", "Jenny Kowalczyk"),
        ]),
        // Written on 2026-12-06 and measured before the rules for them (kept body precision 8/13 and
        // 6/9; no byline or date read), then tuned on.
        Style(name: "nyt-style", title: "A Glacier Town Learns to Live With Less Ice", figures: [
            ("Hikers cross the lower tongue of the Varna Glacier, which has retreated nearly a kilometer since 1990.", "Mira Castellanos for The New York Times"),
            ("Greta Albers checks a route marker on the moraine above her family’s hut.", "Mira Castellanos for The New York Times"),
        ]),
        Style(name: "newsletter-style", title: "Why the county's bus map finally changed", figures: []),
        // Written on 2026-12-06 (seventh session) and measured before any rule for them: kept body
        // precision 5/5, 5/5, 5/6, 5/7; two bylines and a date not read, a caption dropped.
        Style(name: "local-tv-style", title: "City council approves $4.2 million plan to fix east side storm drains", figures: [
            ("Standing water covers Birch Street after a storm in March.", "NEWS 9"),
        ]),
        Style(name: "tech-site-style", title: "Warehouse robots learn to pick soft fruit without bruising it", figures: [
            ("The gripper uses three silicone fingers lined with pressure sensors.", "Fieldhand Robotics"),
        ]),
        Style(name: "portal-style", title: "Library lends out fishing rods, and demand has surprised everyone", figures: [
            ("Fishing rods hang on a rack behind the checkout desk at the Lakeside Public Library.", "Carmen Diaz/The Lakeside Herald"),
        ]),
        Style(name: "tabloid-style", title: "Grandmother, 91, finishes her first marathon after training in her garden", figures: [
            ("Ivy Pennington crossed the finish line to loud cheers from her family", "PA"),
            ("Ivy trained by walking laps of her garden", "Pennington family"),
        ]),
        // Held out in the sixth session (6/11 and 4/6), then tuned on in the seventh.
        Style(name: "npr-style", title: "A forgotten seed bank yields a wheat that shrugs off heat", figures: [
            ("Researchers grow test plots of the recovered wheat at an agricultural station in Kansas.", "Sam Whitaker for NPR"),
        ]),
        Style(name: "aljazeera-style", title: "Fishing crews idle as fuel prices climb in coastal Senegal", figures: [
            ("Fishermen pull a pirogue onto the beach at Kayar, north of Dakar, on May 28, 2026", "Aminata Faye/Al Jazeera"),
            ("A woman sorts smoked fish at a processing site in Kayar", "Aminata Faye/Al Jazeera"),
        ]),
        // Held out in the first half of the seventh session (5/5, 5/8 before and after its rules),
        // then tuned on: a standfirst above the byline, a date printed twice and glued.
        Style(name: "business-style", title: "Container lines add surcharges as canal drought cuts crossings", figures: []),
        Style(name: "euro-style", title: "City lets residents adopt street trees to save them from heat", figures: [
            ("A resident waters a young lime tree outside her apartment building in Leipzig.", "Jan Woitas/dpa/picture alliance"),
        ]),
        Style(name: "cnn-style", title: "Regional airline grounds fleet after engine checks find cracks", figures: [
            ("A regional carrier's turboprop at Portmore Airport on July 15, 2026.", "Daniel Hale/Bloomberg/Getty Images"),
        ]),
        // Written in the eighth session and measured before any rule for them (kept body lines
        // 5/5, 5/5, 6/10: a magazine's pull quote, standfirst, "for The …" credit and print-edition
        // note kept; no byline read from "Story by" or "Posted on … by …"), then tuned on.
        Style(name: "blog-news-style", title: "Riverside library reopens after two-year renovation", figures: []),
        Style(name: "sports-style", title: "Late header sends Harbor City into cup semifinal", figures: []),
        Style(name: "magazine-style", title: "The Beekeepers Who Read the Weather in Their Hives", figures: [
            ("Hive scales at an apiary outside Laramie, Wyoming", "Teo Lindqvist for The Current"),
        ]),
        // Sixth round (ninth session), written after every rule above and measured before any rule
        // for them: a public radio Q&A 10/10 (its questions kept as headings), a film review 6/6
        // (but its "Cast: …" line taken for the headline), a Spanish local paper 5/5 (but no "Por"
        // byline or "14 de marzo de 2026" date read). Fixed since: a fact box's fields are no
        // headline; Spanish, French, German, Italian, Portuguese and Dutch month names and bylines.
        Style(name: "interview-style", title: "Q&A: The ecologist counting bees on city rooftops", figures: []),
        Style(name: "review-style", title: "‘The Lighthouse Keeper’s Daughter’ review – a slow, salty delight", figures: []),
        Style(name: "spanish-style", title: "La biblioteca municipal abrirá los domingos a partir de abril", figures: [
            ("Estudiantes en la sala de lectura de la biblioteca municipal, el pasado martes.", "Juan Pérez"),
        ]),
        // Seventh round (tenth session), written after every rule above and measured before any rule
        // for them, kept body lines 24/43 over five copies (recall 24/24): a live blog's entry times,
        // a gallery's counters, "Also Read |" and "Lire aussi |" links, a French reading time and
        // paywall label kept; 2 of 5 headlines, 3 of 5 bylines, 1 of 5 dates, 0 of 2 figures right.
        // After the round's rules: 24/27, 4 of 5 headlines, 4 dates, both figures.
        Style(name: "indian-portal-style", title: "Pune metro extends night service after record festival ridership", figures: []),
        Style(name: "french-style", title: "À Lyon, la ville teste des rues sans voitures devant les écoles", figures: []),
        Style(name: "gallery-style", title: "Photos: Hundreds turn out for the return of the Millbrook lantern parade", figures: [
            ("Children carry paper lanterns along Main Street during the parade on Saturday, Dec. 5, 2026.", "Marco Ruiz/Millbrook Post"),
            ("A volunteer repairs a lantern shaped like a heron before the start of the parade.", "Marco Ruiz/Millbrook Post"),
        ]),
    ]

    /// Copies held to recall only, precision printed. Two written in the seventh session after its
    /// rules and never tuned on (a syndicated wire story on a local paper's site, a UK broadsheet;
    /// measured 5/5 and 5/5), and one tuned on whose footer notices after the article the line
    /// model keeps as body (a public broadcaster, 5/7 before and after; a rule for prose after a
    /// long run of furniture fixed it but cost the held-out dumps 0.001 and was dropped).
    /// The press release (eighth session, 5/7 before and after) keeps its "About the company"
    /// section, which the WCXB golds count as the release's text (one such page in the tune half),
    /// while this copy's list does not: left as written, not tuned to either reading.
    /// Two more, written after the third round's rules and never tuned on: a paywalled local paper
    /// (5/5) and an explainer (5/11 by its list: it kept the three question crossheads and a
    /// "Key facts" box, which its list leaves out but the WCXB golds count as text: 74 such box
    /// titles and their lines are in them). Crossheads are headings since (5/8; the press
    /// release's "About …" line too, 5/6).
    /// Fifth round, written at the end of the eighth session after every rule above, never tuned on
    /// for their kept lines: a science news release (5/7: the journal's name under a "JOURNAL" label
    /// and a disclaimer, which WCXB golds often keep) and a local obituary (5/5). The release's
    /// "Image: …" caption and "Credit: …" line came out as two figures and are one since.
    /// Sixth round, measured like the review above: an opinion column (7/8: its "The views expressed
    /// in this column are the author's own." kept, a disclaimer the WCXB golds keep on some pages).
    /// Seventh round: a live blog (8/14 before, 8/8 after; its "From … and …" byline is taken for
    /// the headline) and a German public broadcaster (4/10 before, 4/7 after: its programme notes
    /// after the article are kept; the kicker above the headline is taken for it).
    static let heldOutStyles = ["syndicated-wire-style", "uk-broadsheet-style", "pubcaster-style", "press-release-style",
                                "paywall-paper-style", "explainer-style", "science-release-style", "obituary-style",
                                "opinion-style", "liveblog-style", "german-style"]

    /// Eighth round (2026-12-07, written by a helper after every rule above, never tuned or
    /// trained on): a weather and traffic bulletin, an Irish paper ("READ MORE" headlines inside the
    /// article, "Gift Article"), a science magazine ("KEY POINTS" box, "Read more:" link, journal
    /// reference, topic tags), a podcast episode with its transcript (time codes, speaker labels), a
    /// cricket live-score page with its match report, a wire story on a portal ("From", "Story by",
    /// "Continue reading"). Before any change: kept body lines 40/51, recall 40/40; headlines and
    /// dates 6/6; bylines 3/6 ("By Meteorologist …", "Hosted by …", "Story by … and …" not read);
    /// figures 1/4. Held to what they passed (recall, headline, date, no body line a caption);
    /// precision is printed. Opened for tuning after the ninth round was written (same day): kept
    /// body lines 40/41, bylines 6/6 and figures 4/4 since (``CopyRoundEightRuleTests``), held here too.
    static let eighthRound = ["weather-bulletin-style", "irish-paper-style", "science-magazine-style", "podcast-episode-style",
                              "live-score-style", "wire-portal-style"]

    /// Ninth round (2026-12-07, a helper; written before the rules for round 8, never tuned or
    /// trained on, its failures never read line by line): a trade journal (author bio, teaser
    /// standfirsts, a reader comment after the article), a football club's site (fixture widget,
    /// news teasers with standfirsts, a supporters' club pitch), a council press release ("From:",
    /// notes to editors, a feedback form), an Australian paper ("Picture"-style credit under the
    /// caption, author note, "Most Viewed" with standfirsts), a regional TV news page (video report,
    /// podcast pitch) and a nonprofit newsroom (two writers, donation pitch, two author bios,
    /// republishing note, comments). Before any change: kept body lines 37/51, recall 37/37;
    /// headlines 4/6, bylines 4/6, dates 5/6, figures exact on 5/6. Held to recall and no body
    /// line a caption; precision is printed. Opened for tuning after the tenth round was written
    /// (same day): kept body lines 37/38 and every headline, byline, date and figure since
    /// (``CopyRoundNineRuleTests``), held here too.
    static let ninthRound = ["trade-journal-style", "sports-club-style", "council-release-style", "au-paper-style",
                             "regional-tv-style", "nonprofit-newsroom-style"]

    /// Tenth round (2026-12-07, a helper; written before the rules for round 9, never tuned or
    /// trained on, its failures never read line by line): a wire agency ("(Reporting by …; Editing
    /// by …)" trailer, a newsletter pitch inside the story, an agency boilerplate paragraph), a
    /// magazine long read (pull quotes repeated from the body, a funding note, an author bio), a
    /// live blog with time-stamped entries and entry authors, a public broadcaster ("Watch:" and
    /// "Listen:" media lines, a transcript notice, a donation pitch), a financial site (ticker
    /// lines, "Key Points", a disclosure, an analysts' pitch) and a regional paper (free-article
    /// counter, comment counts, a paywall teaser inside the story, comments). Before any change:
    /// kept body lines 49/71, recall 49/51; headlines 6/6, bylines 5/6, dates 5/6, figures exact
    /// on 3/6. Held to the round's recall and no body line a caption; precision is printed.
    static let tenthRound = ["wire-agency-style", "longread-magazine-style", "live-updates-style", "broadcaster-media-style",
                             "markets-news-style", "regional-paywall-style"]

    /// Eleventh round (2026-12-07, a helper; written before the prose-furniture pass of the line
    /// model, never tuned or trained on, its failures never read line by line): a university
    /// newsroom (media contact, teasers and an event invitation written as sentences), a travel
    /// section (affiliate disclosure, a trip-provided note, an "If you go" listing), court news (a
    /// correction note, an author bio, a tip line, a trial pitch), a health site (a medical
    /// reviewer, a disclaimer, a quiz pitch; its body speaks to the reader), a farm weekly (price
    /// tickers, an event calendar, a markets-email pitch, classifieds) and an arts guide (star
    /// rating, ticket details, a critic's bio, a letter pitch, a support pitch). Before any change:
    /// kept body lines 46/83, recall 46/46; headlines 5/6, bylines 5/6, dates 5/6, figures exact
    /// on 3/6; no body line a caption. Held to the round's recall, its headlines and no body line a
    /// caption; precision is printed.
    static let eleventhRound = ["university-newsroom-style", "travel-section-style", "court-news-style", "health-site-style",
                                "farm-weekly-style", "arts-listings-style"]

    /// Twelfth round (2026-12-07, a helper; written before that session's changes, never tuned or
    /// trained on, its failures never read line by line): an advice column (a reader's letter and
    /// the reply, a pen-name sign-off, a letters address, a syndicate line), a product review
    /// (star rating, pros and cons, shop buttons, an affiliate note, a spec box, "How we test"), a
    /// student paper (a contact line, a donation pitch, a comment form, contributor bios), an
    /// election-night story (a results table, a source note, a text-alert pitch, a contribution
    /// note), a New Zealand paper ("Advertisement" and "Advertise with …" lines inside the story,
    /// cookie lines, a newsletter sign-up) and a company engineering blog (reading time, tags, an
    /// author bio, a hiring pitch, a blog-subscription pitch). Before any change: kept body lines
    /// 58/89, recall 58/58; headlines 5/6, bylines 4/6, dates 5/6, figures exact on 0/6; no body
    /// line a caption. Held to the round's recall, its headlines and no body line a caption;
    /// precision is printed.
    static let twelfthRound = ["advice-column-style", "product-review-style", "student-paper-style", "election-results-style",
                               "nz-paper-style", "company-blog-style"]

    /// Thirteenth round (2026-12-07, a helper; written before that session's changes, never tuned
    /// or trained on, its failures never read line by line): a wiki-news page (edit tabs, related
    /// articles, a sources list, categories, a licence line), a South African paper (a
    /// load-shedding banner, "ALSO READ |" lines inside the story, a WhatsApp pitch, a tip line, a
    /// name over a job line), a sports wire's result (tip-ins and up-next notes, a box score of
    /// "Label: value" lines and a line score), a Singapore paper (a Telegram pitch, a rewards
    /// widget, topics), a property section (a listing's fact box, a repayment estimate and its
    /// note) and a games site (an affiliate note, an embedded post, a game's fact box). Before any
    /// change: kept body lines 52/84, recall 52/53; headlines 4/6, bylines 2/6, dates 5/6, figures
    /// exact on 3/6; no body line a caption. Held to the round's recall, its headlines (the two
    /// missed before any change excepted) and no body line a caption; precision is printed.
    static let thirteenthRound = ["wiki-news-style", "south-african-paper-style", "box-score-wire-style", "singapore-paper-style",
                                  "property-section-style", "games-site-style"]

    /// Fourteenth round (2026-12-07, a helper; written and committed before that session's
    /// changes, never tuned or trained on, its failures never read line by line): a news agency's
    /// subscriber feed (slug and header fields, an update note, desk codes), a restaurant review
    /// (a pull quote, an info box of "Label: value" lines, scores, a disclosure), a police witness
    /// appeal (an incident box, a feedback widget), a transit agency's release (an at-a-glance
    /// box, a media contact, a disclaimer), a Nigerian paper ("Kindly Share This Story:", related
    /// headlines inside the story, a comments disclaimer) and a parliament's committee news (key
    /// figures, a members list, a disclaimer and a correction after the body). Before any change:
    /// kept body lines 49/64, recall 49/51; headlines 6/6, bylines 2/5, dates 6/6, figures exact
    /// on 5/6. Held to the round's recall, its headlines and no body line a caption; precision is
    /// printed.
    static let fourteenthRound = ["agency-feed-style", "restaurant-review-style", "police-appeal-style", "transit-agency-style",
                                  "nigerian-paper-style", "parliament-news-style"]

    static func read(_ name: String) throws -> (Article, [String]) {
        let copy = try Fixture.text("house-styles/\(name).txt")
        let body = try Fixture.text("house-styles/\(name).body.txt").split(separator: "\n").map(String.init)
        return (try ArticleReader(options: ReadOptions(inputKind: .text)).read(Array(copy.utf8)), body)
    }

    /// Kept lines of text: paragraphs and headings (a Q&A's questions, crossheads), as the
    /// benchmarks count them.
    static func keptLines(_ article: Article) -> [String] { CopyReading.keptLines(article) }

    @Test(arguments: styles)
    func keptBodyLinesArePreciseAndComplete(style: Style) throws {
        let (article, body) = try Self.read(style.name)
        let kept = Self.keptLines(article)
        let right = kept.filter(body.contains).count
        let precision = Double(right) / Double(max(1, kept.count)), recall = Double(right) / Double(body.count)
        #expect(precision >= Self.minPrecision, "kept but not body: \(kept.filter { !body.contains($0) })")
        #expect(recall >= Self.minRecall, "body but not kept: \(body.filter { !kept.contains($0) })")
        #expect(article.title == style.title)
    }

    @Test(arguments: styles)
    func everyCaptionAndCreditIsAFigureAndNoBodyLineIsACaption(style: Style) throws {
        let (article, body) = try Self.read(style.name)
        let figures = article.figures.map { ($0.caption ?? "", $0.credit ?? "") }
        #expect(figures.map(\.0) == style.figures.map(\.0))
        #expect(figures.map(\.1) == style.figures.map(\.1))
        #expect(!article.figures.contains { body.contains($0.caption ?? "") })
    }

    /// The held-out copies: every body line kept, none made a caption. Precision is printed, not
    /// held to the bar (see ``heldOutStyles`` for the figures before this session's rules).
    @Test(arguments: heldOutStyles)
    func heldOutCopiesKeepEveryBodyLine(name: String) throws {
        let (article, body) = try Self.read(name)
        let kept = Self.keptLines(article)
        let right = kept.filter(body.contains).count
        print("held-out copy \(name): kept body lines precision \(right)/\(kept.count), recall \(right)/\(body.count)")
        #expect(Double(right) / Double(body.count) >= Self.minRecall)
        #expect(!article.figures.contains { body.contains($0.caption ?? "") })
    }

    /// A copy's expected headline, date, authors and figures, as `house-styles/index.json` writes them.
    static func expected(_ name: String) throws -> [String: Any] {
        let index = try JSONSerialization.jsonObject(with: Data(Fixture.text("house-styles/index.json").utf8)) as? [String: [String: Any]]
        return try #require(index?[name])
    }

    /// A copy of a round its rules were written for: every body line kept (recall at the bar,
    /// precision printed), none made a caption, and its headline, date, authors and figures exact.
    static func checkTunedCopy(_ name: String, round: String) throws {
        let (article, body) = try read(name)
        let want = try expected(name)
        let kept = keptLines(article)
        let right = kept.filter(body.contains).count
        print("\(round) copy \(name): kept body lines precision \(right)/\(kept.count), recall \(right)/\(body.count)")
        #expect(Double(right) / Double(body.count) >= minRecall)
        #expect(!article.figures.contains { body.contains($0.caption ?? "") })
        #expect(article.title == want["title"] as? String)
        #expect(article.published == want["published"] as? String)
        #expect(article.authors == want["authors"] as? [String])
        #expect(article.figures.map { [$0.caption ?? "", $0.credit ?? ""] } == want["figures"] as? [[String]])
    }

    @Test(arguments: eighthRound)
    func eighthRoundKeepsEveryBodyLineWithItsHeadlineAndDate(name: String) throws {
        try Self.checkTunedCopy(name, round: "eighth-round")
    }

    @Test(arguments: ninthRound)
    func ninthRoundKeepsEveryBodyLine(name: String) throws {
        try Self.checkTunedCopy(name, round: "ninth-round")
    }

    /// Round ten is held as a round (two of its copies lose a line each before any rule for it):
    /// recall over the round at the bar, every headline, no body line a caption.
    @Test func tenthRoundKeepsTheBodyWithItsHeadlines() throws {
        try Self.checkUntunedRound(Self.tenthRound, round: "tenth round")
    }

    /// Round eleven is held as round ten is.
    @Test func eleventhRoundKeepsTheBodyWithItsHeadlines() throws {
        try Self.checkUntunedRound(Self.eleventhRound, round: "eleventh round", headlinesMissed: Self.eleventhRoundHeadlinesMissed)
    }

    /// Round twelve is held as round ten is.
    @Test func twelfthRoundKeepsTheBodyWithItsHeadlines() throws {
        try Self.checkUntunedRound(Self.twelfthRound, round: "twelfth round", headlinesMissed: Self.twelfthRoundHeadlinesMissed)
    }

    /// Round thirteen is held as round ten is.
    @Test func thirteenthRoundKeepsTheBodyWithItsHeadlines() throws {
        try Self.checkUntunedRound(Self.thirteenthRound, round: "thirteenth round", headlinesMissed: Self.thirteenthRoundHeadlinesMissed)
    }

    /// Round fourteen is held as round ten is.
    @Test func fourteenthRoundKeepsTheBodyWithItsHeadlines() throws {
        try Self.checkUntunedRound(Self.fourteenthRound, round: "fourteenth round", bodyLinesMadeCaptions: Self.fourteenthRoundBodyLinesMadeCaptions)
    }

    /// A round left untuned, held as a round: recall over its copies at the bar, every headline but
    /// those of `headlinesMissed`, no body line a caption; precision printed.
    static func checkUntunedRound(_ names: [String], round: String, headlinesMissed: Set<String> = [],
                                  bodyLinesMadeCaptions: Int = 0) throws {
        var right = 0, kept = 0, body = 0, madeCaptions = 0
        for name in names {
            let (article, lines) = try read(name)
            let want = try expected(name)
            let k = keptLines(article)
            right += k.filter(lines.contains).count; kept += k.count; body += lines.count
            if !headlinesMissed.contains(name) { #expect(article.title == want["title"] as? String, "\(name)") }
            madeCaptions += article.figures.filter { lines.contains($0.caption ?? "") }.count
        }
        print("\(round): kept body lines precision \(right)/\(kept), recall \(right)/\(body), body lines made captions \(madeCaptions)")
        #expect(madeCaptions <= bodyLinesMadeCaptions)
        #expect(Double(right) / Double(body) >= minRecall)
    }

    /// The round's copy whose headline is not read (measured before any change and left for the
    /// next round's rules, so the round stays unseen).
    static let eleventhRoundHeadlinesMissed: Set<String> = ["health-site-style"]

    /// The twelfth round's copy whose headline is not read before any change (an "Advertise with …"
    /// line is taken for it), left unseen as the eleventh round's.
    static let twelfthRoundHeadlinesMissed: Set<String> = ["nz-paper-style"]

    /// The thirteenth round's copies whose headlines are not read before any change, left unseen
    /// as the twelfth round's.
    static let thirteenthRoundHeadlinesMissed: Set<String> = ["games-site-style", "singapore-paper-style"]

    /// Body lines the fourteenth round's copies lose to a caption before any change (one, counted
    /// by `score_copies.py`, not read: the round stays unseen); the round is held not to lose more.
    static let fourteenthRoundBodyLinesMadeCaptions = 1

    /// Byline and date lines under the headline go into the article, not the body.
    @Test func bylineAndDateUnderTheHeadlineAreRead() throws {
        let (nyt, _) = try Self.read("nyt-style")
        #expect(nyt.authors == ["Tomas Reyes"])
        #expect(nyt.published == "2026-06-09")
        let (aj, _) = try Self.read("aljazeera-style")
        #expect(aj.authors == ["Ibrahima Ndiaye"])
        #expect(aj.published == "2026-06-03")
        // A byline glued to its "By", and a date line glued to its update.
        let (tabloid, _) = try Self.read("tabloid-style")
        #expect(tabloid.authors == ["Jack Morrow"])
        #expect(tabloid.published == "2026-04-27")
        #expect(tabloid.modified == "2026-04-27")
        // A name alone beside the date.
        let (portal, _) = try Self.read("portal-style")
        #expect(portal.authors == ["Carmen Diaz"])
        #expect(portal.published == "2026-06-20")
        // "Posted on … by …" above the headline; "Story by"; a label's name is no headline.
        let (blog, _) = try Self.read("blog-news-style")
        #expect(blog.authors == ["Dana Whitfield"])
        #expect(blog.published == "2026-03-09")
        let (magazine, _) = try Self.read("magazine-style")
        #expect(magazine.authors == ["Camille Arden"])
        #expect(magazine.removed.contains { $0.detail?.contains("a pull quote, printed in full at line") == true })
        #expect(magazine.removed.contains { $0.detail?.hasSuffix("where the story was printed") == true })
        let (release, _) = try Self.read("press-release-style")
        #expect(release.title == "Brightwater Energy Cooperative opens region's largest community solar farm")
        #expect(release.published == "2026-06-03")
        let updated = try ArticleReader(options: ReadOptions(inputKind: .text)).read(Array("""
            Harbour ferry returns after twelve years
            By Ana Lima and Tom Reed
            Updated March 4, 2026
            3 min read
            The night ferry between Port Avery and the islands sailed again on Friday, twelve years after the last crossing was cancelled for lack of passengers.
            Ana Lima is a reporter covering transport and the coast for the paper.
            """.utf8))
        #expect(updated.authors == ["Ana Lima", "Tom Reed"])
        #expect(updated.published == nil)
        #expect(updated.modified == "2026-03-04")
        #expect(updated.blocks.count == 1)
        #expect(updated.removed.contains { $0.text == "3 min read" })
        #expect(updated.removed.contains { $0.detail?.hasSuffix("about the author") == true })
    }

    /// A short first sentence that starts with "By" or holds a date stays in the body.
    @Test func shortSentencesUnderTheHeadlineStayBody() throws {
        let article = try ArticleReader(options: ReadOptions(inputKind: .text)).read(Array("""
            Harbour ferry returns after twelve years
            By the time it docked, the town was awake.
            On March 4, 2026, the ferry sailed again.
            The night ferry between Port Avery and the islands sailed again on Friday, twelve years after the last crossing was cancelled for lack of passengers.
            """.utf8))
        #expect(article.authors.isEmpty)
        #expect(article.published == nil)
        #expect(article.blocks.count == 3)
    }

    /// Sixth round: the byline and date of a copy in Spanish, and of a review whose fact box
    /// ("Director: …", "Cast: …") stands between its date and its text.
    @Test func bylinesAndDatesBeyondEnglishAndAroundAFactBox() throws {
        let (spanish, _) = try Self.read("spanish-style")
        #expect(spanish.authors == ["María Fernández"])
        #expect(spanish.published == "2026-03-14")
        let (review, _) = try Self.read("review-style")
        #expect(review.authors == ["Helen Marsh"])
        #expect(review.published == "2026-02-12")
        #expect(review.removed.contains { $0.text == "Cast: Maeve Doyle, Callum Reid, Anna Sorensen" })
    }

    /// Seventh round: dates with a label and a time ("Stand: 06.12.2026 14:32 Uhr", "Publié le …
    /// à 14h32, mis à jour à 16h05", "PUBLISHED: … at 9:14 p.m.") are read and are no headline.
    @Test func labelledDatesWithTheirTimes() throws {
        let (german, _) = try Self.read("german-style")
        #expect(german.published == "2026-12-06")
        #expect(german.title != "Stand: 06.12.2026 14:32 Uhr")
        let (french, _) = try Self.read("french-style")
        #expect(french.published == "2026-12-06")
        #expect(french.authors == ["Claire Morel"])
        let (gallery, _) = try Self.read("gallery-style")
        #expect(gallery.published == "2026-12-05")
        #expect(gallery.authors == ["Dana Whitfield"])
        let (live, _) = try Self.read("liveblog-style")
        #expect(live.published == "2026-12-06")
        #expect(!Self.keptLines(live).contains { LineRules.isTimeStamp($0) })
    }

    /// A fact check's claim and verdict are its text, the labels above them are not; so is its
    /// closing "We rate this claim False.", a short sentence right after the body (measured before
    /// any rule: the line model read it as furniture at 56 %, and a sentence continued the body
    /// from six words on).
    @Test func aFactChecksClaimVerdictAndRatingAreKept() throws {
        let (check, body) = try Self.read("factcheck-style")
        let kept = Self.keptLines(check)
        #expect(kept == body)
        #expect(kept.contains("The city council will start adding fluoride to bottled water sold in local shops."))
        #expect(kept.contains { $0.hasPrefix("False. ") })
        #expect(!kept.contains("Claim") && !kept.contains("Verdict"))
        #expect(check.title == "No, the city is not adding fluoride to bottled water")
        #expect(check.authors == ["Owen Bright"])
    }

    @Test func aCreditLineCompletesTheCaptionAboveIt() throws {
        let (release, _) = try Self.read("science-release-style")
        let figures = release.figures.map { ($0.caption ?? "", $0.credit ?? "") }
        #expect(figures.map(\.0) == ["A red fox photographed by a trail camera in a city park during the survey."])
        #expect(figures.map(\.1) == ["Northbridge Wildlife Lab"])
    }

    @Test func crossheadsAreHeadingsAndFactBoxEntriesAreNot() throws {
        let (explainer, _) = try Self.read("explainer-style")
        let headings = explainer.blocks.compactMap { if case .heading(_, let t) = $0 { return t } else { return nil } }
        #expect(headings == ["What happened?", "Why does it matter?", "What happens next?"])
        #expect(!explainer.blocks.contains { if case .heading(_, let t) = $0 { return t.contains("Kaub") } else { return false } })
    }

    @Test(arguments: styles)
    func everyDroppedLineSaysWhy(style: Style) throws {
        let (article, _) = try Self.read(style.name)
        #expect(!article.removed.isEmpty)
        #expect(article.removed.allSatisfy { $0.detail?.hasPrefix("line ") == true })
    }
}

/// Credit forms of scraped copies, on captions written for this test.
@Suite struct CreditFormTests {
    /// "Photos: …" before a headline's words is the headline's label, not a credit.
    @Test func aLabelledHeadlineIsNoCredit() {
        let line = "Photos: Hundreds turn out for the return of the Millbrook lantern parade"
        #expect(!LineRules.isCreditLine(line))
        #expect(CreditParser.split(line).credit == nil)
        #expect(LineRules.isCreditLine("Photo: courtesy of the Harbour Trust"))
        #expect(LineRules.isCreditLine("Image: Jane Roe, left, has replaced John Doe as manager of the club"))
        #expect(LineRules.isCreditLine("Photo: Jane Roe for The Daily"))
    }

    /// Brackets around a credit, or left unmatched at its ends, go; a bracket the credit opens and
    /// closes itself stays (the old trim cut "Jane Roe (Harbour Trust)" to "Jane Roe (Harbour Trust").
    @Test func aCreditKeepsTheBracketsItCloses() {
        for (raw, credit) in [("Jane Roe (Harbour Trust)", "Jane Roe (Harbour Trust)"),
                              ("(Photo: Jane Roe (Harbour Trust))", "Jane Roe (Harbour Trust)"),
                              ("[Jane Roe/Harbour Trust]", "Jane Roe/Harbour Trust"),
                              ("( Photo: Jane Roe )", "Jane Roe"), ("Jane Roe)", "Jane Roe"), ("(Jane Roe", "Jane Roe"),
                              ("Jane Roe (", "Jane Roe"), (") Jane Roe", "Jane Roe"), ("[(Jane Roe)]", "Jane Roe"),
                              ("(Jane Roe) (Harbour Trust)", "(Jane Roe) (Harbour Trust)"), ("()", ""), ("Photo: Ola (left) and Kai", "Ola (left) and Kai")] {
            #expect(CreditParser.clean(raw) == credit, "\(raw)")
        }
        #expect(CreditParser.split("The hammock at dusk. Photo: Jane Roe (Harbour Trust)").credit == "Jane Roe (Harbour Trust)")
        #expect(CreditParser.split("The hammock at dusk (Photo: Jane Roe (Harbour Trust))").credit == "Jane Roe (Harbour Trust)")
        #expect(CreditParser.split("The hammock at dusk (Photo: Jane Roe)").credit == "Jane Roe")
    }

    /// A word or two describing the photo before "photo by" ("Staff photo by …", "File photo by
    /// …"): the line is a credit, the line above its caption, the name its credit; a sentence with
    /// the same words is neither.
    @Test func aDescribedPhotoByLineIsACredit() throws {
        #expect(LineRules.isCreditLine("Staff photo by Nadia Pelletier"))
        #expect(CreditParser.clean("File photo by Nadia Pelletier/Coast Daily") == "Nadia Pelletier/Coast Daily")
        #expect(!LineRules.isCreditLine("Family photo by the fireplace."))
        #expect(CreditParser.describedCredit("Holiday photo by the lake") == nil)
        let copy = """
            The Millbrook Ledger
            News
            Library reopens after a year of repairs to its roof
            By Tomas Lindahl
            The Millbrook library reopened on Saturday after a year of repairs to its leaking roof and its reading room.
            Readers returned to the reading room within minutes of the doors opening at nine in the morning.
            Staff photo by Nadia Pelletier
            The branch manager, Ruth Okafor, said the library had lent more than 400 books by noon.
            The town paid for the repairs with a state grant and money left over from a road project.
            © 2026 The Millbrook Ledger
            """
        let article = try ArticleReader(options: ReadOptions(inputKind: .text)).read(Array(copy.utf8))
        #expect(article.figures.map { [$0.caption ?? "", $0.credit ?? ""] }
                == [["Readers returned to the reading room within minutes of the doors opening at nine in the morning.", "Nadia Pelletier"]])
        #expect(!CopyReading.keptLines(article).contains("Staff photo by Nadia Pelletier"))
    }

    /// A credit lead-in that names the credited thing before the credit's mark ("Image credit:",
    /// "Photo /", "Photo ©", "Illustration by", "Photo courtesy of"): a credit line, cleaned to
    /// its name (a courtesy kept as "Courtesy of …"), and the caption above it a figure.
    @Test func aLeadInNamingThePhotoIsACredit() throws {
        for (line, credit) in [("Image credit: Oskar Lind/Fjord Pictures", "Oskar Lind/Fjord Pictures"),
                               ("Photo credit: Oskar Lind", "Oskar Lind"), ("Photo / Oskar Lind", "Oskar Lind"),
                               ("Photo © Oskar Lind", "Oskar Lind"), ("Illustration by Mira Kovač", "Mira Kovač"),
                               ("Photo courtesy of the Lindvik Museum", "Courtesy of the Lindvik Museum")] {
            #expect(LineRules.isCreditLine(line), "\(line)")
            #expect(CreditParser.clean(line) == credit, "\(line)")
        }
        #expect(!LineRules.isCreditLine("Photo courtesy of the museum was the best part of the visit."))
        let copy = """
            The Fjord Courier
            News
            Sport
            Culture
            Weather
            Old boathouse in Lindvik to become a rowing museum
            By Sigrid Aas
            3 December 2026
            The boathouse at Lindvik harbour on Tuesday morning.
            Photo / Oskar Lind
            The old boathouse at Lindvik harbour will become a small museum of rowing boats next summer, the council said on Tuesday.
            The building has stood empty since the rowing club moved to a new hall across the bay in 2019.
            Volunteers have collected eleven boats, the oldest built in 1904, and plan to show them with the club's trophies.
            The council will pay for a new roof and the volunteers will run the museum on weekends.
            © 2026 The Fjord Courier
            """
        let article = try ArticleReader(options: ReadOptions(inputKind: .text)).read(Array(copy.utf8))
        #expect(article.figures.map { [$0.caption ?? "", $0.credit ?? ""] } == [["The boathouse at Lindvik harbour on Tuesday morning.", "Oskar Lind"]])
    }

    /// A credit printed in capitals, the photographer's name and the outlet after a slash ("JANE
    /// ROE / THE DAILY LEDGER"), under its caption: a figure, its credit as printed.
    @Test func aCreditInCapitalsUnderItsCaptionIsAFigure() {
        #expect(PlainTextArticleExtractor.creditAlone("OSKAR LIND / FJORD COURIER") == "OSKAR LIND / FJORD COURIER")
        #expect(PlainTextArticleExtractor.creditAlone("NEWS / SPORT") == nil)
        #expect(PlainTextArticleExtractor.creditAlone("STAFF WRITER / FJORD COURIER") == nil)
    }

    /// A copy with its prose share at the clean-copy bar but a page's menu over its headline is a
    /// whole-page copy: the line model reads it (the menu is not kept, the headline is read).
    @Test func aMenuOverTheHeadlineIsNoCleanCopy() throws {
        let lines = ["Fjord Courier", "News", "Sport", "Culture", "Weather", "Travel", "Podcasts", "Shop",
                     "Old boathouse in Lindvik to become a rowing museum",
                     "The old boathouse at Lindvik harbour will become a museum of rowing boats next summer, the council said.",
                     "The building has stood empty since the rowing club moved to a new hall across the bay in 2019.",
                     "Volunteers have collected eleven boats, the oldest built in 1904, for the museum's first season.",
                     "The council will pay for a new roof and the volunteers will run the museum on weekends.",
                     "Its doors will open on the first Saturday of June, the volunteers said on Tuesday evening.",
                     "Entry will be free for children and members of the rowing club, and five crowns for everyone else.",
                     "The club's oldest trophy, a silver cup from 1911, will stand in the museum's front window.",
                     "The harbour master said the boathouse's slipway would be repaired in the spring as well.",
                     "Volunteers will meet at the boathouse on Thursday to plan the opening weekend."]
        #expect(!PlainTextArticleExtractor.isCleanCopy(ScrapedLines(lines: lines)))
        #expect(PlainTextArticleExtractor.isCleanCopy(ScrapedLines(lines: Array(lines[8...]))))
    }

    @Test func bracketedNameAndAgencyIsACredit() {
        let s = CreditParser.split("Boats on the beach at dawn [Jane Roe/Coast Daily]")
        #expect(s.caption == "Boats on the beach at dawn")
        #expect(s.credit == "Jane Roe/Coast Daily")
    }

    @Test func aBracketedSourceAfterAHeadlineIsNoCredit() {
        #expect(CreditParser.split("Why the ferry stopped running [Bloomberg]").credit == nil)
    }

    @Test func aCreditGluedToTheCaptionsFullStop() {
        let s = CreditParser.split("The hut at the end of the road.Credit...Jane Roe for The Daily")
        #expect(s.caption == "The hut at the end of the road.")
        #expect(s.credit == "Jane Roe for The Daily")
    }

    @Test func agencyNamesAreWholeWords() {
        for line in ["Defensive Line", "United States Department of Labor", "Kansas City Chiefs", "Separate Ways"] {
            #expect(!LineRules.isCreditLine(line), "\(line)")
            #expect(!CreditParser.isCredit(line), "\(line)")
        }
        for line in ["EFE", "Photo by ANSA", "Jane Roe/EPA", "AFP via Getty Images", "iStockphoto", "(Shutterstock)"] {
            #expect(LineRules.isCreditLine(line), "\(line)")
        }
        #expect(CreditParser.split("Fans in the stands at Arrowhead Stadium. Kansas City Chiefs").credit == nil)
        #expect(CreditParser.split("Fans in the stands at Arrowhead Stadium. EPA").credit == "EPA")
    }

    @Test func photographerForTheOutlet() {
        for line in ["Sam Whitaker for NPR", "Teo Lindqvist for The Current", "Mira Castellanos for The New York Times"] {
            #expect(LineRules.isForCredit(line), "\(line)")
        }
        // Title-cased crossheads: "the" in lower case, or too many words after "The".
        for line in ["Strategic Planning for Better Care", "Looking Ahead for the Harbour", "Big Plans for The Town Hall And Its Old Clock Tower"] {
            #expect(!LineRules.isForCredit(line), "\(line)")
        }
    }

    @Test func readingTimeLines() {
        for line in ["4 mins", "3 minute read", "4-Minute Listen", "12 min read"] { #expect(LineRules.isReadingTime(line), "\(line)") }
        for line in ["4 minutes later, the ferry left.", "Minutes of the meeting"] { #expect(!LineRules.isReadingTime(line), "\(line)") }
    }
}
