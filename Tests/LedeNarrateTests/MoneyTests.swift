import Testing
import LedeNarrate

@Suite struct MoneyTests {
    @Test func scales() {
        #expect(say("$1.5bn") == "one point five billion dollars")
        #expect(say("£20m") == "twenty million pounds")
        #expect(say("€3.2 million") == "three point two million euros")
        #expect(say("$3 trillion") == "three trillion dollars")
        #expect(say("¥30b") == "thirty billion yen")
        #expect(say("$1 million") == "one million dollars")
    }

    @Test func dollarsAndCents() {
        #expect(say("$5") == "five dollars")
        #expect(say("$1") == "one dollar")
        #expect(say("$2.00") == "two dollars")
        #expect(say("$20.50") == "twenty dollars fifty cents")
        #expect(say("$0.99") == "ninety-nine cents")
        #expect(say("$.01") == "one cent")
        #expect(say("£2.01") == "two pounds one penny")
        #expect(say("£1.20") == "one pound twenty pence")
        #expect(say("$1,925.21") == "one thousand nine hundred twenty-five dollars twenty-one cents")
        #expect(say("£1.111") == "one point one one one pounds")
    }

    @Test func rangesAndRates() {
        #expect(say("$5-10 million") == "five to ten million dollars")
        #expect(say("$150.25-$250.67") == "one hundred fifty dollars twenty-five cents to two hundred fifty dollars sixty-seven cents")
        #expect(say("$20/mo") == "twenty dollars per month")
        #expect(say("US$5") == "five U S dollars")
        #expect(say("C$7") == "seven Canadian dollars")
    }

    @Test func symbolsAlone() {
        #expect(say("AT&T") == "A T and T")
        #expect(say("S&P 500") == "S and P five hundred")
        #expect(say("#1") == "number one")
    }
}
