import Testing
@testable import LedeExtract

/// `Byline.pieces` (which compares separators only where a Character opens with a space, ";" or ",")
/// against the same split comparing at every Character, written out here.
struct BylinePiecesTests {
    static func reference(_ s: String) -> [(separator: String, text: Substring)] {
        var out: [(separator: String, text: Substring)] = []
        var separator = ""
        var start = s.startIndex
        var i = s.startIndex
        while i < s.endIndex {
            let rest = s[i...]
            if let sep = Byline.nameSeparators.first(where: { rest.hasPrefixIgnoringCase($0) }) {
                let end = s.index(i, offsetBy: sep.count)
                out.append((separator, s[start..<i]))
                separator = String(s[i..<end])
                start = end
                i = end
                continue
            }
            i = s.index(after: i)
        }
        out.append((separator, s[start...]))
        return out.filter { !$0.text.isEmpty }
    }

    @Test func bylinesWrittenForTheSeparators() {
        let bylines = [
            "Jane Roe and John Doe", "Jane Roe AND John Doe", "Jane Roe & John Doe; Ann Poe, Staff", "Jane Roe with John Doe",
            "Hans Roe und Eva Doe", "Jean Roe et Marie Doe", "Ana Roe y Luis Doe", "Jane Roe\u{37E} John Doe",
            "Jane Roe \u{301}and John Doe", "Jane Roe ,\u{301} John Doe", "Jane Roe,,John", ";;", " and ", "", "Zoë Ångström",
            "日本 太郎 and 花子", "Jane Roe 👍🏽 and John", "Jane\u{00A0}and John", "Jane Roe And\u{301} John",
        ]
        for b in bylines {
            let got = Byline.pieces(b), want = Self.reference(b)
            #expect(got.map(\.separator) == want.map(\.separator), "\(b)")
            #expect(got.map { String($0.text) } == want.map { String($0.text) }, "\(b)")
        }
    }
}
