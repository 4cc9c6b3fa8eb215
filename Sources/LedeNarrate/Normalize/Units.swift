/// A unit as it is said after a number: "kilometer" / "kilometers", "foot" / "feet".
struct UnitName: Equatable {
    let one: String, many: String
    init(_ one: String, _ many: String? = nil) { self.one = one; self.many = many ?? one + "s" }
    func counted(_ isOne: Bool) -> String { isOne ? one : many }
    func prefixed(_ p: String) -> UnitName { UnitName(p + one, p + many) }
    func suffixed(_ s: String) -> UnitName { UnitName(one + s, many + s) }
}

/// The units Lede reads, as one grammar rather than a list of spellings: SI prefixes × base
/// symbols ("k" + "m", "M" + "Hz", "µ" + "g"), the customary units news uses (ft, mi, lb, mph),
/// a square or cube after a unit ("km²", "m2", "sq ft"), and one unit per another ("km/h",
/// "kg/m³", "m/s²").
enum Units {
    enum Kind { case length, time, other }

    struct Base {
        let name: UnitName
        /// The prefix symbols this base takes in practice ("km", "mg", "GHz", but no "Mm" or "kA h").
        let prefixes: Set<String>
        let kind: Kind
        init(_ name: UnitName, _ prefixes: String, _ kind: Kind = .other) {
            self.name = name
            self.prefixes = Set(prefixes.split(separator: " ").map(String.init))
            self.kind = kind
        }
    }

    static let prefixNames: [String: String] = [
        "n": "nano", "µ": "micro", "μ": "micro", "m": "milli", "c": "centi", "d": "deci", "h": "hecto",
        "k": "kilo", "K": "kilo", "M": "mega", "G": "giga", "T": "tera", "P": "peta",
    ]

    /// SI and SI-style base symbols, case-sensitive as the standard writes them.
    static let bases: [String: Base] = [
        "m": Base(UnitName("meter"), "k c m d µ μ n", .length),
        "g": Base(UnitName("gram"), "k m µ μ n"),
        "s": Base(UnitName("second"), "m µ μ n", .time),
        "L": Base(UnitName("liter"), "m c d µ μ"),
        "l": Base(UnitName("liter"), "m c d"),
        "W": Base(UnitName("watt"), "k M G T m"),
        "Wh": Base(UnitName("watt hour"), "k M G T"),
        "V": Base(UnitName("volt"), "k m M"),
        "A": Base(UnitName("amp"), "m k"),
        "Ah": Base(UnitName("amp hour"), "m"),
        "Hz": Base(UnitName("hertz", "hertz"), "k K M G T"),
        "B": Base(UnitName("byte"), "k K M G T P"),
        "b": Base(UnitName("bit"), "k M G T"),
        "bps": Base(UnitName("bit per second", "bits per second"), "k K M G T"),
        "Pa": Base(UnitName("pascal"), "h k M G"),
        "N": Base(UnitName("newton"), "k M"),
        "J": Base(UnitName("joule"), "k M G"),
        "Sv": Base(UnitName("sievert"), "m µ μ"),
        "cal": Base(UnitName("calorie"), "k"),
        "eV": Base(UnitName("electronvolt"), "k M G T"),
        "bar": Base(UnitName("bar"), "m"),
        // "kt" is left out: kilotons and knots both write it.
        "t": Base(UnitName("tonne"), "M G"),
        "mol": Base(UnitName("mole"), "m µ μ n"),
    ]

    /// Base symbols that stand alone after a number: a lone "s" is a decade ("1990s"), "A" a grade,
    /// "B" billions, "N" north, "J" an initial, "bar" a word; "V" and "W" only touching the number (see the pass).
    static let bareBases: Set<String> = ["m", "g", "L", "l", "V", "W", "Hz", "Pa", "Sv", "Wh", "eV", "t", "mol"]
    /// Of those, the ones also read after a space ("5 m", "5 g", "2 L"); "5 l" is too often a list.
    static let spacedBare: Set<String> = ["m", "g", "L", "Hz", "Pa", "Sv", "Wh", "eV", "mol"]

    /// Customary and irregular units, written as they are.
    static let others: [String: (UnitName, Kind)] = [
        "mi": (UnitName("mile"), .length), "ft": (UnitName("foot", "feet"), .length), "yd": (UnitName("yard"), .length),
        "lb": (UnitName("pound"), .other), "lbs": (UnitName("pound"), .other), "oz": (UnitName("ounce"), .other),
        "mph": (UnitName("mile per hour", "miles per hour"), .other),
        "kph": (UnitName("kilometer per hour", "kilometers per hour"), .other),
        "kmh": (UnitName("kilometer per hour", "kilometers per hour"), .other),
        "mpg": (UnitName("mile per gallon", "miles per gallon"), .other),
        "rpm": (UnitName("revolution per minute", "revolutions per minute"), .other),
        "ppm": (UnitName("part per million", "parts per million"), .other),
        "ppb": (UnitName("part per billion", "parts per billion"), .other),
        "ha": (UnitName("hectare"), .other), "cc": (UnitName("cubic centimeter"), .other),
        "dB": (UnitName("decibel"), .other), "mcg": (UnitName("microgram"), .other),
        "gal": (UnitName("gallon"), .other), "bbl": (UnitName("barrel"), .other),
        "min": (UnitName("minute"), .time), "mins": (UnitName("minute"), .time),
        "hr": (UnitName("hour"), .time), "hrs": (UnitName("hour"), .time),
        "sec": (UnitName("second"), .time), "secs": (UnitName("second"), .time),
        "yr": (UnitName("year"), .time), "yrs": (UnitName("year"), .time),
        "wk": (UnitName("week"), .time), "wks": (UnitName("week"), .time),
        "psi": (UnitName("pound per square inch", "pounds per square inch"), .other),
        "bpd": (UnitName("barrel per day", "barrels per day"), .other),
        "hp": (UnitName("horsepower", "horsepower"), .other), "bhp": (UnitName("brake horsepower", "brake horsepower"), .other),
        "tsp": (UnitName("teaspoon"), .other), "tbsp": (UnitName("tablespoon"), .other),
        "qt": (UnitName("quart"), .other), "kn": (UnitName("knot"), .other),
        // Only the plural: a lone "pt" is as often a pint or a part.
        "pts": (UnitName("point"), .other),
    ]

    /// Symbols that are units only after another word that makes them one: "sq in", "fl oz".
    /// "in" alone is the preposition; after "sq"/"cu" or after feet ("5 ft 11 in") it is inches.
    static let inch = UnitName("inch", "inches")
    static let fluidOunce = UnitName("fluid ounce")

    /// Only after a slash: "km/h", "$20/mo", "5 kg/day".
    static let denominators: [String: (UnitName, Kind)] = [
        "h": (UnitName("hour"), .time), "d": (UnitName("day"), .time), "mo": (UnitName("month"), .time),
        "wk": (UnitName("week"), .time), "y": (UnitName("year"), .time),
        "hour": (UnitName("hour"), .time), "day": (UnitName("day"), .time), "week": (UnitName("week"), .time),
        "month": (UnitName("month"), .time), "year": (UnitName("year"), .time),
        "person": (UnitName("person"), .other), "share": (UnitName("share"), .other),
        "s": (UnitName("second"), .time), "A": (UnitName("amp"), .other), "N": (UnitName("newton"), .other),
    ]

    /// Spellings in another case that mean only one unit: "12KG", "1 mbps", "5 KM", "3 GHZ".
    static let caseless: [String: String] = [
        "km": "km", "kg": "kg", "cm": "cm", "mm": "mm", "mg": "mg", "mph": "mph", "kph": "kph", "kmh": "kmh",
        "lbs": "lbs", "khz": "kHz", "mhz": "MHz", "ghz": "GHz", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh",
        "twh": "TWh", "kbps": "kbps", "mbps": "Mbps", "gbps": "Gbps", "tbps": "Tbps", "gb": "GB", "tb": "TB",
        "kw": "kW", "gw": "GW", "ft": "ft", "mi": "mi", "oz": "oz", "db": "dB", "psi": "psi", "hp": "hp",
    ]

    /// One written unit symbol, without a power: its name and kind.
    static func atom(_ s: String, denominator: Bool = false) -> (name: UnitName, kind: Kind, bare: Bool)? {
        if let o = others[s] { return (o.0, o.1, false) }
        if denominator, let o = denominators[s] { return (o.0, o.1, false) }
        if let b = bases[s] { return (b.name, b.kind, true) }
        // A prefix of one character (µ and μ are one too) and a base that takes it.
        if let first = s.first {
            let p = String(first), rest = String(s.dropFirst())
            if let b = bases[rest], b.prefixes.contains(p), let name = prefixNames[p] {
                return (b.name.prefixed(name), b.kind, false)
            }
        }
        // Another case only when the whole symbol is in one case: "Gb" is a gigabit, not "GB".
        if s == s.lowercased() || s == s.uppercased(), let c = caseless[s.lowercased()], c != s {
            return atom(c, denominator: denominator)
        }
        return nil
    }

    /// "square meter", "cubic foot", "second squared".
    static func powered(_ name: UnitName, _ kind: Kind, _ power: Int) -> UnitName {
        if kind == .length { return name.prefixed(power == 2 ? "square " : "cubic ") }
        return name.suffixed(power == 2 ? " squared" : " cubed")
    }

    /// Every plural a unit is spelled out with, for "a 123.2-millimeters long".
    static let pluralNames: Set<String> = {
        var names = Set<String>()
        for b in bases.values {
            names.insert(b.name.many)
            for p in b.prefixes { if let n = prefixNames[p] { names.insert(n + b.name.many) } }
        }
        for o in others.values where !o.0.many.contains(" ") { names.insert(o.0.many) }
        return names.filter { !$0.hasSuffix("hertz") }
    }()
}
