import Testing
@testable import LedeCore
@testable import LedeExtract

/// A `<figure>` that holds a `<blockquote>` (a testimonial beside the speaker's head shot, a
/// pull quote) is read as the quotation and its attribution, not as a photo with a caption.
/// The page is written for this test.
@Suite struct QuoteFigureTests {
    static let paragraphs = [
        "The harbour board voted on Tuesday to rebuild the north pier, which storms have closed twice since the spring.",
        "Work starts in March and should take eighteen months, during which the ferry will berth at the old fish quay.",
        "Fishermen asked the board to keep a slipway open through the works so that the smaller boats can still land.",
    ]

    @Test func aQuotationFigureKeepsItsWordsAndItsSpeaker() throws {
        let portrait = "<div class=\"quote-avatar\"><img src=\"/img/ines-varga.jpg\" width=\"80\" alt=\"\"></div>"
        let quote = "<figure class=\"quote\">" + portrait + "<div class=\"quote-body\"><blockquote><p>We cannot run a ferry from a pier that"
            + " the sea takes a bite out of every winter.</p></blockquote><figcaption><strong>Ines Varga</strong>, harbour master</figcaption></div></figure>"
        let photo = "<figure><img src=\"/img/pier.jpg\" alt=\"\"><figcaption>The north pier after the October storm</figcaption></figure>"
        let html = "<html lang=\"en\"><head><title>Pier to be rebuilt</title></head><body><h1>Pier to be rebuilt</h1><article>"
            + "<p>\(Self.paragraphs[0])</p>" + photo + "<p>\(Self.paragraphs[1])</p>" + quote + "<p>\(Self.paragraphs[2])</p>"
            + "</article></body></html>"
        let a = try ArticleReader().read(Array(html.utf8), url: nil)
        for p in Self.paragraphs { #expect(a.bodyText.contains(p)) }
        #expect(a.blocks.contains(.quote("We cannot run a ferry from a pier that the sea takes a bite out of every winter.")))
        #expect(a.blocks.contains(.paragraph("Ines Varga, harbour master")))
        // The speaker's portrait is not a photo of the article; the photo above still is.
        let figures = a.blocks.compactMap { if case .figure(let f) = $0 { f } else { nil } }
        #expect(figures.count == 1)
        #expect(figures.first?.caption == "The north pier after the October storm")
    }
}
