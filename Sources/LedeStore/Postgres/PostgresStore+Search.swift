import Foundation
import LedeCore
import PostgresNIO

extension PostgresStore {
    /// Lower-cased and without accents, so "zurich" finds "Zürich" (PostgreSQL's `unaccent` is an
    /// extension a shared database may not allow; folding here needs nothing from the server).
    static func folded(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
    }

    /// The query as a tsquery: every word must appear, as a word prefix ("volunt" finds
    /// "volunteers"). Only letters and digits reach `to_tsquery`, so punctuation is never syntax.
    static func tsquery(_ query: String) -> String? {
        let words = folded(query).unicodeScalars.split { !CharacterSet.alphanumerics.contains($0) }
            .map { String(String.UnicodeScalarView($0)) }
        guard !words.isEmpty else { return nil }
        return words.map { $0 + ":*" }.joined(separator: " & ")
    }

    /// The snippet marks of SQLiteStore (private-use characters) around each match, about 16 words.
    static let headlineOptions = "StartSel=\(SearchHit.markStart), StopSel=\(SearchHit.markEnd), MaxWords=16, MinWords=6, "
        + "MaxFragments=1, FragmentDelimiter=…"

    /// Title matches weigh most, then people, quotes and the body ('simple' configuration: no
    /// stemming, like SQLite's unicode61 tokenizer, so both stores find the same articles).
    public func search(_ query: String, limit: Int) async throws -> [SearchHit] {
        guard let tsquery = Self.tsquery(query) else { return [] }
        return try await self.query("""
            SELECT \(unescaped: Self.summaryColumns),
                   ts_headline('simple', a.search_text, q, \(Self.headlineOptions)) AS snippet
            FROM article a CROSS JOIN to_tsquery('simple', \(tsquery)) q
            LEFT JOIN edition e ON e.article_id = a.id
            WHERE a.search @@ q
            ORDER BY ts_rank(a.search, q) DESC, a.id DESC
            LIMIT \(max(0, limit))
            """, as: SearchHit.self)
    }
}
