// swift-tools-version:6.0
// Lede: news articles into a clean read and a natural listen. See README.md and DESIGN notes.
import PackageDescription

let package = Package(
    name: "Lede",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lede", targets: ["lede"]),
        .library(name: "LedeCore", targets: ["LedeCore"]),
        .library(name: "LedeExtract", targets: ["LedeExtract"]),
        .library(name: "LedeLanguage", targets: ["LedeLanguage"]),
        .library(name: "LedeNarrate", targets: ["LedeNarrate"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // libxml2's HTML parser, from Debian's libxml2-dev (pkg-config libxml-2.0).
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .target(name: "LedeCore"),
        .target(name: "LedeExtract", dependencies: [
            "LedeCore", "CLibXML2", .product(name: "Logging", package: "swift-log"),
        ], swiftSettings: [
            // Extraction walks every node of pages up to 64 MB: optimise it even in debug builds so the
            // test suite (50 MB page, 100k-deep nesting) stays quick on two cores.
            .unsafeFlags(["-O"], .when(configuration: .debug)),
        ]),
        .target(name: "LedeLanguage", dependencies: ["LedeCore"]),
        .target(name: "LedeNarrate", dependencies: ["LedeCore", "LedeLanguage"]),
        .executableTarget(name: "lede", dependencies: [
            "LedeCore", "LedeExtract", "LedeLanguage", "LedeNarrate",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "LedeCoreTests", dependencies: ["LedeCore"]),
        .testTarget(name: "LedeExtractTests", dependencies: ["LedeExtract"]),
        .testTarget(name: "LedeLanguageTests", dependencies: ["LedeLanguage", "LedeExtract"]),
        .testTarget(name: "LedeNarrateTests", dependencies: ["LedeNarrate"]),
    ],
    swiftLanguageModes: [.v6]
)
