import Foundation
import Testing
@testable import LedeCore

/// CompactJSON writes what Foundation's JSONEncoder writes with sorted keys and unescaped slashes:
/// every comparison here is against Foundation's own output.
@Suite struct CompactJSONTests {
    static func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func compact<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try CompactJSON.encode(value), as: UTF8.self)
    }

    struct Everything: Encodable {
        var text: String
        var int: Int = -9_223_372_036_854_775_808
        var small: Int8 = -128
        var big: UInt64 = .max
        var flag = true
        var double: Double
        var float: Float = 0.1
        var none: String? = nil
        var some: String? = "x"
        var list: [[Int]] = [[], [1, 2], [3]]
        var map: [String: Int] = ["b": 2, "a": 1, "B": 3, "ä": 4, "a1": 5, "_": 6]
        var numbered: [Int: String] = [10: "ten", 2: "two"]
        var date = Date(timeIntervalSince1970: 1_780_000_000.25)
        var url = URL(string: "https://courier.example/a/b?c=d")!
        var data = Data([0, 1, 2, 250])
        var nested: Nested? = Nested()
    }

    struct Nested: Encodable {
        var zeta = "z"
        var alpha: [String?] = ["a", nil]
        enum Keys: String, CodingKey { case zeta, alpha, extra, again }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(zeta, forKey: .zeta)
            try c.encode(alpha, forKey: .alpha)
            var inner = c.nestedContainer(keyedBy: Keys.self, forKey: .extra)
            try inner.encodeNil(forKey: .zeta)
            var list = c.nestedUnkeyedContainer(forKey: .again)
            try list.encode(1.5)
            try list.encode("two")
            var deeper = list.nestedContainer(keyedBy: Keys.self)
            try deeper.encode(true, forKey: .alpha)
            // A second container on the same encoder adds to the first.
            var more = encoder.container(keyedBy: Keys.self)
            try more.encode("last", forKey: .zeta)
        }
    }

    @Test(arguments: [
        "plain", "", "quote \" backslash \\ slash / done", "tab\tnew\nline\rcr\u{8}bs\u{C}ff",
        "controls \u{0}\u{1}\u{1F}\u{7F}", "non-ASCII: Łódź — «ok» 🚢 \u{2028}\u{2029}", "</script>",
    ])
    func stringsAreEscapedAsFoundationEscapesThem(text: String) throws {
        #expect(try Self.compact(text) == Self.foundation(text))
    }

    @Test(arguments: [0.0, -0.0, 1.0, 0.1, 1.5e-7, 1e21, 123_456_789.125, 2.5e300, -7.25])
    func everyKindOfValueMatches(double: Double) throws {
        let value = Everything(text: "a/b \"c\"", double: double)
        #expect(try Self.compact(value) == Self.foundation(value))
    }

    @Test func anArticleMatches() throws {
        let article = Article(title: "Ferry back / at last", authors: ["Jane Roe"], published: "2026-03-14",
                              blocks: [.paragraph("It sailed \"on time\"."), .heading(level: 2, text: "Then"),
                                       .figure(Figure(caption: "Boats at dawn.", credit: "Photo: A. N. Other"))],
                              removed: [Removal(reason: .share, text: "Share", detail: "a \"share\" button")])
        #expect(try Self.compact(article) == Self.foundation(article))
        #expect(try Self.compact(Story(article: article)) == Self.foundation(Story(article: article)))
    }

    @Test func whatFoundationRefusesIsRefused() {
        #expect(throws: EncodingError.self) { try CompactJSON.encode(Everything(text: "", double: .nan)) }
    }
}

extension CompactJSONTests {
    /// A big dictionary goes through the keyed container's index (past its scan limit) and still
    /// matches, its keys sorted; a key set twice keeps its last value either side of the limit.
    @Test func aBigDictionaryMatchesAndRepeatedKeysKeepTheLast() throws {
        let big = Dictionary(uniqueKeysWithValues: (0..<5_000).map { ("k\($0)", $0) })
        #expect(try Self.compact(big) == Self.foundation(big))
        struct Twice: Encodable {
            var count: Int
            struct Key: CodingKey {
                var stringValue: String
                init(stringValue: String) { self.stringValue = stringValue }
                var intValue: Int? { nil }
                init?(intValue: Int) { nil }
            }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: Key.self)
                for i in 0..<count { try c.encode(i, forKey: Key(stringValue: "k\(i)")) }
                try c.encode("again", forKey: Key(stringValue: "k0"))
            }
        }
        for count in [3, ObjectBox.scanLimit + 5] {
            #expect(try Self.compact(Twice(count: count)) == Self.foundation(Twice(count: count)))
        }
    }
}
