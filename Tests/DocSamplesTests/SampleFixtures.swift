import Foundation
import LedeCore
import LedeExtract
import LedeLanguage
import LedeNarrate
@_exported import LedeTestSupport

/// What the samples start from: the repository's example page (Examples/harbour-ferry.html, the
/// project's own writing), read once, and fresh folders.
enum Fixture {
    static let url = "https://courier.example/2026/03/14/night-ferry-returns"
    static let page = SharedData.packageRoot.appendingPathComponent("Examples/harbour-ferry.html")
    static let bytes: [UInt8] = Array((try? Data(contentsOf: page)) ?? Data())
    static let data = Data(bytes)
    static let article: Article = (try? ArticleReader().read(bytes, contentType: "text/html", url: url)) ?? Article()
    static let story = StoryBuilder().story(of: article)
    static let script = Narrator().script(for: story)

    /// A new empty folder under the temporary directory; the caller removes it.
    static func folder(_ name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lede-samples-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
