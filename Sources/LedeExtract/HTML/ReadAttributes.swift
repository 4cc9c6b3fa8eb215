/// The attributes Lede's stages read: the only ones worth handing to libxml2.
///
/// ```swift
/// let (bytes, _) = InputLimits.apply(utf8, dropUnreadAttributes: true)   // `style`, `onclick`… left out
/// node["href"]            // fine: listed here
/// node["data-caption"]    // traps in a debug build until the name is added here
/// ```
///
/// libxml2 reads an attribute value a character at a time (its slowest path) and the tree builder
/// copies every one, yet a news page's attributes are mostly styles, tracking data and ARIA the
/// stages never look at. ``InputLimits`` leaves out every attribute not named here before the
/// parse; ``HTMLNode`` asserts (in debug builds, so every test run checks it) that each attribute a
/// stage asks for is named here, so a new rule cannot silently read an attribute that was dropped.
/// ``HTMLNode/attributes`` and ``HTMLNode/attributeCount`` likewise see only these.
enum ReadAttributes {
    /// Lower-case names, each at most 16 bytes (so it packs into an ``InputLimits/TagKey``).
    static let names = [
        "class", "id", "href", "src", "srcset", "rel", "type", "role", "style", "hidden", "aria-hidden",
        "itemprop", "name", "property", "http-equiv", "content", "value", "datetime", "lang", "xml:lang",
        "width", "data-srcset", "data-src", "data-original", "data-lazy-src", "data-url", "data-hi-res-src",
    ]

    static let keys: [InputLimits.TagKey] = names.map(InputLimits.TagKey.init)

    /// The names in a table for the markup scan, which asks about every attribute of a page.
    static let table = TagKeyTable(keys.map { ($0, true) }, absent: false)

    /// Each name's index in `names`, -1 for a name not read (what ``DeferredAttributes`` records).
    static let indices = TagKeyTable(keys.enumerated().map { ($0.element, Int16($0.offset)) }, absent: Int16(-1))

    /// The names' bytes, by index.
    static let utf8Names: [[UInt8]] = names.map { Array($0.utf8) }

    /// Whether a (lower-case) attribute name is read by some stage.
    static func contains(_ key: InputLimits.TagKey) -> Bool { table[key] }

    /// The same test for a name given as bytes (ASCII case folded).
    static func contains(_ name: UnsafeBufferPointer<UInt8>) -> Bool { table[key(name)] }

    /// A name given as bytes, ASCII case folded, as a key (a name over 16 bytes gets a key no
    /// table holds, as none of the names is that long).
    @inline(__always) static func key(_ name: UnsafeBufferPointer<UInt8>) -> InputLimits.TagKey {
        guard name.count <= 16 else { return InputLimits.TagKey(low: 0, high: 0, extra: InputLimits.TagKey.longName) }
        var key = InputLimits.TagKey(low: 0, high: 0, extra: UInt64(name.count))
        for k in 0..<name.count {
            let b = name[k]
            let lower = UInt64(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            if k < 8 { key.low |= lower << (8 * UInt64(k)) } else { key.high |= lower << (8 * UInt64(k - 8)) }
        }
        return key
    }
}
