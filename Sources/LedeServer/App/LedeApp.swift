import Foundation
import Hummingbird
import LedeCore
import LedeExtract
import LedeStore
import Logging

/// The web library, assembled in one visible place: middleware, pages, JSON API, feeds, audio,
/// metrics and the narration workers.
///
/// ```swift
/// let store = try SQLiteStore(directory: configuration.dataDirectory)
/// let app = LedeApp(configuration: configuration, store: store, files: store.files)
/// try await app.application().runService()
/// ```
public struct LedeApp: Sendable {
    public let configuration: ServerConfiguration
    public let store: any Store
    /// Where the narrations' MP3 and WebVTT files are.
    public let files: AudioFiles
    public let narration: NarrationService
    public let ingestor: Ingestor
    /// Threads for the CPU work of requests: reading pages, building stories, rendering long articles.
    public let work: WorkPool
    /// Threads (an executor) for the handlers that move whole articles: decoding a body, storing,
    /// loading and encoding an article. Apart from ``work`` so a read never waits behind a page
    /// being read, and apart from the threads that answer everything else.
    let articleHandlers: WorkPool
    let logger: Logger
    /// Rendered pages and feeds, for a second (see ``ResponseCache``).
    let cache: ResponseCache

    public init(configuration: ServerConfiguration, store: any Store, files: AudioFiles, scriptMaker: ScriptMaker = .narrator,
                logger: Logger = Logger(label: "lede.serve")) {
        self.configuration = configuration
        self.store = store
        self.files = files
        self.logger = logger
        let cache = ResponseCache()
        self.cache = cache
        narration = NarrationService(store: store, files: files, workers: configuration.workers, speed: configuration.speed,
                                     scriptMaker: scriptMaker, logger: logger, maxMinutes: configuration.maxNarrationMinutes,
                                     sentenceCacheBytes: configuration.sentenceCacheBytes,
                                     onChange: { cache.removeAll() })
        work = WorkPool(threads: configuration.cpuThreads, budgetSeconds: configuration.documentBudgetSeconds)
        articleHandlers = WorkPool(threads: configuration.cpuThreads, name: "lede-articles")
        ingestor = Ingestor(limits: FetchLimits(maxBytes: 16 << 20, timeout: 20, allowPrivate: configuration.allowPrivateFetch),
                            pool: work)
    }

    /// The HTTP application with the narration workers as a service beside it.
    public func application() -> some ApplicationProtocol {
        var app = Application(
            router: router(),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                    serverName: "lede"),
            logger: logger)
        app.addServices(narration)
        return app
    }

    /// Every route; `OpenAPIDocument` describes the same list (a test holds them together).
    public func router() -> Router<BasicRequestContext> {
        _ = ServerMetrics.bootstrap
        let router = Router()
        let tokens = TokenCheck(writeTokens: configuration.tokens)
        // Outermost, so that every answer, thrown errors and 404s too, carries the headers.
        // Scripts only from this server (player.js); no inline script, no plug-ins, no framing;
        // images from anywhere over http(s) (articles' photos live on their publishers' servers).
        router.add(middleware: SecurityHeadersMiddleware(contentSecurityPolicy: [
            .defaultSrc(.self), .scriptSrc(.self), .styleSrc(.self), .imgSrc(.self, .scheme(.https), .scheme(.http)),
            .mediaSrc(.self), .objectSrc(.none), .baseURI(.none), .formAction(.self), .frameAncestors(.none),
        ], logger: logger))
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: LogRequestsMiddleware(.debug))
        if configuration.isPrivate {
            router.add(middleware: PrivateReadMiddleware(check: tokens, secureCookie: configuration.baseURL.lowercased().hasPrefix("https://")))
        }

        addPages(to: router)
        addAPI(to: router, tokens: tokens)
        addForm(to: router, tokens: tokens)
        addFeeds(to: router, tokens: tokens)
        addAudio(to: router)
        addOperations(to: router)
        return router
    }
}
