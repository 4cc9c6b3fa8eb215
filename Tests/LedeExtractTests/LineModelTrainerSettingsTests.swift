import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// The line model trainer's settings (`lede train lines --settings`, `--variant`): parsing, the
/// committed defaults, and how the benchmarks' weights are evened out.
@Suite struct LineModelTrainerSettingsTests {
    @Test func settingsParseAndKeepTheirDefaults() {
        let s = LineModelTrainer.Settings(parsing: "l2=1e-3,folds=5,averaged,sets=0.5,epochs=3")
        #expect(s.l2 == 1e-3 && s.folds == 5 && s.averaged && s.setBalance == 0.5 && s.epochs == 3)
        #expect(LineModelTrainer.Settings(parsing: "") == .standard)
        #expect(LineModelTrainer.Settings(parsing: "averaged=0,unknown=2") == .standard)
        // The committed weights are written with these.
        #expect(LineModelTrainer.Settings.standard.l2 == 1e-6 && LineModelTrainer.Settings.standard.epochs == 8)
    }

    @Test func setBalanceEvensOutTheBenchmarksButNotTheCopies() {
        func doc(_ source: String) -> LineModelTrainer.Document {
            .init(copy: ScrapedLines("The ferry sailed at noon."), rows: [], labels: [.body], weights: [1], source: source)
        }
        // Three pages of one benchmark, one of another, one hand-written copy.
        let docs = [doc("big"), doc("big"), doc("big"), doc("small"), doc("copy")]
        let weights = docs.map(\.weights)
        #expect(LineModelTrainer.setBalanced(weights, docs, power: 0) == weights)
        let even = LineModelTrainer.setBalanced(weights, docs, power: 1)
        #expect(abs(even[0...2].map { $0[0] }.reduce(0, +) - even[3][0]) < 1e-9)
        #expect(even[4] == [1])
    }

    @Test func foldsSplitTheTrainPages() {
        let ids = (0..<400).map { "page-\($0)" }.filter { !LineModelTrainer.isHeldOut($0) }
        let folds = Dictionary(grouping: ids) { LineModelTrainer.fold($0, of: 5) }
        #expect(folds.keys.sorted() == [0, 1, 2, 3, 4])
        #expect(folds.values.allSatisfy { $0.count > ids.count / 10 })
    }
}
