import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import LedeServer

@Suite struct OpenAPITests {
    @Test func everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws {
        let server = try TestServer()
        let routes = Set(server.app.router().routes.map { "\($0.method.rawValue.uppercased()) \($0.path.description)" })
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var documented = Set<String>()
        for (path, operations) in paths {
            for method in operations.keys { documented.insert("\(method.uppercased()) \(path)") }
        }
        #expect(!routes.isEmpty)
        #expect(routes.subtracting(documented).isEmpty, "routes missing from /openapi.json: \(routes.subtracting(documented).sorted())")
        #expect(documented.subtracting(routes).isEmpty, "documented but not routed: \(documented.subtracting(routes).sorted())")
    }

    @Test func documentPassesOpenAPIKitValidation() throws {
        #expect(throws: Never.self) { try OpenAPIDocument.validate() }
    }

    @Test func documentIsServedAndWritesNeedBearer() async throws {
        let server = try TestServer()
        try await server.test { client in
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                let document = try #require(try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
                let paths = try #require(document["paths"] as? [String: [String: [String: Any]]])
                #expect(paths["/api/articles"]?["post"]?["security"] != nil)
                #expect(paths["/api/articles"]?["get"]?["security"] == nil)
            }
        }
    }
}

@Suite struct AudioServingTests {
    @Test func rangesETagAndCaching() async throws {
        let server = try TestServer()
        let audio = (0..<5000).map { UInt8($0 % 251) }
        let id = try await server.addNarrated(ferryArticle(), audio: audio)
        try await server.test { client in
            let etag = try await client.execute(uri: "/audio/\(id).mp3", method: .get) { response -> String in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "audio/mpeg")
                #expect(Array(response.body.readableBytesView) == audio)
                #expect(response.headers[.cacheControl]?.contains("max-age") == true)
                return try #require(response.headers[.eTag])
            }
            try await client.execute(uri: "/audio/\(id).mp3", method: .get, headers: [.range: "bytes=100-199"]) { response in
                #expect(response.status == .partialContent)
                #expect(response.headers[.contentRange] == "bytes 100-199/5000")
                #expect(Array(response.body.readableBytesView) == Array(audio[100...199]))
            }
            try await client.execute(uri: "/audio/\(id).mp3", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .notModified)
            }
            try await client.execute(uri: "/audio/\(id).mp3", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentLength] == "5000")
            }
            try await client.execute(uri: "/audio/\(id).vtt", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.hasPrefix("WEBVTT"))
            }
            for bad in ["/audio/lede.sqlite", "/audio/..%2Flede.sqlite", "/audio/\(id).wav", "/audio/999.mp3"] {
                try await client.execute(uri: bad, method: .get) { response in
                    #expect(response.status == .notFound || response.status == .badRequest, "\(bad)")
                }
            }
        }
    }
}
