import Testing
import LedeNarrate

@Suite struct AbbreviationTests {
    @Test func titles() {
        #expect(say("Mr. Smith and Mrs. Jones") == "Mister Smith and Misses Jones")
        #expect(say("Dr. Evil") == "Doctor Evil")
        #expect(say("Gov. Hochul and Sen. Schumer") == "Governor Hochul and Senator Schumer")
        #expect(say("Lt. Col. Vindman") == "Lieutenant Colonel Vindman")
        #expect(say("Martin Luther King Jr. spoke") == "Martin Luther King Junior spoke")
        #expect(say("Mr Smith") == "Mister Smith")
        #expect(plain.spoken("Dr. Evil") == "doctor Evil")
    }

    @Test func saintOrStreet() {
        #expect(say("St. Louis") == "Saint Louis")
        #expect(say("in St. Petersburg") == "in Saint Petersburg")
        #expect(say("on Main St. today") == "on Main Street today")
        #expect(say("1428 Elm St.") == "fourteen twenty-eight Elm Street.")
        #expect(say("5th St. and") == "fifth Street and")
        #expect(say("Mulholland Dr. at night") == "Mulholland Drive at night")
    }

    @Test func otherAbbreviations() {
        #expect(say("No. 3") == "number three")
        #expect(say("No. I won't.") == "No. I won't.")
        #expect(say("Roe v. Wade") == "Roe versus Wade")
        #expect(say("Apple Inc. said") == "Apple Incorporated said")
        #expect(say("apples, pears, etc. are") == "apples, pears, et cetera are")
        #expect(say("a.m. and e.g. this") == "A M and for example this")
    }

    @Test func romanNumerals() {
        #expect(say("Charles III") == "Charles the third")
        #expect(say("Elizabeth II's reign") == "Elizabeth the second's reign")
        #expect(say("World War II") == "World War two")
        #expect(say("Chapter IV") == "Chapter four")
        #expect(say("Super Bowl LVII") == "Super Bowl fifty-seven")
        #expect(say("Pope John Paul II") == "Pope John Paul the second")
        #expect(say("So I said") == "So I said")
        #expect(say("Washington DC") == "Washington D C")
        #expect(say("Henry VIII had") == "Henry the eighth had")
    }

    @Test func initialismsAndAcronyms() {
        #expect(say("the KGB") == "the K G B")
        #expect(say("the AP said") == "the A P said")
        #expect(say("the UN and the FBI") == "the U N and the F B I")
        #expect(say("the U.S. and the U.K. today") == "the U S and the U K today")
        #expect(say("in the U.S.") == "in the U S.")
        #expect(say("NATO, NASA, UNESCO, NASDAQ and OPEC") == "NATO, NASA, UNESCO, NASDAQ and OPEC")
        #expect(say("on NATO’s flank") == "on NATO’s flank")
        #expect(say("the KGB’s files") == "the K G B’s files")
        #expect(say("the NYPD and the NAACP and ESPN") == "the N Y P D and the N A A C P and E S P N")
        #expect(say("the DNA is") == "the D N A is")
        #expect(plain.spoken("DNA is") == "DNA is")
        #expect(say("a FEMA trailer") == "a FEMA trailer")  // pronounceable: said as a word
    }

    @Test func shoutedHeadlinesAreLeftAlone() {
        #expect(say("UKRAINE WAR HAS TAUGHT US THAT WE ARE ALL REFUGEES NOW")
                == "UKRAINE WAR HAS TAUGHT US THAT WE ARE ALL REFUGEES NOW")
        #expect(say("CLICK HERE TO GET THE FOX NEWS APP") == "CLICK HERE TO GET THE FOX NEWS APP")
    }

    @Test func pronounceabilityTest() {
        // The heuristic on its own (through unknown capitals).
        #expect(say("the ZUMA plan") == "the ZUMA plan")
        #expect(say("the BRDK plan") == "the B R D K plan")
        #expect(say("the XYZ plan") == "the X Y Z plan")
        #expect(say("the OECD") == "the O E C D")
    }
}

@Suite struct WireStyleTests {
    @Test func partyLabelsAndStates() {
        #expect(say("Rep. Nancy Pelosi, D-Calif., said") == "Representative Nancy Pelosi, Democrat of California, said")
        #expect(say("Sen. Ted Cruz, R-Texas, said") == "Senator Ted Cruz, Republican of Texas, said")
        #expect(say("Chuck Schumer (D-N.Y.) said") == "Chuck Schumer (Democrat of New York) said")
        #expect(say("in Springfield, Ill., on Monday") == "in Springfield, Illinois, on Monday")
        #expect(say("He is ill. Wash. your hands") == "He is ill. Wash. your hands")
        #expect(say("in N.Y. and D.C.") == "in New York and D C.")
    }

    @Test func wireMiscellany() {
        #expect(say("WWII ended") == "World War two ended")
        #expect(say("Sens. Smith and Jones") == "Senators Smith and Jones")
        #expect(say("a 10bn deal") == "a ten billion deal")
        #expect(say("Call 1-800-555-1234.") == "Call one, eight zero zero, five five five, one two three four.")
        #expect(say("a 6-foot-2 guard") == "a six-foot-two guard")
        #expect(say("the G7 and G20") == "the G seven and G twenty")
    }
}

@Suite struct AddressTests {
    @Test func houseNumbersAndStreets() {
        #expect(say("at 123 Main St.") == "at one twenty-three Main Street.")
        #expect(say("708 N 1st St, San City") == "seven oh eight North first Street, San City")
        #expect(say("at 2400 W. Madison Ave. in Chicago") == "at twenty-four hundred West Madison Avenue in Chicago")
        #expect(say("10 Downing Street") == "ten Downing Street")
        #expect(say("123 Laguna Ct, Town") == "one twenty-three Laguna Court, Town")
        // Not addresses: a count before capitalised words with no street word.
        #expect(say("123 People Magazine readers") == "one hundred twenty-three People Magazine readers")
    }

    @Test func postalCodesAfterCities() {
        #expect(say("Las Vegas, NV") == "Las Vegas, Nevada")
        #expect(say("Chicago, IL 60612") == "Chicago, Illinois six zero six one two")
        #expect(say("the CEO, OK.") == "the C E O, O K.")
    }
}
