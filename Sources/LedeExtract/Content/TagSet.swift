/// A set of tag names looked up by a document's interned tag id: one array read per element
/// instead of hashing the name String (hashing showed in the content profile, where every
/// element is tested against the ignored, block and scoring tags).
///
/// ```swift
/// let blocks = TagSet(BlockCollector.blockTags, in: document)
/// if blocks.contains(node) { /* ends a run of inline text */ }
/// ```
struct TagSet {
    /// `member[id]`: whether the document's tag name with that id is in the set.
    private let member: [Bool]

    init(_ names: Set<String>, in document: HTMLDocument) {
        member = document.tagNames.map { names.contains($0) }
    }

    /// Whether the node is an element whose name is in the set (text and other nodes never are).
    @inline(__always)
    func contains(_ node: HTMLNode) -> Bool {
        let record = node.document.nodes[Int(node.index)]
        return record.kind == .element && member[Int(record.tag)]
    }
}

/// The tag sets the content stage asks about, built once per document.
struct ContentTags {
    let ignored: TagSet
    let block: TagSet
    let scoring: TagSet

    init(_ document: HTMLDocument) {
        ignored = TagSet(ClassHints.ignoredTags, in: document)
        block = TagSet(BlockCollector.blockTags, in: document)
        scoring = TagSet(ContentExtractor.scoringTags, in: document)
    }
}
