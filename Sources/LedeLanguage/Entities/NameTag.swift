/// A tag of the name tagger: begin / inside / outside (BIO) over people, places and organisations.
///
/// ```swift
/// let tag = NameTag(label: "B-PER")   // .beginPerson
/// let other = NameTag(label: "B-MISC")  // .outside: only people, places and organisations
/// ```
public enum NameTag: UInt8, CaseIterable, Sendable {
    case outside, beginPerson, insidePerson, beginPlace, insidePlace, beginOrganisation, insideOrganisation

    /// The number of tags: the width of one feature's weight row.
    static let count = NameTag.allCases.count

    /// Reads a Universal NER label (`O`, `B-PER`, `I-LOC`, `B-ORG`…); other types are outside.
    public init(label: String) {
        switch label {
        case "B-PER": self = .beginPerson
        case "I-PER": self = .insidePerson
        case "B-LOC": self = .beginPlace
        case "I-LOC": self = .insidePlace
        case "B-ORG": self = .beginOrganisation
        case "I-ORG": self = .insideOrganisation
        default: self = .outside
        }
    }

    var kind: EntityKind {
        switch self {
        case .outside: return .none
        case .beginPerson, .insidePerson: return .person
        case .beginPlace, .insidePlace: return .place
        case .beginOrganisation, .insideOrganisation: return .organisation
        }
    }

    var isInside: Bool { self == .insidePerson || self == .insidePlace || self == .insideOrganisation }

    /// An inside tag may only continue a name of its own kind.
    func mayFollow(_ previous: NameTag) -> Bool {
        !isInside || (previous != .outside && previous.kind == kind)
    }
}
