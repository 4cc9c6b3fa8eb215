import LedeCore

/// Reads a `<figure>` (or a lone `<img>`) into a ``Figure``: image URL, caption and credit.
enum FigureReader {
    /// Attributes that hold the real image URL on lazy-loading pages, in order of preference.
    static let sourceAttributes = ["data-src", "data-original", "data-lazy-src", "data-url", "data-hi-res-src", "src"]
    /// Class fragments of the element that holds a photo credit.
    static let creditHints = ["credit", "copyright", "source", "photographer", "attribution", "byline", "courtesy"]
    /// Class fragments of images that are page furniture.
    static let iconHints = ["icon", "logo", "avatar", "sprite", "emoji", "badge", "pixel", "tracking", "author"]

    /// Reads a figure; nil when it shows no image (an embed, a pull quote, a table), unless
    /// `captionOnly` asks for its caption and credit alone (an image whose URL the page fills in
    /// by script, or a `<figcaption>` printed outside any `<figure>`).
    static func read(_ figure: HTMLNode, baseURL: String?, captionOnly: Bool = false) -> Figure? {
        let img = figure.first("img")
        let image = img.flatMap { imageURL($0, baseURL: baseURL) } ?? figure.first("source").flatMap { firstSrcset($0["srcset"]) }
            .map { resolve($0, baseURL) }
        var caption: String?
        var credit: String?
        if let cap = figure.is(.figcaption) ? figure : figure.first("figcaption") {
            var creditText: String?
            cap.walk { n in
                if n.isElement, n != cap, creditHints.contains(where: { n.classAndID.has($0) }) {
                    creditText = n.text
                    return .stop
                }
                return .continue
            }
            var text = cap.text
            if let c = creditText, !c.isEmpty {
                credit = CreditParser.clean(c)
                if let r = text.range(of: c) { text.removeSubrange(r) }
                text = text.trimmingSpaces
            } else {
                let split = CreditParser.split(text)
                text = split.caption
                credit = split.credit
            }
            caption = text.isEmpty ? nil : text
        }
        // Without an image a <figure> is an embed or a pull quote; the caller keeps its text.
        if captionOnly { return caption == nil && credit == nil ? nil : Figure(image: nil, caption: caption, credit: credit) }
        guard image != nil else { return nil }
        return Figure(image: image, caption: caption, credit: credit)
    }

    static func standaloneImage(_ img: HTMLNode, baseURL: String?) -> Figure? {
        let hints = img.classAndID
        if iconHints.contains(where: { hints.has($0) }) { return nil }
        if let w = img[.width].flatMap({ Int($0) }), w < 200 { return nil }
        guard let url = imageURL(img, baseURL: baseURL) else { return nil }
        let lower = url.lowercased()
        if lower.hasSuffix(".svg") || lower.hasSuffix(".gif") || lower.hasPrefix("data:") { return nil }
        return Figure(image: url)
    }

    static func imageURL(_ img: HTMLNode, baseURL: String?) -> String? {
        for attr in sourceAttributes {
            if let v = img[attr]?.trimmingSpaces, !v.isEmpty, !v.hasPrefix("data:") { return resolve(v, baseURL) }
        }
        if let s = firstSrcset(img[.srcset] ?? img[.dataSrcset]) { return resolve(s, baseURL) }
        return nil
    }

    static func firstSrcset(_ srcset: String?) -> String? {
        guard let srcset else { return nil }
        let first = srcset.split(separator: ",").first?.trimmingSpaces.split(separator: " ").first
        return first.map(String.init)
    }

    private static func resolve(_ s: String, _ base: String?) -> String {
        guard let base else { return s }
        return URLResolver.resolve(s, against: base)
    }
}
