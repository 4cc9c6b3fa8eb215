import Foundation
import Testing

/// The samples in the documentation are the code of this target: every public type's doc comment has
/// a ```` ```swift ```` sample, and each sample (of a public type's doc comment, or of a page in a
/// module's DocC catalog) is found here verbatim between `// sample: Type` (or
/// `// sample: Module.docc/Page.md`) and `// end sample`, inside a test that compiles it and, unless
/// it needs the network, a database server or data from ../shared, runs it. A sample edited in the
/// documentation and not here, or an API change that breaks a sample, fails the suite.
@Suite struct DocSampleSyncTests {
    static let root = SharedData.packageRoot

    /// Nested types (`Segment.Role`, `NarrationService.Outcome`) are shown by their outer type's
    /// sample; a sample they have is compiled all the same.
    @Test func everyPublicTypeHasASample() throws {
        let missing = try DocSamples.fromSources(Self.root)
            .filter { $0.isPublic && !$0.name.contains(".") && $0.samples.isEmpty }.map(\.name)
        #expect(missing.isEmpty, "public types without a ```swift sample in their doc comment: \(missing)")
    }

    /// The samples of type doc comments and of the DocC catalogs' pages.
    @Test func everySampleIsCompiledHere() throws {
        let documented = try DocSamples.fromSources(Self.root).filter { $0.isPublic && !$0.samples.isEmpty }
        let compiled = try DocSamples.fromTests(Self.root.appendingPathComponent("Tests/DocSamplesTests"))
        #expect(documented.count > 50, "the scan of Sources found too few samples: \(documented.count)")
        for type in documented {
            let here = compiled[type.name] ?? []
            #expect(here == type.samples, "\(type.file): the sample of \(type.name) is not compiled as written in Tests/DocSamplesTests")
        }
        let articles = try DocSamples.fromCatalogs(Self.root)
        #expect(articles.count >= 8, "the scan of Sources found too few catalog samples: \(articles.count)")
        for (name, samples) in articles {
            #expect(compiled[name] == samples, "Sources/\(name): its samples are not compiled as written in Tests/DocSamplesTests")
        }
        let orphans = Set(compiled.keys).subtracting(documented.map(\.name)).subtracting(articles.keys)
        #expect(orphans.isEmpty, "samples here for no public type's doc comment: \(orphans.sorted())")
    }
}

/// A type declared in Sources with the ```swift samples of its doc comment.
struct DocumentedType {
    /// `Outer.Inner` for nested types.
    var name: String
    var file: String
    var isPublic: Bool
    /// Each sample's lines with their common indentation removed.
    var samples: [[String]]
}

enum DocSamples {
    /// A type declaration: indentation, attributes, access, keyword, name.
    static var declaration: Regex<AnyRegexOutput> {
        try! Regex(#"^(\s*)((?:@\w+(?:\([^)]*\))?\s+)*)(public |package )?(?:final |indirect )*(struct|enum|class|actor|protocol|extension) (\w+(?:\.\w+)*)"#)
    }

    /// Words of a declaration: lines without one are not matched against the (slow) expression.
    static let keywords = ["struct ", "enum ", "class ", "actor ", "protocol ", "extension "]

    /// Every type declaration in `Sources` with its doc comment's samples.
    static func fromSources(_ root: URL) throws -> [DocumentedType] {
        let sources = root.appendingPathComponent("Sources")
        var types: [DocumentedType] = []
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        for file in files.sorted() where file.hasSuffix(".swift") {
            let lines = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
                .components(separatedBy: "\n")
            // The enclosing types of the current line, by indentation.
            var outer: [(indent: Int, name: String)] = []
            for (index, line) in lines.enumerated() where keywords.contains(where: { line.contains($0) }) {
                guard let match = line.firstMatch(of: declaration) else { continue }
                let indent = match.output[1].substring?.count ?? 0
                let keyword = String(match.output[4].substring ?? "")
                let name = String(match.output[5].substring ?? "")
                outer.removeAll { $0.indent >= indent }
                let qualified = (outer.map(\.name) + [name]).joined(separator: ".")
                outer.append((indent, keyword == "extension" ? name : qualified))
                if keyword == "extension" { continue }
                types.append(DocumentedType(name: qualified, file: file, isPublic: match.output[3].substring != nil,
                                            samples: samples(in: docComment(above: index, in: lines))))
            }
        }
        return types
    }

    /// The `///` lines right above a declaration (attributes may sit between), without the slashes.
    static func docComment(above index: Int, in lines: [String]) -> [String] {
        var at = index - 1
        while at >= 0, lines[at].trimmingCharacters(in: .whitespaces).hasPrefix("@") { at -= 1 }
        var doc: [String] = []
        while at >= 0, let range = lines[at].range(of: "///"),
              lines[at][..<range.lowerBound].allSatisfy(\.isWhitespace) {
            doc.insert(String(lines[at][range.upperBound...]), at: 0)
            at -= 1
        }
        return doc
    }

    /// The ```swift blocks of every page of the DocC catalogs, by the page's path under the module
    /// (`LedeCore.docc/TheFlow.md`).
    static func fromCatalogs(_ root: URL) throws -> [String: [[String]]] {
        let sources = root.appendingPathComponent("Sources")
        var pages: [String: [[String]]] = [:]
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".md") && file.contains(".docc/") {
            let lines = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8).components(separatedBy: "\n")
            let found = samples(in: lines)
            if !found.isEmpty { pages[String(file.drop { $0 != "/" }.dropFirst()), default: []] = found }
        }
        return pages
    }

    /// The ```swift blocks of a doc comment or a page.
    static func samples(in doc: [String]) -> [[String]] {
        var samples: [[String]] = []
        var current: [String]?
        for line in doc {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if current == nil, trimmed == "```swift" {
                current = []
            } else if current != nil, trimmed == "```" {
                samples.append(dedented(current!))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return samples
    }

    /// The `// sample: Name` … `// end sample` regions of the Swift files in `folder`, by name.
    static func fromTests(_ folder: URL) throws -> [String: [[String]]] {
        var regions: [String: [[String]]] = [:]
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        for file in files.sorted() {
            var name: String?
            var current: [String] = []
            for line in try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).components(separatedBy: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("// sample: ") {
                    name = String(trimmed.dropFirst("// sample: ".count))
                    current = []
                } else if trimmed == "// end sample", let open = name {
                    regions[open, default: []].append(dedented(current))
                    name = nil
                } else if name != nil {
                    current.append(line)
                }
            }
        }
        return regions
    }

    /// Lines without their common leading spaces and trailing spaces.
    static func dedented(_ lines: [String]) -> [String] {
        let trimmedEnds = lines.map { line -> String in
            var l = line
            while l.last == " " { l.removeLast() }
            return l
        }
        let indent = trimmedEnds.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return trimmedEnds.map { $0.isEmpty ? $0 : String($0.dropFirst(indent)) }
    }
}
