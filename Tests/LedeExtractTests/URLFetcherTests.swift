import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// URL fetching against a real HTTP server on loopback (started by the test), and the address policy.
@Suite(.serialized) struct URLFetcherTests {
    /// Starts Fixtures/test_server.py and returns its base URL; the server ends with the returned process's stdin.
    final class LoopbackServer {
        let process = Process()
        let stdin = Pipe()
        let base: String

        init() throws {
            let out = Pipe()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", Fixture.url("test_server.py").path]
            process.standardInput = stdin
            process.standardOutput = out
            try process.run()
            var line = Data()
            while let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([0x0A]) { line.append(byte) }
            base = "http://127.0.0.1:" + String(decoding: line, as: UTF8.self)
        }

        deinit {
            try? stdin.fileHandleForWriting.close()
            process.terminate()
        }
    }

    @Test func loopbackIsRefusedUnlessAllowed() async throws {
        let server = try LoopbackServer()
        await #expect(throws: LedeError.self) { try await URLFetcher().fetch(server.base + "/page") }
        let page = try await URLFetcher(limits: FetchLimits(allowPrivate: true)).fetch(server.base + "/page")
        #expect(page.contentType == "text/html; charset=utf-8")
        let article = try ArticleReader().read(page.body, contentType: page.contentType, url: page.finalURL)
        #expect(article.title == "Loopback story headline")
    }

    @Test func privateAndLocalNamesAreRefused() async {
        for url in ["http://localhost/", "http://127.0.0.1/", "http://10.1.2.3/", "http://192.168.0.1/", "http://[::1]/", "http://169.254.169.254/latest/meta-data"] {
            do {
                _ = try await URLFetcher().fetch(url)
                Issue.record("\(url) was fetched")
            } catch let error as LedeError {
                guard case .fetch(let message) = error else { Issue.record("\(url): \(error)"); continue }
                #expect(message.contains("--allow-private"), "\(url): \(message)")
            } catch { Issue.record("\(url): \(error)") }
        }
    }

    @Test func onlyHTTPSchemes() async {
        for url in ["ftp://example.com/a", "file:///etc/passwd", "javascript:alert(1)"] {
            await #expect(throws: LedeError.self) { try await URLFetcher().fetch(url) }
        }
    }

    @Test func redirectsAreFollowedUpToTheLimit() async throws {
        let server = try LoopbackServer()
        let fetcher = URLFetcher(limits: FetchLimits(maxRedirects: 3, allowPrivate: true))
        let page = try await fetcher.fetch(server.base + "/redirect/3")
        #expect(page.finalURL.hasSuffix("/page"))
        await #expect(throws: LedeError.self) { try await fetcher.fetch(server.base + "/redirect/5") }
    }

    @Test func redirectToAPrivateAddressIsRefusedEvenWhenTheFirstHopWasAllowed() async throws {
        // The first hop is loopback (allowed here); the check must run again on the redirect target.
        let server = try LoopbackServer()
        let policyCheck = URLFetcher(limits: FetchLimits(allowPrivate: false))
        #expect(throws: LedeError.self) { try policyCheck.validate("http://10.0.0.1/page") }
        _ = server
    }

    @Test func bodyOverTheSizeCapIsAbandoned() async throws {
        let server = try LoopbackServer()
        await #expect(throws: LedeError.self) {
            try await URLFetcher(limits: FetchLimits(maxBytes: 1 << 20, allowPrivate: true)).fetch(server.base + "/big")
        }
    }

    @Test func aGzipBombStopsInflatingAtTheSizeCap() async throws {
        let server = try LoopbackServer()
        let cap = 4 << 20
        let fetcher = URLFetcher(limits: FetchLimits(maxBytes: cap, allowPrivate: true))
        // 256 MiB of spaces in 256 KiB of gzip: refused once the inflated bytes pass the cap, not
        // inflated whole first (FoundationNetworking's URLSession held all 256 MiB, then refused).
        do {
            _ = try await fetcher.fetch(server.base + "/gzip-bomb")
            Issue.record("the gzip bomb was fetched")
        } catch let error as LedeError {
            guard case .tooLarge(let bytes, let limit) = error else { Issue.record("\(error)"); return }
            #expect(limit == cap)
            #expect(bytes <= 2 * cap, "inflated to \(bytes) bytes before stopping")
        }
        // A small page sent gzipped is read.
        let page = try await fetcher.fetch(server.base + "/gzip-page")
        let article = try ArticleReader().read(page.body, contentType: page.contentType, url: page.finalURL)
        #expect(article.title == "Loopback story headline")
    }

    @Test func timeoutsAtADoublesEdgeFetchOrFailClearly() async throws {
        let server = try LoopbackServer()
        for timeout in [1e300, .infinity, .greatestFiniteMagnitude] {
            let page = try await URLFetcher(limits: FetchLimits(timeout: timeout, allowPrivate: true)).fetch(server.base + "/page")
            #expect(page.body.count > 100, "timeout \(timeout)")
        }
        await #expect(throws: LedeError.self) {
            try await URLFetcher(limits: FetchLimits(timeout: .nan, allowPrivate: true)).fetch(server.base + "/page")
        }
    }

    @Test func slowServerTimesOut() async throws {
        let server = try LoopbackServer()
        let start = Date()
        await #expect(throws: LedeError.self) {
            try await URLFetcher(limits: FetchLimits(timeout: 1, allowPrivate: true)).fetch(server.base + "/slow")
        }
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed > 0.8 && elapsed < 4.5, "the 1 s timeout fired after \(elapsed) s")
    }

    @Test func addressClassification() {
        let blocked4: [[UInt8]] = [[127, 0, 0, 1], [10, 9, 8, 7], [172, 16, 0, 1], [172, 31, 255, 255], [192, 168, 1, 1],
                                   [169, 254, 169, 254], [100, 64, 0, 1], [0, 0, 0, 0], [224, 0, 0, 1], [255, 255, 255, 255]]
        for a in blocked4 { #expect(!AddressPolicy.isPublic(ipv4: a), "\(a)") }
        for a: [UInt8] in [[8, 8, 8, 8], [172, 32, 0, 1], [93, 184, 216, 34], [100, 128, 0, 1]] { #expect(AddressPolicy.isPublic(ipv4: a), "\(a)") }
        var loop6 = [UInt8](repeating: 0, count: 16); loop6[15] = 1
        var mapped = [UInt8](repeating: 0, count: 16); mapped[10] = 0xFF; mapped[11] = 0xFF; mapped[12] = 127; mapped[15] = 1
        let linkLocal: [UInt8] = [0xFE, 0x80] + [UInt8](repeating: 0, count: 13) + [1]
        let uniqueLocal: [UInt8] = [0xFD, 0x12] + [UInt8](repeating: 0, count: 13) + [1]
        for a in [loop6, mapped, linkLocal, uniqueLocal, [UInt8](repeating: 0, count: 16)] { #expect(!AddressPolicy.isPublic(ipv6: a), "\(a)") }
        let google: [UInt8] = [0x20, 0x01, 0x48, 0x60] + [UInt8](repeating: 0, count: 11) + [0x88]
        #expect(AddressPolicy.isPublic(ipv6: google))
    }
}
