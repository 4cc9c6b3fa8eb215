import HTTPTypes
import Hummingbird
import Logging

/// The outermost middleware: every answer leaves with the security headers, errors and 404s
/// included. An error thrown anywhere inside becomes its response here (an `HTTPResponseError`
/// answers for itself; anything else is a 500 that names no internals, logged with its detail),
/// so no thrown error can skip the headers on its way out.
///
/// ```swift
/// router.add(middleware: SecurityHeadersMiddleware(contentSecurityPolicy: [.defaultSrc(.self)], logger: logger))
/// ```
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    let headers: HTTPFields
    let logger: Logger

    init(contentSecurityPolicy: ContentSecurityPolicy, logger: Logger) {
        headers = [
            .contentSecurityPolicy: contentSecurityPolicy.description,
            // Browsers take a response's type as given (a JSON error is never run as a script).
            .xContentTypeOptions: "nosniff",
            // A page of a private library may be opened with ?token=: no link followed from it
            // tells the next site where the reader came from.
            HTTPField.Name("Referrer-Policy")!: "no-referrer",
        ]
        self.logger = logger
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            logger.error("\(request.method) \(request.uri.path): \(error)")
            response = try HTTPError(.internalServerError, message: "internal error; the server log has the detail")
                .response(from: request, context: context)
        }
        for field in headers { response.headers[field.name] = field.value }
        return response
    }
}
