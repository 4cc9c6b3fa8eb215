import Testing
import LedeNarrate

@Suite struct ElectronicTests {
    @Test func urls() {
        #expect(say("Visit https://www.example.com/news now.")
                == "Visit H T T P S colon slash slash W W W dot example dot com slash news now.")
        #expect(say("see cnn.com for more") == "see cnn dot com for more")
        #expect(say("(www.bbc.co.uk)") == "(W W W dot bbc dot co dot U K)")
        #expect(plain.spoken("nvidia.com") == "nvidia dot com")
    }

    @Test func emails() {
        #expect(say("write to editor@example.org.") == "write to editor at example dot org.")
        #expect(say("a1b2@abc.com") == "a one b two at abc dot com")
    }

    @Test func notAddresses() {
        #expect(say("in the U.S. today") == "in the U S today")
        #expect(say("It ended.Then it began") == "It ended.Then it began")
        #expect(say("@mypizza") == "at mypizza")
    }

    @Test func telephones() {
        #expect(say("Call 555-123-4567 now") == "Call five five five, one two three, four five six seven now")
        #expect(say("+1 (202) 555-0143") == "plus one, two zero two, five five five, zero one four three")
        #expect(say("IP 10.0.0.1") == "I P one zero dot zero dot zero dot one")
    }
}
