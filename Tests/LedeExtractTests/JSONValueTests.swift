import Foundation
import LedeTestSupport
import Testing
@testable import LedeExtract

/// The JSON-LD reader's own parse (``JSONValue/FastReader``) against Foundation's
/// `JSONSerialization`: where it takes a text it must give Foundation's value, and it must never
/// take a text Foundation refuses.
@Suite struct JSONValueTests {
    static func foundation(_ bytes: [UInt8]) -> JSONValue? {
        guard let any = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else { return nil }
        return JSONValue(foundation: any)
    }

    static func fast(_ bytes: [UInt8]) -> JSONValue? {
        bytes.withUnsafeBufferPointer { p -> JSONValue? in var reader = JSONValue.FastReader(bytes: p); return reader.read() }
    }

    /// Texts the reader takes.
    static let taken: [String] = [
        #"{"@type":"NewsArticle","headline":"Ferry returns","author":[{"@type":"Person","name":"Ada Byrne"}]}"#,
        #" { "a" : [ 1 , -2.5 , 0 , 0.125 , true , false , null , "x" , [ ] , { } ] } "#,
        #"[{"@graph":[{"@type":["WebPage","ItemPage"],"name":"Quay"}]}]"#,
        #""just a string""#, "12", "-0", "true", "null", "[]", "{}",
        #"{"s":"tab\tquote\" slash\/ back\\ nl\n cr\r bs\b ff\f \u00e9\u20AC\u0041"}"#,
        #"{"s":"caf\u00e9 — “curly” 🚢 ünïcödé"}"#,
        "{\"k\":\"line\u{2028}sep and del\u{7F}\"}",
        #"{"image":{"@type":"ImageObject","url":"https://harbour.example/a.jpg","width":1200,"height":675}}"#,
    ]

    /// Texts the reader leaves to Foundation (which may or may not read them).
    static let declined: [String] = [
        #"{"a":1,"a":2}"#, #"{"ключ":"value"}"#, #"{"n":1e5}"#, #"{"n":1E-2}"#, #"{"n":12345678901234567890}"#,
        #"{"s":"\ud83d\udea2"}"#, #"{"s":"\ud800"}"#, #"{"s":"\u0000"}"#,
        // Not JSON at all: Foundation refuses these too.
        #"{"a":1,}"#, "[1,]", #"{"a" 1}"#, #"{'a':1}"#, "{\"s\":\"raw\ncontrol\"}", #"{"n":01}"#, #"{"n":.5}"#, #"{"n":1.}"#,
        #"{"n":-}"#, #"{"s":"\x41"}"#, #"{"s":"\u12G4"}"#, #"{"s":"open"#, "[1 2]", "{} {}", "nul", "tru", "", " ",
        "\u{FEFF}{}", "{\"a\":1}\u{0C}", #"{"a":NaN}"#, #"{"a":Infinity}"#, "[\"a\"", "{\"a\":[1,{\"b\":2]}",
    ]

    @Test(arguments: taken)
    func takenTextsGiveFoundationsValue(_ text: String) throws {
        let bytes = Array(text.utf8)
        let mine = try #require(Self.fast(bytes), "the reader should take \(text)")
        #expect(mine == Self.foundation(bytes))
        #expect(JSONValue.parse(bytes) == mine)
    }

    @Test(arguments: declined)
    func declinedTextsGoToFoundation(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(Self.fast(bytes) == nil, "the reader should leave \(text) to Foundation")
        #expect(JSONValue.parse(bytes) == Self.foundation(bytes))
    }

    /// Every prefix of a valid text is refused by both or read the same by both.
    @Test func everyPrefixAgrees() {
        let text = Array(Self.taken[1].utf8) + Array(Self.taken[10].utf8)
        for end in 0...text.count {
            let bytes = Array(text[..<end])
            if let mine = Self.fast(bytes) { #expect(mine == Self.foundation(bytes), "\(String(decoding: bytes, as: UTF8.self))") }
        }
    }

    /// Deep, long and wide inputs: one pass each (a nesting past the reader's depth goes to Foundation).
    @Test func hostileShapesStayLinear() {
        let deep = Array(String(repeating: "[", count: 100_000).utf8)
        #expect(Self.fast(deep) == nil)
        let nested = Array((String(repeating: "[", count: JSONValue.maxDepth) + String(repeating: "]", count: JSONValue.maxDepth)).utf8)
        #expect(Self.fast(nested) != nil)
        let long = Array(("\"" + String(repeating: "ab\\n", count: 300_000) + "\"").utf8)
        #expect(Self.fast(long) == .string(String(repeating: "ab\n", count: 300_000)))
        let wide = Array(("[" + Array(repeating: "{\"a\":1}", count: 200_000).joined(separator: ",") + "]").utf8)
        if case .array(let items)? = Self.fast(wide) { #expect(items.count == 200_000) } else { Issue.record("wide array not read") }
        let manyKeys = Array(("{" + (0..<1_000).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + "}").utf8)
        #expect(Self.fast(manyKeys) == nil)
        #expect(JSONValue.parse(manyKeys) == Self.foundation(manyKeys))
    }

    /// Every JSON-LD script of the benchmark pages, as the metadata stage reads it.
    @Test(arguments: ["bench/extraction/pages", "bench/extraction-wcxb/pages"])
    func everyBenchmarkScriptAgrees(_ folder: String) throws {
        guard let pages = try SharedData.benchmarkPages(folder) else {
            print("JSONValueTests: ../shared/\(folder) is absent; the benchmark scripts were not compared")
            return
        }
        var scripts = 0, taken = 0
        for page in pages {
            guard let (utf8, _) = try? TextDecoder.decodeToUTF8(page.bytes, contentType: "text/html") else { continue }
            var count = 0
            let (capped, _) = InputLimits.apply(MarkupPrefilter.strip(utf8, jsonLDScripts: &count), dropUnreadAttributes: true)
            let document = try HTMLDocument(utf8: capped)
            document.root?.walk { node in
                guard node.is("script"), let type = node["type"]?.lowercased(), type.contains("ld+json") else { return .continue }
                var raw: [UInt8] = []
                for child in node.children { raw.append(contentsOf: child.content.utf8) }
                scripts += 1
                let reference = Self.foundation(raw)
                if let mine = Self.fast(raw) {
                    taken += 1
                    #expect(mine == reference, "\(page.name)")
                }
                #expect(JSONValue.parse(raw) == reference, "\(page.name)")
                return .skipChildren
            }
        }
        print("JSONValueTests: \(folder): \(taken) of \(scripts) JSON-LD scripts read by the reader itself, the rest by Foundation")
        #expect(scripts > 0)
    }
}
