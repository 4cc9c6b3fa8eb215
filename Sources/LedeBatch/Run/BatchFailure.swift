import LedeCore

/// Why an input gave no article: a short stable reason (for counting and for `jq`) and a message.
///
/// ```swift
/// let failure = BatchFailure(.httpStatus, "the server answered HTTP 404")
/// print(failure.reason.rawValue)   // "http-status"
/// ```
public struct BatchFailure: Error, Sendable, Equatable {
    public enum Reason: String, Sendable, Codable, CaseIterable {
        /// A record or file that is not a page: an image, a PDF, a script, a DNS record.
        case notHTML = "not-html"
        /// A response whose HTTP status is not 200.
        case httpStatus = "http-status"
        /// Bytes that do not decode to text (binary, or no charset fits).
        case undecodable
        /// Larger than the size cap (`--max-bytes`), before or after decompression.
        case tooLarge = "too-large"
        /// A WARC record that ends before its Content-Length.
        case truncatedRecord = "truncated-record"
        /// A WARC record whose header or HTTP message cannot be read.
        case corruptRecord = "corrupt-record"
        /// Compressed bytes (a gzip member, a gzip or deflate body) that do not inflate.
        case corruptCompression = "corrupt-gzip"
        /// Empty, or only whitespace.
        case empty
        /// A page that parsed but holds no article text.
        case noArticle = "no-article"
        /// A URL that could not or may not be fetched.
        case fetch
        /// A file that could not be read, or a line that is not a URL.
        case unreadable
        /// Anything else the reader refused.
        case failed
    }

    public var reason: Reason
    public var message: String

    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    /// The reason for an error thrown while reading or fetching a page.
    public init(_ error: any Error) {
        switch error {
        case let failure as BatchFailure: self = failure
        case let error as LedeError:
            switch error {
            case .emptyInput(let s): self.init(.empty, s)
            case .notText(let s): self.init(.undecodable, s)
            case .tooLarge: self.init(.tooLarge, error.description)
            case .noArticle(let s): self.init(.noArticle, s)
            case .fetch(let s): self.init(.fetch, s)
            case .notFound(let s): self.init(.unreadable, s)
            default: self.init(.failed, error.description)
            }
        case let error as InflateError:
            switch error {
            case .tooLarge: self.init(.tooLarge, error.description)
            case .truncated, .corrupt: self.init(.corruptCompression, error.description)
            }
        default: self.init(.failed, String(describing: error))
        }
    }
}
