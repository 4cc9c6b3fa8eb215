/// A table from words to small numbers that answers from the word's UTF-8 bytes with a cheap hash:
/// the word lists and word classes the language passes ask about nearly every token. `Set<String>` and
/// `[String: _]` hash a word with SipHash over its normalised scalars, about 290 instructions a
/// look-up in the story's profile; this answers an ASCII word in a few dozen. `WordSet` is the same
/// table without values.
///
/// Keys are equal as `String`s are (canonical equivalence), exactly: a word of ASCII bytes — nearly
/// every query — is looked up in an open-addressing table by an FNV-1a hash of its bytes; a word with
/// other scalars in an ordinary dictionary of such keys. The only scalars whose canonical form is
/// ASCII (U+212A KELVIN SIGN, U+037E GREEK QUESTION MARK, U+1FEF GREEK VARIA) are mapped to it first,
/// on both sides, so "\u{212A}m" finds what "Km" finds.
///
/// ```swift
/// var kinds = WordTable()
/// kinds["said"] = 1
/// let said = kinds["said"]      // 1
/// let other = kinds["Said"]     // nil: keys are compared as written
/// ```
public struct WordTable: Sendable {
    /// Keys made only of ASCII bytes, or mapped to it, in the order they were added.
    private var keys: [String] = []
    private var values: [UInt32] = []
    /// Open addressing over `keys`: 0 is empty, otherwise the upper half holds the hash's upper 32
    /// bits (compared before the strings) and the lower half the index into `keys` plus one.
    private var slots: [UInt64] = [UInt64](repeating: 0, count: WordTable.smallestTable)
    /// Keys with a scalar that has no ASCII form, as written.
    private var others: [String: UInt32] = [:]
    /// Keys written with a scalar that has an ASCII form ("\u{212A}m"), as written, for `words`; their
    /// values live under the ASCII form.
    private var mapped: [String] = []

    /// Slots in an empty table: a power of two, as every table size is.
    private static let smallestTable = 16
    /// The table doubles when more than one slot in this many is taken, keeping probe runs short.
    private static let slotsPerKey = 2

    public init() {}

    /// How many keys the table holds.
    public var count: Int { keys.count + others.count }

    public var isEmpty: Bool { count == 0 }

    /// Every key, each once, as first written: the ASCII keys in the order they were added, then the rest.
    public var words: [String] {
        var all = keys.filter { !Self.isForm(of: $0, in: mapped) }
        all.append(contentsOf: mapped)
        all.append(contentsOf: others.keys)
        return all
    }

    public subscript(word: String) -> UInt32? {
        get {
            if let (form, hash) = WordTable.tableKey(word) { return index(of: form, hash: hash).map { values[$0] } }
            // Most tables hold ASCII words only: a word of other scripts is then answered without hashing it.
            return others.isEmpty ? nil : others[word]
        }
        set {
            guard let value = newValue else { preconditionFailure("WordTable keeps every key it is given") }
            _ = add(word, value: value, replacing: true)
        }
    }

    /// Adds `word` with `value` unless the table holds it; returns whether it was added.
    public mutating func addIfAbsent(_ word: String, value: UInt32) -> Bool { add(word, value: value, replacing: false) }

    /// Adds `word` or, when `replacing`, sets its value; returns whether it was added.
    private mutating func add(_ word: String, value: UInt32, replacing: Bool) -> Bool {
        guard let (form, hash) = WordTable.tableKey(word) else {
            if others[word] != nil && !replacing { return false }
            return others.updateValue(value, forKey: word) == nil
        }
        if let i = index(of: form, hash: hash) {
            if replacing { values[i] = value }
            return false
        }
        if (keys.count + 1) * WordTable.slotsPerKey > slots.count { grow() }
        keys.append(form)
        values.append(value)
        place(index: keys.count - 1, hash: hash)
        if form.utf8.count != word.utf8.count { mapped.append(word) }
        return true
    }

    /// Makes room for `capacity` keys without regrowing.
    public mutating func reserveCapacity(_ capacity: Int) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
        var size = slots.count
        while size < capacity * WordTable.slotsPerKey { size *= 2 }
        if size > slots.count {
            slots = [UInt64](repeating: 0, count: size)
            for (index, word) in keys.enumerated() { place(index: index, hash: WordTable.hash(word)) }
        }
    }

    /// Whether the table holds `word`.
    public func contains(_ word: String) -> Bool { self[word] != nil }

    // MARK: - The table

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    private static func hash(_ word: String) -> UInt64 {
        var hash = offsetBasis
        for b in word.utf8 { hash = (hash ^ UInt64(b)) &* prime }
        return hash
    }

    /// A hash equal for words equal as `String`s (canonical equivalence): FNV-1a of the bytes of an
    /// ASCII word or of its ASCII form, `hashValue` otherwise (this process's only).
    public static func equalityHash(_ word: String) -> UInt64 {
        if let hash = asciiHash(word) { return hash }
        if let form = asciiForm(word) { return hash(form) }
        return UInt64(bitPattern: Int64(word.hashValue))
    }

    /// `equalityHash(text.lowercasedQuickly)`, read from the bytes without making the lower case when
    /// the text is ASCII.
    public static func lowercaseEqualityHash(_ text: String) -> UInt64 {
        let quick = text.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            var hash = offsetBasis
            for b in bytes {
                guard b < 0x80 else { return nil }
                let lower = b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b
                hash = (hash ^ UInt64(lower)) &* prime
            }
            return hash
        }
        if let answer = quick ?? nil { return answer }
        return equalityHash(text.lowercasedQuickly)
    }

    /// The key `word` has in the open-addressing table, with its hash: itself when ASCII, its ASCII
    /// form when it has one; nil when it belongs in `others`.
    @inline(__always)
    private static func tableKey(_ word: String) -> (form: String, hash: UInt64)? {
        if let hash = asciiHash(word) { return (word, hash) }
        if let form = asciiForm(word) { return (form, hash(form)) }
        return nil
    }

    /// The hash of `word` when its bytes are all ASCII, read in one pass from its storage; nil otherwise.
    @inline(__always)
    private static func asciiHash(_ word: String) -> UInt64? {
        let quick = word.utf8.withContiguousStorageIfAvailable { hashIfASCII($0) }
        if let answer = quick { return answer }
        return hashIfASCII(Array(word.utf8))
    }

    @inline(__always)
    private static func hashIfASCII<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64? {
        var hash = offsetBasis
        var high: UInt8 = 0
        for b in bytes {
            high |= b
            hash = (hash ^ UInt64(b)) &* prime
        }
        return high < 0x80 ? hash : nil
    }

    /// The index in `keys` of `word` (ASCII), or nil.
    private func index(of word: String, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        let tag = hash >> 32
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[i]
            if slot == 0 { return nil }
            if slot >> 32 == tag {
                let index = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                if keys[index] == word { return index }
            }
            i = (i + 1) & mask
        }
    }

    private mutating func place(index: Int, hash: UInt64) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i] != 0 { i = (i + 1) & mask }
        slots[i] = (hash >> 32) << 32 | UInt64(index + 1)
    }

    private mutating func grow() { reserveCapacity(slots.count) }

    /// Whether `key` (ASCII) is the form of a word in `mapped` and was never written as itself.
    private static func isForm(of key: String, in mapped: [String]) -> Bool {
        !mapped.isEmpty && mapped.contains { asciiForm($0) == key }
    }

    /// The word itself when it is ASCII; with KELVIN SIGN, GREEK QUESTION MARK and GREEK VARIA
    /// replaced by the ASCII they are canonically equal to when those are its only other scalars;
    /// nil when it has any other scalar (then no ASCII string equals it).
    public static func asciiForm(_ word: String) -> String? {
        var plain = true
        for scalar in word.unicodeScalars where scalar.value >= 0x80 {
            // Most words beyond ASCII have none of the three: found out before anything is built.
            guard scalar.value == 0x212A || scalar.value == 0x037E || scalar.value == 0x1FEF else { return nil }
            plain = false
        }
        if plain { return word }
        var form = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: form.append(scalar)
            case 0x212A: form.append("K")
            case 0x037E: form.append(";")
            case 0x1FEF: form.append("`")
            default: return nil
            }
        }
        return String(form)
    }
}
