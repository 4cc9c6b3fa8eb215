import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// Pages in the charsets news sites still serve, encoded by Foundation (not by the code under test).
@Suite struct CharsetTests {
    static func page(_ body: String, meta: String?) -> String {
        let head = meta.map { "<meta charset=\"\($0)\">" } ?? ""
        return "<html><head>\(head)<title>T</title></head><body><article><h1>Headline here for the test</h1><p>\(body)</p></article></body></html>"
    }

    static func read(_ bytes: [UInt8], contentType: String? = nil) throws -> String {
        try ArticleReader().read(bytes, contentType: contentType).bodyText
    }

    static let russian = "Лукашенко заявил, что выборы прошли честно, но тысячи людей вышли на улицы Минска в знак протеста."
    static let french = "Le député a déclaré qu’il voterait « contre » le budget à l’Assemblée, même si ça coûte cher."
    static let latin = "Der Bürgermeister eröffnete die Brücke über die Straße; die Feier dauerte bis spät in die Nacht."
    static let japanese = "東京の市場は火曜日に上昇し、投資家は米中貿易交渉の進展を見守った。日経平均は三日続伸となった。"

    @Test(arguments: [
        (russian, String.Encoding.windowsCP1251, "windows-1251"),
        (french, .windowsCP1252, "windows-1252"),
        (latin, .isoLatin1, "iso-8859-1"),
        (japanese, .shiftJIS, "shift_jis"),
    ])
    func declaredCharsetDecodes(text: String, encoding: String.Encoding, label: String) throws {
        let bytes = try #require(Self.page(text, meta: label).data(using: encoding))
        #expect(try Self.read(Array(bytes)) == text)
        // The HTTP header names it just as well.
        let bare = try #require(Self.page(text, meta: nil).data(using: encoding))
        #expect(try Self.read(Array(bare), contentType: "text/html; charset=\(label)") == text)
    }

    @Test func utf16WithByteOrderMark() throws {
        let data = try #require(Self.page(Self.russian, meta: nil).data(using: .utf16LittleEndian))
        #expect(try Self.read([0xFF, 0xFE] + Array(data)) == Self.russian)
        let be = try #require(Self.page(Self.french, meta: nil).data(using: .utf16BigEndian))
        #expect(try Self.read([0xFE, 0xFF] + Array(be)) == Self.french)
    }

    @Test func undeclaredCyrillicIsGuessedAsWindows1251() throws {
        let bytes = try #require(Self.page(Self.russian, meta: nil).data(using: .windowsCP1251))
        #expect(try Self.read(Array(bytes)) == Self.russian)
    }

    @Test func wrongDeclaredCharsetLosesToValidUTF8() throws {
        // Declared Latin-1 but the bytes are UTF-8, as templates copied between sites often are.
        let bytes = Array(Self.page(Self.french, meta: "iso-8859-1").utf8)
        #expect(try Self.read(bytes) == Self.french)
        // Declared UTF-8 but the bytes are windows-1252.
        let latin = try #require(Self.page(Self.french, meta: "utf-8").data(using: .windowsCP1252))
        #expect(try Self.read(Array(latin)) == Self.french)
    }

    @Test func byteOrderMarkBeatsMeta() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array(Self.page(Self.russian, meta: "windows-1251").utf8)
        #expect(try Self.read(bytes) == Self.russian)
    }

    @Test func unknownDeclaredCharsetFallsBackToAGuess() throws {
        let bytes = Array(Self.page(Self.french, meta: "x-no-such-charset").utf8)
        #expect(try Self.read(bytes) == Self.french)
    }
}
