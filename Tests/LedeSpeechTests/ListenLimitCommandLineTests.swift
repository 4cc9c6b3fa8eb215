import Foundation
import Testing

/// `lede listen --max-narration-minutes`: unlimited unless given; a script over it is refused before
/// any audio is made, with a message that names the limit.
@Suite struct ListenLimitCommandLineTests {
    @Test(.enabled(if: SpeechCommandLineTests.built, "build the lede product first (swift build)"))
    func aScriptOverTheCapIsRefusedNamingTheLimit() throws {
        let path = Tool.temporaryFile("cap-article.txt")
        let out = Tool.temporaryFile("cap.wav")
        let text = "A long crossing\n\n" + (0..<40).map { "The ferry left the pier at dawn on day \($0 + 1), and the gulls followed." }
            .joined(separator: "\n\n")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { for p in [path, out] { try? FileManager.default.removeItem(atPath: p) } }
        let refused = try Tool.run(SpeechCommandLineTests.binary, ["listen", path, "-o", out, "--voice", "espeak:en-us",
                                                                   "--max-narration-minutes", "1", "--quiet"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("1-minute limit (--max-narration-minutes)"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let bad = try Tool.run(SpeechCommandLineTests.binary, ["listen", path, "-o", out, "--max-narration-minutes", "0"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--max-narration-minutes"))
        // Without the option there is no cap.
        let made = try Tool.run(SpeechCommandLineTests.binary, ["listen", path, "-o", out, "--voice", "espeak:en-us", "--quiet"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(FileManager.default.fileExists(atPath: out))
    }
}
