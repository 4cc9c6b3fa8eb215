/// One clause of IPA phonemes and the punctuation that closed it (`,` `;` `:` `.` `?` `!`), the way
/// Piper voices were trained to hear clause breaks.
///
/// ```swift
/// let parts = try Espeak.with { try $0.phonemeClauses("Hello, world.", voice: "en-us") }
/// // [PhonemeClause(ipa: "həlˈoʊ", terminator: ","), PhonemeClause(ipa: "wˈɜːld", terminator: ".")]
/// ```
public struct PhonemeClause: Sendable, Equatable {
    public var ipa: String
    public var terminator: Character?

    public init(ipa: String, terminator: Character? = nil) {
        self.ipa = ipa
        self.terminator = terminator
    }

    /// The clause as the voice reads it: the phonemes, the punctuation, then a space before the next
    /// clause (a chunk's last space is trimmed, so a sentence ends on its bare `.`, `?` or `!`).
    var spelled: String {
        ipa + (terminator.map { String($0) } ?? "") + " "
    }
}
