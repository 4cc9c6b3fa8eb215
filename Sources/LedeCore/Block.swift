/// One block of an article's body.
///
/// JSON: `{"type": "paragraph", "text": "…"}`, `{"type": "heading", "level": 2, "text": "…"}`,
/// `{"type": "quote", "text": "…"}`, `{"type": "list", "ordered": false, "items": ["…"]}`,
/// `{"type": "figure", "image": "…", "caption": "…", "credit": "…"}`.
///
/// ```swift
/// let blocks: [Block] = [.heading(level: 2, text: "Tickets and times"), .paragraph("A cabin costs $85.")]
/// let words = blocks.compactMap(\.text)   // ["Tickets and times", "A cabin costs $85."]
/// ```
public enum Block: Sendable, Equatable {
    case paragraph(String)
    case heading(level: Int, text: String)
    /// A block quotation (`<blockquote>`), not a quotation inside running text.
    case quote(String)
    case list(ordered: Bool, items: [String])
    case figure(Figure)

    /// The text a reader reads for this block; lists join their items by newlines; figures have none.
    public var text: String? {
        switch self {
        case .paragraph(let t), .quote(let t), .heading(_, let t): return t
        case .list(_, let items): return items.joined(separator: "\n")
        case .figure: return nil
        }
    }

    public var kind: String {
        switch self {
        case .paragraph: return "paragraph"
        case .heading: return "heading"
        case .quote: return "quote"
        case .list: return "list"
        case .figure: return "figure"
        }
    }
}

extension Block: Codable {
    private enum Keys: String, CodingKey { case type, text, level, ordered, items, image, caption, credit }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        let type = try c.decode(String.self, forKey: .type)
        switch type {
        case "paragraph": self = .paragraph(try c.decode(String.self, forKey: .text))
        case "heading": self = .heading(level: try c.decodeIfPresent(Int.self, forKey: .level) ?? 2,
                                        text: try c.decode(String.self, forKey: .text))
        case "quote": self = .quote(try c.decode(String.self, forKey: .text))
        case "list": self = .list(ordered: try c.decodeIfPresent(Bool.self, forKey: .ordered) ?? false,
                                  items: try c.decode([String].self, forKey: .items))
        case "figure": self = .figure(Figure(image: try c.decodeIfPresent(String.self, forKey: .image),
                                             caption: try c.decodeIfPresent(String.self, forKey: .caption),
                                             credit: try c.decodeIfPresent(String.self, forKey: .credit)))
        default:
            throw DecodingError.dataCorruptedError(forKey: .type, in: c, debugDescription: "unknown block type \(type)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(kind, forKey: .type)
        switch self {
        case .paragraph(let t), .quote(let t): try c.encode(t, forKey: .text)
        case .heading(let level, let t):
            try c.encode(level, forKey: .level)
            try c.encode(t, forKey: .text)
        case .list(let ordered, let items):
            try c.encode(ordered, forKey: .ordered)
            try c.encode(items, forKey: .items)
        case .figure(let f):
            try c.encodeIfPresent(f.image, forKey: .image)
            try c.encodeIfPresent(f.caption, forKey: .caption)
            try c.encodeIfPresent(f.credit, forKey: .credit)
        }
    }
}
