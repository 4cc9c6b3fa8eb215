/// The errors a user can meet, each saying what went wrong and what to do. The cases say whose
/// fault it is: the input's (`emptyInput`, `notText`, `tooLarge`, `noArticle`, `fetch`,
/// `invalidInput`, `notFound`) or the machine's (`notInstalled`, `engine`, `storage`,
/// `unavailable`), which is how the server picks a 4xx or a 5xx answer.
///
/// ```swift
/// do { _ = try ArticleReader().read(bytes) } catch let error as LedeError { print(error.description) } catch {}
/// ```
public enum LedeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input had no bytes (or only whitespace).
    case emptyInput(String)
    /// The input is not text: binary junk, an image, an archive.
    case notText(String)
    /// The input is larger than the configured limit.
    case tooLarge(bytes: Int, limit: Int)
    /// The page parsed, but holds no article text.
    case noArticle(String)
    /// A URL that may not be fetched (bad scheme, private address) or could not be fetched.
    case fetch(String)
    /// A voice, library or model that is not installed.
    case notInstalled(String)
    /// Bad user input (a bad option, a bad lexicon file).
    case invalidInput(String)
    /// An engine or library failed.
    case engine(String)
    /// Anything stored or served could not be found.
    case notFound(String)
    /// The work would pass a limit set for it: a document's time budget, the narration length cap.
    case overBudget(String)
    /// The disk or the database failed to keep or give back what was asked (full, unwritable,
    /// corrupt): the machine's fault, not the request's.
    case storage(String)
    /// Something this needs does not answer now (a database that is down or busy): try again later.
    case unavailable(String)

    public var description: String {
        switch self {
        case .emptyInput(let s): return "empty input: \(s)"
        case .notText(let s): return "not text: \(s)"
        case .tooLarge(let bytes, let limit):
            return "input too large: \(bytes) bytes (limit \(limit) bytes; raise it with --max-bytes)"
        case .noArticle(let s): return "no article found: \(s)"
        case .fetch(let s): return "fetch refused or failed: \(s)"
        case .notInstalled(let s): return "not installed: \(s)"
        case .invalidInput(let s): return "invalid input: \(s)"
        case .engine(let s): return "engine error: \(s)"
        case .notFound(let s): return "not found: \(s)"
        case .overBudget(let s): return "over a limit: \(s)"
        case .storage(let s): return "storage error: \(s)"
        case .unavailable(let s): return "unavailable: \(s)"
        }
    }
}
