/// Reads a page's metadata from JSON-LD, OpenGraph and Twitter cards, `<meta>` tags, microdata,
/// `<time>` elements and visible bylines, in that order of trust.
///
/// ```swift
/// let meta = MetadataExtractor(document: doc, url: "https://example.com/2022/05/20/story").extract()
/// ```
struct MetadataExtractor {
    let document: HTMLDocument
    let url: String?

    static let authorKeys = ["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator",
                             "byl", "twitter:creator:name", "citation_author", "cxenseparse:author", "article.author"]
    static let publishedKeys = ["article:published_time", "datepublished", "og:published_time", "published_time",
                                "article.published", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate",
                                "publish-date", "publish_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
                                "dcterms.created", "datecreated", "date", "citation_publication_date", "article:published",
                                "og:article:published_time", "cxenseparse:recs:publishtime", "release_date", "displaydate"]
    static let modifiedKeys = ["article:modified_time", "datemodified", "og:updated_time", "dcterms.modified", "last-modified", "lastmod"]

    func extract() -> PageMetadata {
        let tags = MetaTags(document: document)
        let ld = JSONLDArticle.find(in: document)
        var m = PageMetadata()
        let siteName = tags.first(["og:site_name", "application-name", "publisher", "twitter:site"])
        m.publisher = ld?.publisher ?? siteName
        m.title = TitleChoice(document: document, ogTitle: tags.first(["og:title", "twitter:title"]),
                              ldHeadline: ld?.headline, siteName: siteName ?? ld?.publisher).choose()
        m.title = TextRepair.fullwidth(TextRepair.mojibake(Entities.decode(m.title)))
        m.subtitle = ld?.description ?? tags.first(["og:description", "description", "twitter:description"])

        var authors = ld?.authors ?? []
        if authors.isEmpty {
            for key in Self.authorKeys {
                for v in tags.all[key] ?? [] where !v.hasPrefix("http") && !v.hasPrefix("@") {
                    // Scholarly tags give one person a tag, family name first ("Roe, Jane").
                    if key == "citation_author", let person = Byline.familyFirst(v) {
                        if !authors.contains(person) { authors.append(person) }
                        continue
                    }
                    for n in Byline.split(v, declared: true) where !authors.contains(n) { authors.append(n) }
                }
                if !authors.isEmpty { break }
            }
        }
        // Twitter's label/data pairs: `twitter:label1` "Written by", `twitter:data1` "Jane Roe".
        if authors.isEmpty {
            for i in 1...4 {
                guard let label = tags.first(["twitter:label\(i)"])?.lowercased(), label == "written by" || label == "author" || label == "by",
                      let value = tags.first(["twitter:data\(i)"]) else { continue }
                authors = Byline.split(value, declared: true)
                break
            }
        }
        // The site itself named as an author ("Manoj Jain, The Commercial Appeal") is an affiliation.
        // Compared without a leading "The": "The Evening Courier" is the "Port Avery Evening Courier".
        let siteKey = { (s: String) in TitleChoice.key(s.lowercased().hasPrefix("the ") ? String(s.dropFirst(4)) : s) }
        let sites = [m.publisher, siteName].compactMap { $0.map(siteKey) }.filter { !$0.isEmpty }
        let isSite = { (name: String) -> Bool in
            let k = siteKey(name)
            return !k.isEmpty && sites.contains { $0.contains(k) }
        }
        if authors.count > 1, authors.contains(where: { !isSite($0) }) { authors.removeAll(where: isSite) }
        // Declared names that are only user handles or the site's own name give way to a byline
        // printed on the page, which names the person; they stay when the page prints none.
        if authors.isEmpty || authors.allSatisfy({ Byline.isHandle($0) || isSite($0) }) {
            let visible = VisibleByline.authors(in: document)
            // Over a declared name, only a byline of full names ("Jane Roe", not "Top" or "Jane").
            let fullNames = visible.allSatisfy { (2...4).contains(Byline.nameHead($0).split(separator: " ").count) }
            if !visible.isEmpty, authors.isEmpty || fullNames { authors = visible }
        }
        // An organisation, the site, or nobody: an author box may still name the person.
        if authors.isEmpty || authors.allSatisfy(isSite), let boxed = VisibleByline.authorBox(in: document), !isSite(boxed) {
            authors = [boxed]
        }
        if authors.isEmpty, let orgs = ld?.organisationAuthors, !orgs.isEmpty { authors = orgs }
        if authors.isEmpty, let owner = SiteOwner.name(in: document, siteName: siteName, titleTag: document.first("title")?.text,
                                                       pageURL: tags.canonical ?? tags.first(["og:url"]) ?? ld?.url ?? url) {
            authors = [owner]
        }
        // Nobody named anywhere else: a summary that opens with the byline ("By Jane Roe DHAKA, Dec 20 …").
        if authors.isEmpty, let summary = m.subtitle, let name = DescriptionByline.name(in: summary) { authors = [name] }
        m.authors = authors.map(Entities.decode)

        let pageURL = tags.canonical ?? tags.first(["og:url"]) ?? ld?.url ?? url
        let urlDate = pageURL.flatMap(Self.dateFromURL)
        // The date printed by the headline: one walk of the page serves the fallback and the check below.
        var walked: (date: String, revision: Bool)??
        func shown() -> (date: String, revision: Bool)? {
            if let walked { return walked }
            let found = HeadlineDate.shown(in: document)
            walked = .some(found)
            return found
        }
        let publishedCandidates = [ld?.published, tags.first(Self.publishedKeys)].compactMap { $0 }
        m.published = publishedCandidates.lazy.compactMap(DateParsing.iso).first
            ?? tags.anyPublicationDate()
            ?? VisibleByline.timeElementDate(in: document)
            ?? urlDate
            ?? shown()?.date
            ?? VisibleByline.writtenDate(in: document)
            ?? VisibleByline.dateNearHeadline(in: document)
        // A timestamp written in UTC can fall on the next day; the date in the article's own URL
        // ("/2025/12/18/…", set by the CMS in the site's time zone) is the day the site printed.
        if let p = m.published, let fromURL = urlDate, p.count > 10,
           let a = DateParsing.daysSinceEpoch(p), let b = DateParsing.daysSinceEpoch(fromURL), Swift.abs(a - b) == Self.timeZoneSlackDays {
            m.published = fromURL
        }
        // The date a reader sees by the headline, when it is not marked as an update, is the one the
        // page gives as its own (metadata often carries a first draft's or a template's date).
        // Not against a date in the article's URL (set when it was first published), nor for one day
        // (a timestamp in UTC against the site's own calendar).
        if let p = m.published, urlDate.map({ !p.hasPrefix($0) }) ?? true,
           let shown = shown(), !shown.revision,
           let a = DateParsing.daysSinceEpoch(p), let b = DateParsing.daysSinceEpoch(shown.date),
           Swift.abs(a - b) > Self.timeZoneSlackDays {
            m.published = shown.date
        }
        m.modified = [ld?.modified, tags.first(Self.modifiedKeys)].compactMap { $0 }.lazy.compactMap(DateParsing.iso).first
        m.language = (tags.htmlLang ?? ld?.language ?? tags.first(["og:locale", "content-language", "language", "dc.language"]))
            .map { $0.replacingOccurrences(of: "_", with: "-") }
        m.canonicalURL = tags.canonical ?? ld?.url ?? tags.first(["og:url"]) ?? url
        m.image = ld?.image ?? tags.first(["og:image", "og:image:url", "twitter:image", "twitter:image:src", "thumbnailurl"])
        if let base = m.canonicalURL ?? url, let img = m.image { m.image = URLResolver.resolve(img, against: base) }
        return m
    }

    /// Days two dates of one article may differ and still be the same day somewhere (a UTC timestamp
    /// against the site's own calendar).
    static let timeZoneSlackDays = 1

    /// `/2022/05/20/` or `/2022-05-20` in an article URL.
    static func dateFromURL(_ url: String) -> String? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" }).map(String.init)
        for i in parts.indices.dropLast(2) {
            // The month as two digits or as a name ("/2023/october/03/").
            guard parts[i].count == 4, let y = Int(parts[i]), DateParsing.years.contains(y),
                  let mo = parts[i + 1].count == 2 ? Int(parts[i + 1]) : (parts[i + 1].count >= 3 ? DateParsing.months[parts[i + 1].lowercased()] : nil),
                  (1...12).contains(mo),
                  parts[i + 2].count <= 2, let d = Int(parts[i + 2]), (1...31).contains(d) else { continue }
            return "\(y)-\(mo < 10 ? "0\(mo)" : "\(mo)")-\(d < 10 ? "0\(d)" : "\(d)")"
        }
        return nil
    }
}
