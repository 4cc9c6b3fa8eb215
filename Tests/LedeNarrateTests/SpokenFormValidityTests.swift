import Testing
import LedeNarrate

/// Issue 14 part 4, by kind: dates that cannot exist, powers of ten, the units table's customary
/// and compound units, 24-hour clocks, quarters opening a sentence, lower-case initialisms,
/// currencies written in letters, abbreviations before numbers and telephone numbers in groups.
/// Every sentence here is written for these tests; `plain` is NeMo's spelling, `say` narration.
@Suite struct DateValidityTests {
    @Test func aDayThatCannotExistIsNoDate() {
        #expect(plain.spoken("2021/2/31") == "twenty twenty one slash two slash thirty one")
        #expect(plain.spoken("2/29/2023") == "two slash twenty nine slash twenty twenty three")
        #expect(plain.spoken("1900/2/29") == "nineteen hundred slash two slash twenty nine")  // not a leap year
        #expect(plain.spoken("29 feb 2023") != "the twenty ninth of february twenty twenty three")
        #expect(plain.spoken("February 30, 2020") != "february thirtieth, twenty twenty")
        #expect(!plain.spoken("31 April 2019").contains("thirty first"))
    }

    @Test func leapDaysThatExistAreDates() {
        #expect(plain.spoken("2/29/2024") == "february twenty ninth twenty twenty four")
        #expect(plain.spoken("2000/2/29") == "february twenty ninth two thousand")
        #expect(plain.spoken("29 feb 2024") == "the twenty ninth of february twenty twenty four")
        #expect(plain.spoken("February 29, 2024") == "february twenty ninth, twenty twenty four")
        #expect(plain.spoken("2/29/24") == "february twenty ninth twenty four")
        #expect(plain.spoken("29 February") == "the twenty ninth of february")  // no year: it may exist
    }

    @Test func hyphensAndDotsOfNoDateAreLeftToOtherReaders() {
        // Not read as a date, and not read with "slash" either.
        #expect(!plain.spoken("2021-02-31").contains("february"))
        #expect(!plain.spoken("2021-02-31").contains("slash"))
    }
}

@Suite struct PowerTests {
    @Test func powersOfTen() {
        #expect(plain.spoken("10^30") == "ten to the power of thirty")
        #expect(plain.spoken("10^-6") == "ten to the power of minus six")
        #expect(say("6.02×10^23") == "six point zero two times ten to the power of twenty-three")
        #expect(plain.spoken("3 x 10^8 m/s") == "three times ten to the power of eight meters per second")
    }

    @Test func anExponentTooLongIsNoPower() {
        let long = "10^" + String(repeating: "9", count: 30)
        #expect(!plain.spoken(long).contains("power"))
    }
}

@Suite struct UnitTableTests {
    @Test func customaryAndIndustryUnits() {
        #expect(plain.spoken("36 Gt of carbon") == "thirty six gigatonnes of carbon")
        #expect(plain.spoken("2 Mt of wheat") == "two megatonnes of wheat")
        #expect(plain.spoken("35 psi") == "thirty five pounds per square inch")
        #expect(plain.spoken("90,000 bpd") == "ninety thousand barrels per day")
        #expect(plain.spoken("a 250 hp boat") == "a two hundred and fifty horsepower boat")
        #expect(plain.spoken("3 tsp and 1 tbsp") == "three teaspoons and one tablespoon")
        #expect(plain.spoken("0.2 mol") == "zero point two moles")
        #expect(plain.spoken("12 fl oz") == "twelve fluid ounces")
        #expect(plain.spoken("2 qt") == "two quarts")
        #expect(plain.spoken("18 kn") == "eighteen knots")
        #expect(plain.spoken("6 wks") == "six weeks")
        #expect(plain.spoken("down 40 pts") == "down forty points")
        #expect(plain.spoken("40 sq in") == "forty square inches")
    }

    @Test func inchesOnlyWhereInIsNoPreposition() {
        #expect(plain.spoken("a 6 ft 4 in center") == "a six foot four inch center")
        #expect(plain.spoken("he is 6 ft 1 in") == "he is six feet one inch")
        #expect(plain.spoken("a 17in screen") == "a seventeen inch screen")
        #expect(plain.spoken("8 in. of rain") == "eight inches of rain")
        #expect(plain.spoken("arrived at 6 in the morning") == "arrived at six in the morning")
        #expect(plain.spoken("6 ft in the air") == "six feet in the air")
    }
}

@Suite struct ClockAndQuarterTests {
    @Test func twentyFourHourClock() {
        #expect(plain.spoken("from 9:00 to 18:00") == "from nine o'clock to eighteen hundred")
        #expect(plain.spoken("at 0800 GMT") == "at oh eight hundred GMT")
        #expect(plain.spoken("by 2215 UTC") == "by twenty two fifteen UTC")
        // Four digits without a time zone stay a year or a count.
        #expect(plain.spoken("in 1800 there were") == "in eighteen hundred there were")
        // No such time: read as any four digits are, in pairs, not as "twenty-four sixty hours".
        #expect(plain.spoken("2460 GMT") == "twenty four sixty GMT")
    }

    @Test func seasonsWrittenWithASlash() {
        #expect(plain.spoken("the 2023/24 season") == "the twenty twenty three to twenty four season")
        #expect(plain.spoken("in 2008/09") == "in two thousand eight to oh nine")
        #expect(plain.spoken("1999/2000") == "nineteen ninety nine to two thousand")
        #expect(!plain.spoken("2023/27").contains(" to "))  // not the next year: no season
    }

    @Test func quartersOpeningASentence() {
        #expect(say("Q3 sales fell.") == "Third quarter sales fell.")
        #expect(say("He said Q3 sales fell.") == "He said Q3 sales fell." || say("He said Q3 sales fell.") == "He said Q three sales fell.")
        #expect(plain.spoken("3Q 2018") == "the third quarter of twenty eighteen")
        #expect(!say("Audi Q3 sales fell.").contains("quarter"))
    }
}

@Suite struct WhitelistAndLettersTests {
    @Test func lowerCaseInitialisms() {
        #expect(plain.spoken("the fbi said") == "the FBI said")
        #expect(plain.spoken("an nfl game") == "an NFL game")
        #expect(say("the fbi said") == "the F B I said")
        #expect(plain.spoken("a pigeon will coo") == "a pigeon will coo")
    }

    @Test func currenciesInLetters() {
        #expect(plain.spoken("Rs 750") == "seven hundred and fifty rupees")
        #expect(plain.spoken("Rs. 3,000 crore") == "three thousand crore rupees")
        #expect(plain.spoken("R$80") == "eighty reais")
        #expect(plain.spoken("RM 45") == "forty five ringgit")
    }

    @Test func abbreviationsBeforeNumbers() {
        #expect(plain.spoken("see pp. 40-44") == "see pages forty to forty four")
        #expect(plain.spoken("built c. 1350") == "built circa thirteen fifty")
        #expect(plain.spoken("call 555-0100 ext. 31") == "call five five five, zero one zero zero extension thirty one")
        #expect(plain.spoken("Sacramento, Ca.") == "Sacramento, Ca.")
    }

    @Test func currencySymbolsAfterOrSpacedFromTheAmount() {
        #expect(plain.spoken("it costs 8$") == "it costs eight dollars")
        #expect(plain.spoken("30 € each") == "thirty euros each")
        #expect(plain.spoken("only $ 4") == "only four dollars")
        #expect(plain.spoken("1 €") == "one euro")
    }

    @Test func britishTitlesWithoutAPeriod() {
        #expect(plain.spoken("Dr Patel said") == "doctor Patel said")
        #expect(plain.spoken("near St Albans") == "near Saint Albans")
        #expect(plain.spoken("the Dr said") == "the Dr said")
    }

    @Test func yearsClippedToTwoDigits() {
        #expect(plain.spoken("back in '07") == "back in oh seven")
        #expect(plain.spoken("class of '98") == "class of ninety eight")
        #expect(plain.spoken("the '70s") == "the seventies")
    }

    @Test func aRegnalNumberOfOneLetter() {
        #expect(plain.spoken("under King Henry V.") == "under King Henry the fifth.")
        #expect(plain.spoken("Queen Mary I's court") == "Queen Mary the first's court")
        #expect(plain.spoken("King Charles I think") == "King Charles I think")
        #expect(plain.spoken("Vol. II") == "volume two")
    }

    @Test func telephoneNumbers() {
        #expect(plain.spoken("+44 20 7946 0321") == "plus four four, two zero, seven nine four six, zero three two one")
        #expect(plain.spoken("Call 911 now") == "Call nine one one now")
        #expect(plain.spoken("dial 999") == "dial nine nine nine")
        #expect(plain.spoken("call 100 people") == "call one hundred people")
        #expect(plain.spoken("+3 20 points") != "plus three, two zero, points")
    }
}
