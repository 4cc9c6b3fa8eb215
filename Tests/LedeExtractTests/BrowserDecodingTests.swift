import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// Decoding as browsers do (the WHATWG Encoding Standard): UTF-8 with a few bad bytes stays UTF-8,
/// labels browsers do not know are ignored, labels browsers refuse are refused.
@Suite struct BrowserDecodingTests {
    static let french = "Le député a déclaré qu’il voterait « contre » le budget à l’Assemblée, même si ça coûte cher."
    static let second = "Les élus de l’opposition ont quitté la séance avant le vote, dénonçant un passage en force."

    /// A UTF-8 page with one stray windows-1252 byte (0xE9, "é") between two paragraphs.
    static func pageWithStrayByte(meta: String?) -> [UInt8] {
        let head = meta.map { "<meta charset=\"\($0)\">" } ?? ""
        return Array("<html><head>\(head)<title>T</title></head><body><article><h1>Budget vote in the Assembly</h1><p>\(french)</p><p>Caf".utf8)
            + [0xE9] + Array(" ouvert.</p><p>\(second)</p></article></body></html>".utf8)
    }

    static func body(_ bytes: [UInt8], contentType: String? = nil) throws -> String {
        try ArticleReader().read(bytes, contentType: contentType).bodyText
    }

    @Test(arguments: ["utf-8", "UTF8", nil])
    func utf8WithAStrayByteStaysUTF8(meta: String?) throws {
        let text = try Self.body(Self.pageWithStrayByte(meta: meta))
        #expect(text.contains(Self.french))
        #expect(text.contains(Self.second))
        #expect(text.contains("Caf\u{FFFD} ouvert."))
        #expect(!text.contains("Ã©"))
    }

    @Test func headerDeclaredUTF8WithAStrayByteStaysUTF8() throws {
        let text = try Self.body(Self.pageWithStrayByte(meta: nil), contentType: "text/html; charset=utf-8")
        #expect(text.contains(Self.french))
        #expect(text.contains("Caf\u{FFFD} ouvert."))
    }

    @Test func eachBadSequenceIsOneReplacementCharacter() throws {
        // A truncated three-byte sequence (E2 80) and a lone continuation byte (80): two U+FFFD.
        let bytes = Array("<html><head><meta charset=utf-8></head><body><article><h1>Budget vote in the Assembly</h1><p>\(Self.french)</p><p>Vote a".utf8)
            + [0xE2, 0x80] + Array(" b ".utf8) + [0x80] + Array(" c.</p><p>\(Self.second)</p></article></body></html>".utf8)
        let text = try Self.body(bytes)
        #expect(text.contains("a\u{FFFD} b \u{FFFD} c."))
        #expect(text.contains(Self.french))
    }

    @Test func utf7LabelIsIgnoredAsBrowsersIgnoreIt() throws {
        // Browsers never decode UTF-7 (it smuggles markup as "+ADw-"): the label is ignored and the
        // bytes are read by detection, here as UTF-8.
        let bytes = Array("<html><head><meta charset=\"utf-7\"></head><body><article><h1>Budget vote in the Assembly</h1><p>\(Self.french) +ADw-b+AD4-</p></article></body></html>".utf8)
        let text = try Self.body(bytes)
        #expect(text.contains(Self.french))
        #expect(text.contains("+ADw-b+AD4-"))
    }

    @Test(arguments: ["iso-2022-kr", "hz-gb-2312", "csiso2022kr", "iso-2022-cn"])
    func replacementLabelsAreRefusedWithAClearError(label: String) {
        let bytes = Array("<html><head><meta charset=\"\(label)\"></head><body><article><p>\(Self.french)</p></article></body></html>".utf8)
        #expect {
            try ArticleReader().read(bytes)
        } throws: { error in
            guard case LedeError.invalidInput(let message) = error else { return false }
            return message.contains("refuse")
        }
    }

    @Test(arguments: [
        ("latin1", "windows-1252"), ("ISO-8859-1", "windows-1252"), ("us-ascii", "windows-1252"),
        ("x-sjis", "shift_jis"), ("ks_c_5601-1987", "euc-kr"), ("gb2312", "gbk"), ("cp1251", "windows-1251"),
        ("utf-16", "utf-16le"), (" UTF-8 ", "utf-8"),
    ])
    func labelsResolveToTheirWHATWGEncoding(label: String, name: String) {
        #expect(EncodingLabels.resolve(label) == .encoding(name))
    }

    @Test(arguments: ["utf-7", "ebcdic-us", "utf-32", "x-no-such-charset"])
    func labelsBrowsersDoNotKnowAreUnknown(label: String) {
        #expect(EncodingLabels.resolve(label) == .unknown)
    }

    @Test func cp1251LabelDecodesCyrillic() throws {
        let russian = "Лукашенко заявил, что выборы прошли честно, но тысячи людей вышли на улицы Минска."
        let page = "<html><head><meta charset=\"x-cp1251\"></head><body><article><h1>Заголовок статьи для теста</h1><p>\(russian)</p></article></body></html>"
        let bytes = try #require(page.data(using: .windowsCP1251))
        #expect(try Self.body(Array(bytes)) == russian)
    }

    @Test func singleByteTextUnderAUTF8LabelIsNotTurnedIntoReplacements() throws {
        // No valid multi-byte sequence at all: the label is wrong, and reading it as UTF-8 would
        // turn every accented letter into U+FFFD.
        let page = "<html><head><meta charset=\"utf-8\"></head><body><article><h1>Budget vote in the Assembly</h1><p>\(Self.french)</p></article></body></html>"
        let bytes = try #require(page.data(using: .windowsCP1252))
        #expect(try Self.body(Array(bytes)) == Self.french)
    }
}
