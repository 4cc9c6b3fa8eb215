/// Sentences with gold name tags, read from the two openly licensed formats in `../shared/bench/ner`:
/// Universal NER (CoNLL-U-like `.iob2`: index, token, tag; `# newdoc id =` opens a document) and
/// CrossNER (token and tag a line), whose finer tags map to people, places and organisations.
///
/// ```swift
/// let train = NameCorpus.universalNER(text) + NameCorpus.crossNER(other)
/// print(train[0].words, train[0].tags)
/// ```
public enum NameCorpus {
    /// One sentence: its words, their gold tags, and the document it belongs to.
    public struct Sentence: Sendable {
        public var words: [String]
        public var tags: [NameTag]
        public var document: String
        public var id: String

        public init(words: [String], tags: [NameTag], document: String, id: String) {
            self.words = words
            self.tags = tags
            self.document = document
            self.id = id
        }
    }

    /// Universal NER's English Web Treebank files.
    public static func universalNER(_ text: String, source: String = "uner") -> [Sentence] {
        var out: [Sentence] = []
        var words: [String] = [], tags: [NameTag] = []
        var document = source, id = ""
        func flush() {
            if !words.isEmpty { out.append(Sentence(words: words, tags: repaired(tags), document: document, id: id.isEmpty ? "\(source)-\(out.count)" : id)) }
            words = []; tags = []; id = ""
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("#") {
                if line.hasPrefix("# newdoc id = ") { flush(); document = String(line.dropFirst(14)) }
                if line.hasPrefix("# sent_id = ") { id = String(line.dropFirst(12)) }
                continue
            }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 3 else { continue }
            words.append(String(cols[1]))
            tags.append(NameTag(label: String(cols[2])))
        }
        flush()
        return out
    }

    /// CrossNER's politics domain; `person`/`politician` are people, `location`/`country` places,
    /// `organisation`/`politicalparty` organisations, the rest (`election`, `event`, `misc`) none.
    /// Each sentence is a document of its own (the files keep no document boundaries).
    public static func crossNER(_ text: String, source: String = "crossner") -> [Sentence] {
        var out: [Sentence] = []
        var words: [String] = [], tags: [NameTag] = []
        func flush() {
            if !words.isEmpty {
                let id = "\(source)-\(out.count)"
                out.append(Sentence(words: words, tags: repaired(tags), document: id, id: id))
            }
            words = []; tags = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: " \r").isEmpty { flush(); continue }
            let cols = line.split(whereSeparator: { $0 == "\t" || $0 == " " })
            guard cols.count >= 2 else { continue }
            words.append(String(cols[0]))
            tags.append(NameTag(label: crossNERLabel(String(cols[cols.count - 1]))))
        }
        flush()
        return out
    }

    static func crossNERLabel(_ label: String) -> String {
        guard label.count > 2 else { return "O" }
        let bio = String(label.prefix(2)), type = label.dropFirst(2)
        switch type {
        case "person", "politician": return bio + "PER"
        case "location", "country": return bio + "LOC"
        case "organisation", "politicalparty": return bio + "ORG"
        default: return "O"
        }
    }

    /// An inside tag that follows nothing of its kind starts a name.
    static func repaired(_ tags: [NameTag]) -> [NameTag] {
        var out = tags
        for i in out.indices where out[i].isInside && !out[i].mayFollow(i > 0 ? out[i - 1] : .outside) {
            switch out[i].kind {
            case .person: out[i] = .beginPerson
            case .place: out[i] = .beginPlace
            case .organisation: out[i] = .beginOrganisation
            case .none: break
            }
        }
        return out
    }

    /// A deterministic split by a hash of the sentence id: `true` for about `percent` % of ids.
    public static func inPart(_ id: String, percent: UInt32) -> Bool { inBand(id, 0..<percent) }

    /// The same hash: `true` for the ids whose hash falls in `band` of 0..<100 (``inPart`` is the band
    /// from 0): other bands give other 20 % parts to score a tune-split model on.
    public static func inBand(_ id: String, _ band: Range<UInt32>) -> Bool {
        var h: UInt32 = 2166136261
        for b in id.utf8 { h = (h ^ UInt32(b)) &* 16777619 }
        return band.contains(h % 100)
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return s
    }
}
