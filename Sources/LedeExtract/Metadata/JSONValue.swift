import Foundation

/// A parsed JSON value as the JSON-LD reader needs it: strings, arrays, objects; numbers, booleans
/// and null only as "something else".
///
/// ```swift
/// let value = JSONValue.parse(Array(#"{"@type":"NewsArticle","headline":"Ferry returns"}"#.utf8))
/// value?["headline"]   // .string("Ferry returns")
/// ```
///
/// ``parse(_:)`` reads the bytes itself where Foundation's `JSONSerialization` (and the casts from
/// `Any` after it) cost a page's metadata stage more than the rest of its JSON-LD reading. It takes
/// only JSON it is sure Foundation reads the same way, and hands everything else to Foundation:
/// strict RFC 8259, objects with ASCII keys none of them twice, plain short numbers, no `\u`
/// escape of NUL or of a surrogate, nesting at most ``maxDepth``. `JSONValueTests` compares the two
/// on written cases and on every JSON-LD script of the benchmark pages. It is linear: one pass,
/// an explicit stack of open containers, and a check per key against the keys of its object
/// (which is small, or the object goes to Foundation past ``maxKeysChecked``).
indirect enum JSONValue: Equatable {
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])
    /// A number, `true`, `false` or `null`.
    case other

    static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)):
            // Foundation's dictionaries have no order: compare as sets of keys.
            return x.count == y.count && x.sorted { $0.key < $1.key }.elementsEqual(y.sorted { $0.key < $1.key }) { $0.key == $1.key && $0.value == $1.value }
        case (.other, .other): return true
        default: return false
        }
    }

    /// An object's value for `key` (nil for a missing key or a value that is not an object).
    subscript(key: String) -> JSONValue? {
        guard case .object(let entries) = self else { return nil }
        for entry in entries where entry.key == key { return entry.value }
        return nil
    }

    /// The value of a JSON text, read as Foundation's `JSONSerialization` (fragments allowed) reads
    /// it; nil when Foundation would not read it either.
    static func parse(_ bytes: [UInt8]) -> JSONValue? {
        if let value = bytes.withUnsafeBufferPointer({ p -> JSONValue? in var reader = FastReader(bytes: p); return reader.read() }) { return value }
        guard let any = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else { return nil }
        return JSONValue(foundation: any)
    }

    /// Foundation's `Any` tree as a value.
    init(foundation any: Any) {
        if let s = any as? String { self = .string(s) }
        else if let a = any as? [Any] { self = .array(a.map(JSONValue.init(foundation:))) }
        else if let d = any as? [String: Any] { self = .object(d.map { ($0.key, JSONValue(foundation: $0.value)) }) }
        else { self = .other }
    }

    /// Deeper than this, the reader leaves the text to Foundation.
    static let maxDepth = 64
    /// An object with more keys than this is left to Foundation (the duplicate check is a scan).
    static let maxKeysChecked = 256
    /// Digits a number may have, before and after its point, for the reader to take it (Foundation
    /// turns a longer one, or one with an exponent, into a value it may refuse).
    static let maxNumberDigits = 15

    /// The strict reader; nil means "not sure": Foundation decides.
    struct FastReader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// Open containers, innermost last: whether each is an object, and the items (or entries and
        /// the key of the next value) gathered so far, each appended to in place (so a long array
        /// is not copied per item).
        private var isObject: [Bool] = []
        private var arrays: [[JSONValue]] = []
        private var objects: [[(key: String, value: JSONValue)]] = []
        private var keys: [String] = []

        mutating func read() -> JSONValue? {
            skipSpace()
            while true {
                // A value starts here (or an empty container's end).
                guard i < bytes.count else { return nil }
                var value: JSONValue
                switch bytes[i] {
                case UInt8(ascii: "\""):
                    guard let s = string() else { return nil }
                    value = .string(s)
                case UInt8(ascii: "{"):
                    i += 1
                    skipSpace()
                    if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; value = .object([]); break }
                    guard isObject.count < JSONValue.maxDepth, let key = objectKey() else { return nil }
                    isObject.append(true)
                    objects.append([])
                    keys.append(key)
                    continue
                case UInt8(ascii: "["):
                    i += 1
                    skipSpace()
                    if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; value = .array([]); break }
                    guard isObject.count < JSONValue.maxDepth else { return nil }
                    isObject.append(false)
                    arrays.append([])
                    continue
                case UInt8(ascii: "t"): guard literal("true") else { return nil }; value = .other
                case UInt8(ascii: "f"): guard literal("false") else { return nil }; value = .other
                case UInt8(ascii: "n"): guard literal("null") else { return nil }; value = .other
                default: guard number() else { return nil }; value = .other
                }
                // Hand the value to its container; close containers as their ends come.
                while true {
                    skipSpace()
                    guard let inObject = isObject.last else { return i == bytes.count ? value : nil }
                    guard i < bytes.count else { return nil }
                    if inObject {
                        let top = objects.count - 1
                        objects[top].append((keys.removeLast(), value))
                        if bytes[i] == UInt8(ascii: ",") {
                            i += 1
                            skipSpace()
                            guard objects[top].count < JSONValue.maxKeysChecked, let next = objectKey(),
                                  !objects[top].contains(where: { $0.key == next }) else { return nil }
                            keys.append(next)
                            break
                        }
                        guard bytes[i] == UInt8(ascii: "}") else { return nil }
                        i += 1
                        isObject.removeLast()
                        value = .object(objects.removeLast())
                    } else {
                        let top = arrays.count - 1
                        arrays[top].append(value)
                        if bytes[i] == UInt8(ascii: ",") { i += 1; skipSpace(); break }
                        guard bytes[i] == UInt8(ascii: "]") else { return nil }
                        i += 1
                        isObject.removeLast()
                        value = .array(arrays.removeLast())
                    }
                }
            }
        }

        /// `"key"` and its colon; nil for a key that is not plain ASCII.
        private mutating func objectKey() -> String? {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\""), let key = string(), key.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            skipSpace()
            return key
        }

        private mutating func skipSpace() {
            while i < bytes.count {
                switch bytes[i] {
                case 0x20, 0x0A, 0x0D, 0x09: i += 1
                default: return
                }
            }
        }

        private mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard i + count <= bytes.count else { return false }
            for k in 0..<count where bytes[i + k] != word.utf8Start[k] { return false }
            i += count
            return true
        }

        /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?`, each part at most ``maxNumberDigits`` digits.
        private mutating func number() -> Bool {
            if i < bytes.count, bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, isDigit(bytes[i]) else { return false }
            if bytes[i] == UInt8(ascii: "0") {
                i += 1
            } else {
                let start = i
                while i < bytes.count, isDigit(bytes[i]) { i += 1 }
                guard i - start <= JSONValue.maxNumberDigits else { return false }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                let start = i
                while i < bytes.count, isDigit(bytes[i]) { i += 1 }
                guard i > start, i - start <= JSONValue.maxNumberDigits else { return false }
            }
            // An exponent, or a digit or letter run on: Foundation's to judge.
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") || isDigit(bytes[i]) { return false }
            return true
        }

        private func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

        /// A string at `i` (its opening quote), unescaped; nil for an unescaped control character,
        /// a bad escape, a `\u` of NUL or a surrogate, bytes that are not UTF-8, or no closing quote.
        private mutating func string() -> String? {
            i += 1
            let start = i
            var ascii = true
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    let run = UnsafeBufferPointer(rebasing: bytes[start..<i])
                    i += 1
                    return ascii ? String(decoding: run, as: UTF8.self) : String(validating: run, as: UTF8.self)
                }
                if b == UInt8(ascii: "\\") { return escapedString(from: start) }
                if b < 0x20 { return nil }
                if b >= 0x80 { ascii = false }
                i += 1
            }
            return nil
        }

        /// The rest of a string that holds escapes, its bytes gathered from `start`.
        private mutating func escapedString(from start: Int) -> String? {
            var out = Array(bytes[start..<i])
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    return String(validating: out, as: UTF8.self)
                }
                if b < 0x20 { return nil }
                guard b == UInt8(ascii: "\\") else { out.append(b); i += 1; continue }
                guard i + 1 < bytes.count else { return nil }
                let e = bytes[i + 1]
                i += 2
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard i + 4 <= bytes.count else { return nil }
                    var scalar: UInt32 = 0
                    for k in 0..<4 {
                        let h = bytes[i + k]
                        let digit: UInt32
                        switch h {
                        case 0x30...0x39: digit = UInt32(h - 0x30)
                        case 0x41...0x46: digit = UInt32(h - 0x41 + 10)
                        case 0x61...0x66: digit = UInt32(h - 0x61 + 10)
                        default: return nil
                        }
                        scalar = scalar << 4 | digit
                    }
                    i += 4
                    guard scalar != 0, let s = Unicode.Scalar(scalar) else { return nil }
                    out.append(contentsOf: String(s).utf8)
                default: return nil
                }
            }
            return nil
        }
    }
}
