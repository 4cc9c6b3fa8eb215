import Testing
@testable import LedeLanguage

/// `StoryAnalysis.folded` reads ASCII text byte by byte and other text by characters: both ways
/// must fold alike (a trailing "é" sends the same text down the character path).
@Suite struct FoldedTextTests {
    @Test(arguments: [
        "“We won't stop,” she said -- again!",
        "It's 24/7 at the ROAD-side café's door",
        "  Tabs\tand\r\nnew lines  ",
        "",
        "'''",
    ])
    func asciiAndCharacterPathsAgree(text: String) {
        let ascii = String(text.unicodeScalars.filter(\.isASCII).map(Character.init))
        let viaCharacters = StoryAnalysis.folded(ascii + " é")
        let viaBytes = StoryAnalysis.folded(ascii)
        #expect(viaCharacters == (viaBytes.isEmpty ? "é" : viaBytes + " é"))
    }

    @Test func foldsCaseAndPunctuation() {
        #expect(StoryAnalysis.folded("Don't -- STOP, now.") == "dont stop now")
    }
}
