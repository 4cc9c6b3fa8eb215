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
    /// Even odds. A threshold tuned on the train half (0.30, by the labels' word F1) lowered the
    /// held-out word F1 (0.901 → 0.898 on w3m dumps), so the plain even-odds rule stays.
    static let defaultBodyThreshold = 0.5

    static let standard = LineModel(first: LineModelWeights.first, second: LineModelWeights.second, third: LineModelWeights.third,
                                    bodyThreshold: LineModelWeights.bodyThreshold, vocabulary: LineModelWeights.vocabulary)

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
        let base = LineFeatures.rows(copy, vocabulary: vocabulary)
        let firstPass = base.map { Self.softmax(first, $0) }
        let secondPass = Self.secondRows(base: base, firstPass: firstPass).map { Self.softmax(second, $0) }
        let rows = Self.secondRows(base: base, firstPass: secondPass)
        return rows.map { row in
            let p = Self.softmax(third, row)
            let kind = decide(p)
            return Prediction(kind: kind, probabilities: p, deciding: deciding(row, kind.rawValue))
        }
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
        let classes = Double(third.count)
        var scored: [(Double, Int)] = []
        for f in row.indices where row[f] != 0 && f != 0 {
            let others = (third.reduce(0) { $0 + $1[f] } - third[k][f]) / (classes - 1)
            scored.append(((third[k][f] - others) * row[f], f))
        }
        return scored.sorted { $0.0 > $1.0 }.prefix(3).filter { $0.0 > 0 }.map { Self.secondNames[$0.1] }
    }
}

#if canImport(Glibc)
import Glibc
@inline(__always) func naturalExp(_ x: Double) -> Double { Glibc.exp(x) }
#elseif canImport(Darwin)
import Darwin
@inline(__always) func naturalExp(_ x: Double) -> Double { Darwin.exp(x) }
#endif
