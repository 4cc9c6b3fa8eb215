import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LedeCore
import Synchronization

/// Limits on every URL fetch.
///
/// ```swift
/// let limits = FetchLimits(maxBytes: 4 << 20, timeout: 10, maxRedirects: 3)   // private addresses refused
/// let page = try await URLFetcher(limits: limits).fetch(url)
/// ```
public struct FetchLimits: Sendable {
    /// The body is abandoned as soon as it passes this size.
    public var maxBytes: Int
    /// Seconds for the whole fetch, redirects included.
    public var timeout: Double
    /// Redirects followed before giving up: 5 covers http→https→www→canonical chains.
    public var maxRedirects: Int
    /// Fetch from private, loopback and link-local addresses too (off: a page must not make Lede
    /// reach into the network it runs in).
    public var allowPrivate: Bool

    public init(maxBytes: Int = 64 << 20, timeout: Double = 20, maxRedirects: Int = 5, allowPrivate: Bool = false) {
        self.maxBytes = maxBytes
        self.timeout = timeout
        self.maxRedirects = maxRedirects
        self.allowPrivate = allowPrivate
    }
}

/// A fetched page: its bytes, its Content-Type header and the URL it finally came from.
///
/// ```swift
/// print(page.finalURL, page.contentType ?? "no type", page.body.count)   // after redirects
/// ```
public struct FetchedPage: Sendable {
    public var body: [UInt8]
    public var contentType: String?
    public var finalURL: String
}

/// Fetches article pages over http(s) with limits on size, time and redirects, and refuses
/// private targets — checked for the first URL and again on every redirect.
///
/// ```swift
/// let page = try await URLFetcher(limits: FetchLimits(timeout: 10)).fetch(url)
/// let article = try ArticleReader().read(page.body, contentType: page.contentType, url: page.finalURL)
/// ```
///
/// Host names are resolved and every answer checked before each request; a name whose answers
/// change between that check and the connection (DNS rebinding) is the remaining gap, which a
/// deployment closes with an egress firewall.
public struct URLFetcher: Sendable {
    public var limits: FetchLimits

    public init(limits: FetchLimits = FetchLimits()) {
        self.limits = limits
    }

    public func fetch(_ urlString: String) async throws -> FetchedPage {
        let deadline = Date().addingTimeInterval(limits.timeout)
        // `HTTP://…` is `http://…`: the scheme's case does not matter, but URLSession minds it.
        var current = WebURL.http(urlString) ?? urlString
        for _ in 0...limits.maxRedirects {
            let url = try validate(current)
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { throw LedeError.fetch("timed out after \(limits.timeout) s") }
            let response = try await BoundedDownload(url: url, maxBytes: limits.maxBytes, timeout: remaining).run()
            if (300..<400).contains(response.status), let location = response.location {
                guard let next = URL(string: location, relativeTo: url)?.absoluteURL else {
                    throw LedeError.fetch("bad redirect to \(location)")
                }
                current = next.absoluteString
                continue
            }
            guard (200..<300).contains(response.status) else {
                throw LedeError.fetch("\(current) answered HTTP \(response.status)")
            }
            return FetchedPage(body: response.body, contentType: response.contentType, finalURL: current)
        }
        throw LedeError.fetch("more than \(limits.maxRedirects) redirects from \(urlString)")
    }

    /// Only http and https, with a host that resolves to allowed addresses.
    func validate(_ s: String) throws -> URL {
        guard let url = URL(string: s), let scheme = url.scheme?.lowercased() else { throw LedeError.fetch("not a URL: \(s)") }
        guard scheme == "http" || scheme == "https" else { throw LedeError.fetch("only http and https URLs are fetched, not \(scheme):") }
        guard let host = url.host, !host.isEmpty else { throw LedeError.fetch("no host in \(s)") }
        _ = try AddressPolicy.check(host: host, allowPrivate: limits.allowPrivate)
        return url
    }
}

/// One request, no automatic redirects, the body abandoned past `maxBytes`.
final class BoundedDownload: NSObject, URLSessionDataDelegate, Sendable {
    struct Response {
        var status: Int
        var location: String?
        var contentType: String?
        var body: [UInt8]
    }

    /// What the session's delegate calls fill in, from its own queue.
    private struct State {
        var body: [UInt8] = []
        var response: HTTPURLResponse?
        var failure: LedeError?
        var continuation: CheckedContinuation<Response, Error>?
    }

    private let url: URL
    private let maxBytes: Int
    private let timeout: Double
    private let state = Mutex(State())

    init(url: URL, maxBytes: Int, timeout: Double) {
        self.url = url
        self.maxBytes = maxBytes
        self.timeout = timeout
    }

    func run() async throws -> Response {
        let config = URLSessionConfiguration.ephemeral
        // FoundationNetworking's own timers work in whole seconds and fire early; they are only a
        // backstop here, the deadline below is exact.
        config.timeoutIntervalForRequest = timeout + 5
        config.timeoutIntervalForResource = timeout + 5
        config.httpAdditionalHeaders = ["User-Agent": "Lede/0.1 (article reader)", "Accept": "text/html,text/plain;q=0.9,*/*;q=0.5"]
        let session = URLSession(configuration: config, delegate: self, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        return try await withCheckedThrowingContinuation { c in
            state.withLock { $0.continuation = c }
            let task = session.dataTask(with: url)
            task.resume()
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [self] in
                state.withLock { if $0.failure == nil { $0.failure = .fetch("\(url.absoluteString): timed out after \(timeout) s") } }
                task.cancel()
            }
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        // Redirects are followed by URLFetcher, which checks each target first.
        state.withLock { $0.response = response }
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        let http = response as? HTTPURLResponse
        state.withLock { $0.response = http }
        if response.expectedContentLength > Int64(maxBytes) {
            state.withLock { $0.failure = .tooLarge(bytes: Int(response.expectedContentLength), limit: maxBytes) }
            completionHandler(.cancel)
            return
        }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over: Bool = state.withLock { state in
            state.body.append(contentsOf: data)
            if state.body.count > maxBytes { state.failure = .tooLarge(bytes: state.body.count, limit: maxBytes); return true }
            return false
        }
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        let (c, result): (CheckedContinuation<Response, Error>?, Result<Response, Error>) = state.withLock { state in
            let c = state.continuation
            state.continuation = nil
            guard c != nil else { return (nil, .failure(LedeError.fetch("already finished"))) }
            if let failure = state.failure { return (c, .failure(failure)) }
            if let r = state.response {
                let headers = r.allHeaderFields
                func header(_ name: String) -> String? {
                    headers.first { ($0.key as? String)?.lowercased() == name }?.value as? String
                }
                if error == nil || (300..<400).contains(r.statusCode) {
                    return (c, .success(Response(status: r.statusCode, location: header("location"), contentType: header("content-type"), body: state.body)))
                }
            }
            let message = (error as? URLError)?.code == .timedOut ? "timed out after \(Int(timeout)) s" : (error?.localizedDescription ?? "no response")
            return (c, .failure(LedeError.fetch("\(url.absoluteString): \(message)")))
        }
        c?.resume(with: result)
    }
}
