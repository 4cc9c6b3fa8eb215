#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Logging

/// What a large English corpus says of words the name tagger never saw in training: each
/// case-sensitive word's Brown cluster (words used alike share the first bits of their cluster's
/// path: "Paris" and "Springfield" share 8, "Microsoft" and "Enron" all of theirs) and how common the form is,
/// from PyPI `spacy-lookups-data` 1.0.5 (MIT, ExplosionAI), which `scripts/setup.sh` installs into
/// `deps/word-clusters` (not committed) and `scripts/convert_word_clusters.py` turns into one list
/// of the 190,000 words that have a cluster. Read once, on first use; when it is not installed the
/// table is empty, a log line says so, and the tagger works without it.
///
/// ```swift
/// let clusters = WordClusters.shared
/// let c = clusters.value("Enron")       // 0 when unknown or not installed
/// print(WordClusters.prefix(c, bits: 6), WordClusters.rarity(c), WordClusters.caseRatio(c))
/// print(clusters.count, clusters.bytes, clusters.loadMilliseconds)
/// ```
public struct WordClusters: Sendable {
    /// Word hash (``NameLists/hash(_:)``, 64 bits) → packed value, open addressing at most half full.
    private let keys: [UInt64]
    private let values: [UInt32]
    private let mask: Int
    public let count: Int
    /// Where the table was read from (nil: not installed), bytes read, and how long reading took.
    public let path: String?
    public let bytes: Int
    public let loadMilliseconds: Double

    public var isEmpty: Bool { count == 0 }

    /// A table of these words and packed values (for tests).
    public init(_ words: [String: UInt32]) {
        var t = Builder(capacity: words.count)
        for (w, v) in words { t.insert(NameLists.hash(w.utf8), v) }
        self.init(t, path: nil, bytes: 0, loadMilliseconds: 0)
    }

    private init(_ t: Builder, path: String?, bytes: Int, loadMilliseconds: Double) {
        keys = t.keys
        values = t.values
        mask = t.keys.count - 1
        count = t.count
        self.path = path
        self.bytes = bytes
        self.loadMilliseconds = loadMilliseconds
    }

    public static let empty = WordClusters([:])

    /// The installed table, read on first use (empty when `scripts/setup.sh` has not installed it).
    public static let shared: WordClusters = load()

    /// The packed value of a word as written (0: unknown): the cluster in bits 0–17, `rarity` in bits
    /// 20–24, `caseRatio` in bits 25–28 (see `scripts/convert_word_clusters.py`).
    @inline(__always)
    public func value(_ word: String) -> UInt32 {
        guard count > 0 else { return 0 }
        let key = NameLists.hash(word.utf8)
        var i = Int(truncatingIfNeeded: key) & mask
        while keys[i] != 0 {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        return 0
    }

    /// The cluster's bits (spaCy stores the path reversed, its first bit lowest), 0 when unknown.
    @inline(__always)
    public static func cluster(_ v: UInt32) -> UInt32 { v & 0x3FFFF }

    /// The first `bits` bits of the cluster's path.
    @inline(__always)
    public static func prefix(_ v: UInt32, bits: Int) -> UInt32 { v & ((1 << UInt32(bits)) - 1) }

    /// How rare the form is: 0 (the commonest words) … 15 (a log probability of −22 or less).
    @inline(__always)
    public static func rarity(_ v: UInt32) -> UInt32 { (v >> 20) & 0x1F }

    /// For a capitalised form, how much likelier it is than its lower-case form: 1 (far rarer: "The")
    /// … 6 (far likelier: "Paris"), 7 (no lower-case form); 0 for a lower-case form.
    @inline(__always)
    public static func caseRatio(_ v: UInt32) -> UInt32 { (v >> 25) & 0xF }

    private struct Builder {
        var keys: [UInt64], values: [UInt32], count = 0
        init(capacity: Int) {
            var size = 16
            while size < capacity * 2 { size <<= 1 }
            keys = [UInt64](repeating: 0, count: size)
            values = [UInt32](repeating: 0, count: size)
        }
        mutating func insert(_ key: UInt64, _ value: UInt32) {
            let mask = keys.count - 1
            var i = Int(truncatingIfNeeded: key) & mask
            while keys[i] != 0, keys[i] != key { i = (i + 1) & mask }
            if keys[i] == 0 { keys[i] = key; count += 1 }
            values[i] = value
        }
    }

    /// The folder and file the setup writes, under `deps/`.
    static let folder = "word-clusters"
    static let file = "clusters.txt"

    /// Reads `path` (a `deps/word-clusters/clusters.txt`): lines of a word, a tab and its packed value.
    public static func load(from path: String? = locate(), logger: Logger = Logger(label: "lede.names")) -> WordClusters {
        guard let path, let bytes = NameLists.readFile(path) else {
            logger.info("word clusters not installed (run scripts/setup.sh): the name tagger works without them")
            return .empty
        }
        let start = NameLists.now()
        let lines = bytes.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        var t = Builder(capacity: lines)
        bytes.withUnsafeBufferPointer { b in
            var start = 0, tab = -1
            for i in 0..<b.count {
                let c = b[i]
                if c == UInt8(ascii: "\t"), tab < 0 { tab = i; continue }
                guard c == UInt8(ascii: "\n") else { continue }
                if tab > start {
                    var v: UInt32 = 0
                    for k in (tab + 1)..<i { v = v &* 10 &+ UInt32(b[k] &- 48) }
                    t.insert(NameLists.hash(UnsafeBufferPointer(rebasing: b[start..<tab])), v)
                }
                start = i + 1
                tab = -1
            }
        }
        let ms = (NameLists.now() - start) * 1000
        logger.debug("word clusters: \(t.count) words, \(bytes.count) bytes, loaded in \(ms) ms")
        return WordClusters(t, path: path, bytes: bytes.count, loadMilliseconds: ms)
    }

    /// `$LEDE_DEPS/word-clusters/clusters.txt` when set; else the file beside the installed name
    /// gazetteers (``NameLists/locate()`` walks up to the `deps/` folder).
    public static func locate() -> String? {
        if let env = getenv("LEDE_DEPS"), let value = String(validatingCString: env), !value.isEmpty {
            let p = value + "/" + folder + "/" + file
            return access(p, R_OK) == 0 ? p : nil
        }
        guard let gazetteers = NameLists.locate(), let slash = gazetteers.lastIndex(of: "/") else { return nil }
        let p = String(gazetteers[..<slash]) + "/" + folder + "/" + file
        return access(p, R_OK) == 0 ? p : nil
    }
}
