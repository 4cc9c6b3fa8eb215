import AsyncHTTPClient
import Foundation
import LedeCore
import NIOCore
import NIOHTTPCompression
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

/// One request, no automatic redirects, the body abandoned past `maxBytes`, on AsyncHTTPClient (SwiftNIO).
///
/// A gzip or deflate body is inflated as it streams, under the same byte limit: the inflated bytes
/// are counted, so a small compressed body that would inflate without bound stops at the limit.
/// (FoundationNetworking's URLSession was used before: its curl inflated a 2 MB gzip of 1 GiB whole,
/// ahead of the delegate and past a cancel, before any size check could see it.)
///
/// ```swift
/// let response = try await BoundedDownload(url: url, maxBytes: 16 << 20, timeout: 10).run()
/// print(response.status, response.body.count)
/// ```
struct BoundedDownload: Sendable {
    struct Response {
        var status: Int
        var location: String?
        var contentType: String?
        var body: [UInt8]
    }

    let url: URL
    let maxBytes: Int
    let timeout: Double

    init(url: URL, maxBytes: Int, timeout: Double) {
        self.url = url
        self.maxBytes = maxBytes
        self.timeout = timeout
    }

    /// A day: longer than any fetch is worth waiting for, and far inside `Int64` nanoseconds.
    static let longestTimeout: Double = 86_400

    func run() async throws -> Response {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.headers.add(name: "User-Agent", value: "Lede/0.1 (article reader)")
        request.headers.add(name: "Accept", value: "text/html,text/plain;q=0.9,*/*;q=0.5")
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        // Clamped, so a timeout at a Double's edge ("1e300", "inf", "nan") cannot overflow the nanoseconds.
        let seconds = timeout.isNaN ? 0 : min(max(0, timeout), Self.longestTimeout)
        let deadline = NIODeadline.now() + .nanoseconds(Int64(seconds * 1e9))
        let client = FetchClients.shared.client(maxBytes: maxBytes)
        do {
            let response = try await client.execute(request, deadline: deadline)
            if let length = response.headers.first(name: "content-length").flatMap(Int.init), length > maxBytes,
               response.headers.first(name: "content-encoding") == nil {
                throw LedeError.tooLarge(bytes: length, limit: maxBytes)
            }
            var body: [UInt8] = []
            for try await piece in response.body {
                body.append(contentsOf: piece.readableBytesView)
                if body.count > maxBytes { throw LedeError.tooLarge(bytes: body.count, limit: maxBytes) }
                if NIODeadline.now() > deadline { throw LedeError.fetch("\(url.absoluteString): timed out after \(timeout) s") }
            }
            return Response(status: Int(response.status.code), location: response.headers.first(name: "location"),
                            contentType: response.headers.first(name: "content-type"), body: body)
        } catch let error as LedeError {
            throw error
        } catch let error as NIOHTTPDecompression.DecompressionError {
            if case .limit = error { throw LedeError.tooLarge(bytes: maxBytes + 1, limit: maxBytes) }
            throw LedeError.fetch("\(url.absoluteString): the compressed body does not inflate (\(error))")
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout {
            throw LedeError.fetch("\(url.absoluteString): timed out after \(timeout) s")
        } catch {
            throw LedeError.fetch("\(url.absoluteString): \(error)")
        }
    }
}

/// One HTTP client per byte limit, kept for the process's life (a client inflates under one limit,
/// set when it is made; a process uses one or two limits).
final class FetchClients: Sendable {
    static let shared = FetchClients()
    private let clients = Mutex<[Int: HTTPClient]>([:])

    func client(maxBytes: Int) -> HTTPClient {
        clients.withLock { clients in
            if let client = clients[maxBytes] { return client }
            // Redirects are followed by URLFetcher, which checks each target first.
            let configuration = HTTPClient.Configuration(redirectConfiguration: .disallow,
                                                         decompression: .enabled(limit: .size(maxBytes)))
            let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
            clients[maxBytes] = client
            return client
        }
    }
}
