import Testing
@testable import LedeCore
@testable import LedeExtract

@Suite struct ArticleReaderLimitsTests {
    @Test func emptyInputIsAClearError() {
        #expect(throws: LedeError.emptyInput("the input has no text")) { try ArticleReader().read([]) }
        #expect(throws: LedeError.emptyInput("the input has no text")) { try ArticleReader().read(Array(" \n\t\n".utf8)) }
    }

    @Test func inputOverTheLimitIsRefusedBeforeParsing() {
        let reader = ArticleReader(options: ReadOptions(maxBytes: 10))
        #expect(throws: LedeError.tooLarge(bytes: 11, limit: 10)) { try reader.read(Array("hello world".utf8)) }
    }

    @Test func markupIsSniffedAsHTML() {
        #expect(InputSniffer.kind(of: Array("\u{FEFF}<!DOCTYPE html><html>".utf8), contentType: nil) == .html)
        #expect(InputSniffer.kind(of: Array("Headline\n\nBody text.".utf8), contentType: nil) == .text)
        #expect(InputSniffer.kind(of: Array("Headline".utf8), contentType: "text/html; charset=utf-8") == .html)
    }
}
