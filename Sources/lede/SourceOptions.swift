import ArgumentParser
import Foundation
import LedeCore
import LedeExtract

/// How every command that takes an article gets its bytes: a file, standard input, or a URL
/// fetched with limits.
struct SourceOptions: ParsableArguments {
    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = ReadOptions().maxBytes

    @Option(help: "Treat the input as html or text instead of guessing (auto).")
    var inputKind: ReadOptions.InputKind = .auto

    @Option(help: "Seconds to wait for a URL.")
    var timeout: Double = 20

    @Flag(help: "Allow URLs that resolve to private, loopback or link-local addresses.")
    var allowPrivate = false

    func article(from input: String) async throws -> Article {
        let reader = ArticleReader(options: ReadOptions(maxBytes: maxBytes, inputKind: inputKind))
        if input.hasPrefix("http://") || input.hasPrefix("https://") || input.contains("://") {
            let fetcher = URLFetcher(limits: FetchLimits(maxBytes: maxBytes, timeout: timeout, allowPrivate: allowPrivate))
            let page = try await fetcher.fetch(input)
            return try reader.read(page.body, contentType: page.contentType, url: page.finalURL)
        }
        return try reader.read(try localBytes(input), url: nil)
    }

    /// The text of a file or standard input, decoded (charset detected) but not read as an article.
    func text(from input: String) throws -> String {
        try ArticleReader(options: ReadOptions(maxBytes: maxBytes, inputKind: .text)).text(try localBytes(input))
    }

    private func localBytes(_ input: String) throws -> [UInt8] {
        let bytes: [UInt8]
        if input == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard FileManager.default.fileExists(atPath: input) else {
                throw LedeError.notFound("no file at \(input) (give a file, an http(s) URL, or - for standard input)")
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: input)[.size] as? Int) ?? 0
            if size > maxBytes { throw LedeError.tooLarge(bytes: size, limit: maxBytes) }
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: input)))
        }
        return bytes
    }
}

extension ReadOptions.InputKind: ExpressibleByArgument {}
