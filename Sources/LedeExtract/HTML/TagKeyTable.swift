/// A fixed set of packed names (``InputLimits/TagKey``) with a small value each, found in one or
/// two probes: the markup scan asks about every tag name and attribute name of a page, where
/// linear searches of the name lists showed in profiles.
///
/// ```swift
/// let table = TagKeyTable(["br": 1, "img": 1], absent: 0)
/// table[InputLimits.TagKey("img")]   // 1
/// table[InputLimits.TagKey("div")]   // 0
/// ```
struct TagKeyTable<Value: Sendable>: Sendable {
    private var keys: [InputLimits.TagKey]
    private var values: [Value]
    private var used: [Bool]
    private let absent: Value
    /// Slots are a power of two at least four times the names, so most look-ups end at the first probe.
    private let mask: Int

    init(_ entries: [(InputLimits.TagKey, Value)], absent: Value) {
        var size = 8
        while size < entries.count * 4 { size *= 2 }
        mask = size - 1
        keys = Array(repeating: InputLimits.TagKey(low: 0, high: 0, extra: 0), count: size)
        values = Array(repeating: absent, count: size)
        used = Array(repeating: false, count: size)
        self.absent = absent
        for (key, value) in entries {
            precondition(key.isPacked, "TagKeyTable holds packed names only")
            var slot = Self.hash(key) & mask
            while used[slot], keys[slot] != key { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
            used[slot] = true
        }
    }

    init(_ entries: [String: Value], absent: Value) {
        self.init(entries.map { (InputLimits.TagKey($0.key), $0.value) }, absent: absent)
    }

    @inline(__always) static func hash(_ key: InputLimits.TagKey) -> Int {
        let mixed = (key.low ^ (key.high &* 0x9E37_79B9) ^ key.extra) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 40)
    }

    subscript(key: InputLimits.TagKey) -> Value {
        guard key.isPacked else { return absent }
        var slot = Self.hash(key) & mask
        while used[slot] {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return absent
    }
}
