import Testing
import LedeNarrate

@Suite struct NumberTests {
    @Test func cardinals() {
        #expect(say("0") == "zero")
        #expect(say("7 days") == "seven days")
        #expect(say("13 ships") == "thirteen ships")
        #expect(say("42 people") == "forty-two people")
        #expect(say("100 votes") == "one hundred votes")
        #expect(say("he had 215 votes") == "he had two hundred fifteen votes")
        #expect(say("10,000 troops") == "ten thousand troops")
        #expect(say("1,000,001 stars") == "one million one stars")
        #expect(say("3,400,000,000 cells") == "three billion four hundred million cells")
        #expect(say("nearly 10 million") == "nearly ten million")
    }

    @Test func britishAndInNemoSpelling() {
        #expect(plain.spoken("$18801") == "eighteen thousand eight hundred and one dollars")
        #expect(plain.spoken("$18081") == "eighteen thousand and eighty one dollars")
        #expect(plain.spoken("9,000") == "nine thousand")
    }

    @Test func numbersAtTheStartOfASentence() {
        #expect(say("10 people died.") == "ten people died.")
        #expect(say("He left. 12 stayed.") == "He left. twelve stayed.")
        #expect(say("2020 was hard.") == "twenty twenty was hard.")
        #expect(say("“15 of them,” he said.") == "“fifteen of them,” he said.")
    }

    @Test func longBareNumbersAreReadDigitByDigit() {
        #expect(say("code 48213") == "code four eight two one three")
        #expect(say("agent 007") == "agent zero zero seven")
    }

    @Test func years() {
        #expect(say("since 1994") == "since nineteen ninety-four")
        #expect(say("in 2020") == "in twenty twenty")
        #expect(say("in 2008") == "in two thousand eight")
        #expect(say("in 2000") == "in two thousand")
        #expect(say("in 1905") == "in nineteen oh five")
        #expect(say("in 1900") == "in nineteen hundred")
        #expect(say("in 1066") == "in ten sixty-six")
        #expect(say("in 2010") == "in twenty ten")
    }

    @Test func decades() {
        #expect(say("the 1990s") == "the nineteen nineties")
        #expect(say("the '80s") == "the eighties")
        #expect(say("the 2000s") == "the two thousands")
        #expect(say("the mid-1960s") == "the mid nineteen sixties")
        #expect(say("1960s-80s") == "nineteen sixties to eighties")
    }

    @Test func ordinals() {
        #expect(say("21st") == "twenty-first")
        #expect(say("the 2nd and 3rd") == "the second and third")
        #expect(say("the 11th, 12th and 13th") == "the eleventh, twelfth and thirteenth")
        #expect(say("the 19th century") == "the nineteenth century")
        #expect(say("his 100th game") == "his one hundredth game")
        #expect(say("a 2th") == "a two th")  // a wrong suffix is read as written
    }

    @Test func decimalsAndPercentages() {
        #expect(say("1.5 times") == "one point five times")
        #expect(say("0.25") == "zero point two five")
        #expect(say("a .5 chance") == "a point five chance")
        #expect(say("rose 3.5%") == "rose three point five percent")
        #expect(say("fell 40 %") == "fell forty percent")
        #expect(say("version 2.0.1") == "version two point zero point one")
    }

    @Test func negatives() {
        #expect(say("it was -5 outside") == "it was minus five outside")
        #expect(say("−3.2") == "minus three point two")
        #expect(say("a 5-3 win") == "a five to three win")
    }

    @Test func ranges() {
        #expect(say("2010-2015") == "twenty ten to twenty fifteen")
        #expect(say("5-10 minutes") == "five to ten minutes")
        #expect(say("1961–1965") == "nineteen sixty-one to nineteen sixty-five")
        #expect(say("5-10%") == "five to ten percent")
        #expect(say("passed 52-48") == "passed fifty-two to forty-eight")
        #expect(say("ISBN 978-0") == "I S B N nine hundred seventy-eight - zero")
        #expect(say("2010-15") == "twenty ten to fifteen")
        #expect(say("a 1-1-1 record") == "a one-one-one record")  // a chain is not a range
    }

    @Test func hyphenatedAges() {
        #expect(say("a 50-year-old businessman") == "a fifty-year-old businessman")
        #expect(say("a 19-year-old, Ales") == "a nineteen-year-old, Ales")
    }

    @Test func fractions() {
        #expect(say("1/3") == "one third")
        #expect(say("3/4 of voters") == "three quarters of voters")
        #expect(say("1/2") == "one half")
        #expect(say("2 1/2 miles") == "two and a half miles")
        #expect(say("5/8") == "five eighths")
        #expect(say("1/4th") == "one quarter")
        #expect(say("9/11 and 24/7") == "nine eleven and twenty-four seven")
        #expect(say("2½") == "two and a half")
    }

    @Test func measures() {
        #expect(say("5 km") == "five kilometers")
        #expect(say("10kg") == "ten kilograms")
        #expect(say("6 ft") == "six feet")
        #expect(say("1 ft") == "one foot")
        #expect(say("65 mph") == "sixty-five miles per hour")
        #expect(say("1°C") == "one degree Celsius")
        #expect(say("98.6°F") == "ninety-eight point six degrees Fahrenheit")
        #expect(say("a 5-km race") == "a five-kilometer race")
        #expect(say("100 million kg") == "one hundred million kilograms")
        #expect(say("a 2x4 board") == "a two by four board")
        #expect(say("60 km/h") == "sixty kilometers per hour")
        #expect(say("5 in the morning") == "five in the morning")  // "in" is never inches
    }
}

@Suite struct RealWorldPatternTests {
    @Test func splitsRatiosAndModels() {
        #expect(say("the 80/20 rule") == "the eighty twenty rule")
        #expect(say("a 16:9 screen") == "a sixteen to nine screen")
        #expect(say("the T30S robot") == "the T thirty S robot")
        #expect(say("a 4-hour wait") == "a four-hour wait")
        #expect(say("100V vs 120V") == "one hundred volts versus one hundred twenty volts")
    }

    @Test func dayAndMoneyRanges() {
        #expect(say("October 14-15, 2026") == "October fourteenth to fifteenth, twenty twenty-six")
        #expect(say("$150-250") == "one hundred fifty to two hundred fifty dollars")
        #expect(say("50 – 100 employees") == "fifty to one hundred employees")
        #expect(say("Smith – 5") == "Smith – five")
    }

    @Test func leftovers() {
        #expect(say("Case Studies: N/A") == "Case Studies: not applicable")
        #expect(say("C# and F#") == "C sharp and F sharp")
        #expect(say("You&#39;d say &quot;no&quot;") == "You'd say \"no\"")
        #expect(say("DJ and/or band") == "D J and or band")
    }
}

@Suite struct BritishAndSocialTests {
    @Test func millionsAndMetres() {
        #expect(say("1.5m people") == "one point five million people")
        #expect(say("a 100m sprint") == "a one hundred meter sprint")
        #expect(say("2m tall") == "two meters tall")
        #expect(say("a 10kg bag") == "a ten kilogram bag")
    }

    @Test func hashtagsAndDegrees() {
        #expect(say("#MeToo") == "hashtag MeToo")
        #expect(say("a PhD and a Ph.D.") == "a P H D and a P H D.")
        #expect(say("COP26") == "COP twenty-six")
    }
}

@Suite struct FourDigitTests {
    @Test func fourUngroupedDigitsAreReadInPairs() {
        #expect(say("the RTX 5070") == "the R T X fifty seventy")
        #expect(say("RSA-2048") == "R S A-twenty forty-eight")
        #expect(say("in 2100") == "in twenty-one hundred")
        #expect(say("9000 fans") == "nine thousand fans")
        // Grouped, or with a unit, it is a count.
        #expect(say("5,070 fans") == "five thousand seventy fans")
        #expect(say("5070 km") == "five thousand seventy kilometers")
    }

    @Test func moreUnits() {
        #expect(say("8KHz polling") == "eight kilohertz polling")
        #expect(say("10 GB/s") == "ten gigabytes per second")
    }
}

@Suite struct SignsAndShorthandTests {
    @Test func signsBeforeNumbers() {
        #expect(say("fell -$5") == "fell minus five dollars")
        #expect(say("fell $-5") == "fell minus five dollars")
        #expect(say("a loss of £−2.5m") == "a loss of minus two point five million pounds")
        #expect(!say("costs $- each").contains("minus"))
        #expect(say("C$-7") == "minus seven Canadian dollars")
        #expect(say("<5%") == "less than five percent")
        #expect(say("~40 people") == "about forty people")
        #expect(say("±2") == "plus or minus two")
        #expect(say("+3") == "plus three")
    }

    @Test func shorthand() {
        #expect(say("5x faster") == "five times faster")
        #expect(say("10 m²") == "ten square meters")
        #expect(say("5'10\" tall") == "five feet ten inches tall")
        #expect(say("6′2″") == "six feet two inches")
    }
}
