import Testing
import LedeNarrate

/// The grammars behind the spoken forms, one kind at a time (units, fractions, dates, parts of a
/// year, codes, ranges), on sentences written for these tests. `say` is the narration style,
/// `plain.spoken` NeMo's spelling of the same words.
@Suite struct UnitGrammarTests {
    @Test func prefixesTimesBases() {
        #expect(plain.spoken("40 µg") == "forty micrograms")
        #expect(plain.spoken("1013 hPa") == "one thousand and thirteen hectopascals")
        #expect(plain.spoken("7 kN") == "seven kilonewtons")
        #expect(plain.spoken("1 TWh") == "one terawatt hour")
        #expect(plain.spoken("0.3 mSv") == "zero point three millisieverts")
        #expect(plain.spoken("3 PB") == "three petabytes")
        #expect(plain.spoken("5 Gb") == "five gigabits")
        #expect(plain.spoken("16gb") == "sixteen gigabytes")
        // A prefix a base does not take is no unit: "Mm", "kt".
        #expect(plain.spoken("5 Mm") == "five Mm")
    }

    @Test func anyCaseOnlyWhenTheSymbolIsInOneCase() {
        #expect(plain.spoken("1 mbps") == "one megabit per second")
        #expect(plain.spoken("12KG") == "twelve kilograms")
        #expect(plain.spoken("3 GHZ") == "three gigahertz")
    }

    @Test func squaresCubesAndRates() {
        #expect(plain.spoken("1 km³") == "one cubic kilometer")
        #expect(plain.spoken("25 cm²") == "twenty five square centimeters")
        #expect(plain.spoken("3 cu ft") == "three cubic feet")
        #expect(say("9.8 m/s²") == "nine point eight meters per second squared")
        #expect(say("200 kg/m³") == "two hundred kilograms per cubic meter")
        #expect(say("3 m³/s") == "three cubic meters per second")
        #expect(say("15 kg/ha of fertiliser") == "fifteen kilograms per hectare of fertiliser")
        #expect(say("1 km/h") == "one kilometer per hour")
    }

    @Test func aRateWithOnlyItsDenominator() {
        #expect(plain.spoken("12/kg") == "twelve per kilogram")
        #expect(say("5 kg/day") == "five kilograms per day")
        #expect(say("$3/gal") == "three dollars per gallon")
    }

    @Test func loneLettersStayLettersWhereTheyAreAmbiguous() {
        #expect(say("the 1990s") == "the nineteen nineties")
        #expect(say("5 s") == "five s")
        #expect(say("5 N") == "five N")
        #expect(say("5 W") == "five W")
        #expect(say("T30W") == "T thirty W")
        #expect(say("2.5 L of water") == "two point five liters of water")
    }
}

@Suite struct FractionGrammarTests {
    @Test func improperFractionsAndMixedNumbers() {
        #expect(plain.spoken("22/3") == "twenty two thirds")
        #expect(plain.spoken("3 5/2") == "three and five halves")
        #expect(plain.spoken("4 7/8") == "four and seven eighths")
        #expect(say("2 1/4 miles") == "two and a quarter miles")
        #expect(say("4 1/2 lbs") == "four and a half pounds")
        #expect(say("1/2 mi") == "half a mile")
        #expect(say("3/4\"") == "three quarters of an inch")
    }

    @Test func splitsAndNamedPairsAreTwoNumbers() {
        #expect(say("a 60/40 split") == "a sixty forty split")
        #expect(say("a 40/60 split") == "a forty sixty split")
        #expect(say("20/20 vision") == "twenty twenty vision")
        #expect(plain.spoken("open 24/7") == "open twenty four seven")
        #expect(say("97/3") == "ninety-seven thirds")
    }
}

@Suite struct DateGrammarTests {
    @Test func dayMonthYearInAnyCase() {
        #expect(plain.spoken("17 may 2010") == "the seventeenth of may twenty ten")
        #expect(plain.spoken("21 APRIL 1926") == "the twenty first of april nineteen twenty six")
        #expect(say("on 3 MARCH 2021") == "on the third of March twenty twenty-one")
        // Without a year a lower-case "may" or "march" stays a word.
        #expect(say("we 5 may go") == "we five may go")
        #expect(say("the 5 march") == "the five march")
    }

    @Test func ordinalDayOfMonth() {
        #expect(say("the 4th of July") == "the fourth of July")
        #expect(plain.spoken("1st of may") == "the first of may")
    }

    @Test func monthFirstInAnyCaseWithDayAndYear() {
        #expect(plain.spoken("MARCH 3, 2021") == "march third, twenty twenty one")
        #expect(say("you may 5 times") == "you may five times")
    }

    @Test func numericOrders() {
        // A day that cannot exist is no date (NeMo reads "february thirtieth"): the numbers as written.
        #expect(plain.spoken("1998/2/30") == "nineteen ninety eight slash two slash thirty")
        #expect(plain.spoken("11/17/05") == "november seventeenth oh five")
        #expect(plain.spoken("12/25/99") == "december twenty fifth ninety nine")
        // Two-digit years need a day that exists.
        #expect(plain.spoken("2/30/05") != "february thirtieth oh five")
    }

    @Test func quartersHalvesAndFiscalYears() {
        #expect(say("2Q22 sales") == "the second quarter of twenty twenty-two sales")
        #expect(say("in Q1 2024") == "in the first quarter of twenty twenty-four")
        #expect(say("the Q3 results") == "the third quarter results")
        #expect(say("during Q4") == "during the fourth quarter")
        #expect(say("H1 2023") == "the first half of twenty twenty-three")
        #expect(say("Q4 '23") == "the fourth quarter of twenty twenty-three")
        #expect(say("FY23") == "fiscal year twenty twenty-three")
        #expect(say("in FY 2024") == "in fiscal year twenty twenty-four")
        // A car, a virus, a heading, a fifth quarter: not parts of a year.
        #expect(say("an Audi Q3") == "an Audi Q three")
        #expect(say("H1N1") == "H one N one")
        #expect(!say("Q5 2024").contains("quarter"))
    }
}

@Suite struct CodesRangesAndWhitelistTests {
    @Test func numbersWithBracketedSubsections() {
        #expect(say("a 401(k) plan") == "a four oh one k plan")
        #expect(say("a 501(c)(3) charity") == "a five oh one c three charity")
        #expect(say("a 457(b)") == "a four fifty-seven b")
        #expect(say("Section 8(a)") == "Section eight a")
    }

    @Test func rangesWithUnitsAndTimes() {
        #expect(say("5 - 10 km") == "five to ten kilometers")
        #expect(say("5 km - 10 km") == "five kilometers to ten kilometers")
        #expect(say("10:00 - 11:30") == "ten o'clock to eleven thirty")
        #expect(say("9.30-11am") == "nine thirty to eleven A M")
        #expect(say("10am–noon") == "ten A M to noon")
        #expect(say("$5 - $10") == "five dollars to ten dollars")
        // A spaced hyphen elsewhere is a pause.
        #expect(say("won 3 - 2") == "won three - two")
        #expect(say("5 - 3 km") == "five - three kilometers")
    }

    @Test func britishClockTimes() {
        #expect(say("at 8.30pm") == "at eight thirty P M")
        #expect(say("the 8.30 train") == "the eight point three zero train")
    }

    @Test func lowerCaseInitialisms() {
        #expect(plain.spoken("watching tv") == "watching TV")
        #expect(say("new suvs") == "new S U V's")
        #expect(say("tvs and atms") == "T V's and A T M's")
        #expect(say("the tvshow") == "the tvshow")
    }

    @Test func currencyCodesAndCents() {
        #expect(say("USD 5 million") == "five million U S dollars")
        #expect(plain.spoken("USD1.5bn") == "one point five billion US dollars")
        #expect(say("EUR 20.50") == "twenty euros fifty cents")
        #expect(say("300 CHF") == "three hundred Swiss francs")
        #expect(say("50¢") == "fifty cents")
        #expect(say("a USD account") == "a U S D account")
    }

    @Test func ordinalsTakeNoAnd() {
        #expect(plain.spoken("101st") == "one hundred first")
        #expect(plain.spoken("205th") == "two hundred fifth")
        #expect(plain.spoken("105") == "one hundred and five")
    }
}

/// Numbers at and past the edge of 64-bit integers in every grammar that reads digits: none may
/// trap, and the ones that are quantities are read in full.
@Suite struct IntegerEdgeTests {
    static let max = "9223372036854775807", past = "9223372036854775808", huge = "99999999999999999999999999"
    /// 10^30 written out: past every integer type the grammars could parse into.
    static let tenToThe30 = "1" + String(repeating: "0", count: 30)

    @Test func quantitiesAreReadInFull() {
        #expect(plain.spoken("9,223,372,036,854,775,807") == "nine quintillion two hundred and twenty three quadrillion three hundred and seventy two trillion thirty six billion eight hundred and fifty four million seven hundred and seventy five thousand eight hundred and seven")
        #expect(plain.spoken("18,446,744,073,709,551,616th") == "eighteen quintillion four hundred forty six quadrillion seven hundred forty four trillion seventy three billion seven hundred nine million five hundred fifty one thousand six hundred sixteenth")
        #expect(plain.spoken("\(Self.past)") == "nine two two three three seven two zero three six eight five four seven seven five eight zero eight")
    }

    @Test func noGrammarTraps() {
        for n in [Self.max, Self.past, Self.huge, Self.tenToThe30, "0", "00", "18446744073709551616"] {
            for form in ["\(n)/3", "3/\(n)", "\(n) 1/2", "1 \(n)/2", "\(n)/kg", "\(n) km/h", "\(n)(k)", "\(n)Q22", "2Q\(n)",
                         "Q\(n)", "FY\(n)", "\(n)/2/30", "2020/\(n)/1", "11/17/\(n)", "\(n) may 2010", "17 may \(n)",
                         "\(n).30pm", "8.\(n)pm", "\(n)-\(n) km", "\(n) - \(n) km", "$\(n) - $\(n)", "-\(n)", "\(n)th",
                         "\(n)%", "\(n)m people", "\(n):\(n)", "the \(n)th of May", "\(n)x\(n) m2", "\(n)s", "'\(n)",
                         "\(n)^\(n)", "10^\(n)", "\(n)^2", "\(n)×10^30", "\(n) ft \(n) in", "call \(n)", "+44 \(n) \(n)",
                         "\(n) GMT", "Rs \(n)", "R$\(n)", "\(n)/2/29", "2/29/\(n)", "29 feb \(n)", "\(n)Q \(n)", "pp. \(n)-\(n)"] {
                #expect(!say(form).isEmpty)
                #expect(!plain.spoken(form).isEmpty)
            }
        }
    }
}
