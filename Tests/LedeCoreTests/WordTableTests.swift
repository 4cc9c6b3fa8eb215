import Testing
@testable import LedeCore

/// `WordTable` and `WordSet` answer as `[String: UInt32]` and `Set<String>` answer: every check here
/// compares with the standard library's collections on the same words.
@Suite struct WordTableTests {
    /// Words of every shape the language passes ask about: ASCII of every length (past the 15 bytes a
    /// small string holds), accented (composed and decomposed), other scripts, emoji, the empty word.
    static let words: [String] = {
        var words = ["", "a", "I", "the", "The", "THE", "said", "Said", "Minsk", "New York", "Kastus Kalinouski",
                     "an-extraordinarily-long-hyphenated-word", "café", "cafe\u{301}", "Zürich", "Zu\u{308}rich",
                     "Київ", "東京", "😀", "a😀", "K", "\u{212A}", "\u{212A}m", "Km", ";", "\u{037E}", "`", "\u{1FEF}",
                     "Å", "\u{212B}", "A\u{30A}", "ﬁ", "fi", "Ω", "\u{2126}"]
        // Enough plain words to make the table grow several times.
        for i in 0..<3000 { words.append("w\(i)"); words.append("Word\(i * 7919)") }
        return words
    }()

    @Test func membersAnswerAsASetOfStrings() {
        for stride in [1, 2, 3, 7] {
            let members = Self.words.enumerated().filter { $0.offset % stride == 0 }.map(\.element)
            var reference = Set<String>()
            var set = WordSet()
            for word in members {
                #expect(set.insert(word) == reference.insert(word).inserted, "insert \(word)")
            }
            for word in Self.words + ["w3001", "Word-1", "CAFÉ", "zürich", "k", "\u{212A}M"] {
                #expect(set.contains(word) == reference.contains(word), "\(word) with every \(stride)th word a member")
            }
            #expect(set.count == reference.count)
            #expect(Set(set) == reference)
        }
    }

    @Test func insertSaysWhetherTheWordWasNew() {
        var set = WordSet()
        var reference = Set<String>()
        for word in Self.words + Self.words.reversed() + ["Km", "\u{212A}m", "cafe\u{301}", "café"] {
            #expect(set.insert(word) == reference.insert(word).inserted, "insert \(word)")
        }
        #expect(set.count == reference.count)
        #expect(Set(set) == reference)
    }

    @Test func valuesAnswerAsADictionary() {
        var table = WordTable()
        var reference: [String: UInt32] = [:]
        for (i, word) in Self.words.enumerated() {
            table[word] = UInt32(i)
            reference[word] = UInt32(i)
        }
        // Overwritten values, some under an equal spelling ("\u{212A}m" for "Km", "cafe\u{301}" for "café").
        for (word, value) in [("said", 1 as UInt32), ("\u{212A}m", 2), ("cafe\u{301}", 3), ("A\u{30A}", 4)] {
            table[word] = value
            reference[word] = value
        }
        for word in Self.words + ["absent", "SAID", "Cafe"] {
            #expect(table[word] == reference[word], "\(word)")
        }
        #expect(table.count == reference.count)
        #expect(Set(table.words) == Set(reference.keys))
    }

    /// The ASCII form is exactly `String` equality: every scalar of the Basic Multilingual Plane and the
    /// next, alone and after a letter, equals an ASCII string just when the form says so (asked of a
    /// `Set<String>` of the ASCII strings, which finds by `String`'s own hashing and equality).
    @Test func asciiFormsAreStringEquality() {
        let ascii = Set((0..<0x80).map { String(UnicodeScalar(UInt8($0))) })
        for value in 0x80..<0x20000 {
            guard let scalar = UnicodeScalar(value) else { continue }
            let word = String(scalar)
            let equal = ascii.firstIndex(of: word).map { ascii[$0] }
            #expect(WordTable.asciiForm(word) == equal, "U+\(String(value, radix: 16, uppercase: true))")
            let after = "x" + word
            #expect(WordTable.asciiForm(after) == equal.map { "x" + $0 }, "x then U+\(String(value, radix: 16))")
        }
        #expect(WordTable.asciiForm("plain") == "plain")
    }

    @Test func reservingRoomKeepsEveryMember() {
        var set: WordSet = ["one", "two", "Zürich"]
        set.reserveCapacity(10_000)
        #expect(set.contains("one") && set.contains("two") && set.contains("Zu\u{308}rich") && !set.contains("three"))
        #expect(set.union(["three", "one"]).count == 4)
    }
}
