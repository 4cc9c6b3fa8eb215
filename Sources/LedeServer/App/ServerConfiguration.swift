import Foundation
import LedeSpeech
import LedeCore

/// How `lede serve` runs: where, who may write, how many narrations at once, with which voice.
///
/// ```swift
/// var configuration = ServerConfiguration(dataDirectory: URL(fileURLWithPath: "lede-data"))
/// configuration.tokens = try ServerConfiguration.readTokens(from: tokenFile)   // one token a line
/// configuration.isPrivate = true
/// ```
public struct ServerConfiguration: Sendable {
    public var dataDirectory: URL
    public var host = "127.0.0.1"
    public var port = 8080
    /// Bearer tokens allowed to write (and to read when ``isPrivate``); none means writes are refused.
    public var tokens: Set<String> = []
    /// Reads need a token too (header, or `?token=` for feeds and audio that podcast apps fetch).
    public var isPrivate = false
    /// Narrations run at once; each takes a core while it renders.
    public var workers = 1
    public var voice = VoiceLibrary.defaultVoice
    /// The voice for the words of direct quotations (`--quote-voice`); nil: the narrator reads them.
    /// A request's `quoteVoice` overrides it.
    public var quoteVoice: String?
    /// Speaking rate: the pace `lede listen` uses for news (`Synthesizer.narrationSpeed`).
    public var speed = Synthesizer.narrationSpeed
    /// Largest request body accepted (a saved page in `html`): 8 MiB holds any real news page's
    /// markup once scripts are gone; bigger pages come in better by `url`.
    public var maxBodyBytes = 8 << 20
    /// The address feeds use for absolute links; defaults to `http://HOST:PORT`.
    public var publicURL: String?
    /// Allow `url` ingestion of private and loopback addresses (tests and closed networks only).
    public var allowPrivateFetch = false
    /// Narrate every article added through the API or `lede add` automatically.
    public var narrateOnAdd = true
    /// Threads that read pages and build stories for requests (``WorkPool``), apart from those
    /// answering requests.
    public var cpuThreads = 2
    /// Seconds one document may take to read and analyse (``WorkPool/documentBudgetSeconds``).
    public var documentBudgetSeconds = WorkPool.documentBudgetSeconds
    /// Narrations estimated or rendered longer than this many minutes fail (nil: no cap).
    /// 120: two hours hold a long-read of over 10,000 words (45 KB of text made 77 minutes),
    /// while an 8 MiB body would make days of audio and fill the disk.
    public var maxNarrationMinutes: Double? = 120

    public init(dataDirectory: URL) {
        self.dataDirectory = dataDirectory
    }

    public var baseURL: String {
        var base = publicURL ?? "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
        while base.hasSuffix("/") { base.removeLast() }
        return base
    }

    /// One token a line; blank lines and lines starting with `#` are skipped. Tokens shorter than 16
    /// characters are refused: they can be guessed.
    public static func readTokens(from path: String) throws -> Set<String> {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw LedeError.notFound("cannot read the token file \(path)")
        }
        var tokens = Set<String>()
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let token = line.trimmingCharacters(in: .whitespaces)
            if token.isEmpty || token.hasPrefix("#") { continue }
            guard token.count >= 16, token.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
                throw LedeError.invalidInput("\(path):\(number + 1): a token must be at least 16 visible ASCII characters")
            }
            tokens.insert(token)
        }
        return tokens
    }
}
