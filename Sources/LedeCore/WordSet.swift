/// A set of words answered from their UTF-8 bytes (a `WordTable` without values): the word lists the
/// language passes ask about nearly every token. Membership is `String` equality, exactly.
///
/// ```swift
/// var days: WordSet = ["Monday", "Tuesday"]
/// let known = days.contains("Monday")    // true
/// let added = days.insert("Wednesday")   // true: newly added
/// let lower = days.contains("monday")    // false
/// ```
public struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private var table = WordTable()

    public init() {}

    public init(arrayLiteral words: String...) { self.init(words) }

    public init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { insert(word) }
    }

    public var count: Int { table.count }

    public var isEmpty: Bool { table.isEmpty }

    /// Makes room for `capacity` members without regrowing.
    public mutating func reserveCapacity(_ capacity: Int) { table.reserveCapacity(capacity) }

    /// Whether the set holds `word` (by `String` equality).
    public func contains(_ word: String) -> Bool { table[word] != nil }

    /// Adds `word`; returns whether it was new.
    @discardableResult
    public mutating func insert(_ word: String) -> Bool { table.addIfAbsent(word, value: 0) }

    /// A set holding the members of both.
    public func union<S: Sequence>(_ more: S) -> WordSet where S.Element == String {
        var result = self
        for word in more { result.insert(word) }
        return result
    }

    public func makeIterator() -> IndexingIterator<[String]> { table.words.makeIterator() }
}
