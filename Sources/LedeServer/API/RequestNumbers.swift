import Hummingbird

/// Every number a request carries in its path or query, parsed and bounded in one place, so no
/// arithmetic on them can overflow and no store query gets a value it cannot use. A value that is not
/// a whole number, or lies outside its range, is refused with 400 and a message that gives the range.
///
/// ```swift
/// let offset = try RequestNumbers.offset(request)            // 0 when absent
/// let limit = try RequestNumbers.limit(request, default: 50)  // 1…maxLimit
/// let id = try RequestNumbers.articleID(context)              // 1…Int64.max
/// ```
enum RequestNumbers {
    /// Articles a page may skip. A library of a million articles is far beyond any Lede holds
    /// (the store's own tests stop at thousands), and the bound keeps `offset + limit` far from
    /// `Int.max` on every platform.
    static let maxOffset = 1_000_000
    /// Articles in one answer: 200 summaries are about 60 KB of JSON, enough for any client's page,
    /// small enough that one request cannot make the server decode the whole library.
    static let maxLimit = 200
    /// Digits the parser looks at: `Int64.max` has 19, so anything longer is out of range before it
    /// is read (a 10,000-digit value costs nothing).
    static let maxDigits = 19

    /// `?offset=`: 0…``maxOffset``, 0 when absent.
    static func offset(_ request: Request) throws -> Int {
        try query(request, "offset", range: 0...maxOffset) ?? 0
    }

    /// `?limit=`: 1…``maxLimit``, `fallback` when absent.
    static func limit(_ request: Request, default fallback: Int) throws -> Int {
        try query(request, "limit", range: 1...maxLimit) ?? fallback
    }

    /// The `{id}` of a route: an article id, 1…`Int64.max` (SQLite and PostgreSQL ids start at 1).
    static func articleID(_ context: some RequestContext, name: String = "id") throws -> Int64 {
        let raw = context.parameters.get(name) ?? ""
        guard let id = parse(raw), id >= 1 else {
            throw HTTPError(.badRequest, message: "\(name) must be a whole number from 1 to \(Int64.max), not \"\(shown(raw))\"")
        }
        return id
    }

    /// A query parameter within `range`; nil when absent.
    static func query(_ request: Request, _ name: String, range: ClosedRange<Int>) throws -> Int? {
        guard let raw = request.uri.queryParameters.get(name) else { return nil }
        guard let value = parse(raw), let number = Int(exactly: value), range.contains(number) else {
            throw HTTPError(.badRequest,
                            message: "\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(shown(raw))\"")
        }
        return number
    }

    /// An optional sign and decimal digits that fit an `Int64`; nil for anything else.
    static func parse(_ raw: String) -> Int64? {
        let digits = raw.utf8.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
        guard raw.utf8.count - digits.count <= 1, !digits.isEmpty, digits.count <= maxDigits,
              digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return Int64(raw)
    }

    /// The value as an error message shows it: short, so a huge parameter does not make a huge answer.
    static func shown(_ raw: String) -> String {
        raw.count > 40 ? String(raw.prefix(40)) + "…" : raw
    }
}
