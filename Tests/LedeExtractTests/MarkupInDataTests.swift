import Testing
@testable import LedeCore
@testable import LedeExtract

/// Markup-like text inside a script's data (JSON-LD strings, code) never cuts the page: the byte
/// pre-pass skips a script body to its real end, as the HTML tokenizer does.
@Suite struct MarkupInDataTests {
    static let story = """
        <article><h1>Harbour wall repairs begin after winter storms</h1>
        <p>Work crews started rebuilding the north harbour wall on Monday, three months after a storm surge tore a gap in it and flooded the fish market.</p>
        <p>The council expects the repairs to take most of the summer and has moved the weekly market to the old bus depot until the wall is finished.</p>
        <p>Fishers said the temporary site was further from the boats but better than losing a season of sales while the builders worked.</p>
        </article>
        """

    static func page(headScript: String) -> [UInt8] {
        Array("<html><head><title>Harbour wall repairs begin</title>\(headScript)</head><body>\(story)<footer>Contact us</footer></body></html>".utf8)
    }

    static func jsonLD(description: String) -> String {
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Harbour wall repairs begin after winter storms\",\"author\":{\"name\":\"Mira Castell\"},\"description\":\"\(description)\"}</script>"
    }

    @Test(arguments: [
        "Inline icons look like <svg viewBox='0 0 10 10'> in the feed",
        "Style sheets start with <style> and end later",
        "Never write <script> in a comment field",
        "An HTML comment opens with <!-- and the page goes on",
        "<!-- an opened comment that never closes",
        "A closing tag written as </scripts> or </script-x is not the end",
    ])
    func markupInJSONLDStringKeepsTheArticle(description: String) throws {
        let article = try ArticleReader().read(Self.page(headScript: Self.jsonLD(description: description)))
        #expect(article.bodyText.contains("north harbour wall"))
        #expect(article.bodyText.contains("better than losing a season"))
        #expect(article.title == "Harbour wall repairs begin after winter storms")
        #expect(article.authors == ["Mira Castell"])
    }

    @Test func markupInOrdinaryScriptKeepsTheArticle() throws {
        let script = "<script>var tpl = '<svg><style>.a{}</style><!-- x'; if (a </scriptx) {}</script>"
        let article = try ArticleReader().read(Self.page(headScript: script))
        #expect(article.bodyText.contains("north harbour wall"))
        #expect(!article.bodyText.contains("var tpl"))
    }

    @Test func scriptEndTagIsCaselessAndMayHaveSpaceOrSlash() {
        var count = 0
        for end in ["</SCRIPT>", "</script >", "</Script\n>", "</script/>"] {
            let bytes = Array("<p>a</p><script>var x = 1;\(end)<p>kept</p>".utf8)
            let out = String(decoding: MarkupPrefilter.strip(bytes, jsonLDScripts: &count), as: UTF8.self)
            #expect(out.contains("<p>kept</p>"), "end tag \(end)")
            #expect(!out.contains("var x"), "end tag \(end)")
        }
    }

    @Test func jsonLDBodyIsNotScannedForTags() {
        var count = 0
        let bytes = Array("<script type=\"application/ld+json\">{\"a\":\"<!-- <style>\"}</script><p>after</p><style>p{}</style>".utf8)
        let out = String(decoding: MarkupPrefilter.strip(bytes, jsonLDScripts: &count), as: UTF8.self)
        #expect(count == 1)
        #expect(out.contains("{\"a\":\"<!-- <style>\"}"))
        #expect(out.contains("<p>after</p>"))
        #expect(!out.contains("p{}"))
    }
}

extension MarkupInDataTests {
    @Test func closingTagTextInJSONLDIsEscapedForTheParser() {
        var count = 0
        let bytes = Array("<script type=\"application/ld+json\">{\"a\":\"x </script-y z\"}</script><p>after</p>".utf8)
        let out = String(decoding: MarkupPrefilter.strip(bytes, jsonLDScripts: &count), as: UTF8.self)
        #expect(out.contains("{\"a\":\"x <\\/script-y z\"}</script>"))
        #expect(out.contains("<p>after</p>"))
    }
}

extension MarkupInDataTests {
    /// A type's case is not its meaning: "application/LD+JSON" is JSON-LD as "application/ld+json" is
    /// (the pre-pass sought the lower-case "l" only and emptied such a script as code).
    @Test(arguments: ["application/LD+JSON", "Application/Ld+Json", "application/ld+JSON"])
    func jsonLDTypeInAnyCaseIsKept(type: String) throws {
        var count = 0
        let script = "<script type=\"\(type)\">{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Mira Castell\"}}</script>"
        let out = String(decoding: MarkupPrefilter.strip(Array("\(script)<p>after</p>".utf8), jsonLDScripts: &count), as: UTF8.self)
        #expect(count == 1)
        #expect(out.contains("Mira Castell"))
        let article = try ArticleReader().read(Self.page(headScript: script))
        #expect(article.authors == ["Mira Castell"])
    }

    /// A byte that only looks like a letter of the end tag once 0x20 is added to it (0x0F and "/")
    /// does not end a script.
    @Test func onlyLettersAreFoldedInTheEndTag() {
        var count = 0
        let bytes = Array("<script>var x = '<\u{0F}script>';</script><p>kept</p>".utf8)
        let out = String(decoding: MarkupPrefilter.strip(bytes, jsonLDScripts: &count), as: UTF8.self)
        #expect(out.contains("<p>kept</p>"))
        // Ended at the false tag, the script's rest ("';") would be left as the page's text.
        #expect(!out.contains("var x") && !out.contains("';"))
    }
}
