import Testing
@testable import LedeCore
@testable import LedeExtract

/// Rules written after the eighth round of copies (2026-12-07), each on copies written for these
/// tests: a job title before the byline's name, broadcast bylines ("Hosted by"), a byline above the
/// headline past a portal's stamp lines, a caption whose credit stands alone on the next line,
/// link labels and buttons alone on a line, a box's entries before the article, short islands
/// among furniture.
@Suite struct CopyRoundEightRuleTests {
    static func read(_ text: String) throws -> Article { try CopyReading.article(text) }
    static func kept(_ a: Article) -> [String] { CopyReading.keptLines(a) }

    static let first = "The harbour board voted on Thursday to dredge the inner basin for the first time since 1998, after two fishing boats ran aground at low tide."
    static let second = "The work will take about six weeks and cost the board close to £400,000, which it plans to recover through higher mooring fees."
    static let third = "Skippers said the silt had made the basin unusable for larger boats for two hours either side of low water."

    @Test func aJobTitleBeforeTheNameIsNotPartOfIt() {
        #expect(Byline.split("By Meteorologist Ana Ruiz") == ["Ana Ruiz"])
        #expect(Byline.split("By Chief Economist Tom Hale and Senior Reporter Jo Park") == ["Tom Hale", "Jo Park"])
        #expect(Byline.split("By Horticulturist Mae Lindqvist") == ["Mae Lindqvist"])
        // Two words are the name itself ("Nurse" may be a surname's place here); a lower-case job is no title.
        #expect(Byline.split("By Nurse Jackson") == ["Nurse Jackson"])
        #expect(Byline.split("By Angela Carpenter") == ["Angela Carpenter"])
    }

    @Test func broadcastBylinesAreRead() throws {
        for lead in ["Hosted by", "Presented by", "Reported by"] {
            let a = try Self.read("""
                Why the harbour is being dredged again
                \(lead) Ana Lima
                March 4, 2026
                \(Self.first)
                \(Self.second)
                """)
            #expect(a.authors == ["Ana Lima"], "\(lead)")
            #expect(Self.kept(a) == [Self.first, Self.second], "\(lead)")
        }
    }

    @Test func aBylineAboveTheHeadlineIsReadPastStampLines() throws {
        let a = try Self.read("""
            Home
            News
            Weather
            Sports
            Money
            From
            Harbour Wire
            Story by Ana Lima and Tom Reed
             • 
            4h
             • 
            2 min read
            Harbour board votes to dredge the inner basin
            Like
            Share
            \(Self.first)
            \(Self.second)
            \(Self.third)
            More for You
            Ferry timetable changes for the winter
            Privacy & Cookies
            Terms of use
            """)
        #expect(a.title == "Harbour board votes to dredge the inner basin")
        #expect(a.authors == ["Ana Lima", "Tom Reed"])
    }

    @Test func aCreditAloneInAFormNoAgencyListNames() {
        #expect(PlainTextArticleExtractor.creditAlone("(Jane Roe)") == "Jane Roe")
        #expect(PlainTextArticleExtractor.creditAlone("Jane Roe/Harbour Post") == "Jane Roe/Harbour Post")
        #expect(PlainTextArticleExtractor.creditAlone("© Jane Roe/Harbour Post") == "Jane Roe/Harbour Post")
        #expect(PlainTextArticleExtractor.creditAlone("Jane Roe / The Harbour Post") == "Jane Roe / The Harbour Post")
        for line in ["© 2026 Harbour Media", "Home / News", "(Reporting by Ana Lima)", "Ports/Shipping", "Jane Roe/harbour post",
                     "(Staff Writer)", "News / World / Europe", "and/or"] {
            #expect(PlainTextArticleExtractor.creditAlone(line) == nil, "\(line)")
        }
    }

    @Test func aCaptionWithItsCreditAloneOnTheNextLineIsAFigure() throws {
        for credit in ["(Mira Holt)", "Mira Holt/Harbour Post", "© Mira Holt/Harbour Post"] {
            let a = try Self.read("""
                Harbour board votes to dredge the inner basin
                By Ana Lima
                March 4, 2026
                A dredger waits outside the harbour mouth on Wednesday morning.
                \(credit)
                \(Self.first)
                \(Self.second)
                """)
            #expect(a.figures.map(\.caption) == ["A dredger waits outside the harbour mouth on Wednesday morning."], "\(credit)")
            #expect(a.figures.map(\.credit) == [PlainTextArticleExtractor.creditAlone(credit)], "\(credit)")
            #expect(Self.kept(a) == [Self.first, Self.second], "\(credit)")
        }
    }

    @Test func linkLabelsAndButtonsAloneOnALine() throws {
        #expect(LineRules.furniture("READ MORE")?.0 == .relatedLink)
        #expect(LineRules.furniture("See also:")?.0 == .relatedLink)
        #expect(LineRules.furniture("Continue reading")?.0 == .navigation)
        #expect(LineRules.furniture("Show more ›")?.0 == .navigation)
        #expect(LineRules.furniture("Keep reading the minutes of the meeting") == nil)
        let a = try Self.read("""
            Harbour board votes to dredge the inner basin
            By Ana Lima
            March 4, 2026
            \(Self.first)
            READ MORE
            Ferry timetable changes for the winter months
            Fish market to stay open on Sundays until Easter
            \(Self.second)
            Continue reading
            \(Self.third)
            """)
        #expect(Self.kept(a) == [Self.first, Self.second, Self.third])
    }

    @Test func aBoxsEntriesBeforeTheArticleAreNotItsFirstLines() {
        let copy = ScrapedLines(lines: ["Harbour board votes to dredge the inner basin", "KEY POINTS", "The basin was last dredged in 1998",
                                        "Two boats ran aground this winter", "Work starts in April", Self.first, "In brief:",
                                        "Six weeks of work", Self.second])
        #expect(PlainTextArticleExtractor.isBoxEntry(copy, 2))
        #expect(PlainTextArticleExtractor.isBoxEntry(copy, 4))
        #expect(PlainTextArticleExtractor.isBoxEntry(copy, 7))
        #expect(!PlainTextArticleExtractor.isBoxEntry(copy, 0))
        #expect(!PlainTextArticleExtractor.isBoxEntry(copy, 5))
    }

    @Test func shortIslandsAmongFurnitureAreDropped() {
        let lines = [Self.first, "TODAY", "High 40°", "Low 28°", "FRI", Self.second, "A look back", Self.third, "Sunny", "High 38°", "Rain 60%", "Footer"]
        let copy = ScrapedLines(lines: lines)
        let bodyLines: Set<Int> = [0, 2, 3, 5, 6, 7, 9]
        let p = lines.indices.map { i in
            LineModel.Prediction(kind: bodyLines.contains(i) ? .body : .furniture, probabilities: [], deciding: [])
        }
        #expect(PlainTextArticleExtractor.isShortIsland(p, copy, 2))
        #expect(PlainTextArticleExtractor.isShortIsland(p, copy, 3))
        #expect(PlainTextArticleExtractor.isShortIsland(p, copy, 9))
        // A crosshead runs into the prose under it; a sentence is never an island.
        #expect(!PlainTextArticleExtractor.isShortIsland(p, copy, 6))
        #expect(!PlainTextArticleExtractor.isShortIsland(p, copy, 5))
    }

    @Test func aBylineOpeningOnFromNamesPeopleOnly() throws {
        #expect(PlainTextArticleExtractor.fromByline("From Priya Raman and Tom Reed", "from priya raman and tom reed", words: 6) == ["Priya Raman", "Tom Reed"])
        for line in ["From the archive", "From Our Partners", "From April the ferry runs hourly.", "From Staff Reports"] {
            #expect(PlainTextArticleExtractor.fromByline(line, line.lowercased(), words: line.split(separator: " ").count) == nil, "\(line)")
        }
        let a = try Self.read("""
            Live
            Storm Ada live: ferries cancelled as gusts reach 80mph
            Please turn on JavaScript to see live updates
            From Priya Raman and Tom Reed
            Sun 6 Dec 2026 14.32 GMT
            \(Self.first)
            \(Self.second)
            """)
        #expect(a.title == "Storm Ada live: ferries cancelled as gusts reach 80mph")
        #expect(a.authors == ["Priya Raman", "Tom Reed"])
        #expect(LineRules.furniture("Please turn on JavaScript to see live updates")?.0 == .boilerplate)
    }
}
