import Foundation
import LedeCore

/// Trains `LineModel` from text-browser dumps of benchmark pages, labelling each line by matching
/// it against the page's gold body and against what Lede's HTML path reads from the same page
/// (headline, authors, figure captions and credits). Pages are split by a hash of their id: the
/// trainer only learns from the train half; the held-out half is for checking.
///
/// ```swift
/// let model = LineModelTrainer.train(pages) { print($0) }
/// try LineModelTrainer.swiftSource(model).write(toFile: "LineModelWeights.swift", atomically: true, encoding: .utf8)
/// ```
public enum LineModelTrainer {
    /// One page: its dumps (one per text browser), its gold body and title/author, its HTML.
    public struct Page: Sendable {
        public var id: String
        public var dumps: [String]
        public var gold: String
        public var goldTitle: String?
        public var goldAuthor: String?
        public var html: [UInt8]
        /// The benchmark the page comes from ("wcxb", "zyte"): ``Settings/setBalance`` evens them out.
        public var source: String

        public init(id: String, dumps: [String], gold: String, goldTitle: String?, goldAuthor: String?, html: [UInt8], source: String = "") {
            self.id = id; self.dumps = dumps; self.gold = gold; self.goldTitle = goldTitle; self.goldAuthor = goldAuthor; self.html = html
            self.source = source
        }
    }

    /// A line of three words or more is body when at least this share of its word trigrams is in the gold body.
    static let bodyTrigramShare = 0.5
    /// A line is a caption when at least this share of its trigrams is in one of the page's HTML captions.
    static let captionTrigramShare = 0.6
    /// Bylines and credits are short: lines longer than this many words are neither.
    static let maxBylineWords = 15
    /// Stochastic gradient descent: AdaGrad base step (passes and penalty are ``Settings``).
    static let learningRate = 0.1

    /// FNV-1a of the id: odd hashes are held out. `Benchmarks/plaintext.sh` splits the same way.
    public static func isHeldOut(_ id: String) -> Bool {
        fnv1a(id) % 2 == 1
    }

    /// FNV-1a (64-bit) of `id`.
    static func fnv1a(_ id: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in id.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Which of `folds` cross-fitting folds a train page falls in (the hash's bits above the split's).
    static func fold(_ id: String, of folds: Int) -> Int {
        Int((fnv1a(id) >> 1) % UInt64(max(1, folds)))
    }

    /// How the passes are fitted: the learner's passes, regularisation and how the training lines are weighed.
    ///
    /// ```swift
    /// let settings = LineModelTrainer.Settings(parsing: "l2=1e-4,folds=5")
    /// settings.folds  // 5
    /// ```
    public struct Settings: Sendable, Equatable {
        /// Passes over the data.
        public var epochs = 8
        /// L2 penalty added to every step's gradient. (1e-3 raised the unseen Zyte pages' mean
        /// 0.9023 → 0.9034 over a re-train at 1e-6 but lowered the dev held-out mean against the
        /// committed weights and cost a tuned house-style copy a body line, so it is not the default.)
        public var l2 = 1e-6
        /// Cross-fitting: with two folds or more, the second and third passes learn from beliefs of
        /// the pass below made by a model that never saw the page (as at reading time), not from
        /// the beliefs of a model fitted to it, which are surer than they will be on new pages.
        public var folds = 0
        /// The weights returned are the mean of each epoch's weights after the first (averaged
        /// stochastic gradient descent: less of the last few pages' pull).
        public var averaged = false
        /// How far the benchmarks' total weights are evened out: 0 none, 1 each benchmark weighs the same.
        public var setBalance = 0.0

        public init() {}

        /// The settings `lede train lines` writes the committed weights with.
        public static let standard = Settings()

        /// Settings from "epochs=4,l2=1e-4,folds=5,averaged,sets=1" (unnamed keys keep their defaults).
        public init(parsing text: String) {
            for part in text.split(separator: ",") {
                let kv = part.split(separator: "=", maxSplits: 1).map(String.init)
                let value = kv.count > 1 ? kv[1] : ""
                switch kv[0] {
                case "epochs": epochs = Int(value) ?? epochs
                case "l2": l2 = Double(value) ?? l2
                case "folds": folds = Int(value) ?? folds
                case "averaged": averaged = value != "0"
                case "sets": setBalance = Double(value) ?? 1
                default: break
                }
            }
        }
    }

    /// Labels of the lines of one dump.
    static func labels(_ lines: [String], page: Page, read: Article?) -> [LineClass] {
        let gold = LineFeatures.words(page.gold).map(String.init)
        var trigrams = Set<String>()
        for i in gold.indices where i + 2 < gold.count { trigrams.insert(gold[i] + " " + gold[i + 1] + " " + gold[i + 2]) }
        // A line of one or two words is body only when the gold prints it as a paragraph of its own
        // (a crosshead, a one-word answer): matching any word of the gold labelled "Share" or "Ad"
        // beside a paragraph as body, and the model learned to keep such lines inside an article.
        let shorts = Set(page.gold.split(whereSeparator: \.isNewline).map { key(String($0)) }.filter { !$0.isEmpty })
        let titles = Set([page.goldTitle, read?.title].compactMap { $0 }.map(key).filter { !$0.isEmpty })
        let authors = ([page.goldAuthor].compactMap { $0 } + (read?.authors ?? [])).map(key).filter { $0.contains(" ") }
        let captions = (read?.figures ?? []).compactMap(\.caption).map { Set(grams(LineFeatures.words($0).map(String.init))) }
        let credits = Set((read?.figures ?? []).compactMap(\.credit).map(key).filter { !$0.isEmpty })
        let tokens = lines.map { LineFeatures.words($0).map(String.init) }
        var kinds = [LineClass](repeating: .furniture, count: lines.count)
        var shortMatch = [Bool](repeating: false, count: lines.count)
        for (i, t) in tokens.enumerated() where !t.isEmpty {
            if t.count >= 3 {
                let g = grams(t)
                if Double(g.filter(trigrams.contains).count) >= Double(g.count) * bodyTrigramShare { kinds[i] = .body }
            } else {
                shortMatch[i] = shorts.contains(t.joined(separator: " "))
            }
        }
        for i in tokens.indices where shortMatch[i] {
            if (max(0, i - 2)...min(lines.count - 1, i + 2)).contains(where: { $0 != i && kinds[$0] == .body && tokens[$0].count >= 3 }) {
                kinds[i] = .body
            }
        }
        for (i, t) in tokens.enumerated() where !t.isEmpty {
            let k = t.joined(separator: " ")
            if titles.contains(k) { kinds[i] = .headline; continue }
            guard kinds[i] != .body else { continue }
            if t.count <= maxBylineWords, authors.contains(where: { (" " + k + " ").contains(" " + $0 + " ") }) { kinds[i] = .byline; continue }
            if t.count <= maxBylineWords, credits.contains(where: { $0 == k || (" " + k + " ").contains(" " + $0 + " ") }) { kinds[i] = .credit; continue }
            if t.count >= 3 {
                let g = Set(grams(t))
                if captions.contains(where: { Double($0.intersection(g).count) >= Double(g.count) * captionTrigramShare }) { kinds[i] = .caption }
            }
        }
        return kinds
    }

    private static func key(_ s: String) -> String { LineFeatures.words(s).joined(separator: " ") }

    private static func grams(_ t: [String]) -> [String] {
        guard t.count >= 3 else { return [t.joined(separator: " ")] }
        return (0..<(t.count - 2)).map { t[$0] + " " + t[$0 + 1] + " " + t[$0 + 2] }
    }

    /// One labelled dump: its lines, their feature rows and labels.
    struct Document: Sendable {
        var copy: ScrapedLines; var rows: [[Double]]; var labels: [LineClass]; var weights: [Double]
        /// The page's id and benchmark ("copy" for a hand-labelled copy): folds and set balance group by them.
        var page = "", source = ""
    }

    /// The labelled dumps of `pages`, with feature rows read with `vocabulary` (nil: rows left
    /// empty, for learning the vocabulary first).
    static func documents(_ pages: [Page], vocabulary: [String: Double]?) -> [Document] {
        let reader = ArticleReader()
        var docs: [Document] = []
        for page in pages {
            let read = try? reader.read(page.html)
            for dump in page.dumps {
                let copy = ScrapedLines(dump)
                guard copy.count > 0 else { continue }
                // Word F1 counts words, so a line weighs by its length (square root: a long paragraph
                // must not drown every short line).
                let weights = copy.words.map { (Double($0.count) + 1).squareRoot() }
                let rows = vocabulary.map { LineFeatures.rows(copy, vocabulary: $0) } ?? []
                docs.append(Document(copy: copy, rows: rows, labels: labels(copy.lines, page: page, read: read), weights: weights,
                                     page: page.id, source: page.source))
            }
        }
        return docs
    }

    /// The labelled copies that are not held out, as documents (rows left empty); every copy
    /// when `everyCopy` (the leave-one-round-out measure holds whole rounds out instead).
    static func documents(_ copies: [LabelledCopy], everyCopy: Bool = false) -> [Document] {
        copies.filter { everyCopy || !isHeldOut($0.id) }.compactMap { c in
            let copy = ScrapedLines(c.text)
            guard copy.count > 0 else { return nil }
            return Document(copy: copy, rows: [], labels: c.labels(copy), weights: copy.words.map { (Double($0.count) + 1).squareRoot() },
                            page: c.id, source: "copy")
        }
    }

    /// The labelled train half of the dumps, read once (their HTML read and matched against the
    /// gold), for training several models on them (``leaveOneRoundOut(_:copies:rounds:copyWeight:log:)``).
    /// (A nested type: shown by the samples of `leaveOneRoundOut` and of the extension below.)
    public struct DumpSet: Sendable {
        let documents: [Document]
    }

    /// Labels the train half of `pages`' dumps (the slow part of training: each page's HTML is read).
    public static func dumpSet(_ pages: [Page]) -> DumpSet {
        DumpSet(documents: documents(pages.filter { !isHeldOut($0.id) }, vocabulary: nil))
    }

    /// Trains the three passes on the pages that are not held out and, beside them, on the
    /// hand-labelled `copies` that are not (each weighing `copyWeight` dumps; every copy given when
    /// `everyCopy`).
    public static func train(_ pages: [Page], copies: [LabelledCopy] = [], copyWeight: Double = 1, everyCopy: Bool = false,
                             settings: Settings = .standard, log: (String) -> Void) -> Model {
        train(dumpSet(pages), copies: copies, copyWeight: copyWeight, everyCopy: everyCopy, settings: settings, log: log)
    }

    /// Trains the three passes on the labelled dumps of `dumps` and the `copies` (see above).
    public static func train(_ dumps: DumpSet, copies: [LabelledCopy], copyWeight: Double, everyCopy: Bool,
                             settings: Settings = .standard, log: (String) -> Void) -> Model {
        let dumpDocs = dumps.documents
        let copyDocs = documents(copies, everyCopy: everyCopy)
        if !copies.isEmpty { log("copies: \(copyDocs.count) of \(copies.count) trained on, each weighing \(copyWeight) dumps") }
        var docs = dumpDocs + copyDocs
        let vocabulary = LineVocabulary.learn(copies: docs.map(\.copy), labels: docs.map(\.labels))
        log("vocabulary: \(vocabulary.count) words")
        for k in docs.indices { docs[k].rows = LineFeatures.rows(docs[k].copy, vocabulary: vocabulary) }
        let counts = LineClass.allCases.map { c in docs.reduce(0) { $0 + $1.labels.filter { $0 == c }.count } }
        log("train: \(docs.count) dumps, \(counts.reduce(0, +)) lines (" + zip(LineClass.allCases, counts).map { "\($0.name) \($1)" }.joined(separator: ", ") + ")")
        let docWeights = setBalanced(pageBalanced(docs), docs, power: settings.setBalance)
            .enumerated().map { k, w in k < dumpDocs.count ? w : w.map { $0 * copyWeight } }
        let labels = docs.map(\.labels)
        // Each pass: its weights on every document, and the beliefs the next pass learns from
        // (cross-fitted: each fold's beliefs from a model fitted without that fold).
        func pass(_ rows: [[[Double]]], features: Int) -> (weights: [[Double]], beliefs: [[[Double]]]) {
            let all = fit(rows.flatMap { $0 }, labels.flatMap { $0 }, docWeights.flatMap { $0 }, features: features, settings: settings)
            guard settings.folds > 1 else { return (all, rows.map { $0.map { LineModel.softmax(all, $0) } }) }
            let fold = docs.map { self.fold($0.page, of: settings.folds) }
            var beliefs = [[[Double]]](repeating: [], count: docs.count)
            for k in 0..<settings.folds {
                let train = docs.indices.filter { fold[$0] != k }
                let w = fit(train.flatMap { rows[$0] }, train.flatMap { labels[$0] }, train.flatMap { docWeights[$0] }, features: features, settings: settings)
                for d in docs.indices where fold[d] == k { beliefs[d] = rows[d].map { LineModel.softmax(w, $0) } }
            }
            return (all, beliefs)
        }
        let first = pass(docs.map(\.rows), features: LineFeatures.names.count)
        let second = pass(zip(docs, first.beliefs).map { LineModel.secondRows(base: $0.0.rows, firstPass: $0.1) }, features: LineModel.secondNames.count)
        let thirdRows = zip(docs, second.beliefs).map { LineModel.secondRows(base: $0.0.rows, firstPass: $0.1) }
        let third = fit(thirdRows.flatMap { $0 }, labels.flatMap { $0 }, docWeights.flatMap { $0 }, features: LineModel.secondNames.count, settings: settings)
        return (first.weights, second.weights, third, LineModel.defaultBodyThreshold, vocabulary)
    }

    /// The line weights scaled so each benchmark's dumps weigh `(mean / its total)^power` more
    /// (hand-labelled copies are left as they are: they weigh by `copyWeight`).
    static func setBalanced(_ weights: [[Double]], _ docs: [Document], power: Double) -> [[Double]] {
        guard power > 0 else { return weights }
        var totals: [String: Double] = [:]
        for (d, w) in zip(docs, weights) where d.source != "copy" { totals[d.source, default: 0] += w.reduce(0, +) }
        guard totals.count > 1 else { return weights }
        let mean = totals.values.reduce(0, +) / Double(totals.count)
        return zip(docs, weights).map { d, w in
            guard d.source != "copy", let t = totals[d.source], t > 0 else { return w }
            let f = Foundation.pow(mean / t, power)
            return w.map { $0 * f }
        }
    }

    /// The leave-one-round-out measure of training on copies: for each round of `rounds`, a model
    /// trained on the dumps and on every copy of the other rounds of `rounds` (never on a copy of
    /// a round outside them), scored on that round's copies. So each round's figure is what the
    /// method gives on house styles it was not trained on, without writing new copies.
    ///
    /// ```swift
    /// let scores = LineModelTrainer.leaveOneRoundOut(dumps, copies: copies, rounds: Array(0...10), copyWeight: 1) { print($0) }
    /// scores.reduce(0) { $0 + $1.right }  // kept body lines of every round, each read by a model that never saw it
    /// ```
    public static func leaveOneRoundOut(_ dumps: DumpSet, copies: [LabelledCopy], rounds: [Int], copyWeight: Double,
                                        log: (String) -> Void) -> [(copy: LabelledCopy, right: Int, kept: Int, body: Int)] {
        var scores: [(copy: LabelledCopy, right: Int, kept: Int, body: Int)] = []
        for round in rounds {
            let others = copies.filter { $0.round != round && rounds.contains($0.round) }
            let model = train(dumps, copies: others, copyWeight: copyWeight, everyCopy: true) { _ in }
            let held = scoreCopies(copies.filter { $0.round == round }, with: model)
            let r = total(held)
            log("round \(round) (trained on \(others.count) copies of the other rounds): kept body lines \(r.0)/\(r.1), recall \(r.0)/\(r.2)")
            scores += held
        }
        return scores
    }

    /// The line weights of each dump scaled so every dump weighs the same in all: the benchmarks
    /// average word F1 over pages, so a page of 2,000 menu lines must not count forty times a short
    /// clean one.
    static func pageBalanced(_ docs: [Document]) -> [[Double]] {
        let totals = docs.map { $0.weights.reduce(0, +) }
        let mean = totals.reduce(0, +) / Double(max(1, totals.count))
        return zip(docs, totals).map { d, t in t > 0 ? d.weights.map { $0 * mean / t } : d.weights }
    }

    static func secondRows(_ docs: [Document], _ first: [[Double]]) -> [[[Double]]] {
        docs.map { d in LineModel.secondRows(base: d.rows, firstPass: d.rows.map { LineModel.softmax(first, $0) }) }
    }

    /// The line model a trained `model` makes, in place of the committed weights.
    static func lineModel(_ model: Model, withFurniturePass: Bool = false) -> LineModel {
        LineModel(first: model.first, second: model.second, third: model.third, bodyThreshold: model.threshold,
                  vocabulary: model.vocabulary, fourth: withFurniturePass ? ProseFurnitureWeights.fourth : [])
    }

    /// The body text the plain-text path reads from `text` with `model` in place of the committed
    /// three passes (for scoring a freshly trained model without rebuilding; the committed
    /// prose-furniture pass reads over it, as in the built binary), or "" when it finds none.
    public static func body(of text: String, with model: Model) -> String {
        let m = lineModel(model, withFurniturePass: true)
        return (try? PlainTextArticleExtractor(options: ReadOptions(inputKind: .text), model: m).extract(text, url: nil).bodyText) ?? ""
    }

    /// Kept body lines of each copy read with `model`, as the house-style tests count them.
    public static func scoreCopies(_ copies: [LabelledCopy], with model: Model) -> [(copy: LabelledCopy, right: Int, kept: Int, body: Int)] {
        scoreCopies(copies, with: lineModel(model))
    }

    /// Line accuracy and body precision/recall of a model on the held-out pages' dumps.
    public static func evaluate(_ model: Model, _ pages: [Page]) -> String {
        let docs = documents(pages.filter { isHeldOut($0.id) }, vocabulary: model.vocabulary)
        let m = lineModel(model)
        var right = 0, total = 0, tp = 0, fp = 0, fn = 0
        for d in docs {
            let p2 = LineModel.secondRows(base: d.rows, firstPass: d.rows.map { LineModel.softmax(m.first, $0) }).map { LineModel.softmax(m.second, $0) }
            let rows = LineModel.secondRows(base: d.rows, firstPass: p2)
            for (row, label) in zip(rows, d.labels) {
                let p = LineModel.softmax(m.third, row)
                let k = m.decide(p)
                total += 1; if k == label { right += 1 }
                if k == .body && label == .body { tp += 1 } else if k == .body { fp += 1 } else if label == .body { fn += 1 }
            }
        }
        return String(format: "held-out lines: %d, accuracy %.3f, body lines P %.3f R %.3f", total, Double(right) / Double(max(1, total)),
                      Double(tp) / Double(max(1, tp + fp)), Double(tp) / Double(max(1, tp + fn)))
    }

    /// Multinomial logistic regression by stochastic gradient descent with AdaGrad step sizes (a
    /// feature seen rarely, like a caption lead-in, still learns), in a fixed order (a seeded
    /// shuffle), so a re-run writes the same weights.
    static func fit(_ x: [[Double]], _ y: [LineClass], _ sampleWeight: [Double], features: Int, settings: Settings = .standard) -> [[Double]] {
        let classes = LineClass.allCases.count
        let l2 = settings.l2
        var w = [Double](repeating: 0, count: classes * features)
        var total = [Double](repeating: 0, count: classes * features)
        var averagedEpochs = 0
        var g2 = [Double](repeating: 1e-8, count: classes * features)
        var order = Array(x.indices)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        var p = [Double](repeating: 0, count: classes)
        for epoch in 0..<settings.epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                order.swapAt(i, Int((seed >> 33) % UInt64(i + 1)))
            }
            for i in order {
                let xi = x[i]
                var m = -Double.infinity
                for c in 0..<classes {
                    var z = 0.0
                    for f in 0..<features where xi[f] != 0 { z += w[c * features + f] * xi[f] }
                    p[c] = z
                    m = max(m, z)
                }
                var sum = 0.0
                for c in 0..<classes { p[c] = naturalExp(p[c] - m); sum += p[c] }
                for c in 0..<classes {
                    let g = (p[c] / sum - (y[i].rawValue == c ? 1 : 0)) * sampleWeight[i]
                    for f in 0..<features where xi[f] != 0 {
                        let k = c * features + f
                        let grad = g * xi[f] + l2 * w[k]
                        g2[k] += grad * grad
                        w[k] -= learningRate * grad / g2[k].squareRoot()
                    }
                }
            }
            if settings.averaged && (epoch > 0 || settings.epochs == 1) {
                for k in w.indices { total[k] += w[k] }
                averagedEpochs += 1
            }
        }
        if averagedEpochs > 0 { w = total.map { $0 / Double(averagedEpochs) } }
        return (0..<classes).map { Array(w[($0 * features)..<(($0 + 1) * features)]) }
    }

    /// Trained weights of the three passes, the body threshold and the learned vocabulary.
    public typealias Model = (first: [[Double]], second: [[Double]], third: [[Double]], threshold: Double, vocabulary: [String: Double])

    /// The weights as the Swift source of `LineModelWeights`.
    public static func swiftSource(_ model: Model) -> String {
        func matrix(_ m: [[Double]]) -> String {
            "[\n" + m.map { "        [" + $0.map { String(format: "%.4f", $0) }.joined(separator: ", ") + "]," }.joined(separator: "\n") + "\n    ]"
        }
        return """
        // Written by `lede train lines` (see Benchmarks/plaintext.sh); do not edit by hand.
        // Rows: \(LineClass.allCases.map(\.name).joined(separator: ", ")). Columns: LineFeatures.names, then for
        // `second` the first pass's class probabilities and the neighbour beliefs (LineModel.secondNames).
        enum LineModelWeights {
            static let bodyThreshold = \(String(format: "%.2f", model.threshold))
            static let first: [[Double]] = \(matrix(model.first))
            static let second: [[Double]] = \(matrix(model.second))
            static let third: [[Double]] = \(matrix(model.third))
            static let vocabulary: [String: Double] = [
        \(model.vocabulary.sorted { $0.key < $1.key }.map { "        \"\($0.key)\": \(String(format: "%.2f", $0.value))," }.joined(separator: "\n"))
            ]
        }

        """
    }
}

/// The prose-furniture pass (``LineModel/fourth``), trained over the committed first three passes:
/// on each document's candidate lines (those the third pass may keep), body against the rest.
///
/// ```swift
/// let dumps = LineModelTrainer.dumpSet(pages)
/// let fourth = LineModelTrainer.trainFurniturePass(dumps, copies: copies, copyWeight: 1)
/// try LineModelTrainer.furniturePassSource(fourth).write(toFile: "ProseFurnitureWeights.swift", atomically: true, encoding: .utf8)
/// ```
extension LineModelTrainer {
    /// The candidate lines of one document: their rows, labels (body or furniture) and weights.
    struct CandidateLines: Sendable { var rows: [[Double]]; var labels: [LineClass]; var weights: [Double] }

    /// The committed first three passes, without a prose-furniture pass.
    static var committedBase: LineModel { committedBase(fourth: []) }

    /// The committed first three passes under the prose-furniture pass `fourth`.
    static func committedBase(fourth: [[Double]]) -> LineModel {
        var m = LineModel.standard
        m.fourth = fourth
        return m
    }

    /// The candidates of each document, each document weighing `scale` times a dump of mean weight
    /// (`meanWeight`: the dumps' mean total of line weights).
    static func candidates(_ docs: [Document], base: LineModel, meanWeight: Double, scale: Double) -> [CandidateLines] {
        docs.map { d in
            let third = base.thirdPass(d.copy)
            let rows = LineModel.furnitureRows(d.copy, thirdPass: third)
            let total = d.weights.reduce(0, +)
            let factor = total > 0 ? meanWeight / total * scale : scale
            var out = CandidateLines(rows: [], labels: [], weights: [])
            for i in d.copy.indices where LineModel.isCandidate(d.copy, i, body: third[i][0]) {
                out.rows.append(rows[i]); out.labels.append(d.labels[i] == .body ? .body : .furniture); out.weights.append(d.weights[i] * factor)
            }
            return out
        }
    }

    static func meanWeight(_ docs: [Document]) -> Double {
        docs.map { $0.weights.reduce(0, +) }.reduce(0, +) / Double(max(1, docs.count))
    }

    static func fitFourth(_ data: [CandidateLines]) -> [[Double]] {
        fit(data.flatMap(\.rows), data.flatMap(\.labels), data.flatMap(\.weights), features: ProseFurnitureFeatures.names.count)
    }

    /// The prose-furniture pass trained on the dumps of `dumps` and on every copy of `copies`, each
    /// weighing `copyWeight` dumps.
    public static func trainFurniturePass(_ dumps: DumpSet, copies: [LabelledCopy], copyWeight: Double) -> [[Double]] {
        let base = committedBase
        let mean = meanWeight(dumps.documents)
        return fitFourth(candidates(dumps.documents, base: base, meanWeight: mean, scale: 1)
                         + candidates(documents(copies, everyCopy: true), base: base, meanWeight: mean, scale: copyWeight))
    }

    /// The leave-one-round-out measure of the prose-furniture pass: for each round of `rounds`, the
    /// pass trained on the dumps and every copy of the other rounds of `rounds`, that round's copies
    /// read with it (the committed three passes under it). The dumps' candidates are read once.
    public static func leaveOneRoundOutFurniturePass(_ dumps: DumpSet, copies: [LabelledCopy], rounds: [Int], copyWeight: Double,
                                                     log: (String) -> Void) -> [(copy: LabelledCopy, right: Int, kept: Int, body: Int)] {
        let base = committedBase
        let mean = meanWeight(dumps.documents)
        let dumpData = candidates(dumps.documents, base: base, meanWeight: mean, scale: 1)
        let inRounds = copies.filter { rounds.contains($0.round) }
        let copyData = candidates(documents(inRounds, everyCopy: true), base: base, meanWeight: mean, scale: copyWeight)
        var scores: [(copy: LabelledCopy, right: Int, kept: Int, body: Int)] = []
        for round in rounds {
            let others = zip(inRounds, copyData).filter { $0.0.round != round }.map(\.1)
            let model = committedBase(fourth: fitFourth(dumpData + others))
            let held = scoreCopies(copies.filter { $0.round == round }, with: model)
            let r = total(held)
            log("round \(round) (the pass trained on \(others.count) copies of the other rounds): kept body lines \(r.0)/\(r.1), recall \(r.0)/\(r.2)")
            // What the tune half (the copies' even FNV-1a half) keeps that is not body, for reading.
            let extractor = PlainTextArticleExtractor(options: ReadOptions(inputKind: .text), model: model)
            for c in copies where c.round == round && !isHeldOut(c.id) {
                guard let article = try? extractor.extract(c.text, url: nil) else { continue }
                let kept = article.blocks.compactMap { b -> String? in
                    switch b { case .paragraph(let t), .heading(_, let t): return t; default: return nil }
                }
                for line in kept where !c.body.contains(line) { log("  tune copy \(c.name) keeps: \(line)") }
                for line in c.body where !kept.contains(line) { log("  tune copy \(c.name) loses: \(line)") }
            }
            scores += held
        }
        return scores
    }

    /// Kept body lines, kept lines and body lines summed over `scores`.
    public static func total(_ scores: [(copy: LabelledCopy, right: Int, kept: Int, body: Int)]) -> (right: Int, kept: Int, body: Int) {
        scores.reduce((0, 0, 0)) { ($0.0 + $1.right, $0.1 + $1.kept, $0.2 + $1.body) }
    }

    /// Kept body lines of each copy read with `model`, as the house-style tests count them.
    static func scoreCopies(_ copies: [LabelledCopy], with model: LineModel) -> [(copy: LabelledCopy, right: Int, kept: Int, body: Int)] {
        let extractor = PlainTextArticleExtractor(options: ReadOptions(inputKind: .text), model: model)
        return copies.map { c in
            guard let article = try? extractor.extract(c.text, url: nil) else { return (c, 0, 0, c.body.count) }
            let s = c.score(article)
            return (c, s.right, s.kept, s.body)
        }
    }

    /// The body text the plain-text path reads from `text` with the committed passes and `fourth`.
    public static func body(of text: String, fourth: [[Double]]) -> String {
        (try? PlainTextArticleExtractor(options: ReadOptions(inputKind: .text), model: committedBase(fourth: fourth)).extract(text, url: nil).bodyText) ?? ""
    }

    /// Kept body lines of each copy read with the committed passes and `fourth`.
    public static func scoreCopies(_ copies: [LabelledCopy], fourth: [[Double]]) -> [(copy: LabelledCopy, right: Int, kept: Int, body: Int)] {
        scoreCopies(copies, with: committedBase(fourth: fourth))
    }

    /// The prose-furniture pass's weights as the Swift source of `ProseFurnitureWeights`.
    public static func furniturePassSource(_ fourth: [[Double]]) -> String {
        """
        // Written by `lede train lines --furniture-pass` (see Benchmarks/plaintext/leave_one_round_out.sh); do not edit by hand.
        // Rows: \(LineClass.allCases.map(\.name).joined(separator: ", ")). Columns: ProseFurnitureFeatures.names.
        enum ProseFurnitureWeights {
            static let fourth: [[Double]] = [
        \(fourth.map { "        [" + $0.map { String(format: "%.4f", $0) }.joined(separator: ", ") + "]," }.joined(separator: "\n"))
            ]
        }

        """
    }
}
