import Foundation
import LedeCore
import LedeStore

/// `/articles/{id}`: the clean article with its figures, a "who said what" panel and the audio
/// player; each narrated sentence is a `<span>` with its start and end in the audio. Without
/// JavaScript it is a plain article with an `<audio>` element.
///
/// ```swift
/// let html = ArticlePage.render(stored)
/// ```
enum ArticlePage {
    static func render(_ stored: StoredArticle) -> String {
        let h = HTMLSanitizer()
        let article = stored.article
        let markup = SentenceMarkup(timings: stored.edition?.timings ?? [])
        var parts: [SafeHTML] = []

        var header: [SafeHTML] = [h.element("h1", children: [markup.text(article.title, block: TextSpan.titleBlock)])]
        if let subtitle = article.subtitle { header.append(h.element("p", attributes: [("class", "subtitle")], children: [h.text(subtitle)])) }
        header.append(byline(article))
        parts.append(h.element("header", attributes: [("class", "article-head")], children: header))
        parts.append(player(stored))

        var blocks: [SafeHTML] = []
        for (index, block) in article.blocks.enumerated() {
            blocks.append(self.block(block, index: index, markup: markup))
        }
        parts.append(h.element("div", attributes: [("class", "article-body")], children: blocks))
        if let story = stored.story, !story.quotes.isEmpty { parts.append(quotesPanel(story, timings: stored.edition?.timings ?? [])) }
        parts.append(sourceLine(stored))

        let waiting = stored.job.map { $0.status == .queued || $0.status == .running } ?? false
        let body = h.element("article", attributes: [("class", "reader")], children: parts)
        return PageLayout.page(title: article.title.isEmpty ? "Untitled" : article.title, body: body,
                               refreshSeconds: waiting ? 5 : nil, script: stored.edition != nil)
    }

    static func byline(_ article: Article) -> SafeHTML {
        let h = HTMLSanitizer()
        var pieces: [SafeHTML] = []
        if !article.authors.isEmpty { pieces.append(h.element("span", attributes: [("class", "authors")], children: [h.text("By " + article.authors.joined(separator: ", "))])) }
        if let publisher = article.publisher { pieces.append(h.element("span", attributes: [("class", "publisher")], children: [h.text(publisher)])) }
        if let published = article.published {
            pieces.append(h.element("time", attributes: [("datetime", published)], children: [h.text(displayDate(published))]))
        }
        return h.element("p", attributes: [("class", "byline")], children: [SafeHTML.joined(pieces, separator: " · ")])
    }

    static func player(_ stored: StoredArticle) -> SafeHTML {
        let h = HTMLSanitizer()
        if let edition = stored.edition {
            // Server-made markup: the ids are integers and the paths fixed, no article text inside.
            let audio = SafeHTML(trusted: """
                <audio id="player" controls preload="metadata" src="/audio/\(stored.id).mp3">
                <track kind="captions" srclang="en" label="Transcript" src="/audio/\(stored.id).vtt" default>
                <a href="/audio/\(stored.id).mp3">Download the narration</a></audio>
                """)
            let info = h.element("p", attributes: [("class", "player-info")], children: [
                h.text("\(PageLayout.duration(edition.durationMs)) · read by \(edition.voice)"
                       + (edition.timings.first { $0.quoted == true }.map { ", quotations by \($0.voice)" } ?? "") + " · "),
                SafeHTML(trusted: "<a href=\"/audio/\(stored.id).mp3\" download>MP3</a> · <a href=\"/audio/\(stored.id).vtt\">transcript</a>"),
            ])
            return h.element("section", attributes: [("class", "player")], children: [audio, info] + [status(stored)])
        }
        return h.element("section", attributes: [("class", "player")], children: [status(stored)])
    }

    static func status(_ stored: StoredArticle) -> SafeHTML {
        let h = HTMLSanitizer()
        guard let job = stored.job, job.status != .done else { return stored.edition == nil ? h.element("p", attributes: [("class", "status")], children: [h.text("Not narrated yet.")]) : .empty }
        switch job.status {
        case .queued: return h.element("p", attributes: [("class", "status")], children: [h.text("Waiting to be narrated…")])
        case .running:
            return h.element("p", attributes: [("class", "status")], children: [
                h.text("Narrating: "),
                h.element("progress", attributes: [("value", String(format: "%.2f", job.progress)), ("max", "1")], children: [
                    h.text("\(Int((job.progress * 100).rounded())) %"),
                ]),
            ])
        case .failed: return h.element("p", attributes: [("class", "status error")], children: [h.text("Narration failed: \(job.error ?? "unknown error")")])
        case .done: return .empty
        }
    }

    static func block(_ block: Block, index: Int, markup: SentenceMarkup) -> SafeHTML {
        let h = HTMLSanitizer()
        switch block {
        case .paragraph(let text):
            return h.element("p", children: [markup.text(text, block: index)])
        case .heading(let level, let text):
            // The article's own headings sit under the page's h1.
            return h.element("h\(min(6, max(2, level)))", children: [markup.text(text, block: index)])
        case .quote(let text):
            return h.element("blockquote", children: [h.element("p", children: [markup.text(text, block: index)])])
        case .list(let ordered, let items):
            let joined = items.joined(separator: "\n")
            var start = 0
            var lis: [SafeHTML] = []
            for item in items {
                let count = item.count
                lis.append(h.element("li", children: [markup.text(joined, block: index, range: start..<(start + count))]))
                start += count + 1
            }
            return h.element(ordered ? "ol" : "ul", children: lis)
        case .figure(let figure):
            var children: [SafeHTML] = []
            if let image = figure.image {
                // The caption right below says what the photo shows; an alt repeating it would be read twice.
                children.append(h.element("img", attributes: [("src", image), ("alt", figure.caption == nil ? "Photo" : ""), ("loading", "lazy"),
                                                              ("referrerpolicy", "no-referrer")]))
            }
            var caption: [SafeHTML] = []
            if let text = figure.caption { caption.append(markup.text(text, block: index)) }
            if let credit = figure.credit {
                caption.append(h.text(" "))
                caption.append(h.element("small", attributes: [("class", "credit")], children: [h.text(credit)]))
            }
            if !caption.isEmpty { children.append(h.element("figcaption", children: caption)) }
            return h.element("figure", children: children)
        }
    }

    /// Who said what: each speaker with their quotes, in order of first appearance; a quote links
    /// to the moment it is read when the narration has it.
    static func quotesPanel(_ story: Story, timings: [TimingEntry]) -> SafeHTML {
        let h = HTMLSanitizer()
        var order: [String] = []
        var bySpeaker: [String: [Quote]] = [:]
        for quote in story.quotes {
            let speaker = quote.speaker ?? quote.speakerDescription ?? "Unattributed"
            if bySpeaker[speaker] == nil { order.append(speaker) }
            bySpeaker[speaker, default: []].append(quote)
        }
        var entries: [SafeHTML] = []
        for speaker in order {
            entries.append(h.element("dt", children: [h.text(speaker)]))
            for quote in bySpeaker[speaker] ?? [] {
                let timing = timings.first { $0.block == quote.span.block && $0.charStart <= quote.span.charStart && quote.span.charStart < $0.charEnd }
                let text = h.text("“" + quote.text + "”")
                if let timing {
                    entries.append(h.element("dd", children: [h.element("span", attributes: [
                        ("data-start-ms", String(timing.startMs)), ("data-end-ms", String(timing.endMs)), ("class", "quote-link"),
                    ], children: [text])]))
                } else {
                    entries.append(h.element("dd", children: [text]))
                }
            }
        }
        return h.element("aside", attributes: [("class", "quotes")], children: [
            h.element("h2", children: [h.text("Who said what")]), h.element("dl", children: entries),
        ])
    }

    static func sourceLine(_ stored: StoredArticle) -> SafeHTML {
        let h = HTMLSanitizer()
        guard let url = stored.sourceURL ?? stored.article.url, HTMLSanitizer.safeURL(url) != nil else { return .empty }
        return h.element("p", attributes: [("class", "source")], children: [
            h.text("Source: "), h.element("a", attributes: [("href", url), ("rel", "noopener noreferrer nofollow")], children: [h.text(url)]),
        ])
    }

    /// `2026-03-14T06:30:00Z` → `14 March 2026`; anything else as given.
    static func displayDate(_ iso: String) -> String {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month) else { return iso }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        return "\(day) \(months[month - 1]) \(year)"
    }
}
