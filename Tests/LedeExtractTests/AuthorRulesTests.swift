import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// The author rules, each on a page written for this test.
@Suite struct AuthorRulesTests {
    static func read(_ head: String, _ body: String = "", url: String? = nil) throws -> Article {
        try MetadataTests.read(head, body, url: url)
    }

    @Test func credentialsStayWithTheName() {
        #expect(Byline.split("Tessa Marrow, MS, RD") == ["Tessa Marrow, MS, RD"])
        #expect(Byline.split("Ivo Brandt, Ph.D.") == ["Ivo Brandt, Ph.D."])
        #expect(Byline.split("Carla Nyqvist CPP, PSP") == ["Carla Nyqvist CPP, PSP"])
        // Capitals with no name before them are the name itself.
        #expect(Byline.split("ODILE FERRAND") == ["ODILE FERRAND"])
        #expect(Byline.split("By Ana Lima and Tom Price, Staff Writers") == ["Ana Lima", "Tom Price"])
    }

    /// The outlet a writer works for, printed after the name, is no author and no credential.
    @Test func anOutletAfterTheNameIsDropped() {
        #expect(Byline.split("By Lena Brooks, CNN") == ["Lena Brooks"])
        #expect(Byline.split("By MARTA KOVAC Associated Press") == ["MARTA KOVAC"])
        #expect(Byline.split("By Jane Roe and John Doe, AP") == ["Jane Roe", "John Doe"])
        // An outlet alone is the byline; real letters after a name stay.
        #expect(Byline.split("By Reuters") == ["Reuters"])
        #expect(Byline.split("By Jane Roe, MD") == ["Jane Roe, MD"])
    }

    /// A job printed after a name describes that writer: kept with the name as printed, never a
    /// second author; a generic desk title is still dropped, and a second person still counts.
    @Test func aJobAfterTheNameStaysWithIt() {
        #expect(Byline.split("Nora Vale, Master Gardener & Garden Educator") == ["Nora Vale, Master Gardener & Garden Educator"])
        #expect(Byline.split("By: Ravi Lund, Sr. Director of Operations, Harbor Freight Co - 10+ Years in Shipping")
            == ["Ravi Lund, Sr. Director of Operations, Harbor Freight Co - 10+ Years in Shipping"])
        #expect(Byline.split("Tomas Reyes, Home Safety Expert, Gene Okafor, Locksmith Consultant")
            == ["Tomas Reyes, Home Safety Expert", "Gene Okafor, Locksmith Consultant"])
        #expect(Byline.split("Reviewed by Ada Quill, Trial Attorney at Quill & Quill, on May 2, 2024")
            == ["Ada Quill, Trial Attorney at Quill & Quill"])
        #expect(Byline.split("By Ana Lima and Tom Price, Staff Writers") == ["Ana Lima", "Tom Price"])
        // A trade that is also a surname is a name.
        #expect(Byline.split("Lena Price and Omar Carpenter") == ["Lena Price", "Omar Carpenter"])
        #expect(BylineRole.isRole("Head Winemaker"))
        #expect(!BylineRole.isRole("Gene Okafor"))
        #expect(VisibleByline.looksLikeName("Ada Quill, Trial Attorney at Quill & Quill"))
    }

    /// A summary that opens with the byline names the writer when nothing else does; the dateline
    /// after the name is no part of it, and a sentence opening with "By" names nobody.
    @Test func aBylineOpeningTheSummary() throws {
        #expect(DescriptionByline.name(in: "By Md Rafiq Uddin  KHULNA, Dec 20, 2025 (BSS) - Farmers met") == "Md Rafiq Uddin")
        #expect(DescriptionByline.name(in: "By Lena Brooks, staff reporter. The council met") == "Lena Brooks")
        #expect(DescriptionByline.name(in: "By the end of the year, prices rose") == nil)
        #expect(DescriptionByline.name(in: "By Train Across The Northern Coast Of Wales And Back") == nil)
        let a = try Self.read("<meta name=\"description\" content=\"By Md Rafiq Uddin  KHULNA, Dec 20, 2025 (BSS) - Farmers met on Friday.\">",
                              "<h1>Farmers meet in Khulna</h1><p>Farmers met on Friday to plan the season.</p>")
        #expect(a.authors == ["Md Rafiq Uddin"])
    }

    /// Scholarly tags name one person each, family name first.
    @Test func citationAuthorsFamilyNameFirst() throws {
        #expect(Byline.familyFirst("Quill, Ada M.") == "Ada M. Quill")
        #expect(Byline.familyFirst("Ada Quill, MD") == nil)
        #expect(Byline.familyFirst("Ada Quill, Trial Attorney") == nil)
        let a = try Self.read("<meta name=\"citation_author\" content=\"Okafor, Gene\"><meta name=\"citation_author\" content=\"van Dijk, Lotte\">",
                              "<h1>Merging models under constraints</h1><p>We study how to merge two models.</p>")
        #expect(a.authors == ["Gene Okafor", "Lotte van Dijk"])
    }

    /// Labels with a colon and the "Last updated" after a name are no part of it.
    @Test func labelsAroundTheNameAreDropped() {
        #expect(Byline.split("Written By: Ada Quill") == ["Ada Quill"])
        #expect(Byline.split("Article by: Gene Okafor") == ["Gene Okafor"])
        #expect(Byline.split("Ada Quill Last updated May 2, 2025") == ["Ada Quill"])
        #expect(Byline.split("About the Author").isEmpty)
    }

    @Test func aLabelAloneNamesNobody() {
        #expect(Byline.split("WRITTEN BY").isEmpty)
        #expect(Byline.split("By").isEmpty)
    }

    @Test func theStaysInATeamName() {
        #expect(Byline.split("The Harbour Desk Team") == ["The Harbour Desk Team"])
        #expect(Byline.split("Senior Reporter Jane Roe") == ["Jane Roe"])
    }

    @Test func firstPartThatNamesSomeone() {
        #expect(Byline.split("Mar. 3, 2025 · Ines Okafor on behalf of the board") == ["Ines Okafor"])
        #expect(Byline.split("Jane Roe | Staff Writer") == ["Jane Roe"])
    }

    @Test func declaredHandleIsKeptWhenThePagePrintsNoName() throws {
        let a = try Self.read("<meta name=\"author\" content=\"kvoss_writes\">")
        #expect(a.authors == ["kvoss_writes"])
        // A handle in visible text alone is not taken for a name.
        #expect(Byline.split("kvoss_writes").isEmpty)
    }

    @Test func printedBylineBeatsADeclaredHandle() throws {
        let a = try Self.read("<meta name=\"author\" content=\"kvoss_writes\">",
                              "<h1>Harbour dredging starts in May</h1><div class=\"byline\">By Kira Voss</div>")
        #expect(a.authors == ["Kira Voss"])
    }

    @Test func declaredDeskIsKept() throws {
        let a = try Self.read("<meta name=\"author\" content=\"News Desk\">")
        #expect(a.authors == ["News Desk"])
    }

    @Test func siteNamedAsAnAuthorIsAnAffiliation() throws {
        let ld = """
        <meta property="og:site_name" content="Port Avery Evening Courier">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry fares to rise",
        "author":{"@type":"Person","name":"Lena Ortiz and Sam Wu, The Evening Courier"}}</script>
        """
        let a = try Self.read(ld)
        #expect(a.authors == ["Lena Ortiz", "Sam Wu"])
    }

    @Test func siteAsSoleAuthorGivesWayToAPrintedByline() throws {
        let head = "<meta property=\"og:site_name\" content=\"Avery Health\"><meta name=\"author\" content=\"Avery Health\">"
        let a = try Self.read(head, "<h1>Five ways to sleep better tonight</h1><p class=\"meta\">By Nadia Herrle</p>")
        #expect(a.authors == ["Nadia Herrle"])
    }

    @Test func byLineBelowTheHeadlineWithoutClassOrLink() throws {
        let body = "<h1>Harbour dredging starts in May</h1><p>By\n <a href=\"/contributor/o-pell\">O. J. Pell</a> <a href=\"/print\">View the print edition</a></p>"
        let a = try Self.read("", body)
        #expect(a.authors == ["O. J. Pell"])
    }

    @Test func byLabelThenNameInTheNextElement() throws {
        let body = "<h1>Harbour dredging starts in May</h1><div><span>by </span><p><a href=\"/people/rb\">Rosa Bell</a></p></div>"
        let a = try Self.read("", body)
        #expect(a.authors == ["Rosa Bell"])
    }

    @Test func writtenByInAnAuthorBoxFarBelow() throws {
        let filler = String(repeating: "<p>More notes on the tides and the dredger's slow work along the quay.</p>", count: 150)
        let body = "<h1>Harbour dredging starts in May</h1>\(filler)<div class=\"box\"><h3>Written by Petra Lund</h3><p>Petra covers the port.</p></div>"
        let a = try Self.read("", body)
        #expect(a.authors == ["Petra Lund"])
    }

    @Test func twitterLabelAndData() throws {
        let head = "<meta name=\"twitter:label1\" content=\"Written by\"><meta name=\"twitter:data1\" content=\"Milo Hart\">"
        let a = try Self.read(head)
        #expect(a.authors == ["Milo Hart"])
    }

    @Test func personalSiteOwner() throws {
        let head = "<title>Notes on tide tables | Tamsin Vale</title><link rel=\"canonical\" href=\"https://tamsinvale.net/notes/tides\">"
        let a = try Self.read(head, "<h1>Notes on tide tables</h1>")
        #expect(a.authors == ["Tamsin Vale"])
        // The same name on a host that does not spell it is not taken as the author.
        let other = try Self.read("<title>Notes on tide tables | Tamsin Vale</title><link rel=\"canonical\" href=\"https://tidewatch.example/notes\">",
                                  "<h1>Notes on tide tables</h1>")
        #expect(other.authors.isEmpty)
    }

    @Test func copyrightLineNamesTheOwner() throws {
        let a = try Self.read("<link rel=\"canonical\" href=\"https://brunoakers.dev/post/x\">",
                              "<h1>Why I moved my blog</h1><footer>© 2025 Bruno Akers. All rights reserved.</footer>")
        #expect(a.authors == ["Bruno Akers"])
    }

    @Test func declaredNamesThatOpenWithAFigureOrEndInOn() {
        #expect(Byline.split("42 Harbour Lane", declared: true) == ["42 Harbour Lane"])
        #expect(Byline.split("Tideline On", declared: true) == ["Tideline On"])
        #expect(Byline.split("Jane Roe on May 2, 2025") == ["Jane Roe"])
        // In visible text a leading figure is a count or a date, not a name.
        #expect(Byline.split("42 Harbour Lane").isEmpty)
    }

    @Test func declaredTwoWordTitleIsKeptWhole() {
        #expect(Byline.split("Staff Counsellor", declared: true) == ["Staff Counsellor"])
        #expect(Byline.split("Staff Writer Ana Lima", declared: true) == ["Ana Lima"])
    }

    @Test func teamNameWithALowerCaseThe() throws {
        let a = try Self.read("", "<h1>Harbour dredging starts in May</h1><span class=\"hero__author\">By the Harbour Desk</span>")
        #expect(a.authors == ["the Harbour Desk"])
    }

    @Test func authorBoxNamesThePersonWhenTheSiteIsTheOnlyAuthor() throws {
        let head = "<meta property=\"og:site_name\" content=\"Avery Health\"><meta name=\"author\" content=\"Avery Health\">"
        let body = "<h1>Five ways to sleep better tonight</h1><div class=\"post-author-box\"><a href=\"#\">Open Menu</a><div>Nadia Herrle</div><p>Nadia writes about sleep.</p></div>"
        let a = try Self.read(head, body)
        #expect(a.authors == ["Nadia Herrle"])
    }

    @Test func authorBoxIsNotReadOverADeclaredPerson() throws {
        let body = "<h1>Five ways to sleep better tonight</h1><div class=\"author-card\"><div>Nadia Herrle</div></div>"
        let a = try Self.read("<meta name=\"author\" content=\"Tom Price\">", body)
        #expect(a.authors == ["Tom Price"])
    }
}
