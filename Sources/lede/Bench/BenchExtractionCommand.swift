import ArgumentParser
import Foundation
import LedeCore
import LedeExtract

/// `lede bench extraction`: extracts every page of a benchmark folder in one process, writes the
/// predictions in the scorers' format and prints pages per second and peak memory.
///
/// Pages per second are of process CPU time, as the peers' scripts measure theirs (Python's
/// `time.process_time`), so a machine shared with other work charges neither side for waiting;
/// the wall time is printed beside it.
struct BenchExtractionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Extract a folder of *.html(.gz) pages; write {ID: {articleBody, title, author, published}}.")

    @Option(help: "Folder of pages (ID.html.gz or ID.html).")
    var pages: String
    @Option(help: "Where to write the predictions JSON.")
    var out: String
    @Option(help: "Repeat the timed pass this many times and report the best.")
    var repeats = 3
    @Flag(help: "Read ID.txt scraped copies through the plain-text path instead of pages.")
    var text = false

    func run() throws {
        let loaded = try PageCorpus.load(pages, text: text)
        let corpusMB = PeakMemory.megabytes()
        var predictions: [String: [String: String]] = [:]
        var best = Double.infinity
        var bestWall = Double.infinity
        let reader = ArticleReader(options: text ? ReadOptions(inputKind: .text) : ReadOptions())
        for pass in 0..<max(1, repeats) {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = Self.cpuSeconds()
            for page in loaded {
                let article = try? reader.read(page.bytes, url: nil)
                if pass == 0 {
                    predictions[page.id] = [
                        "articleBody": article?.bodyText ?? "",
                        "title": article?.title ?? "",
                        "author": article.map { ArticleRenderer.names($0.authors) } ?? "",
                        "modified": article?.modified ?? "",
                        "published": article?.published ?? "",
                    ]
                }
            }
            bestWall = min(bestWall, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            best = min(best, Self.cpuSeconds() - cpuStart)
        }
        let data = try JSONSerialization.data(withJSONObject: predictions, options: [.sortedKeys])
        try data.write(to: URL(fileURLWithPath: out))
        let pagesPerSecond = Double(loaded.count) / best
        let peak = PeakMemory.megabytes()
        print(String(format: "lede: %d pages in %.3f s CPU = %.1f pages/s (best of %d; wall %.3f s), peak RSS %.1f MB (%.1f MB with the pages loaded, so extraction adds %.1f MB)",
                     loaded.count, best, pagesPerSecond, repeats, bestWall, peak, corpusMB, peak - corpusMB))
    }

    /// CPU time used by the process so far (user and system), in seconds.
    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}

/// Benchmark pages loaded into memory before timing.
enum PageCorpus {
    struct Page { var id: String; var bytes: [UInt8] }

    static func load(_ folder: String, text: Bool = false) throws -> [Page] {
        let kinds = text ? [".txt"] : [".html", ".html.gz"]
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { n in kinds.contains { n.hasSuffix($0) } }.sorted()
        return try names.map { name in
            let path = folder + "/" + name
            let id = name.replacingOccurrences(of: ".html.gz", with: "").replacingOccurrences(of: ".html", with: "").replacingOccurrences(of: ".txt", with: "")
            if name.hasSuffix(".gz") { return Page(id: id, bytes: try gunzip(path)) }
            return Page(id: id, bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        }
    }

    /// Decompresses with the system's gzip (outside any timed section).
    static func gunzip(_ path: String) throws -> [UInt8] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/gzip")
        p.arguments = ["-dc", path]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Array(data)
    }
}

/// Peak resident memory of this process, from /proc/self/status (VmHWM).
enum PeakMemory {
    static func megabytes() -> Double {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return kb / 1024
        }
        return 0
    }
}
