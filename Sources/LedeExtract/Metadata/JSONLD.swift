import Foundation

/// The article object of a page's JSON-LD (`<script type="application/ld+json">`), if any.
struct JSONLDArticle {
    var headline: String?
    var description: String?
    var authors: [String] = []
    /// Authors typed as organisations: used only when nothing names a person.
    var organisationAuthors: [String] = []
    var published: String?
    var modified: String?
    var publisher: String?
    var image: String?
    var language: String?
    var url: String?

    /// Schema.org types that describe an article; the first object of one of these types wins,
    /// with `WebPage`-like types only as a fallback (they often carry the same dates).
    static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting", "socialmediaposting",
        "techarticle", "scholarlyarticle", "report", "posting", "creativework", "medicalwebpage", "recipe", "howto",
    ]
    static let pageTypes: Set<String> = ["webpage", "itempage", "aboutpage", "collectionpage", "faqpage", "qapage"]

    static func find(in document: HTMLDocument) -> JSONLDArticle? {
        let expected = document.jsonLDScripts ?? Int.max
        guard expected > 0 else { return nil }
        var objects: [JSONValue] = []
        var seen = 0
        document.root?.walk { node in
            guard node.is(.script) else { return .continue }
            // Most scripts are not JSON-LD: a byte test (ASCII letters folded) rules them out before
            // the type is lower-cased and searched by Foundation. No lower-casing of a non-ASCII
            // scalar gives these letters, and no canonical equivalent of them is another scalar.
            if let raw = node.attributeValue(.type), HTMLNode.holdsAnyLowercased(raw, ["ld+json"]),
               let type = node[.type]?.lowercased(), type.contains("ld+json") {
                seen += 1
                var raw: [UInt8] = []
                for child in node.children { raw.append(contentsOf: child.content.utf8) }
                if let json = JSONValue.parse(raw) {
                    collect(json, into: &objects, depth: 0)
                }
            }
            return seen >= expected ? .stop : .skipChildren
        }
        let typed = objects.map { ($0, types(of: $0)) }
        if let article = typed.first(where: { !$0.1.isDisjoint(with: articleTypes) && $0.0["headline"] != nil })?.0
            ?? typed.first(where: { !$0.1.isDisjoint(with: articleTypes) })?.0 {
            var result = JSONLDArticle(article)
            // Dates and authors missing from the article object are often on the WebPage object.
            if let page = typed.first(where: { !$0.1.isDisjoint(with: pageTypes) })?.0 {
                let p = JSONLDArticle(page)
                result.published = result.published ?? p.published
                result.modified = result.modified ?? p.modified
                if result.authors.isEmpty { result.authors = p.authors }
            }
            return result
        }
        if let page = typed.first(where: { !$0.1.isDisjoint(with: pageTypes) })?.0 {
            var r = JSONLDArticle(page)
            r.headline = nil  // a WebPage's name is usually the <title>, site name and all.
            return r
        }
        return nil
    }

    private static func collect(_ json: JSONValue, into out: inout [JSONValue], depth: Int) {
        guard depth < 6 else { return }
        switch json {
        case .array(let array):
            for item in array { collect(item, into: &out, depth: depth + 1) }
        case .object:
            out.append(json)
            if let graph = json["@graph"] { collect(graph, into: &out, depth: depth + 1) }
            if let main = json["mainEntity"] { collect(main, into: &out, depth: depth + 1) }
        default: break
        }
    }

    private static func types(of object: JSONValue) -> Set<String> {
        switch object["@type"] {
        case .string(let t)?: return [t.lowercased()]
        case .array(let ts)?: return Set(ts.compactMap { if case .string(let t) = $0 { return t.lowercased() } else { return nil } })
        default: return []
        }
    }

    init(_ o: JSONValue) {
        headline = Self.string(o["headline"]) ?? Self.string(o["name"])
        description = Self.string(o["description"]) ?? Self.string(o["alternativeHeadline"])
        published = Self.string(o["datePublished"]) ?? Self.string(o["dateCreated"])
        modified = Self.string(o["dateModified"])
        publisher = Self.name(o["publisher"]) ?? Self.name(o["sourceOrganization"])
        image = Self.url(o["image"]) ?? Self.url(o["thumbnailUrl"])
        language = Self.string(o["inLanguage"])
        url = Self.string(o["url"]) ?? Self.url(o["mainEntityOfPage"])
        for key in ["author", "creator"] {
            for (name, isOrganisation) in Self.people(o[key]) {
                if isOrganisation { organisationAuthors.append(name) } else { authors.append(name) }
            }
            if !authors.isEmpty { break }
        }
    }

    private static func string(_ v: JSONValue?) -> String? {
        switch v {
        case .string(let s)?: let c = TextCleaner.collapse(s); return c.isEmpty ? nil : c
        case .array(let a)?: return a.lazy.compactMap { string($0) }.first
        case .object?: return string(v?["@value"])
        default: return nil
        }
    }

    private static func name(_ v: JSONValue?) -> String? {
        switch v {
        case .object?: return string(v?["name"])
        case .array(let a)?: return a.lazy.compactMap { name($0) }.first
        default: return string(v)
        }
    }

    private static func url(_ v: JSONValue?) -> String? {
        switch v {
        case .string(let s)?: return s
        case .object?: return string(v?["url"]) ?? string(v?["@id"]) ?? string(v?["contentUrl"])
        case .array(let a)?: return a.lazy.compactMap { url($0) }.first
        default: return nil
        }
    }

    /// Author names with whether each is an organisation.
    private static func people(_ v: JSONValue?) -> [(String, Bool)] {
        switch v {
        case .string(let s)?: return Byline.split(s, declared: true).map { ($0, false) }
        case .array(let a)?: return a.flatMap { people($0) }
        case .object?:
            let type: String
            if case .string(let t)? = v?["@type"] { type = t.lowercased() } else { type = "" }
            let given = [string(v?["givenName"]), string(v?["familyName"])].compactMap { $0 }.joined(separator: " ")
            guard let n = string(v?["name"]) ?? given.nilIfEmpty else { return [] }
            return Byline.split(n, declared: true).map { ($0, type == "organization" || type == "newsmediaorganization") }
        default: return []
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
