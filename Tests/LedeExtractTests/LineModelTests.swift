import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// The learned line classifier of the plain-text path: its shipped weights, its explanations and
/// the trainer's labelling.
@Suite struct LineModelTests {
    @Test func shippedWeightsFitTheFeatures() {
        let model = LineModel.standard
        #expect(model.isTrained)
        #expect(model.first.allSatisfy { $0.count == LineFeatures.names.count })
        #expect(model.second.count == LineClass.allCases.count)
        #expect(model.second.allSatisfy { $0.count == LineModel.secondNames.count })
    }

    static let dump = """
        Skip to content
        * Home
        * World
        * Business
        Sign in
        Ferry service to the islands resumes after storm repairs
        By Ines Duarte
        The island ferry returned to service on Saturday after three weeks of repairs to its landing ramp, which a storm had bent out of shape.
        Islanders had relied on a small fishing boat for medicine and post while the ferry was out, the harbour office said.
        The operator said timetables would run as normal from Monday, with one extra crossing on weekday evenings until the backlog cleared.
        Share
        Facebook
        Most popular
        * Bakery wins regional prize
        * Roadworks on the coast road
        Privacy policy
        Terms of use
        """

    @Test func menusAreDroppedAndProseKeptWithReasons() throws {
        let article = try ArticleReader(options: ReadOptions(inputKind: .text)).read(Array(Self.dump.utf8))
        #expect(article.title == "Ferry service to the islands resumes after storm repairs")
        let paragraphs = article.blocks.compactMap { if case .paragraph(let t) = $0 { return t } else { return nil } }
        #expect(paragraphs.count == 3)
        #expect(paragraphs.allSatisfy { $0.hasSuffix(".") && $0.count > 80 })
        // Every line that is neither kept, the title, nor a figure is in removed[] with a reason.
        let lines = PlainTextArticleExtractor.lines(Self.dump)
        #expect(article.removed.count == lines.count - paragraphs.count - 1)
        let byModel = article.removed.filter { $0.detail?.contains("%") == true }
        #expect(!byModel.isEmpty)
        // The model's removals name the class and the features that decided it (shown by --explain).
        #expect(byModel.allSatisfy { r in LineClass.allCases.contains { r.detail!.contains(": \($0.name) ") } })
        #expect(byModel.contains { $0.detail!.contains("(") })
    }

    /// A copy in Japanese (written for this test): sentences carry no spaces, so counting words by
    /// spaces made every paragraph look like a one-word label and the model dropped the article.
    static let japaneseDump = """
        ホーム
        * ニュース
        * 地域
        * お問い合わせ
        港の連絡船、修理を終えて運航再開
        2026年3月14日
        島と本土を結ぶ連絡船が、嵐で曲がった桟橋の修理を終えて、土曜日から三週間ぶりに運航を再開しました。
        運休中、島の住民は小さな漁船で薬や郵便を運んでいたと、港の事務所は話しています。
        運航会社によると、月曜日からは通常の時刻表に戻り、当面は平日の夕方に臨時便を一本増やすということです。
        関連記事
        * パン屋が地域の賞を受賞
        * 海岸道路で工事
        プライバシーポリシー
        """

    @Test func sentencesWithoutSpacesAreReadAsProse() throws {
        #expect(LineFeatures.words("島と本土を結ぶ連絡船").count == 10)
        #expect(LineFeatures.words("Kindle for PCの設定").map(String.init) == ["kindle", "for", "pc", "の", "設", "定"])
        #expect(LineFeatures.endsSentence("運航を再開しました。"))
        #expect(LineFeatures.endsSentence("「運航を再開します。」"))
        let article = try ArticleReader(options: ReadOptions(inputKind: .text)).read(Array(Self.japaneseDump.utf8))
        let paragraphs = article.blocks.compactMap { if case .paragraph(let t) = $0 { return t } else { return nil } }
        #expect(paragraphs.count == 3)
        #expect(paragraphs.allSatisfy { $0.hasSuffix("。") })
    }

    @Test func trainerLabelsLinesAgainstTheGoldAndTheHTMLReading() {
        let lines = ["Home", "Ferry service resumes", "By Ines Duarte", "The island ferry returned to service on Saturday after repairs.",
                     "A ferry at the landing ramp on Saturday.", "Privacy policy"]
        let page = LineModelTrainer.Page(id: "x", dumps: [], gold: "The island ferry returned to service on Saturday after repairs.",
                                         goldTitle: "Ferry service resumes", goldAuthor: "Ines Duarte", html: [])
        var read = Article(url: nil)
        read.blocks = [.figure(Figure(caption: "A ferry at the landing ramp on Saturday.", credit: "Jo Lane"))]
        #expect(LineModelTrainer.labels(lines, page: page, read: read) == [.furniture, .headline, .byline, .body, .caption, .furniture])
    }

    @Test func splitIsDeterministicAndRoughlyHalf() {
        let ids = (0..<1000).map { String(format: "%04d", $0) }
        let held = ids.filter(LineModelTrainer.isHeldOut).count
        #expect(held > 400 && held < 600)
        #expect(ids.map(LineModelTrainer.isHeldOut) == ids.map(LineModelTrainer.isHeldOut))
    }
}
