import Crypto
import Foundation
import Hummingbird

/// The tokens of a library and what each may do. Write tokens come from the token file; each has a
/// read-only twin derived from it with HMAC-SHA256 (``readToken(for:)``), which is what feeds and
/// audio links carry: a podcast app, or anyone who sees its subscription URL, can read a private
/// library but not change it. The server never puts a write token into a URL it makes. Tokens are
/// compared in time that does not depend on how much of one matched.
///
/// ```swift
/// let tokens = TokenCheck(writeTokens: ["0123456789abcdef-write"])
/// let reader = tokens.readToken(for: "0123456789abcdef-write")   // "lede-read-…"
/// tokens.scope(of: reader)                                        // .read
/// ```
struct TokenCheck: Sendable {
    enum Scope: Sendable, Equatable {
        /// Reads a private library (pages, API reads, feeds, audio).
        case read
        /// Reads, and adds, narrates and deletes articles.
        case write
    }

    let writeTokens: Set<String>
    /// Each write token's read-only twin.
    let readTokens: Set<String>

    /// Marks derived tokens, so a log or a support request shows at a glance which kind it is.
    static let readPrefix = "lede-read-"
    /// The HMAC message: a fixed label, so the derivation means nothing but "the read twin of this
    /// token" (a new label would retire every read token without touching the write tokens).
    static let readLabel = "lede read-only token v1"
    /// Bytes of the HMAC kept: 128 bits cannot be guessed, and the token stays short in a URL.
    static let readTokenBytes = 16

    init(writeTokens: Set<String>) {
        self.writeTokens = writeTokens
        readTokens = Set(writeTokens.map(Self.derivedReadToken))
    }

    /// Whether writes can be allowed at all (a token file was given).
    var writesEnabled: Bool { !writeTokens.isEmpty }

    static func derivedReadToken(_ writeToken: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(readLabel.utf8), using: SymmetricKey(data: Data(writeToken.utf8)))
        return readPrefix + code.prefix(readTokenBytes).map { String(format: "%02x", $0) }.joined()
    }

    /// The read-only token that stands for `token` in URLs: its twin for a write token, itself for a
    /// read token, nil for anything else.
    func readToken(for token: String?) -> String? {
        switch scope(of: token) {
        case .write?: return Self.derivedReadToken(token!)
        case .read?: return token
        case nil: return nil
        }
    }

    func scope(of candidate: String?) -> Scope? {
        guard let candidate else { return nil }
        var write = false, read = false
        // Every token is compared, so the time taken says nothing about which one matched.
        for token in writeTokens where Self.constantTimeEqual(token, candidate) { write = true }
        for token in readTokens where Self.constantTimeEqual(token, candidate) { read = true }
        return write ? .write : read ? .read : nil
    }

    /// The bearer token of the `Authorization` header, else (when `acceptQuery`) `?token=`.
    func token(of request: Request, acceptQuery: Bool) -> String? {
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" { return String(parts[1]).trimmingCharacters(in: .whitespaces) }
        }
        return acceptQuery ? request.uri.queryParameters.get("token") : nil
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

/// Refuses writes without a write token: 401 without a valid token, 403 with a read-only one.
struct WriteAuthMiddleware<Context: RequestContext>: RouterMiddleware {
    let check: TokenCheck

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard check.writesEnabled else {
            throw HTTPError(.forbidden, message: "writes are disabled: start `lede serve --token-file FILE` to allow them")
        }
        switch check.scope(of: check.token(of: request, acceptQuery: false)) {
        case .write?:
            return try await next(request, context)
        case .read?:
            throw HTTPError(.forbidden, message: "this token can only read: writes need a token from the token file")
        case nil:
            throw HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Bearer realm=\"lede\""],
                            message: "this needs an Authorization: Bearer TOKEN header with a token from the token file")
        }
    }
}

/// In private mode every read but `/health` and the page assets needs a token (read or write): in
/// the header, in the URL (podcast apps fetch feeds and audio without headers), or in the cookie a
/// browser gets the first time it opens a page with `?token=`, so the pages' own links and
/// `<audio>` work. The cookie is `HttpOnly`, `SameSite=Strict`, and `Secure` when the library's
/// public URL is https.
struct PrivateReadMiddleware<Context: RequestContext>: RouterMiddleware {
    let check: TokenCheck
    var secureCookie = false
    static var cookieName: String { "lede_token" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if path == "/health" || path.hasPrefix("/static/") { return try await next(request, context) }
        let given = check.token(of: request, acceptQuery: true)
        if check.scope(of: given) != nil {
            var response = try await next(request, context)
            if let given, request.headers[.authorization] == nil, request.cookies[Self.cookieName]?.value != given,
               given.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-._~+/=".contains($0)) }) {
                response.setCookie(Cookie(name: Self.cookieName, value: given, path: "/", secure: secureCookie, httpOnly: true,
                                          sameSite: .strict))
            }
            return response
        }
        guard check.scope(of: request.cookies[Self.cookieName]?.value) != nil else {
            throw HTTPError(.unauthorized, headers: [.wwwAuthenticate: "Bearer realm=\"lede\""],
                            message: "this library is private: send Authorization: Bearer TOKEN or add ?token=TOKEN")
        }
        return try await next(request, context)
    }
}

extension Request {
    /// The token a private-library read came with (header, `?token=`, then cookie), before checking.
    func readerToken(_ check: TokenCheck) -> String? {
        if let token = check.token(of: self, acceptQuery: true), check.scope(of: token) != nil { return token }
        return cookies[PrivateReadMiddleware<BasicRequestContext>.cookieName]?.value
    }
}
