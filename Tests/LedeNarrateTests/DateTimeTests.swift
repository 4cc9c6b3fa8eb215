import Testing
import LedeNarrate

@Suite struct DateTimeTests {
    @Test func monthDayYear() {
        #expect(say("on Friday, May 20, 2022.") == "on Friday, May twentieth, twenty twenty-two.")
        #expect(say("July 4") == "July fourth")
        #expect(say("Jan. 6") == "January sixth")
        #expect(say("Sept. 11, 2001") == "September eleventh, two thousand one")
        #expect(say("Feb-3-2021") == "February third twenty twenty-one")
        #expect(say("March 3rd") == "March third")
    }

    @Test func dayMonthYear() {
        #expect(say("born 12 March 1961") == "born the twelfth of March nineteen sixty-one")
        #expect(say("on the 26th May") == "on the twenty-sixth of May")
        #expect(say("25 Dec") == "the twenty-fifth of December")
    }

    @Test func numericDates() {
        #expect(say("2016-11-03") == "November third twenty sixteen")
        #expect(say("5/20/2022") == "May twentieth twenty twenty-two")
        #expect(say("15-01-2020") == "the fifteenth of January twenty twenty")
    }

    @Test func monthsThatAreWords() {
        #expect(say("You may 5 times") == "You may five times")
        #expect(say("May I come in?") == "May I come in?")
        #expect(say("they march 20 miles") == "they march twenty miles")
        #expect(say("Jan. is cold") == "January is cold")
        #expect(say("Jan left") == "Jan left")
        #expect(say("May 2022") == "May twenty twenty-two")
    }

    @Test func nemoSpellingLowersMonths() {
        #expect(plain.spoken("16 July 1943") == "the sixteenth of july nineteen forty three")
    }

    @Test func times() {
        #expect(say("at 3:30 p.m.") == "at three thirty P M.")  // the period also ends the sentence
        #expect(say("at 9 a.m. on") == "at nine A M on")
        #expect(say("by 5pm") == "by five P M")
        #expect(say("at 10:05") == "at ten oh five")
        #expect(say("at 11:00") == "at eleven o'clock")
        #expect(say("2pm-5pm") == "two P M to five P M")
        #expect(say("10:45 a.m. EST") == "ten forty-five A M E S T")
        #expect(say("14:10:30") == "fourteen hours ten minutes and thirty seconds")
        #expect(plain.spoken("1:59 p.m. e.s.t") == "one fifty nine PM EST")
    }
}
