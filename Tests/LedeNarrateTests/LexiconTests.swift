import LedeCore
@testable import LedeNarrate
import Testing

/// The pronunciation lexicon file and the foreign-name readings.
@Suite struct LexiconTests {
    @Test func parsesRespellingsIPAAndOtherLanguages() throws {
        let lexicon = try Lexicon.parse("""
        # Names for tonight's bulletin
        Kyiv        keev             # respelling
        Zelenskyy   /zɛlˈɛnski/
        Tomysek     pl:Tomysek

        O'Neill     oh neel
        """)
        #expect(lexicon.entries.count == 4)
        #expect(lexicon.entry(for: "Kyiv") == .espeak(voice: "en-us", text: "keev"))
        #expect(lexicon.entry(for: "Zelenskyy") == .ipa("zɛlˈɛnski"))
        #expect(lexicon.entry(for: "Tomysek") == .espeak(voice: "pl", text: "Tomysek"))
        #expect(lexicon.entry(for: "O'Neill") == .espeak(voice: "en-us", text: "oh neel"))
        #expect(lexicon.entry(for: "kyiv") == nil, "entries are case-sensitive")
    }

    @Test func everyBadLineIsReportedWithItsNumber() {
        let text = """
        Kyiv keev
        Lonely
        Lind /
        two-words? twoo
        Tomysek PL_X:Tomysek
        Bad /a/b/
        Fine fyne
        Sym k33v!
        """
        do {
            _ = try Lexicon.parse(text, source: "names.txt")
            Issue.record("bad lines were accepted")
        } catch let LedeError.invalidInput(message) {
            for n in [2, 3, 4, 5, 6, 8] { #expect(message.contains("names.txt line \(n):"), "line \(n) missing: \(message)") }
            #expect(!message.contains("line 1:"))
            #expect(!message.contains("line 7:"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func userEntriesWinOverBuiltIn() throws {
        let mine = try Lexicon.parse("Kyiv kee iv")
        #expect(Lexicon.builtIn.merging(mine).entry(for: "Kyiv") == .espeak(voice: "en-us", text: "kee iv"))
        #expect(Lexicon.builtIn.merging(mine).entry(for: "Lukashenko") == Lexicon.builtIn.entry(for: "Lukashenko"))
    }

    @Test func builtInReadingsStressTheseNamesWhereTheirLanguagesDo() {
        // Volodymyr: vo-lo-DY-myr, a long stressed vowel on the third syllable.
        #expect(Lexicon.builtIn.entry(for: "Volodymyr") == .ipa("vˌɑːlədˈiːmɪɹ"))
        // Vadim: va-DEEM, not VAD-im.
        #expect(Lexicon.builtIn.entry(for: "Vadim") == .ipa("vɑːdˈiːm"))
    }

    @Test func missingFileIsAClearError() {
        #expect(throws: LedeError.self) { try Lexicon.load(path: "/nonexistent/lexicon.txt") }
    }

    @Test func foreignNamesGetTheirLikelyLanguage() {
        #expect(ForeignNames.reading(of: "Wałęsa") == .espeak(voice: "pl", text: "Wałęsa"))
        #expect(ForeignNames.reading(of: "Dvořák") == .espeak(voice: "cs", text: "Dvořák"))
        #expect(ForeignNames.reading(of: "Müller") == .espeak(voice: "de", text: "Müller"))
        #expect(ForeignNames.reading(of: "Muñoz") == .espeak(voice: "es", text: "Muñoz"))
        // English transliterations from Cyrillic, respelled for the Polish rules.
        #expect(ForeignNames.reading(of: "Zhukov") == .espeak(voice: "pl", text: "Żukov"))
        #expect(ForeignNames.reading(of: "Shevchenko") == .espeak(voice: "pl", text: "Szevczenko"))
        #expect(ForeignNames.reading(of: "Dmytrovych") == .espeak(voice: "pl", text: "Dmytrovycz"))
        #expect(ForeignNames.reading(of: "Aliaksiej") == .espeak(voice: "pl", text: "Aliaksiej"))
        // Belarusian -ouski/-ouskaya: the u before a consonant is the glide ŭ, Polish ł.
        #expect(ForeignNames.reading(of: "Kalinouski") == .espeak(voice: "pl", text: "Kalinołski"))
        #expect(ForeignNames.reading(of: "Tsikhanouskaya") == .espeak(voice: "pl", text: "Cichanołskaja"))
        #expect(Lexicon.builtIn.entry(for: "Kalinouski") == ForeignNames.reading(of: "Kalinouski"))
        // "ou" before a vowel is not the glide.
        #expect(ForeignNames.polishSpelling(of: "zhouan") == "Żouan")
        // Measured better with the English rules.
        #expect(ForeignNames.reading(of: "Prokopiev") == nil)
        #expect(ForeignNames.reading(of: "Kukhta") == nil)
        // English names stay with the English rules.
        for name in ["Parker", "Olivia", "Christina", "Matthew", "Steve", "Johnson", "Ivy", "Louis", "Moulton"] {
            #expect(ForeignNames.reading(of: name) == nil, "\(name)")
        }
    }
}
