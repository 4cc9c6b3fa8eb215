#if canImport(Glibc)
import Glibc
#endif

/// A text hashed and compared by its UTF-8 bytes, for the sets that find a paragraph printed twice.
///
/// `Set<String>` hashes a String through its normalised form (the check and, beyond ASCII, the
/// normalising itself ran for every paragraph of every page: 1 % of extraction in profiles); a
/// repeated paragraph is the same bytes printed again, so the bytes are hashed once, as they are.
///
/// ```swift
/// var seen: Set<ExactText> = []
/// seen.insert(ExactText("The council voted.")).inserted   // true
/// seen.insert(ExactText("The council voted.")).inserted   // false
/// ```
struct ExactText: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: ExactText, b: ExactText) -> Bool {
        var x = a.text, y = b.text
        return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && (p.isEmpty || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) } }
    }

    func hash(into hasher: inout Hasher) {
        var t = text
        t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
