import Foundation
import Hummingbird

/// Checks a request's bearer token (`Authorization: Bearer …`, or `?token=` when ``acceptQuery``)
/// against the configured tokens, in time that does not depend on how much of a token matched.
struct TokenCheck: Sendable {
    let tokens: Set<String>

    func token(of request: Request, acceptQuery: Bool) -> String? {
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" { return String(parts[1]).trimmingCharacters(in: .whitespaces) }
        }
        return acceptQuery ? request.uri.queryParameters.get("token") : nil
    }

    func isValid(_ candidate: String?) -> Bool {
        guard let candidate else { return false }
        var found = false
        for token in tokens where Self.constantTimeEqual(token, candidate) { found = true }
        return found
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var difference = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) {
            difference |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return difference == 0
    }
}

/// Refuses writes without a valid bearer token.
struct WriteAuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let check: TokenCheck

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard !check.tokens.isEmpty else {
            throw HTTPError(.forbidden, message: "writes are disabled: start `lede serve --token-file FILE` to allow them")
        }
        guard check.isValid(check.token(of: request, acceptQuery: false)) else {
            throw HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Bearer realm=\"lede\""],
                            message: "this needs an Authorization: Bearer TOKEN header with a token from the token file")
        }
        return try await next(request, context)
    }
}

/// In private mode every read but `/health` and the page assets needs a token: in the header, in
/// the URL (podcast apps fetch feeds and audio without headers), or in the cookie a browser gets
/// the first time it opens a page with `?token=`, so the pages' own links and `<audio>` work.
struct PrivateReadMiddleware<Context: RequestContext>: RouterMiddleware {
    let check: TokenCheck
    static var cookieName: String { "lede_token" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if path == "/health" || path.hasPrefix("/static/") { return try await next(request, context) }
        let given = check.token(of: request, acceptQuery: true)
        if check.isValid(given) {
            var response = try await next(request, context)
            if let given, request.headers[.authorization] == nil, request.cookies[Self.cookieName]?.value != given,
               given.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-._~+/=".contains($0)) }) {
                response.setCookie(Cookie(name: Self.cookieName, value: given, path: "/", httpOnly: true, sameSite: .strict))
            }
            return response
        }
        guard check.isValid(request.cookies[Self.cookieName]?.value) else {
            throw HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Bearer realm=\"lede\""],
                            message: "this library is private: send Authorization: Bearer TOKEN or add ?token=TOKEN")
        }
        return try await next(request, context)
    }
}
