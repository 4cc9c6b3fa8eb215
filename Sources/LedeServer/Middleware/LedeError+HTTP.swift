import Hummingbird
import LedeCore

/// Lede's errors answer HTTP requests themselves: the case says whose fault it is, and so the
/// status (4xx for the request's, 5xx for the machine's); the body is `{"error": {"message": …}}`
/// like Hummingbird's own errors.
///
/// ```swift
/// router.get("/x") { _, _ -> Response in throw LedeError.notFound("no article 7") }   // 404
/// ```
extension LedeError: HTTPResponseError {
    public var status: HTTPResponse.Status {
        switch self {
        case .emptyInput, .notText, .invalidInput: return .badRequest
        // A URL that may not or cannot be fetched is a problem of the request, not of this server.
        case .noArticle, .fetch: return .unprocessableContent
        // A document that needs more work than a request may take: the document is the problem.
        case .overBudget: return .unprocessableContent
        case .tooLarge: return .contentTooLarge
        case .notFound: return .notFound
        case .unavailable: return .serviceUnavailable
        case .notInstalled, .engine, .storage: return .internalServerError
        }
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        try HTTPError(status, message: description).response(from: request, context: context)
    }
}

/// Every work thread is busy and the queue is full: 503 with a hint when to try again.
extension WorkPool.Busy: HTTPResponseError {
    /// Seconds a client waits before trying again: about one document's work on a busy pool.
    static let retryAfterSeconds = "5"

    public var status: HTTPResponse.Status { .serviceUnavailable }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        try HTTPError(status, headers: [.retryAfter: Self.retryAfterSeconds], message: description)
            .response(from: request, context: context)
    }
}
