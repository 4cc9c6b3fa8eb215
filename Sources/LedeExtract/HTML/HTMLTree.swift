/// What a node of an ``HTMLDocument`` is, as libxml2's tree would have typed it.
enum HTMLNodeKind: UInt8 {
    /// The document itself: node 0, parent of the root element (and of a doctype or top-level comment).
    case document
    case element
    /// Character data.
    case text
    /// The raw content of `<script>` and `<style>` (libxml2 reports it as a CDATA block).
    case cdata
    case comment
    /// A processing instruction or a doctype: kept so sibling structure matches libxml2's tree.
    case other
}

/// One node of the compact tree, as stored: links are indices into the same array (-1: none).
///
/// For an element, `start`/`count` are its attributes in ``HTMLDocument``'s attribute array; for
/// text, a comment or an instruction, its bytes in the document's byte buffer (NUL-terminated,
/// the NUL not counted).
struct HTMLNodeRecord {
    var kind: HTMLNodeKind
    /// The element's interned tag name (an index into ``HTMLDocument/tagNames``); 0 otherwise.
    var tag: Int32 = 0
    var parent: Int32 = -1
    var firstChild: Int32 = -1
    var lastChild: Int32 = -1
    var next: Int32 = -1
    var previous: Int32 = -1
    var start: Int32 = 0
    var count: Int32 = 0
    /// A slot a stage may use while it holds the document (``NodeStats`` numbers elements in it).
    var scratch: Int32 = 0
    /// For an element, the ``HTMLAttribute``s it carries (bit ``HTMLAttribute/bit``); 0 otherwise.
    var attributeBits: UInt32 = 0
}

/// An attribute as stored: its name and value as slices of the document's byte buffer.
struct HTMLAttributeRecord {
    var nameStart: Int32
    var nameCount: Int32
    var valueStart: Int32
    var valueCount: Int32
    /// The name's ``HTMLAttribute`` id when it is spelled exactly as one of ``ReadAttributes/names``, else -1.
    var id: Int16 = -1
}

/// A slice of the document's byte buffer.
struct HTMLByteSlice {
    var start: Int32
    var count: Int32
}
