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
    @Option(help: "Where to write the weights (Swift source); required unless --leave-one-round-out.")
    var out: String?
    @Option(help: "Also read every dump with the new weights and write DIR/pt-SET-DUMPER.json ({ID: {articleBody}}) for Benchmarks/plaintext/score_split.py.")
    var predict: String?
    @Option(help: "Also train on the hand-labelled copies of this folder (NAME.txt, NAME.body.txt, index.json), the train half of those written before --copies-round.")
    var copies: String?
    @Option(help: "Copies of this round or later are never trained on (they measure styles nobody has seen).")
    var copiesRound = 8
    @Option(help: "How many dumps each training copy weighs.")
    var copyWeight = 1.0
    @Flag(help: "Train on every copy before --copies-round (both halves of the copies' split), as --leave-one-round-out measures.")
    var everyCopy = false
    @Flag(help: "Write no weights: for each round of copies before --copies-round, train without that round's copies (every copy of the other rounds, and the dumps) and score that round; print each round and the pooled kept body lines.")
    var leaveOneRoundOut = false
    @Option(help: "How the passes are fitted: comma-separated epochs=N, l2=X, folds=K (cross-fitted passes), averaged, sets=P (benchmarks evened out); empty: the committed settings.")
    var settings = ""
    @Option(help: "NAME=SETTINGS: also train with these settings (the dumps labelled once) and write DIR/NAME/pt-SET-DUMPER.json and DIR/NAME/LineModelWeights.swift under --predict's DIR; repeatable.")
    var variant: [String] = []
    @Flag(help: "Train only the prose-furniture pass over the committed three passes (on the dumps and every copy before --copies-round) and write it as ProseFurnitureWeights.swift; with --leave-one-round-out, measure it.")
    var furniturePass = false

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
                               goldAuthor: gt["author"] as? String, html: try PageCorpus.gunzip("\(wcxb)/pages/\(id).html.gz"), source: "wcxb"))
        }
        // Zyte: one JSON of gold bodies.
        let zyte = "\(bench)/extraction"
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: "\(zyte)/ground-truth.json"))) as? [String: [String: Any]] ?? [:]
        for (id, gt) in gold.sorted(by: { $0.key < $1.key }) {
            guard let body = gt["articleBody"] as? String else { continue }
            pages.append(.init(id: id, dumps: dumpsOf("zyte", id), gold: body, goldTitle: nil, goldAuthor: nil,
                               html: try PageCorpus.gunzip("\(zyte)/pages/\(id).html.gz"), source: "zyte"))
        }
        let labelled = try copies.map { try LabelledCopy.load(folder: $0) } ?? []
        let dumpSet = LineModelTrainer.dumpSet(pages)
        if leaveOneRoundOut {
            let rounds = Array(Set(labelled.map(\.round).filter { $0 < copiesRound })).sorted()
            let scores = furniturePass
                ? LineModelTrainer.leaveOneRoundOutFurniturePass(dumpSet, copies: labelled, rounds: rounds, copyWeight: copyWeight) { print($0) }
                : LineModelTrainer.leaveOneRoundOut(dumpSet, copies: labelled, rounds: rounds, copyWeight: copyWeight) { print($0) }
            let r = LineModelTrainer.total(scores)
            for (half, held) in [("tune (even) half", false), ("held-out (odd) half", true)] {
                let h = LineModelTrainer.total(scores.filter { LineModelTrainer.isHeldOut($0.copy.id) == held })
                print("  copies of the \(half): kept body lines \(h.0)/\(h.1), recall \(h.0)/\(h.2)")
            }
            print(String(format: "leave-one-round-out, rounds %d-%d, copy weight %g: kept body lines %d/%d = %.3f precision, %d/%d = %.3f recall",
                         rounds.first ?? 0, rounds.last ?? 0, copyWeight, r.0, r.1, Double(r.0) / Double(max(1, r.1)), r.0, r.2, Double(r.0) / Double(max(1, r.2))))
            return
        }
        guard let out else { throw ValidationError("--out is required unless --leave-one-round-out") }
        if furniturePass {
            let fourth = LineModelTrainer.trainFurniturePass(dumpSet, copies: labelled.filter { $0.round < copiesRound }, copyWeight: copyWeight)
            printCopyScores(LineModelTrainer.scoreCopies(labelled, fourth: fourth))
            try LineModelTrainer.furniturePassSource(fourth).write(toFile: out, atomically: true, encoding: .utf8)
            print("wrote \(out)")
            if let predict { try writePredictions(to: predict) { LineModelTrainer.body(of: $0, fourth: fourth) } }
            return
        }
        for v in variant {
            let parts = v.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let predict else { throw ValidationError("--variant needs NAME=SETTINGS and --predict") }
            let start = Date()
            let model = LineModelTrainer.train(dumpSet, copies: labelled.filter { $0.round < copiesRound }, copyWeight: copyWeight,
                                               everyCopy: everyCopy, settings: .init(parsing: parts[1])) { _ in }
            print("variant \(parts[0]) (\(parts[1])): trained in " + String(format: "%.0f s", Date().timeIntervalSince(start)))
            try writePredictions(to: "\(predict)/\(parts[0])") { LineModelTrainer.body(of: $0, with: model) }
            try LineModelTrainer.swiftSource(model).write(toFile: "\(predict)/\(parts[0])/LineModelWeights.swift", atomically: true, encoding: .utf8)
        }
        let model = LineModelTrainer.train(dumpSet, copies: labelled.filter { $0.round < copiesRound }, copyWeight: copyWeight,
                                           everyCopy: everyCopy, settings: .init(parsing: settings)) { print($0) }
        print(LineModelTrainer.evaluate(model, pages))
        if !labelled.isEmpty { printCopyScores(LineModelTrainer.scoreCopies(labelled, with: model)) }
        try LineModelTrainer.swiftSource(model).write(toFile: out, atomically: true, encoding: .utf8)
        print("wrote \(out)")
        if let predict { try writePredictions(to: predict) { LineModelTrainer.body(of: $0, with: model) } }
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

    /// Reads each dump with `read` and writes the bodies as `lede bench extraction --text` does.
    private func writePredictions(to folder: String, _ read: (String) -> String) throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // zyte-rest: the unseen Zyte pages' dumps (Benchmarks/plaintext.sh), read only, never trained on.
        for set in ["wcxb", "zyte", "zyte-rest"] {
            for dumper in ((try? fm.contentsOfDirectory(atPath: "\(dumps)/\(set)")) ?? []).sorted() {
                let dir = "\(dumps)/\(set)/\(dumper)"
                var out: [String: [String: String]] = [:]
                let start = Date()
                let names = try fm.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".txt") }
                for name in names {
                    let text = (try? String(contentsOfFile: "\(dir)/\(name)", encoding: .utf8)) ?? ""
                    out[String(name.dropLast(4))] = ["articleBody": read(text)]
                }
                let seconds = Date().timeIntervalSince(start)
                let data = try JSONSerialization.data(withJSONObject: out, options: [.sortedKeys])
                try data.write(to: URL(fileURLWithPath: "\(folder)/pt-\(set)-\(dumper).json"))
                print("\(set)/\(dumper): \(names.count) dumps read in " + String(format: "%.2f s (%.0f dumps/s)", seconds, Double(names.count) / seconds))
            }
        }
    }
}
