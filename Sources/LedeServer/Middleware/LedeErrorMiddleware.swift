import Hummingbird
import LedeCore

/// Turns the errors of Lede's stages into HTTP answers that say what went wrong.
struct LedeErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as LedeError {
            throw HTTPError(Self.status(of: error), message: error.description)
        } catch let error as WorkPool.Busy {
            throw HTTPError(.serviceUnavailable, headers: [.retryAfter: "5"], message: error.description)
        }
    }

    static func status(of error: LedeError) -> HTTPResponse.Status {
        switch error {
        case .emptyInput, .notText, .invalidInput: return .badRequest
        // A URL that may not or cannot be fetched is a problem of the request, not of this server.
        case .noArticle, .fetch: return .unprocessableContent
        // A document that needs more work than a request may take: the document is the problem.
        case .overBudget: return .unprocessableContent
        case .tooLarge: return .contentTooLarge
        case .notFound: return .notFound
        case .notInstalled, .engine: return .internalServerError
        }
    }
}
