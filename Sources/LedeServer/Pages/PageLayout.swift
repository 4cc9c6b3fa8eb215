/// The frame every HTML page shares: head, stylesheet, the deferred player script, a header with
/// the library link and search box.
///
/// ```swift
/// let page = PageLayout.page(title: "Library", body: content)
/// ```
enum PageLayout {
    static func page(title: String, body: SafeHTML, search: String = "", refreshSeconds: Int? = nil,
                     script: Bool = false) -> String {
        let h = HTMLSanitizer()
        // Refresh is a meta tag rather than script, so a page waiting for its narration updates
        // itself without JavaScript (and under the Content-Security-Policy).
        let refresh = refreshSeconds.map { "<meta http-equiv=\"refresh\" content=\"\($0)\">\n" } ?? ""
        let scriptTag = script ? "<script src=\"/static/player.js\" defer></script>\n" : ""
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(h.text(title).markup) · Lede</title>
            <link rel="stylesheet" href="/static/lede.css">
            <link rel="alternate" type="application/rss+xml" title="Lede podcast" href="/feed.xml">
            <link rel="alternate" type="application/feed+json" title="Lede" href="/feed.json">
            \(refresh)\(scriptTag)</head>
            <body>
            <header class="site"><a class="home" href="/">Lede</a>
            <form class="search" action="/" method="get" role="search">
            <input type="search" name="q" value="\(HTMLEscape.escape(search))" placeholder="Search the library" aria-label="Search the library">
            <button type="submit">Search</button>
            </form></header>
            <main>
            \(body.markup)
            </main>
            </body>
            </html>

            """
    }

    static func duration(_ ms: Int?) -> String {
        guard let ms else { return "" }
        let seconds = (ms + 500) / 1000
        return seconds >= 3600
            ? String(format: "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
            : String(format: "%d:%02d", seconds / 60, seconds % 60)
    }

    /// A status a reader understands.
    static func statusLabel(_ status: ArticleSummary.Status?, progress: Double?) -> String {
        switch status {
        case .ready?: return "narrated"
        case .queued?: return "waiting to be narrated"
        case .running?: return "narrating \(Int(((progress ?? 0) * 100).rounded())) %"
        case .failed?: return "narration failed"
        case .done?, nil: return "not narrated"
        }
    }
}

import Foundation
import LedeStore
