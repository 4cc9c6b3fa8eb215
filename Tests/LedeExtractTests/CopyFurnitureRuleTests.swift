import Testing
@testable import LedeCore
@testable import LedeExtract

/// Rules of the plain-text path for furniture that house styles share: a dateline on its own
/// line, screen-reader list labels, contributor notes, "for" photo credits, a photo printed twice,
/// a caption with a short credit in brackets, labels a text browser glued to the next word, and a
/// name printed alone beside the date. Copies written for these tests.
@Suite struct CopyFurnitureRuleTests {
    static func read(_ text: String) throws -> Article { try CopyReading.article(text) }
    static func paragraphs(_ a: Article) -> [String] { CopyReading.paragraphs(a) }

    static let first = "The county opened a second cooling centre on Monday as temperatures stayed above thirty degrees for a fifth day."
    static let second = "Volunteers handed out water at bus stops, and the library extended its hours until ten at night."

    @Test func datelineAloneIsFurniture() {
        #expect(LineRules.isDatelineAlone("CNN —"))
        #expect(LineRules.isDatelineAlone("WASHINGTON –"))
        #expect(LineRules.isDatelineAlone("PORT AVERY, Maine -"))
        #expect(!LineRules.isDatelineAlone("and then it rained —"))
        #expect(!LineRules.isDatelineAlone("The council said it would vote again next week on the plan —"))
        #expect(!LineRules.isDatelineAlone("CNN"))
    }

    /// Seventh round: a live blog's entry times, a gallery's counters, reading times and link
    /// lead-ins in other languages.
    @Test func timeStampsAndGalleryCountersAreFurniture() {
        for line in ["14.32 GMT", "Updated at 12.25 GMT", "10:45 a.m. ET", "9:14pm", "14h32", "Posted 07:02 EDT", "14:32 Uhr"] {
            #expect(LineRules.isTimeStamp(line), "\(line)")
        }
        for line in ["At 9.30 the doors opened.", "Updated at noon", "The 10:45 train was late", "3.14 GMT 4.15 GMT"] {
            #expect(!LineRules.isTimeStamp(line), "\(line)")
        }
        for line in ["1 of 4", "Image 2 of 12", "3/8", "Foto 1 von 5"] { #expect(LineRules.isGalleryCounter(line), "\(line)") }
        for line in ["1 of 4 residents agreed", "One of four", "2026/27", "1 of 4000"] { #expect(!LineRules.isGalleryCounter(line), "\(line)") }
        for line in ["Lecture 3 min.", "Lesezeit 3 Min.", "Reading time: 4 min", "Tiempo de lectura: 5 min"] {
            #expect(LineRules.isReadingTime(line), "\(line)")
        }
        #expect(!LineRules.isReadingTime("Lecture 3 was cancelled"))
        for line in ["Also Read | Police announce diversions for the half marathon", "Lire aussi | Lyon accélère le chantier",
                     "Mehr zum Thema", "Leggi anche: il porto riapre"] {
            #expect(LineRules.furniture(line)?.0 == .relatedLink, "\(line)")
        }
        #expect(LineRules.furniture("Also read the council's full report, which runs to 300 pages.") == nil)
    }

    @Test func aGalleryKeepsItsCaptionsAsFiguresAndItsCountersOut() throws {
        let a = try Self.read("""
            Lantern parade returns to the riverside after seven years
            By Dana Whitfield
            PUBLISHED: December 5, 2026 at 9:14 p.m.
            \(Self.first)
            1 of 2
            Children carry paper lanterns along the towpath during the parade on Saturday.
            (Photo by Marco Ruiz/Millbrook Post)
            2 of 2
            \(Self.second)
            """)
        #expect(Self.paragraphs(a) == [Self.first, Self.second])
        #expect(a.published == "2026-12-05")
        #expect(a.figures.map(\.credit) == ["Marco Ruiz/Millbrook Post"])
        #expect(a.removed.contains { $0.text == "2 of 2" && $0.detail?.hasSuffix("a photo gallery's counter") == true })
    }

    @Test func listLabelsAreFurniture() {
        #expect(LineRules.isListLabel("list of 3 items"))
        #expect(LineRules.isListLabel("list 2 of 3"))
        #expect(!LineRules.isListLabel("list of demands"))
        #expect(!LineRules.isListLabel("a list of 3 items"))
        #expect(Boilerplate.reason(for: "end of list") == .navigation)
    }

    @Test func forCredits() {
        #expect(LineRules.isCreditLine("Lea Brandt for NPR"))
        #expect(LineRules.isCreditLine("Sam Okafor for VPR"))
        #expect(!LineRules.isCreditLine("Votes for Women"))
        #expect(!LineRules.isCreditLine("Strategic Planning for Better Care"))
        #expect(!LineRules.isCreditLine("Short Term Check-ups for Your Vehicle"))
        #expect(!LineRules.isCreditLine("The council voted for the plan on Monday"))
    }

    @Test func contributorNotesAndSyndicationLinesGo() throws {
        let a = try Self.read("""
            Cooling centres open as heat wave lingers
            \(Self.first)
            \(Self.second)
            Ana Lima contributed to this report.
            Read the original article on The Valley Times.
            """)
        #expect(Self.paragraphs(a) == [Self.first, Self.second])
        #expect(a.removed.contains { $0.text == "Ana Lima contributed to this report." })
    }

    @Test func signUpSmallPrintIsAPromo() {
        #expect(LineRules.furniture("We send one email a week with the county's news. You can unsubscribe at any time, and we never share your address with anyone else.")?.0 == .promo)
        #expect(LineRules.furniture("Members who want to leave can do so at any time, the club's rules say.") == nil)
    }

    @Test func aPhotoPrintedTwiceIsOneFigure() throws {
        let caption = "Residents rest in the cooling centre at the Elm Street library on Monday."
        let a = try Self.read("""
            Cooling centres open as heat wave lingers
            \(caption)
            Sam Okafor for VPR
            hide caption
            toggle caption
            Sam Okafor for VPR
            \(caption)
            Sam Okafor for VPR
            \(Self.first)
            \(Self.second)
            """)
        #expect(a.figures.count == 1)
        #expect(a.figures.first?.caption == caption)
        #expect(a.figures.first?.credit == "Sam Okafor for VPR")
        #expect(Self.paragraphs(a) == [Self.first, Self.second])
    }

    @Test func photosOfOneGallerySharingACaptionStay() throws {
        let caption = "Residents rest in the cooling centre at the Elm Street library on Monday."
        let a = try Self.read("""
            Cooling centres open as heat wave lingers
            \(caption)
            (Photo: Sam Okafor/Valley Times)
            \(Self.first)
            \(caption)
            (Photo: Sam Okafor/Valley Times)
            \(Self.second)
            """)
        #expect(a.figures.count == 2)
    }

    @Test func captionWithAShortCreditInBrackets() {
        let split = PlainTextArticleExtractor.captionWithShortCredit("Water covers Elm Street after the storm. (KVAL 4)", words: 8)
        #expect(split?.0 == "Water covers Elm Street after the storm.")
        #expect(split?.1 == "KVAL 4")
        // Not a sentence before the brackets, or a long aside in them.
        #expect(PlainTextArticleExtractor.captionWithShortCredit("Water covers Elm Street (KVAL 4)", words: 6) == nil)
        #expect(PlainTextArticleExtractor.captionWithShortCredit("The storm passed. (It came back on Friday night after dark.)", words: 11) == nil)
    }

    @Test func gluedLabelsInTheHeader() throws {
        #expect(PlainTextArticleExtractor.unglued("ByAna Lima, Staff Reporter") == "By Ana Lima, Staff Reporter")
        #expect(PlainTextArticleExtractor.unglued("Bylines") == "Bylines")
        #expect(PlainTextArticleExtractor.unglued("10:05, 3 May 2026Updated11:20, 4 May 2026") == "10:05, 3 May 2026 Updated 11:20, 4 May 2026")
        let a = try Self.read("""
            Cooling centres open as heat wave lingers
            ByAna Lima, Staff Reporter
            10:05, 3 May 2026Updated11:20, 4 May 2026
            \(Self.first)
            \(Self.second)
            """)
        #expect(a.authors == ["Ana Lima"])
        #expect(a.published == "2026-05-03")
        #expect(a.modified == "2026-05-04")
        #expect(Self.paragraphs(a) == [Self.first, Self.second])
    }

    /// Letters whose lower case is longer or shorter than they are ("İ", "ẞ", "ﬁ") before the
    /// update word: the dates are still read from the line as printed.
    @Test func dateLinesWithLettersThatChangeLengthInLowerCase() throws {
        let a = try Self.read("""
            Cooling centres open as heat wave lingers
            İSTANBUL ẞ ﬁ 3 May 2026 UPDATED 4 May 2026
            \(Self.first)
            \(Self.second)
            """)
        #expect(a.published == "2026-05-03")
        #expect(a.modified == "2026-05-04")
        #expect(Self.paragraphs(a) == [Self.first, Self.second])
    }

    @Test func aNameAloneBesideTheDateIsTheByline() throws {
        let a = try Self.read("""
            Cooling centres open as heat wave lingers
            Ana Lima
            May 3, 2026
            \(Self.first)
            \(Self.second)
            """)
        #expect(a.authors == ["Ana Lima"])
        #expect(a.published == "2026-05-03")
        // A section label beside the date is no byline.
        let b = try Self.read("""
            Cooling centres open as heat wave lingers
            Climate Desk
            May 3, 2026
            \(Self.first)
            """)
        #expect(b.authors.isEmpty)
    }

    @Test func aParagraphAboveTheBylineIsTheStandfirst() throws {
        let dek = "The county has opened a second centre as the heat is forecast to last into next week."
        let a = try Self.read("""
            Home
            News
            Weather
            Cooling centres open as heat wave lingers
            \(dek)
            Ana Lima
            07/18/2026July 18, 2026
            \(Self.first)
            \(Self.second)
            Contact us
            """)
        #expect(a.subtitle == dek)
        #expect(a.authors == ["Ana Lima"])
        #expect(a.published == "2026-07-18")
        #expect(Self.paragraphs(a) == [Self.first, Self.second])
        #expect(a.removed.contains { $0.text == dek && $0.detail?.contains("standfirst") == true })
    }

    /// A headline may hold a word of page furniture ("save", "home"); a menu strip holds several.
    @Test func aHeadlineWithAFurnitureWordIsStillSignedByItsByline() throws {
        let a = try Self.read("""
            Contact Us Careers About Sign In Subscribe
            Saturday, July 18, 2026
            Home
            News
            Weather
            Energy
            Will a smart thermostat really save you money this winter?
            By Ana Lima
            \(Self.first)
            \(Self.second)
            """)
        #expect(a.title == "Will a smart thermostat really save you money this winter?")
        #expect(a.authors == ["Ana Lima"])
        let copy = ScrapedLines("Contact Us Careers About Sign In Subscribe\nShare this story\nWill a smart thermostat really save you money this winter?")
        #expect(PlainTextArticleExtractor.isWidgetOrMenu(copy, 0))
        #expect(PlainTextArticleExtractor.isWidgetOrMenu(copy, 1))
        #expect(!PlainTextArticleExtractor.isWidgetOrMenu(copy, 2))
    }

    @Test func theHeadlineIsTheLineItsBylineFollows() throws {
        let a = try Self.read("""
            Home
            News
            Weather
            Key points:
            Two centres are now open in the county
            Buses to both are free until Sunday
            Cooling centres open as heat wave lingers
            By Ana Lima
            \(Self.first)
            \(Self.second)
            Contact us
            """)
        #expect(a.title == "Cooling centres open as heat wave lingers")
        #expect(a.authors == ["Ana Lima"])
    }

    @Test func aBracketedCreditWithOutletAndName() {
        let split = PlainTextArticleExtractor.captionWithShortCredit("Water covers Elm Street after the storm. (Valley News: Ana Lima)", words: 10)
        #expect(split?.1 == "Valley News: Ana Lima")
        #expect(PlainTextArticleExtractor.captionWithShortCredit("Water covers Elm Street after the storm. (Valley News Ana Lima Tom Reed)", words: 12) == nil)
    }
}

/// A copy printed as Markdown (html2text, reader services): the headline and headings are read
/// without their marks. Before, html2text's dumps of the WCXB pages gave 5 of 359 right titles
/// (all kept their "# ").
@Suite struct MarkdownMarksTests {
    @Test func headingBoldAndEscapeMarksAreDropped() {
        #expect(MarkdownMarks.plain("# Storm closes the ferry") == "Storm closes the ferry")
        #expect(MarkdownMarks.plain("##  Storm closes the ferry ##") == "Storm closes the ferry")
        #expect(MarkdownMarks.plain("**By Jane Roe**") == "By Jane Roe")
        #expect(MarkdownMarks.plain("\\+ Follow") == "+ Follow")
        #expect(MarkdownMarks.plain("The #1 seed lost.") == "The #1 seed lost.")
        #expect(MarkdownMarks.plain("#hashtag") == "#hashtag")
        #expect(MarkdownMarks.plain("Footnote ** here") == "Footnote ** here")
    }

    @Test func aMarkdownCopyHasItsHeadlineAndBylineRead() throws {
        let a = try ArticleReader(options: ReadOptions(inputKind: .text)).read(Array("""
            # Harbour ferry returns after twelve years

            **By Ana Lima**

            The night ferry between Port Avery and the islands sailed again on **Friday**, twelve years after the last crossing was cancelled.

            ## Bookings are already strong

            The crossing will run twice a week until the spring, and daily from May if bookings hold up.
            """.utf8))
        #expect(a.title == "Harbour ferry returns after twelve years")
        #expect(a.authors == ["Ana Lima"])
        #expect(a.blocks.first == .paragraph("The night ferry between Port Avery and the islands sailed again on Friday, twelve years after the last crossing was cancelled."))
        #expect(a.blocks.contains(.heading(level: 2, text: "Bookings are already strong")))
    }
}
