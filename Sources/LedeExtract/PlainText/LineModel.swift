import LedeCore

/// The kinds of line in a scraped copy the classifier tells apart.
enum LineClass: Int, CaseIterable, Sendable {
    case body, headline, byline, caption, credit, furniture

    var name: String { ["body", "headline", "byline", "caption", "credit", "furniture"][rawValue] }
}

/// A learned line classifier: three multinomial logistic regressions over ``LineFeatures``. The
/// first reads each line alone; the second reads the line again with the first one's beliefs about
/// its neighbours (a small sequence smoother: body lines come in runs, furniture in blocks); the
/// third smooths once more over the second's beliefs. The
/// weights are in `LineModelWeights`, written by `lede train lines`.
///
/// ```swift
/// let predictions = LineModel.standard.classify(["Home", "The council voted on Tuesday to keep the ferry."])
/// predictions[1].kind  // .body
/// ```
struct LineModel: Sendable {
    var first: [[Double]]
    var second: [[Double]]
    /// A second smoothing pass over the second pass's beliefs (same columns as `second`).
    var third: [[Double]]
    /// A line is body when its body probability reaches this.
    var bodyThreshold: Double
    /// Learned furniture-over-body log-odds of common words (``LineVocabulary``).
    var vocabulary: [String: Double] = LineModelWeights.vocabulary
    /// The prose-furniture pass over the third pass's beliefs (``ProseFurnitureFeatures``): it
    /// reads again each line the third pass may keep that shows a publisher's voice
    /// (``ProseFurnitureFeatures/showsAVoice(_:)``) and gives its body probability in place of the
    /// third pass's (body against furniture). Empty: no such pass.
    var fourth: [[Double]] = ProseFurnitureWeights.fourth
    /// Even odds. A threshold tuned on the train half (0.30, by the labels' word F1) lowered the
    /// held-out word F1 (0.901 → 0.898 on w3m dumps), so the plain even-odds rule stays.
    static let defaultBodyThreshold = 0.5

    static let standard = LineModel(first: LineModelWeights.first, second: LineModelWeights.second, third: LineModelWeights.third,
                                    bodyThreshold: LineModelWeights.bodyThreshold, vocabulary: LineModelWeights.vocabulary,
                                    fourth: ProseFurnitureWeights.fourth)

    /// How many lines either side the smoother averages the first pass's body belief over.
    static let smoothNear = 3, smoothWide = 8

    static let secondNames: [String] = LineFeatures.names + LineClass.allCases.map { "first-pass-" + $0.name }
        + ["prev-body", "next-body", "near-body", "wide-body", "likeliest-headline", "after-likeliest-headline",
           "body-mass-before", "body-mass-after", "before-the-body", "after-the-body", "document-body-share"]

    /// Share of the copy's body belief below which the lines before (or after) a line hold no
    /// article: the line stands above the article's first line (or below its last), where menus,
    /// teaser columns and comment sections are.
    static let bodyEdgeShare = 0.02

    struct Prediction: Sendable {
        var kind: LineClass
        var probabilities: [Double]
        /// The features that pushed hardest towards `kind`, strongest first ("long", "near-prose"…).
        var deciding: [String]
    }

    var isTrained: Bool {
        first.count == LineClass.allCases.count && first[0].count == LineFeatures.names.count
            && third.count == LineClass.allCases.count && third[0].count == Self.secondNames.count
    }

    func classify(_ lines: [String]) -> [Prediction] { classify(ScrapedLines(lines: lines)) }

    func classify(_ copy: ScrapedLines) -> [Prediction] {
        let rows = thirdRows(copy)
        let thirdPass = rows.map { Self.softmax(third, $0) }
        var predictions = zip(rows, thirdPass).map { row, p in
            let kind = decide(p)
            return Prediction(kind: kind, probabilities: p, deciding: deciding(row, kind.rawValue))
        }
        guard fourth.count == LineClass.allCases.count, fourth[0].count == ProseFurnitureFeatures.names.count else { return predictions }
        let fourthRows = Self.furnitureRows(copy, thirdPass: thirdPass, onlyCandidates: true)
        for i in predictions.indices where Self.isCandidate(copy, i, body: thirdPass[i][0]) && ProseFurnitureFeatures.showsAVoice(fourthRows[i]) {
            let q = Self.softmax(fourth, fourthRows[i])
            let body = q[0] / max(1e-9, q[0] + q[LineClass.furniture.rawValue])
            var p = thirdPass[i]
            let rest = 1 - p[0]
            p = p.indices.map { $0 == 0 ? body : rest > 0 ? p[$0] * (1 - body) / rest : (1 - body) / Double(p.count - 1) }
            let kind = decide(p)
            let deciding = kind == predictions[i].kind ? predictions[i].deciding
                : Self.deciding(fourth, fourthRows[i], kind.rawValue == 0 ? 0 : LineClass.furniture.rawValue, names: ProseFurnitureFeatures.names)
            predictions[i] = Prediction(kind: kind, probabilities: p, deciding: deciding)
        }
        return predictions
    }

    /// Whether the prose-furniture pass reads line `i` again: a line of a few words (not a long
    /// paragraph) the third pass
    /// gives a body probability of ``ProseFurnitureFeatures/minCandidateBody`` or more.
    static func isCandidate(_ copy: ScrapedLines, _ i: Int, body: Double) -> Bool {
        body >= ProseFurnitureFeatures.minCandidateBody && copy.words[i].count >= ProseFurnitureFeatures.minCandidateWords
            && copy.words[i].count <= ProseFurnitureFeatures.maxCandidateWords
    }

    /// The third pass's probabilities of each line (what the prose-furniture pass reads).
    func thirdPass(_ copy: ScrapedLines) -> [[Double]] {
        thirdRows(copy).map { Self.softmax(third, $0) }
    }

    /// The rows the third pass reads: the first two passes run over the lines' features.
    private func thirdRows(_ copy: ScrapedLines) -> [[Double]] {
        let base = LineFeatures.rows(copy, vocabulary: vocabulary)
        let firstPass = base.map { Self.softmax(first, $0) }
        let secondPass = Self.secondRows(base: base, firstPass: firstPass).map { Self.softmax(second, $0) }
        return Self.secondRows(base: base, firstPass: secondPass)
    }

    /// The prose-furniture pass's rows of each line, read against the third pass's beliefs (its
    /// likeliest headline line among them).
    static func furnitureRows(_ copy: ScrapedLines, thirdPass: [[Double]], onlyCandidates: Bool = false) -> [[Double]] {
        let h = LineClass.headline.rawValue
        let headline = thirdPass.indices.max { thirdPass[$0][h] < thirdPass[$1][h] } ?? 0
        return ProseFurnitureFeatures.rows(copy, body: thirdPass.map { $0[0] }, headline: headline, onlyCandidates: onlyCandidates)
    }

    /// Body when the body probability reaches the threshold, else the likeliest other class.
    func decide(_ p: [Double]) -> LineClass {
        if p[0] >= bodyThreshold { return .body }
        let k = p.indices.dropFirst().max { p[$0] < p[$1] }!
        return LineClass(rawValue: k)!
    }

    static func secondRows(base: [[Double]], firstPass: [[Double]]) -> [[Double]] {
        let n = base.count
        var prefix = [0.0]
        prefix.reserveCapacity(n + 1)
        for p in firstPass { prefix.append(prefix.last! + p[LineClass.body.rawValue]) }
        func mean(_ i: Int, _ w: Int) -> Double {
            let lo = max(0, i - w), hi = min(n - 1, i + w)
            let others = hi - lo
            guard others > 0 else { return 0 }
            return (prefix[hi + 1] - prefix[lo] - firstPass[i][0]) / Double(others)
        }
        // The line likeliest to be the headline: what stands above it is mostly page furniture.
        let h = LineClass.headline.rawValue
        let headline = firstPass.indices.max { firstPass[$0][h] < firstPass[$1][h] } ?? 0
        // Document-level statistics: where the line stands in the copy's body mass, and how much of
        // the copy the first pass believes is body (a clean copy, or a page of mostly furniture).
        let mass = max(prefix[n], 1e-9)
        let documentShare = n > 0 ? prefix[n] / Double(n) : 0
        return base.indices.map { i in
            let before = prefix[i] / mass, after = (prefix[n] - prefix[i + 1]) / mass
            return base[i] + firstPass[i] + [i > 0 ? firstPass[i - 1][0] : 0, i + 1 < n ? firstPass[i + 1][0] : 0,
                                             mean(i, smoothNear), mean(i, smoothWide), i == headline ? 1 : 0, i > headline ? 1 : 0,
                                             before, after, before < bodyEdgeShare ? 1 : 0, after < bodyEdgeShare ? 1 : 0, documentShare]
        }
    }

    static func softmax(_ w: [[Double]], _ x: [Double]) -> [Double] {
        let z = w.map { row in zip(row, x).reduce(0) { $0 + $1.0 * $1.1 } }
        let m = z.max() ?? 0
        let e = z.map { naturalExp($0 - m) }
        let s = e.reduce(0, +)
        return e.map { $0 / s }
    }

    /// Features whose weight times value most favours class `k` over the others' mean.
    private func deciding(_ row: [Double], _ k: Int) -> [String] {
        Self.deciding(third, row, k, names: Self.secondNames)
    }

    /// Features of `row` whose weight in `weights` times value most favours class `k` over the others' mean.
    static func deciding(_ weights: [[Double]], _ row: [Double], _ k: Int, names: [String]) -> [String] {
        let classes = Double(weights.count)
        var scored: [(Double, Int)] = []
        for f in row.indices where row[f] != 0 && f != 0 {
            let others = (weights.reduce(0) { $0 + $1[f] } - weights[k][f]) / (classes - 1)
            scored.append(((weights[k][f] - others) * row[f], f))
        }
        return scored.sorted { $0.0 > $1.0 }.prefix(3).filter { $0.0 > 0 }.map { names[$0.1] }
    }
}

#if canImport(Glibc)
import Glibc
@inline(__always) func naturalExp(_ x: Double) -> Double { Glibc.exp(x) }
#elseif canImport(Darwin)
import Darwin
@inline(__always) func naturalExp(_ x: Double) -> Double { Darwin.exp(x) }
#endif
