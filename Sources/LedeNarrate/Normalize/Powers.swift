extension NormalizationPass {
    /// Exponents longer than this are not written as powers in prose ("2^1000000" is a code).
    static let longestExponent = 4

    /// "10^30" → "ten to the power of thirty", "10^-6" → "ten to the power of minus six". The
    /// exponent is read as a count whatever its size, so no number here can overflow.
    func power(at i: Int) -> Reading? {
        guard let base = literal(at: i), isSymbol(base.end, "^"), glued(base.end) else { return nil }
        var k = base.end + 1, minus = false
        if let sign = tok(k), sign.isSymbol("-") || sign.isSymbol("−"), glued(k) {
            minus = true
            k += 1
        }
        guard isNumber(k), glued(k), tokens[k].text.utf8.count <= Self.longestExponent else { return nil }
        if let next = tok(k + 1), glued(k + 1), next.isWord || next.isNumber || next.isSymbol("^") { return nil }
        let text = quantity(base) + " to the power of " + (minus ? "minus " : "") + numbers.cardinal(tokens[k].text)
        return Reading(end: k + 1, text: text, kind: .plain)
    }
}
