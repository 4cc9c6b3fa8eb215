import ArgumentParser
import Foundation
import LedeExtract

/// `lede train lines`: the plain-text line classifier, from text-browser dumps of the benchmark
/// pages (`Benchmarks/plaintext/dump_pages.py`), labelled against their gold bodies and Lede's HTML
/// reading. Writes the weights as Swift source.
///
///     lede train lines --dumps out/dumps --bench ../shared/bench --out Sources/LedeExtract/PlainText/LineModelWeights.swift
struct TrainLinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lines",
        abstract: "Train the plain-text line classifier on the train half of the dumped benchmark pages.")

    @Option(help: "Folder of dumps: SET/DUMPER/ID.txt with SET wcxb and zyte.")
    var dumps: String
    @Option(help: "The shared benchmark folder (extraction-wcxb/ and extraction/).")
    var bench: String
    @Option(help: "Where to write the weights (Swift source).")
    var out: String
    @Option(help: "Also read every dump with the new weights and write DIR/pt-SET-DUMPER.json ({ID: {articleBody}}) for Benchmarks/plaintext/score_split.py.")
    var predict: String?
    @Option(help: "Also train on the hand-labelled copies of this folder (NAME.txt, NAME.body.txt, index.json), the train half of those written before --copies-round.")
    var copies: String?
    @Option(help: "Copies of this round or later are never trained on (they measure styles nobody has seen).")
    var copiesRound = 8
    @Option(help: "How many dumps each training copy weighs.")
    var copyWeight = 1.0

    func run() throws {
        var pages: [LineModelTrainer.Page] = []
        let fm = FileManager.default
        func dumpsOf(_ set: String, _ id: String) -> [String] {
            let folders = ((try? fm.contentsOfDirectory(atPath: "\(dumps)/\(set)")) ?? []).sorted()
            return folders.compactMap { try? String(contentsOfFile: "\(dumps)/\(set)/\($0)/\(id).txt", encoding: .utf8) }
        }
        // WCXB: one JSON file of gold per page.
        let wcxb = "\(bench)/extraction-wcxb"
        for name in try fm.contentsOfDirectory(atPath: "\(wcxb)/ground-truth").sorted() where name.hasSuffix(".json") {
            let id = String(name.dropLast(5))
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(wcxb)/ground-truth/\(name)"))) as? [String: Any]
            guard let gt = json?["ground_truth"] as? [String: Any], let body = gt["main_content"] as? String else { continue }
            pages.append(.init(id: id, dumps: dumpsOf("wcxb", id), gold: body, goldTitle: gt["title"] as? String,
                               goldAuthor: gt["author"] as? String, html: try PageCorpus.gunzip("\(wcxb)/pages/\(id).html.gz")))
        }
        // Zyte: one JSON of gold bodies.
        let zyte = "\(bench)/extraction"
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(zyte)/ground-truth.json"))) as? [String: [String: Any]] ?? [:]
        for (id, gt) in gold.sorted(by: { $0.key < $1.key }) {
            guard let body = gt["articleBody"] as? String else { continue }
            pages.append(.init(id: id, dumps: dumpsOf("zyte", id), gold: body, goldTitle: nil, goldAuthor: nil,
                               html: try PageCorpus.gunzip("\(zyte)/pages/\(id).html.gz")))
        }
        let labelled = try copies.map { try LabelledCopy.load(folder: $0) } ?? []
        let model = LineModelTrainer.train(pages, copies: labelled.filter { $0.round < copiesRound }, copyWeight: copyWeight) { print($0) }
        print(LineModelTrainer.evaluate(model, pages))
        if !labelled.isEmpty { printCopyScores(LineModelTrainer.scoreCopies(labelled, with: model)) }
        try LineModelTrainer.swiftSource(model).write(toFile: out, atomically: true, encoding: .utf8)
        print("wrote \(out)")
        if let predict { try writePredictions(model, to: predict) }
    }

    /// Kept body lines over kept lines and over body lines: copies never trained on (the round of
    /// `--copies-round` on), and the earlier copies by the split (held out, trained on).
    private func printCopyScores(_ scores: [(copy: LabelledCopy, right: Int, kept: Int, body: Int)]) {
        var groups: [String: (Int, Int, Int)] = [:]
        for s in scores {
            let group = s.copy.round >= copiesRound ? "copies of round \(copiesRound) on (never trained on)"
                : LineModelTrainer.isHeldOut(s.copy.id) ? "earlier copies, held-out half" : "earlier copies, train half"
            let g = groups[group] ?? (0, 0, 0)
            groups[group] = (g.0 + s.right, g.1 + s.kept, g.2 + s.body)
            if s.right != s.kept || s.right != s.body { print("copy \(s.copy.name): kept body lines \(s.right)/\(s.kept), recall \(s.right)/\(s.body)") }
        }
        for (group, g) in groups.sorted(by: { $0.key < $1.key }) {
            print("\(group): kept body lines \(g.0)/\(g.1) precision, \(g.0)/\(g.2) recall")
        }
    }

    /// Reads each dump with `model` and writes the bodies as `lede bench extraction --text` does.
    private func writePredictions(_ model: LineModelTrainer.Model, to folder: String) throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for set in ["wcxb", "zyte"] {
            for dumper in ((try? fm.contentsOfDirectory(atPath: "\(dumps)/\(set)")) ?? []).sorted() {
                let dir = "\(dumps)/\(set)/\(dumper)"
                var out: [String: [String: String]] = [:]
                let start = Date()
                let names = try fm.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }
                for name in names {
                    let text = (try? String(contentsOfFile: "\(dir)/\(name)", encoding: .utf8)) ?? ""
                    out[String(name.dropLast(4))] = ["articleBody": LineModelTrainer.body(of: text, with: model)]
                }
                let seconds = Date().timeIntervalSince(start)
                let data = try JSONSerialization.data(withJSONObject: out, options: [.sortedKeys])
                try data.write(to: URL(fileURLWithPath: "\(folder)/pt-\(set)-\(dumper).json"))
                print("\(set)/\(dumper): \(names.count) dumps read in " + String(format: "%.2f s (%.0f dumps/s)", seconds, Double(names.count) / seconds))
            }
        }
    }
}
