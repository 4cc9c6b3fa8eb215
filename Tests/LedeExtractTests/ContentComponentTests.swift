import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// Adobe Experience Manager names its content blocks "cmp-text", "cmp-title", "cmp-image": those
/// are the article, while a consent dialog named "cmp-banner" is still dropped. The page is
/// written for this test.
@Suite struct ContentComponentTests {
    @Test func contentComponentsAreReadAndAConsentDialogIsNot() throws {
        let parts = [
            "The river trust has counted more otters this year than in any year since its survey began, its volunteers said on Monday.",
            "Counts rose on every stretch but one, where building work on the new bridge kept the animals away for most of the summer.",
            "The trust puts the recovery down to cleaner water, fewer weirs and a ban on the traps that were set along the banks for mink.",
        ]
        let body = "<div class=\"cmp-title\"><h2>Otters return to the upper river</h2></div>"
            + parts.map { "<div class=\"text cmp-text--article\"><div class=\"cmp-text\"><p>\($0)</p></div></div>" }.joined()
        let consent = "<div class=\"cmp-banner\"><p>We and our partners store and access information on your device.</p></div>"
        let html = "<html lang=\"en\"><head><title>Otter numbers rise</title></head><body><h1>Otter numbers rise</h1>"
            + "<div class=\"page\">" + body + "</div>" + consent + "</body></html>"
        let a = try ArticleReader().read(Array(html.utf8), url: nil)
        for p in parts { #expect(a.bodyText.contains(p)) }
        #expect(a.bodyText.contains("Otters return to the upper river"))
        #expect(!a.bodyText.contains("store and access information"))
    }

    /// A site's own components named like AEM's ("cmp-richtext", "cmp-hero-spot__title") are the
    /// page's text when they say nothing of cookies or consent; a dialog that does is still dropped.
    @Test func ownComponentsAreReadUnlessTheySpeakOfConsent() throws {
        let parts = [
            "A tracker fund follows a market index as closely as it can, buying every share in it or a fair sample of them.",
            "Its running costs stay low because nobody is paid to pick winners, and those savings are passed on to the holders.",
        ]
        let body = "<div class=\"cmp-hero-spot\"><h2 class=\"cmp-hero-spot__title\">How tracker funds work</h2></div>"
            + parts.map { "<div class=\"cmp-richtext richtext-3f2a\"><p>\($0)</p></div>" }.joined()
        let dialog = "<div class=\"cmp-popup\"><p>We use cookies to measure how this site is used. Accept all?</p></div>"
        let html = "<html lang=\"en\"><head><title>Tracker funds</title></head><body><h1>Tracker funds</h1>"
            + "<main>" + body + "</main>" + dialog + "</body></html>"
        let a = try ArticleReader().read(Array(html.utf8), url: nil)
        for p in parts { #expect(a.bodyText.contains(p)) }
        #expect(a.bodyText.contains("How tracker funds work"))
        #expect(!a.bodyText.contains("We use cookies"))
    }
}
