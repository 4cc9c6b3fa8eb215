import Logging

/// The gender a given name most often carries, from the given-name list of PyPI `gender-guesser`
/// 0.4.0 (GNU FDL 1.2) that `scripts/setup.sh` turns into `deps/gazetteers/given-name-genders.txt`
/// (a name, a tab, 1 for male or 2 for female; names the list gives as either are left out). It is a
/// prior for "he" and "she", weaker than a title ("Mrs") or a pronoun already seen for the person.
/// Read once, on first use; empty (every name unknown) when the file is not installed.
///
/// ```swift
/// GivenNameGenders.shared.gender(of: "Lydia")   // .female when installed
/// GivenNameGenders.shared.gender(of: "Andrea")  // nil: given to both
/// ```
struct GivenNameGenders: Sendable {
    enum Gender: UInt8, Sendable { case male = 1, female = 2 }

    private let table: NameLists.Table

    /// Names in the list.
    var count: Int { table.count }

    /// A list of these names (for tests).
    init(_ names: [String: Gender] = [:]) {
        var t = NameLists.Table(capacity: names.count)
        for (name, gender) in names { t.insert(NameLists.hash(name.utf8), gender.rawValue) }
        table = t
    }

    private init(table: NameLists.Table) { self.table = table }

    /// The gender of the given name as written ("Lydia"), nil when the list does not know it or gives both.
    func gender(of name: String) -> Gender? { Gender(rawValue: table.value(NameLists.hash(name.utf8))) }

    /// The installed list, read on first use.
    static let shared: GivenNameGenders = load()

    static let fileName = "given-name-genders.txt"

    static func load(from directory: String? = NameLists.locate(), logger: Logger = Logger(label: "lede.names")) -> GivenNameGenders {
        guard let directory, let bytes = NameLists.readFile(directory + "/" + fileName) else {
            logger.info("\(fileName) not installed (run scripts/setup.sh): pronouns use titles and earlier pronouns only")
            return GivenNameGenders()
        }
        var lines: [(start: Int, tab: Int, value: UInt8)] = []
        var start = 0, tab = -1
        for (i, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\t") { tab = i }
            if byte == UInt8(ascii: "\n") {
                if tab > start, tab + 1 < i { lines.append((start, tab, bytes[tab + 1] &- UInt8(ascii: "0"))) }
                start = i + 1
                tab = -1
            }
        }
        var table = NameLists.Table(capacity: lines.count)
        for line in lines where line.value == 1 || line.value == 2 { table.insert(NameLists.hash(bytes[line.start..<line.tab]), line.value) }
        return GivenNameGenders(table: table)
    }
}
