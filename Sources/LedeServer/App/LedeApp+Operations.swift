import Foundation
import Hummingbird
import LedeStore
import Prometheus

extension LedeApp {
    func addOperations(to router: Router<BasicRequestContext>) {
        router.get("/health") { _, _ -> Response in
            // Healthy when the database answers. A private library's health is public (a load
            // balancer asks without a token) and so says nothing about what the library holds.
            let articles = try await store.count()
            return try JSONResponse.make(configuration.isPrivate ? ["status": "ok"] : ["status": "ok", "articles": String(articles)])
        }
        router.get("/metrics") { _, _ -> Response in
            let counts = try await store.jobCounts()
            for status in NarrationJob.Status.allCases {
                ServerMetrics.registry.makeGauge(descriptor: MetricNameDescriptor(namespace: "lede", metricName: "narration", unitName: "jobs", helpText: "Narration jobs by status"), labels: [("status", status.rawValue)])
                    .set(Double(counts[status] ?? 0))
            }
            ServerMetrics.registry.makeGauge(descriptor: MetricNameDescriptor(namespace: "lede", metricName: "articles", unitName: "", helpText: "Articles in the library")).set(Double(try await store.count()))
            return JSONResponse.text(ServerMetrics.registry.emitToString(), contentType: "text/plain; version=0.0.4; charset=utf-8")
        }
        router.get("/openapi.json") { _, _ -> Response in
            JSONResponse.text(OpenAPIDocument.json, contentType: "application/json; charset=utf-8")
        }
    }

    func addAudio(to router: Router<BasicRequestContext>) {
        // Hummingbird's file middleware does ranges (players seek with them), ETag, If-None-Match,
        // If-Range and Last-Modified; a route in front of it lets only `ID.mp3` and `ID.vtt` through.
        let files = FileMiddleware<BasicRequestContext, LocalFileSystem>(
            files.audioDirectory.path, urlBasePath: "/audio",
            cacheControl: CacheControl([
                (.audioMpeg, [configuration.isPrivate ? .private : .public, .maxAge(3600)]),
                (MediaType(type: .text, subType: "vtt"), [configuration.isPrivate ? .private : .public, .maxAge(3600)]),
            ]), logger: logger)
            .withAdditionalMediaType(MediaType(type: .text, subType: "vtt", parameter: ("charset", "utf-8")), mappedToFileExtension: "vtt")
        let serve: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, context in
            let name = try context.parameters.require("file")
            guard Self.isAudioName(name) else { throw HTTPError(.notFound) }
            return try await files.handle(request, context: context) { _, _ in
                throw HTTPError(.notFound, message: "no narration file \(name)")
            }
        }
        router.get("/audio/{file}", use: serve)
        // Players and podcast apps ask for the length first.
        router.head("/audio/{file}", use: serve)
    }

    /// `123.mp3` or `123.vtt`, nothing else.
    static func isAudioName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[0].count <= 19 && parts[0].allSatisfy(\.isASCII)
            && parts[0].allSatisfy(\.isNumber) && (parts[1] == "mp3" || parts[1] == "vtt")
    }
}
