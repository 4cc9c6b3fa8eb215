/// The attributes the stages read (``ReadAttributes/names``), each at a fixed id: the tree builder
/// stores every attribute with its id and every element with the set of ids it carries, so
/// `node[.role]` on an element without a `role` is one bit test, not a walk over its attributes.
///
/// ```swift
/// if node.has(.itemprop), node[.itemprop] == "articleBody" { /* the body microdata names */ }
/// ```
///
/// Each stage asks several attributes of every element, over several walks of the page: comparing
/// the spelled names (a length, a `memcmp`) and making Strings of them showed in profiles.
enum HTMLAttribute: Int16, CaseIterable, Sendable {
    // The same order as `ReadAttributes.names` (checked by HTMLAttributeTests).
    case `class` = 0, id, href, src, srcset, rel, type, role, style, hidden, ariaHidden, itemprop, name, property,
         httpEquiv, content, value, datetime, lang, xmlLang, width, dataSrcset, dataSrc, dataOriginal, dataLazySrc,
         dataURL, dataHiResSrc

    /// The name as written in markup (lower case).
    var name: String { ReadAttributes.names[Int(rawValue)] }

    /// The attribute's bit in ``HTMLNodeRecord/attributeBits``.
    @inline(__always) var bit: UInt32 { 1 << UInt32(rawValue) }
}
