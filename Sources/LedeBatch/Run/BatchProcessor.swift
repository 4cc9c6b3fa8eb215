import Foundation
import LedeCore
import LedeExtract
import LedeLanguage

/// Turns one ``BatchItem`` into its output line: the source, and the article (with `story`, the
/// story too) or the error. Safe to call from many tasks at once.
///
/// ```swift
/// let processor = BatchProcessor(maxBytes: 16 << 20, story: false, fetch: FetchLimits())
/// let outcome = await processor.process(first!)   // outcome.line is one JSON line with its "\n"
/// ```
public struct BatchProcessor: Sendable {
    public var maxBytes: Int
    public var story: Bool
    public var fetch: FetchLimits

    public init(maxBytes: Int, story: Bool, fetch: FetchLimits) {
        self.maxBytes = maxBytes
        self.story = story
        self.fetch = fetch
    }

    /// A finished item: its JSON line and, when it gave no article, why.
    public struct Outcome: Sendable {
        public var line: [UInt8]
        public var failure: BatchFailure?
        public var source: BatchSource
    }

    public func process(_ item: BatchItem) async -> Outcome {
        do {
            let article = try await article(item)
            let story = self.story ? StoryBuilder().story(of: article) : nil
            return Outcome(line: try BatchLine.encode(source: item.source, article: article, story: story),
                           failure: nil, source: item.source)
        } catch {
            let failure = BatchFailure(error)
            let line = (try? BatchLine.encode(source: item.source, failure: failure)) ?? Array("{}\n".utf8)
            return Outcome(line: line, failure: failure, source: item.source)
        }
    }

    private func article(_ item: BatchItem) async throws -> Article {
        let reader = ArticleReader(options: ReadOptions(maxBytes: maxBytes))
        switch item.work {
        case .failed(let failure):
            throw failure
        case .url(let url):
            let page = try await URLFetcher(limits: fetch).fetch(url)
            return try reader.read(page.body, contentType: page.contentType, url: page.finalURL)
        case .file(let path):
            return try reader.read(try fileBytes(path), url: nil)
        case .record(let record):
            let (body, contentType) = try page(of: record)
            try Self.requirePage(contentType)
            return try reader.read(body, contentType: contentType, url: record.targetURI)
        }
    }

    /// A file's bytes, inflated when it is gzipped; refused above the cap before it is read.
    private func fileBytes(_ path: String) throws -> [UInt8] {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > maxBytes { throw LedeError.tooLarge(bytes: size, limit: maxBytes) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BatchFailure(.unreadable, "cannot read \(path)")
        }
        let bytes = [UInt8](data)
        return Inflate.isGzip(bytes) ? try Inflate.all(bytes, maxOutput: maxBytes) : bytes
    }

    /// The page a record holds and its media type: a response's decoded body, or a resource's block.
    private func page(of record: WARCRecord) throws -> ([UInt8], String?) {
        let recordType = record.contentType?.lowercased() ?? ""
        guard record.type == "response" else { return (record.block, record.contentType) }
        guard recordType.isEmpty || recordType.hasPrefix("application/http") else {
            throw BatchFailure(.notHTML, "a response record of type \(record.contentType ?? "")")
        }
        let response = try HTTPResponse(parsing: record.block, maxBody: maxBytes)
        guard response.status == Self.okStatus else {
            throw BatchFailure(.httpStatus, "the server answered HTTP \(response.status)")
        }
        return (response.body, response.header("content-type"))
    }

    /// Only 200 responses hold the page asked for: redirects, errors and partial content do not.
    static let okStatus = 200

    /// Media types read as pages; an absent type is left to the reader's sniffing.
    static let pageTypes = ["text/html", "application/xhtml+xml", "text/plain"]

    static func requirePage(_ contentType: String?) throws {
        guard let contentType, !contentType.isEmpty else { return }
        let media = asciiMediaType(contentType)
            ?? contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard media.isEmpty || pageTypes.contains(media) else {
            throw BatchFailure(.notHTML, "the response is \(media), not a page")
        }
    }

    /// The media type of an ASCII `Content-Type` (its first non-empty `;`-separated part, spaces and
    /// tabs trimmed, lower case), read byte by byte: what Foundation's trimming and lowercasing give
    /// for ASCII, without their cost (1 % of a batch run in a profile). Nil for non-ASCII text,
    /// which takes Foundation's path.
    static func asciiMediaType(_ contentType: String) -> String? {
        let bytes = Array(contentType.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        guard let part = bytes.split(separator: UInt8(ascii: ";")).first else { return "" }
        var start = part.startIndex, end = part.endIndex
        while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        let lowered = bytes[start..<end].map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
        return String(decoding: lowered, as: UTF8.self)
    }
}
