import Foundation

/// JSON bytes exactly as Foundation's `JSONEncoder` writes them with `[.sortedKeys,
/// .withoutEscapingSlashes]`, made without its intermediate tree of boxed values: scalars are
/// written as bytes when they are encoded, and only objects keep their entries until they are sorted.
/// `lede batch` writes one line per page with it, where Foundation's encoder cost a twentieth of
/// the whole run. Dates, data, URLs and decimals (Foundation's special cases) are handed to
/// Foundation itself, one value at a time, so they come out the same.
///
/// ```swift
/// let bytes = try CompactJSON.encode(article)    // same bytes as JSONEncoder with sorted keys
/// print(String(decoding: bytes, as: UTF8.self))
/// ```
public enum CompactJSON {
    /// Appends `s` as a JSON string in Foundation's spelling (for writers of their own, like
    /// `lede batch`'s article lines, that must match this encoder's bytes).
    public static func appendString(_ s: String, to out: inout [UInt8]) {
        JSONScalar.string(s, into: &out)
    }

    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let node = try Node.of(value, path: [])
        var out: [UInt8] = []
        out.reserveCapacity(Self.initialCapacity)
        node.write(into: &out)
        return out
    }

    /// A line of an article is a few kilobytes; one reservation covers most.
    static let initialCapacity = 8 << 10
}

/// An encoded value: finished bytes, or a container still open to its encoder.
enum Node {
    case bytes([UInt8])
    case object(ObjectBox)
    case array(ArrayBox)
    /// A `superEncoder()`'s value: whatever it was given by the time the whole is written.
    case pending(NodeEncoder)

    static func of<T: Encodable>(_ value: T, path: [any CodingKey]) throws -> Node {
        switch value {
        case let s as String: return .bytes(JSONScalar.string(s))
        case let b as Bool: return .bytes(Array((b ? "true" : "false").utf8))
        case let i as any BinaryInteger: return .bytes(Array("\(i)".utf8))
        case is Date, is Data, is URL, is Decimal, is Double, is Float:
            return .bytes(try JSONScalar.foundation(value, path: path))
        default:
            let encoder = NodeEncoder(codingPath: path)
            try value.encode(to: encoder)
            return encoder.node ?? .object(ObjectBox())
        }
    }

    func write(into out: inout [UInt8]) {
        switch self {
        case .bytes(let b): out.append(contentsOf: b)
        case .object(let box):
            out.append(UInt8(ascii: "{"))
            let sorted = box.entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (i, entry) in sorted.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: JSONScalar.string(entry.key))
                out.append(UInt8(ascii: ":"))
                entry.node.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .array(let box):
            out.append(UInt8(ascii: "["))
            for (i, node) in box.items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                node.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .pending(let encoder):
            (encoder.node ?? .object(ObjectBox())).write(into: &out)
        }
    }
}

/// An object's entries in the order they were encoded; a key encoded twice keeps its last value,
/// as Foundation's does.
final class ObjectBox {
    var entries: [(key: String, node: Node)] = []
    /// Where each key is, once the object is big enough that a scan per key would add up.
    private var index: [String: Int]?
    /// Up to this many entries a scan is cheaper than hashing (a type's coding keys); past it, a
    /// dictionary (an encoded `[String: T]`) keeps encoding linear.
    static let scanLimit = 16

    func set(_ key: String, _ node: Node) {
        if index == nil && entries.count >= Self.scanLimit {
            index = Dictionary(entries.enumerated().map { ($0.element.key, $0.offset) }, uniquingKeysWith: { $1 })
        }
        if index != nil {
            if let i = index?[key] { entries[i].node = node } else { index?[key] = entries.count; entries.append((key, node)) }
        } else if let i = entries.firstIndex(where: { $0.key == key }) {
            entries[i].node = node
        } else {
            entries.append((key, node))
        }
    }
}

final class ArrayBox {
    var items: [Node] = []
}

/// Strings and numbers in Foundation's spelling.
enum JSONScalar {
    /// Quoted and escaped as Foundation does with unescaped slashes: `"` and `\`, the five short
    /// escapes, other control characters as `\u00XX`; everything else, non-ASCII included, as is.
    static func string(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 2)
        string(s, into: &out)
        return out
    }

    static func string(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = s
        text.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole; only the rare escape is spelled.
            var runStart = 0
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                appendEscape(byte, to: &out)
                runStart = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "t"))
        default:
            out.append(contentsOf: "u00".utf8)
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0xF)])
        }
    }

    static let hexDigits = Array("0123456789abcdef".utf8)

    /// A value Foundation has its own rules for (dates, data, URLs, decimals, floating point), written
    /// by Foundation alone.
    static func foundation<T: Encodable>(_ value: T, path: [any CodingKey]) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return Array(try encoder.encode(value))
        } catch let EncodingError.invalidValue(v, context) {
            throw EncodingError.invalidValue(v, .init(codingPath: path + context.codingPath, debugDescription: context.debugDescription))
        }
    }
}

/// The `Encoder` handed to a value's `encode(to:)`: records the container it asks for.
final class NodeEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var node: Node?

    init(codingPath: [any CodingKey]) { self.codingPath = codingPath }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: ObjectBox
        if case .object(let existing) = node { box = existing } else { box = ObjectBox(); node = .object(box) }
        return KeyedEncodingContainer(ObjectContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box: ArrayBox
        if case .array(let existing) = node { box = existing } else { box = ArrayBox(); node = .array(box) }
        return ArrayContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }
}

struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: ObjectBox
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { box.set(key.stringValue, .bytes(Array("null".utf8))) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        box.set(key.stringValue, try Node.of(value, path: codingPath + [key]))
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectBox()
        box.set(key.stringValue, .object(nested))
        return KeyedEncodingContainer(ObjectContainer<NestedKey>(box: nested, codingPath: codingPath + [key]))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = ArrayBox()
        box.set(key.stringValue, .array(nested))
        return ArrayContainer(box: nested, codingPath: codingPath + [key])
    }
    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }
    private func superEncoder(named name: String) -> any Encoder {
        let encoder = NodeEncoder(codingPath: codingPath)
        box.set(name, .pending(encoder))
        return encoder
    }
}

struct ArrayContainer: UnkeyedEncodingContainer {
    let box: ArrayBox
    let codingPath: [any CodingKey]
    var count: Int { box.items.count }

    mutating func encodeNil() throws { box.items.append(.bytes(Array("null".utf8))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        box.items.append(try Node.of(value, path: codingPath))
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectBox()
        box.items.append(.object(nested))
        return KeyedEncodingContainer(ObjectContainer<NestedKey>(box: nested, codingPath: codingPath))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = ArrayBox()
        box.items.append(.array(nested))
        return ArrayContainer(box: nested, codingPath: codingPath)
    }
    mutating func superEncoder() -> any Encoder {
        let encoder = NodeEncoder(codingPath: codingPath)
        box.items.append(.pending(encoder))
        return encoder
    }
}

struct SingleContainer: SingleValueEncodingContainer {
    let encoder: NodeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.node = .bytes(Array("null".utf8)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.node = try Node.of(value, path: codingPath)
    }
}
