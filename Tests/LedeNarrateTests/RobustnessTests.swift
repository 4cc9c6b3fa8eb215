import Foundation
import Testing
import LedeNarrate

@Suite struct RobustnessTests {
    @Test func emptyAndBlank() {
        #expect(say("") == "")
        #expect(say("   ") == "   ")
        #expect(say("\n") == "\n")
    }

    @Test func untouchedTextStaysByteIdentical() {
        let s = "“We understand that it’s a long journey,” said Vadim Prokopiev; then: ‘Pahonia’ — fine? Yes!"
        #expect(say(s) == s)
        let names = "Aliaksiej Skoblia, Dariusz Tomysek and Müller's d'être"
        #expect(say(names) == names)
    }

    @Test func otherScriptsPassThrough() {
        #expect(say("Лукашенко правит с 1994 года.") == "Лукашенко правит с nineteen ninety-four года.")
        #expect(say("北京 東京") == "北京 東京")
        #expect(say("٣ ١٢") == "٣ ١٢")  // Arabic-Indic digits are not read as English numbers
        #expect(say("emoji 👍🏽 and e\u{301}") == "emoji 👍🏽 and e\u{301}")
    }

    @Test func hugeNumbersAreReadDigitByDigit() {
        let digits = String(repeating: "9", count: 500)
        let spoken = say(digits)
        #expect(spoken.split(separator: " ").count == 500)
        #expect(spoken.split(separator: " ").allSatisfy { $0 == "nine" || $0 == "Nine" })
        // Thirty-six digits still have a name; thirty-seven do not.
        #expect(say("1" + String(repeating: ",000", count: 11)) == "one decillion")
        #expect(say("$" + String(repeating: "1", count: 40)).hasSuffix("one dollars"))
        #expect(say("1" + String(repeating: ",000", count: 20)).split(separator: " ").count == 61)
    }

    @Test func longTextIsLinear() {
        // 200 KB of news-like text with every kind of token: the pass completes and keeps the words.
        let paragraph = "On May 20, 2022, Mr. Smith paid $1.5bn (about 10% of 2,500,000) at 3:30 p.m. to the U.S. KGB; see www.example.com. "
        var big = ""
        while big.utf8.count < 200_000 { big += paragraph }
        let spoken = say(big)
        #expect(spoken.count > big.count)
        #expect(spoken.components(separatedBy: "Mister Smith").count - 1 == big.components(separatedBy: "Mr. Smith").count - 1)
        // Pathological inputs of the same size.
        for s in [String(repeating: "1,", count: 100_000), String(repeating: "-", count: 200_000),
                  String(repeating: "a.", count: 100_000), String(repeating: "$", count: 200_000),
                  String(repeating: "9", count: 200_000), String(repeating: "\"1", count: 100_000),
                  String(repeating: "x", count: 200_000) + "@" + String(repeating: "y.", count: 1000) + "com"] {
            #expect(!say(s).isEmpty)
        }
    }

    @Test func oddPunctuationNeverCrashes() {
        let pieces = ["$", "£", "-", "−", ".", ",", ":", "/", "%", "°", "'", "’", "\"", "``", "''", "#", "@", "&",
                      "+", "*", "=", "<", ">", "(", ")", "1", "12", "2022", "1,000", "3.5", "st", "th", "am", "p.m.",
                      "May", "Jan.", "St.", "Dr", "No.", "II", "KGB", "x", "km", "bn", " ", "\n", "½", "–", "Ж"]
        var seed: UInt64 = 0x9E3779B97F4A7C15
        for _ in 0..<3000 {
            var s = ""
            for _ in 0..<8 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                s += pieces[Int(seed >> 33) % pieces.count]
            }
            _ = say(s)
            _ = plain.spoken(s)
        }
    }
}
