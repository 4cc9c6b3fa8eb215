import Foundation
import LedeCore

/// Turns the bytes of a publisher's page or of a scraped plain-text copy into an `Article`.
///
/// ```swift
/// let reader = ArticleReader()
/// let article = try reader.read(Array(data), contentType: "text/html; charset=utf-8", url: "https://example.com/story")
/// ```
///
/// HTML goes through libxml2 and the main-content pipeline (`HTMLArticleExtractor`); anything
/// else that decodes to text goes through the plain-text pipeline (`PlainTextArticleExtractor`).
public struct ArticleReader: Sendable {
    public var options: ReadOptions

    public init(options: ReadOptions = ReadOptions()) {
        self.options = options
    }

    /// Reads one page. `contentType` is the HTTP `Content-Type` header when the bytes came from a URL.
    public func read(_ bytes: [UInt8], contentType: String? = nil, url: String? = nil) throws -> Article {
        if bytes.count > options.maxBytes {
            throw LedeError.tooLarge(bytes: bytes.count, limit: options.maxBytes)
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw LedeError.emptyInput("the input has no text")
        }
        let kind = options.inputKind == .auto ? InputSniffer.kind(of: bytes, contentType: contentType) : options.inputKind
        // Whatever the page says, the article carries only http(s) URLs (WebURL).
        switch kind {
        case .html, .auto:
            return try HTMLArticleExtractor(options: options).extract(bytes, contentType: contentType, url: url).keepingOnlyWebURLs
        case .text:
            let text = try TextDecoder.decodePlainText(bytes, contentType: contentType)
            return try PlainTextArticleExtractor(options: options).extract(text, url: url).keepingOnlyWebURLs
        }
    }

    /// Decodes plain text (charset from the BOM, `contentType` or a guess) without reading it as an
    /// article; empty, oversized and binary input fail as in `read`.
    public func text(_ bytes: [UInt8], contentType: String? = nil) throws -> String {
        if bytes.count > options.maxBytes {
            throw LedeError.tooLarge(bytes: bytes.count, limit: options.maxBytes)
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw LedeError.emptyInput("the input has no text")
        }
        return try TextDecoder.decodePlainText(bytes, contentType: contentType)
    }
}

/// Settings shared by both extraction paths.
///
/// ```swift
/// let reader = ArticleReader(options: ReadOptions(maxBytes: 8 << 20, inputKind: .html))
/// let text = try reader.text(Array(data))   // the article as plain text
/// ```
public struct ReadOptions: Sendable {
    public enum InputKind: String, Sendable, CaseIterable {
        case auto, html, text
    }

    /// Inputs above this size are refused with `LedeError.tooLarge(bytes:limit:)`. 64 MiB: four
    /// times the largest news page we have met, small enough to keep a parse well under a second.
    public var maxBytes: Int = 64 << 20
    public var inputKind: InputKind = .auto

    public init(maxBytes: Int = 64 << 20, inputKind: InputKind = .auto) {
        self.maxBytes = maxBytes
        self.inputKind = inputKind
    }
}
