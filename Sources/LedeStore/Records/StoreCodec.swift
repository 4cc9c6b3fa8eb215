import Foundation

/// The JSON coding both stores use for the values they keep as text (articles, stories, timing
/// maps, chapters): one encoder setting, so a row written by SQLite reads the same from PostgreSQL.
///
/// ```swift
/// let text = try StoreCodec.json(article)
/// let back = try StoreCodec.decode(Article.self, text)
/// ```
enum StoreCodec {
    /// Sorted keys keep stored JSON stable between runs; slashes unescaped keep URLs readable.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
