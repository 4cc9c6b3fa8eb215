/// How a ``TextNormalizer`` writes the words it produces. The readings are the same in every style;
/// only the spelling of the spoken form differs (a voice says "twenty-two" and "twenty two" alike).
///
/// ```swift
/// let nemo = TextNormalizer(style: .nemoConventions).spoken("It took 122 days.")  // "one hundred and twenty two"
/// ```
public struct NormalizerStyle: Sendable, Equatable {
    /// "twenty-two" (true) or "twenty two" (false).
    public var hyphenatedNumbers: Bool
    /// "one hundred and five", "two thousand and one" (British and spoken American) or "one hundred five".
    /// Years never take it ("two thousand eight").
    public var andInNumbers: Bool
    /// Initialisms as separate capital letters, "K G B" (the voice then names each letter), or left
    /// as written, "KGB" (for a front end that spells capitals itself).
    public var spelledInitialisms: Bool
    /// Month names and titles capitalised ("May", "Doctor"), or in lower case ("may", "doctor"), as
    /// NeMo's files write them. (Readings of numbers are always in lower case, even at the start of
    /// a sentence: the voice does not hear the difference.)
    public var capitalizedWords: Bool
    /// Keep the period of an abbreviation that ends the text ("Elm Street."), so the voice still
    /// hears the end of a sentence; NeMo's files drop it.
    public var keepsFinalPeriod: Bool

    public init(hyphenatedNumbers: Bool, andInNumbers: Bool, spelledInitialisms: Bool,
                capitalizedWords: Bool, keepsFinalPeriod: Bool) {
        self.hyphenatedNumbers = hyphenatedNumbers
        self.andInNumbers = andInNumbers
        self.spelledInitialisms = spelledInitialisms
        self.capitalizedWords = capitalizedWords
        self.keepsFinalPeriod = keepsFinalPeriod
    }

    /// What the narrator sends to the voice: "nineteen ninety-four", "K G B", "May twentieth".
    public static let narration = NormalizerStyle(hyphenatedNumbers: true, andInNumbers: false,
                                                  spelledInitialisms: true, capitalizedWords: true,
                                                  keepsFinalPeriod: true)

    /// The written conventions of NVIDIA NeMo's English test files (../shared/bench/normalization):
    /// "nineteen ninety four", "one hundred and five", "DNA", "january", "doctor". Used to score
    /// the readings against that file without counting spelling differences the voice cannot hear.
    public static let nemoConventions = NormalizerStyle(hyphenatedNumbers: false, andInNumbers: true,
                                                        spelledInitialisms: false, capitalizedWords: false,
                                                        keepsFinalPeriod: false)
}
