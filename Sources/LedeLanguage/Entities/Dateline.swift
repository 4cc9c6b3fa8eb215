/// A wire-story dateline opening the first paragraph: "PORT ELLING (AP) —", "KYIV, Ukraine (Reuters) -",
/// "WASHINGTON —". The place is where the story was filed; the capitals are not an organisation's initials.
///
/// ```swift
/// let d = Dateline.find(in: tokens)   // place "Port Elling", tokens 0..<6
/// ```
struct Dateline: Equatable {
    var place: String
    /// Tokens the dateline covers, agency and dash included.
    var tokens: Range<Int>

    static func find(in tokens: [Token]) -> Dateline? {
        var k = 0
        var placeWords: [String] = []
        while k < tokens.count, tokens[k].isWord, tokens[k].text.count > 1,
              tokens[k].text.allSatisfy({ !$0.isLowercase }) {
            placeWords.append(titleCased(tokens[k].text))
            k += 1
        }
        guard !placeWords.isEmpty else { return nil }
        // ", Ukraine" after the city.
        if k + 1 < tokens.count, tokens[k].text == ",", tokens[k + 1].isCapitalized { k += 2 }
        var sawAgency = false
        if k < tokens.count, tokens[k].text == "(" {
            while k < tokens.count, tokens[k].text != ")" { k += 1 }
            k += 1
            sawAgency = true
        }
        guard k < tokens.count, ["—", "–", "-"].contains(tokens[k].text) || (sawAgency && k < tokens.count) else { return nil }
        if ["—", "–", "-"].contains(tokens[k].text) { k += 1 }
        return Dateline(place: placeWords.joined(separator: " "), tokens: 0..<k)
    }

    static func titleCased(_ w: String) -> String {
        guard let f = w.first else { return w }
        return String(f) + w.dropFirst().lowercased()
    }
}
