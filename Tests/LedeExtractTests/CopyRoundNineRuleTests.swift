import Testing
@testable import LedeCore
@testable import LedeExtract

/// Rules written after the ninth round of copies (2026-12-07), each on copies written for these
/// tests: a header field printed as its label over its value, a byline that is a name and a job
/// beside the date.
@Suite struct CopyRoundNineRuleTests {
    static func read(_ text: String) throws -> Article { try CopyReading.article(text) }
    static func kept(_ a: Article) -> [String] { CopyReading.keptLines(a) }

    static let first = "The parish council agreed on Monday to reopen the village hall's kitchen to groups that cook for older residents, after a two-year closure for repairs."
    static let second = "Volunteers from three lunch clubs will share the kitchen on weekdays, and a rota will be drawn up before the spring term."
    static let third = "The repairs cost about £26,000, most of it from a county grant for community buildings."

    @Test func aHeaderFieldPrintedOverItsValueIsRead() throws {
        let a = try Self.read("""
            Skip to main content
            Westmere Parish Council
            News
            Village hall kitchen to reopen for lunch clubs
            Older residents will again be served hot meals in the hall from February.
            From:
            Clerk to the Council, Westmere Parish Council
            Published
            14 January 2027
            \(Self.first)
            \(Self.second)
            \(Self.third)
            Contact us
            """)
        #expect(a.title == "Village hall kitchen to reopen for lunch clubs")
        #expect(a.published == "2027-01-14")
        #expect(a.authors.isEmpty)
        #expect(a.subtitle == "Older residents will again be served hot meals in the hall from February.")
        #expect(Self.kept(a) == [Self.first, Self.second, Self.third])
    }

    @Test func fieldLabelsNeedAShortValueThatIsNoSentence() {
        // A label over a sentence is a paragraph's lead, not a field.
        let copy = ScrapedLines("Summary:\nThe parish council agreed to reopen the kitchen.\nFrom:\nClerk to the Council\nShare:\nFacebook\nIn 2026:\nnothing\nTopic:\nSign up for our newsletter")
        #expect(PlainTextArticleExtractor.fieldLabel(copy, 0) == nil)
        #expect(PlainTextArticleExtractor.fieldLabel(copy, 2) == "From")
        #expect(PlainTextArticleExtractor.fieldLabel(copy, 4) == "Share")  // a share widget: furniture either way
        #expect(PlainTextArticleExtractor.fieldLabel(copy, 6) == nil)  // a figure in the label
        #expect(PlainTextArticleExtractor.fieldLabel(copy, 8) == nil)  // the value is furniture
    }

    @Test func aNameWithAJobBesideTheDateIsTheByline() throws {
        let a = try Self.read("""
            Home
            Equipment
            Village halls get their kitchens back
            Grants cover most of the cost of repairs, but volunteers are harder to find
            Dorota Keane, Senior Editor
            January 14, 2027
            Share
            \(Self.first)
            \(Self.second)
            \(Self.third)
            """)
        #expect(a.title == "Village halls get their kitchens back")
        #expect(a.authors == ["Dorota Keane"])
        #expect(a.published == "2027-01-14")
        #expect(Self.kept(a) == [Self.first, Self.second, Self.third])
    }

    @Test func aCategoryListBesideTheDateNamesNobody() {
        let copy = ScrapedLines("January 14, 2027\nIdle Notes, Technology\nDorota Keane, Rural Affairs Reporter\nJanuary 14, 2027\nKeane, Reporter\nJanuary 14, 2027")
        #expect(PlainTextArticleExtractor.nameWithRoleBesideDate(copy, 1) == nil)
        #expect(PlainTextArticleExtractor.nameWithRoleBesideDate(copy, 2) == "Dorota Keane")
        #expect(PlainTextArticleExtractor.nameWithRoleBesideDate(copy, 4) == nil)  // one word is no name
    }

    @Test func aRankedListOfOtherStoriesIsNotTheArticle() throws {
        let a = try Self.read("""
            Village hall kitchen to reopen for lunch clubs
            By Dorota Keane
            January 14, 2027
            \(Self.first)
            \(Self.second)
            \(Self.third)
            Most Read
            1
            Bypass plans go back to the drawing board
            Engineers say the preferred route crosses a flood plain and must be redrawn.
            2
            School choir wins regional final
            3
            Bus timetable changes from Monday
            Two evening services on the coast road will be withdrawn.
            """)
        #expect(Self.kept(a) == [Self.first, Self.second, Self.third])
        // A single bare number, or numbers that do not count up, mark no list.
        let copy = ScrapedLines("1\nThe first step is to clear the hall.\n3\nThen the kitchen.\n7")
        #expect(!RankedLists.entries(copy).contains(true))
    }

    @Test func thePublishersPitchIsNotTheArticle() {
        #expect(ReaderPitch.isPitch("We are an independent newsroom. If you value reporting like this, become a member today."))
        #expect(ReaderPitch.isPitch("Want the week's council news in one place? Sign up for our Friday newsletter."))
        #expect(ReaderPitch.isPitch("Listen to our weekly podcast for more from the valley."))
        // Instructions in a how-to name the thing to work on; a quoted speaker may plead.
        #expect(!ReaderPitch.isPitch("Join the two boards with wood glue and clamp them overnight."))
        #expect(!ReaderPitch.isPitch("\"Support us, and we will keep the kitchen open,\" the club's chair told the council."))
        #expect(!ReaderPitch.isPitch("Volunteers who want to join the rota can sign up at the hall on Saturday mornings."))
    }

    @Test func contactDetailsAndTheHeadingOverThemAreNotTheArticle() throws {
        let a = try Self.read("""
            Village hall kitchen to reopen for lunch clubs
            By Dorota Keane
            January 14, 2027
            \(Self.first)
            \(Self.second)
            \(Self.third)
            Notes for editors
            For interviews, email the clerk at clerk@westmere-parish.example.org or call the parish office.
            """)
        #expect(Self.kept(a) == [Self.first, Self.second, Self.third])
        #expect(!PlainTextArticleExtractor.givesEmailAddress("Follow @westmereparish for updates."))
        #expect(!PlainTextArticleExtractor.givesEmailAddress(#"{"name":"Jo","email":"jo@example.org"}"#))
    }

    @Test func aBylineNamingTheKindOfPieceIsRead() {
        var a = Article(url: nil)
        #expect(PlainTextArticleExtractor.readHeaderLine("Video report by Ana Lima", "video report by ana lima", words: 5, into: &a) != nil)
        #expect(a.authors == ["Ana Lima"])
        var b = Article(url: nil)
        #expect(PlainTextArticleExtractor.readHeaderLine("Photographs by Ana Lima", "photographs by ana lima", words: 4, into: &b) == nil)
        #expect(PlainTextArticleExtractor.readHeaderLine("Sponsored by Acme Mills", "sponsored by acme mills", words: 4, into: &b) == nil)
        #expect(b.authors.isEmpty)
    }

    @Test func aHeadlineOfTwoSentencesOverItsBylineIsTheHeadline() throws {
        let a = try Self.read("""
            Westmere Parish News
            Community news for the Westmere valley
            Donate
            Newsletters
            Community
            The hall's kitchen reopens. Nobody has booked it yet.
            by Dorota Keane
            January 14, 2027
            \(Self.first)
            \(Self.second)
            \(Self.third)
            """)
        #expect(a.title == "The hall's kitchen reopens. Nobody has booked it yet.")
        #expect(a.authors == ["Dorota Keane"])
    }
}
