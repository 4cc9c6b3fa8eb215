// swift-tools-version:6.0
// Lede: news articles into a clean read and a natural listen. See README.md and DESIGN notes.
import PackageDescription

/// A release `lede` on Linux links the Swift runtime and Foundation statically. The shared
/// runtime cost every run about 7 ms of dynamic linking before `main` (26,000 symbol relocations
/// looked up across 88 libraries) and every call into the runtime (retain, release, metadata) a
/// jump through the PLT: `lede batch` on the 794-record benchmark WARC took 5-7 % more CPU with it
/// (2026-12-06, alternated runs). Foundation's archives need each other, hence the group, and
/// FoundationNetworking needs the system's libcurl (its soname: no -dev package is needed).
let staticSwiftRuntime = ["-static-stdlib", "-Xlinker", "--start-group"]
    + ["FoundationNetworking", "_CFURLSessionInterface", "Foundation", "FoundationInternationalization",
       "FoundationEssentials", "CoreFoundation", "_FoundationICU", "_FoundationCShims", "_FoundationCollections"]
        .flatMap { ["-Xlinker", "-l\($0)"] }
    + ["-Xlinker", "--end-group", "-Xlinker", "-l:libcurl.so.4"]

let package = Package(
    name: "Lede",
    platforms: [.macOS(.v14)],
    // Lede is an application: the `lede` command is its one product. Its modules are not offered as
    // libraries, because LedeExtract and LedeSpeech are optimised with `-O` even in debug builds
    // (unsafeFlags), which SwiftPM refuses in a package another package depends on.
    products: [
        .executable(name: "lede", targets: ["lede"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        // URL fetching with limits (bodies inflated under the byte cap as they stream).
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.30.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.24.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // HMAC-SHA256 for the read-only tokens derived from write tokens (already resolved through postgres-nio).
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        // The typed OpenAPI document of the server (/openapi.json), checked by its validator.
        .package(url: "https://github.com/mattpolzin/OpenAPIKit.git", from: "6.4.0"),
    ],
    targets: [
        // libxml2's HTML parser, from Debian's libxml2-dev (pkg-config libxml-2.0).
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        // Lede's own declarations of the sherpa-onnx C API types it uses (mirroring 2.0.1's ABI), so
        // the build needs nothing from deps/; the library itself is loaded at run time so a missing
        // install is a clear error, not a link failure.
        .systemLibrary(name: "CSherpaOnnx", path: "Sources/CSherpaOnnx"),
        // eSpeak NG (phonemes, fallback voice) and LAME (MP3), from Debian packages.
        .systemLibrary(name: "CEspeakNG", path: "Sources/CEspeakNG", pkgConfig: "espeak-ng",
                       providers: [.apt(["libespeak-ng-dev", "espeak-ng-data"])]),
        .systemLibrary(name: "CLame", path: "Sources/CLame", providers: [.apt(["libmp3lame-dev"])]),
        // zlib, from Debian's zlib1g-dev: streaming inflate of WARC files and gzip/deflate bodies.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        // libdeflate, from Debian's libdeflate-dev: a WARC's gzip members (one per record) inflated
        // whole, about three times faster than zlib; zlib streams what does not fit.
        .systemLibrary(name: "CDeflate", path: "Sources/CDeflate", providers: [.apt(["libdeflate-dev"])]),
        // FFTW (the hibari voice's signal step) and libebur128 (EBU R128 loudness and true peak),
        // from Debian's libfftw3-dev and libebur128-dev.
        .systemLibrary(name: "CFFTW", path: "Sources/CFFTW", providers: [.apt(["libfftw3-dev"])]),
        .systemLibrary(name: "CEbur128", path: "Sources/CEbur128", providers: [.apt(["libebur128-dev"])]),
        .target(name: "LedeCore"),
        .target(name: "LedeExtract", dependencies: [
            "LedeCore", "CLibXML2", .product(name: "Logging", package: "swift-log"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
        ], swiftSettings: [
            // Extraction walks every node of pages up to 64 MB: optimise it even in debug builds so the
            // test suite (50 MB page, 100k-deep nesting) stays quick on two cores.
            .unsafeFlags(["-O"], .when(configuration: .debug)),
        ]),
        .target(name: "LedeLanguage", dependencies: ["LedeCore", .product(name: "Logging", package: "swift-log")]),
        .target(name: "LedeNarrate", dependencies: ["LedeCore"]),
        .target(name: "LedeSpeech", dependencies: [
            "LedeCore", "CSherpaOnnx", "CEspeakNG", "CLame", "CFFTW", "CEbur128", .product(name: "Logging", package: "swift-log"),
            .product(name: "Crypto", package: "swift-crypto"),  // the sentence audio cache's names and digests
        ], swiftSettings: [
            // The loudness meter, limiter and resampler loop over every sample: optimise them even in
            // debug builds so the speech tests stay quick on two cores.
            .unsafeFlags(["-O"], .when(configuration: .debug)),
        ]),
        // The library of editions: articles, stories, narration jobs and audio (SQLite through GRDB,
        // or PostgreSQL through PostgresNIO when several machines share the work).
        .target(name: "LedeStore", dependencies: [
            "LedeCore", .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // The web reader, JSON API, feeds and narration workers (Hummingbird 2).
        .target(name: "LedeServer", dependencies: [
            "LedeCore", "LedeExtract", "LedeLanguage", "LedeNarrate", "LedeSpeech", "LedeStore",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "OpenAPIKit", package: "OpenAPIKit"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Logging", package: "swift-log"),
        ], resources: [
            // The reader's stylesheet and player script, compiled into the binary (no resource bundle to ship).
            .embedInCode("Resources/lede.css"), .embedInCode("Resources/player.js"),
        ]),
        // `lede batch`: WARC files, folders and URL lists read as they stream, extracted on every core.
        .target(name: "LedeBatch", dependencies: [
            "LedeCore", "LedeExtract", "LedeLanguage", "CZlib", "CDeflate",
        ]),
        .executableTarget(name: "lede", dependencies: [
            "LedeCore", "LedeExtract", "LedeLanguage", "LedeNarrate", "LedeSpeech", "LedeStore", "LedeServer",
            "LedeBatch",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ], linkerSettings: [.unsafeFlags(staticSwiftRuntime, .when(platforms: [.linux], configuration: .release))]),
        // What every test target shares: locating ../shared data, running programs and `lede`.
        .target(name: "LedeTestSupport", path: "Tests/LedeTestSupport"),
        .testTarget(name: "LedeCoreTests", dependencies: ["LedeCore"]),
        .testTarget(name: "LedeExtractTests", dependencies: ["LedeTestSupport", "LedeExtract"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LedeLanguageTests", dependencies: ["LedeTestSupport", "LedeLanguage", "LedeExtract"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LedeNarrateTests", dependencies: ["LedeTestSupport", "LedeNarrate", "LedeLanguage", "LedeExtract"], resources: [.copy("Fixtures")]),
        .testTarget(name: "LedeSpeechTests", dependencies: ["LedeTestSupport", "LedeSpeech"]),
        .testTarget(name: "LedeStoreTests", dependencies: ["LedeStore"]),
        .testTarget(name: "LedeBatchTests", dependencies: ["LedeTestSupport", "LedeBatch", "LedeExtract"]),
        .testTarget(name: "LedeServerTests", dependencies: [
            "LedeServer", "LedeStore", "LedeExtract", "LedeLanguage", "LedeNarrate",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        // The usage samples of the doc comments and DocC catalogs, compiled and run (a stale one fails).
        .testTarget(name: "DocSamplesTests", dependencies: [
            "LedeTestSupport", "LedeCore", "LedeExtract", "LedeLanguage", "LedeNarrate", "LedeSpeech", "LedeStore",
            "LedeServer", "LedeBatch", .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
