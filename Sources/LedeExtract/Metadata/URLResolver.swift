import Foundation

/// Makes relative links absolute against the page's URL.
enum URLResolver {
    static func resolve(_ link: String, against base: String) -> String {
        let trimmed = link.trimmingSpaces
        if trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") || trimmed.hasPrefix("data:") { return trimmed }
        if trimmed.hasPrefix("//") {
            let scheme = base.hasPrefix("http://") ? "http:" : "https:"
            return scheme + trimmed
        }
        guard let b = URL(string: base), let u = URL(string: trimmed, relativeTo: b) else { return trimmed }
        return u.absoluteString
    }
}
