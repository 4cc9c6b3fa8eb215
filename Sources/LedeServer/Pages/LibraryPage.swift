import Foundation
import LedeStore

/// `/`: the library, newest first, or the results of a search with the matches highlighted.
///
/// ```swift
/// let html = LibraryPage.render(articles: try await store.list(limit: 50, offset: 0))
/// ```
enum LibraryPage {
    static func render(articles: [ArticleSummary], total: Int, offset: Int, limit: Int) -> String {
        let h = HTMLSanitizer()
        var items = articles.map { item($0, snippet: nil) }
        if items.isEmpty {
            items = [h.element("p", attributes: [("class", "empty")], children: [
                h.text("The library is empty. Add an article with `lede add page.html` or POST /api/articles."),
            ])]
        }
        var nav: [SafeHTML] = []
        // Written so that no operand can overflow whatever the numbers: `offset` and `limit` come
        // from a request (bounded by ``RequestNumbers``), `total` from the store.
        let offset = max(0, offset), limit = max(1, limit)
        if offset > 0 {
            nav.append(SafeHTML(trusted: "<a rel=\"prev\" href=\"/?offset=\(offset > limit ? offset - limit : 0)\">Newer</a>"))
        }
        if total > offset, total - offset > limit, offset <= RequestNumbers.maxOffset - limit {
            nav.append(SafeHTML(trusted: "<a rel=\"next\" href=\"/?offset=\(offset + limit)\">Older</a>"))
        }
        let body = SafeHTML(trusted: "<h1>Library</h1>\n<ol class=\"library\">") + SafeHTML.joined(items, separator: "\n")
            + SafeHTML(trusted: "</ol>\n<nav class=\"pages\">") + SafeHTML.joined(nav, separator: " ") + SafeHTML(trusted: "</nav>\n")
            + addForm
        return PageLayout.page(title: "Library", body: body)
    }

    /// Server-made markup, no article text: a URL or a pasted text, and the token that allows writes.
    static let addForm = SafeHTML(trusted: """
        <details class="add" id="add"><summary>Add an article</summary>
        <form method="post" action="/articles">
        <label>Address of the article <input type="url" name="url" placeholder="https://…"></label>
        <label>or its text (headline first) <textarea name="text" rows="6"></textarea></label>
        <label>Token <input type="password" name="token" autocomplete="current-password" required></label>
        <button type="submit">Add and narrate</button>
        </form></details>
        """)

    static func renderSearch(query: String, hits: [SearchHit]) -> String {
        let h = HTMLSanitizer()
        let heading = h.element("h1", children: [h.text("Search: \(query)")])
        let count = h.element("p", attributes: [("class", "count")], children: [
            h.text(hits.count == 1 ? "1 article" : "\(hits.count) articles"),
        ])
        let items = hits.map { item($0.article, snippet: h.snippet($0.snippet, start: SearchHit.markStart, end: SearchHit.markEnd)) }
        let body = heading + count + SafeHTML(trusted: "<ol class=\"library\">") + SafeHTML.joined(items, separator: "\n")
            + SafeHTML(trusted: "</ol>")
        return PageLayout.page(title: "Search: \(query)", body: body, search: query)
    }

    static func item(_ summary: ArticleSummary, snippet: SafeHTML?) -> SafeHTML {
        let h = HTMLSanitizer()
        var meta: [SafeHTML] = []
        if let publisher = summary.publisher { meta.append(h.element("span", attributes: [("class", "publisher")], children: [h.text(publisher)])) }
        if let published = summary.published {
            meta.append(h.element("time", attributes: [("datetime", published)], children: [h.text(ArticlePage.displayDate(published))]))
        }
        if let duration = summary.durationMs {
            meta.append(h.element("span", attributes: [("class", "duration")], children: [h.text(PageLayout.duration(duration))]))
        }
        meta.append(h.element("span", attributes: [("class", "status status-\(summary.status?.rawValue ?? "none")")],
                              children: [h.text(PageLayout.statusLabel(summary.status, progress: summary.progress))]))
        var children = [
            SafeHTML(trusted: "<a class=\"title\" href=\"/articles/\(summary.id)\">") + h.text(summary.title.isEmpty ? "Untitled" : summary.title)
                + SafeHTML(trusted: "</a>"),
            h.element("div", attributes: [("class", "meta")], children: [SafeHTML.joined(meta, separator: " · ")]),
        ]
        if let snippet { children.append(h.element("p", attributes: [("class", "snippet")], children: [snippet])) }
        return h.element("li", children: children)
    }
}
