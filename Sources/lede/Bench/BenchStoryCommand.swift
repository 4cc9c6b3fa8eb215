import ArgumentParser
import Foundation
import LedeCore
import LedeExtract
import LedeLanguage

/// `lede bench story`: extraction and the language stage over a folder of pages, each timed on its
/// own in the same process, so the language stage's cost is seen against extraction's.
struct BenchStoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Time extraction and story building (sentences, quotes, people) over a folder of pages.")

    @Option(help: "Folder of pages (ID.html.gz or ID.html).")
    var pages: String
    @Option(help: "Repeat each timed pass this many times and report the best.")
    var repeats = 3

    func run() throws {
        let loaded = try PageCorpus.load(pages)
        let reader = ArticleReader()
        // The name tagger's weights, decoded once (what the first story pays), timed on their own.
        let loadStart = DispatchTime.now().uptimeNanoseconds
        let model = try NameModel.committed()
        let loadMs = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e6
        // The word lists the tagger reads, loaded once on first use (what the first story pays), here before
        // any pass so no pass pays them; their load times are printed below.
        let lexicon = NameLists.englishLexicon
        let builder = StoryBuilder(nameTagger: NameTagger(model: model))
        let rulesOnly = StoryBuilder(nameTagger: nil)
        var rulesBest = Double.infinity
        var articles: [Article] = []
        var extractBest = Double.infinity, storyBest = Double.infinity
        var sentences = 0, quotes = 0, attributed = 0, people = 0
        for pass in 0..<max(1, repeats) {
            var start = DispatchTime.now().uptimeNanoseconds
            var batch: [Article] = []
            for page in loaded { if let a = try? reader.read(page.bytes, url: nil) { batch.append(a) } }
            extractBest = min(extractBest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            if pass == 0 { articles = batch }
            start = DispatchTime.now().uptimeNanoseconds
            var stories: [Story] = []
            stories.reserveCapacity(articles.count)
            for a in articles { stories.append(builder.story(of: a)) }
            storyBest = min(storyBest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            start = DispatchTime.now().uptimeNanoseconds
            for a in articles { _ = rulesOnly.story(of: a) }
            rulesBest = min(rulesBest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            if pass == 0 {
                for s in stories {
                    sentences += s.sentences.count
                    quotes += s.quotes.count
                    attributed += s.quotes.filter { $0.speaker != nil }.count
                    people += s.people.count
                }
            }
        }
        let n = Double(loaded.count)
        print(String(format: "extraction: %d pages in %.3f s = %.1f pages/s", loaded.count, extractBest, n / extractBest))
        print(String(format: "story:      %d articles in %.3f s = %.1f pages/s (%d sentences, %d quotations, %d with a named speaker, %d people)",
                     articles.count, storyBest, Double(articles.count) / storyBest, sentences, quotes, attributed, people))
        print(String(format: "extract + story: %.1f pages/s; the language stage costs %.2f× the extraction stage (goal < 1)",
                     n / (extractBest + storyBest), storyBest / extractBest))
        let size = NameModel.committedSize
        print(String(format: "name tagger: %d features, %d bytes (%d in the source), loaded in %.1f ms; the rules alone take %.3f s, so the tagger adds %.0f %% to the language stage (goal ≤ 50 %%)",
                     model.featureCount, size.binary, size.stored, loadMs, rulesBest, (storyBest / rulesBest - 1) * 100))
        let lists = NameLists.shared
        print(lists.isEmpty ? "name gazetteers: not installed (scripts/setup.sh); the tagger ran without them"
              : String(format: "name gazetteers: %d places, %d given names, %d bytes, loaded once in %.1f ms (from %@)",
                       lists.placeCount, lists.givenNameCount, lists.bytes, lists.loadMilliseconds, lists.directory ?? ""))
        let clusters = lists.clusters
        print(clusters.isEmpty ? "word clusters: not installed (scripts/setup.sh); the tagger ran without them"
              : String(format: "word clusters: %d words, %d bytes, loaded once in %.1f ms (from %@)",
                       clusters.count, clusters.bytes, clusters.loadMilliseconds, clusters.path ?? ""))
        print(lexicon.words == 0 ? "English word lists: not installed (scripts/setup.sh); the tagger ran without them"
              : String(format: "English word lists: %d words, %d bytes, loaded once in %.1f ms; first-story load in all: %.1f ms (model + lists)",
                       lexicon.words, lexicon.bytes, lexicon.milliseconds,
                       loadMs + lists.loadMilliseconds + clusters.loadMilliseconds + lexicon.milliseconds))
        print(String(format: "peak RSS %.1f MB (best of %d)", PeakMemory.megabytes(), repeats))
    }
}

/// `lede bench sentences`: the Golden Rules of sentence segmentation (JSON lines: text, expected, options).
struct BenchSentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Score the sentence splitter on golden_rules_en.jsonl; list the failures.")

    @Option(help: "The rules file (../shared/bench/sentences/golden_rules_en.jsonl).")
    var rules: String

    func run() throws {
        let lines = try String(contentsOfFile: rules, encoding: .utf8).split(separator: "\n")
        var passed = 0
        for line in lines {
            guard let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = o["text"] as? String, let expected = o["expected"] as? [String] else { continue }
            let pdf = ((o["options"] as? [String: Any])?["doc_type"] as? String) == "pdf"
            let got = SentenceSplitter(lineBreaks: pdf ? .join : .endSentences).sentences(text)
            if got == expected { passed += 1 } else { print("FAIL \(o["id"] ?? "?"): \(got)") }
        }
        print("lede: \(passed)/\(lines.count) golden rules pass")
    }
}
