import ArgumentParser
import Foundation
import LedeBatch
import LedeCore
import LedeExtract

/// `lede batch`: WARC files, folders of saved pages and URL lists into one JSON line per page.
struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Read many pages at every core: WARC files, folders of saved pages, lists of URLs.",
        discussion: """
        Each INPUT is a WARC file (.warc or .warc.gz, told by its first bytes), a folder (every
        .html, .htm, .txt and .html.gz under it, sorted), a single page, or a text file of URLs (one
        a line; # comments). Every page gets one JSON line, in input order: url (and recordID, date
        for a WARC record), then article (and story with --story) or error {reason, message}.
        Request, warcinfo and metadata records and other files are counted in the summary.

        Examples:
          lede batch crawl.warc.gz --out articles.jsonl
          lede batch saved-pages/ --out articles.jsonl --errors errors.jsonl
          lede batch urls.txt --out articles.jsonl --allow-private
          lede batch crawl.warc.gz --story --out stories.jsonl
          lede batch crawl.warc.gz --out articles.jsonl --jobs 8 --resume
        """)

    @Argument(help: "WARC files, folders, pages or URL lists.")
    var inputs: [String]

    @Option(help: "The JSON Lines file to write.")
    var out: String

    @Flag(help: "Add the story (sentences, quotations, people, places, dates) to each line.")
    var story = false

    @Option(help: "Pages read at once (default: every active core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Continue an interrupted run: keep the complete lines already in --out and go on after them.")
    var resume = false

    @Option(help: "Also write every error line (with its line number in --out) to this file.")
    var errors: String?

    @Flag(help: "Allow URLs that resolve to private, loopback or link-local addresses.")
    var allowPrivate = false

    /// 16 MiB: four times the largest news page met so far; at crawl scale a bigger response is
    /// not an article, and the cap bounds memory at jobs × cap.
    static let defaultMaxBytes = 16 << 20

    /// 1 TiB: far past any page, and room left in `Int` for the WARC reader's header allowance and
    /// the per-job memory sums.
    static let largestMaxBytes = 1 << 40

    @Option(help: "Refuse pages larger than this many bytes (after decompression).")
    var maxBytes: Int = BatchCommand.defaultMaxBytes

    @Option(help: "Seconds to wait for each URL.")
    var timeout: Double = 20

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one WARC file, folder or URL list") }
        guard jobs >= 1, jobs <= BatchRunner.mostJobs else { throw ValidationError("--jobs must be between 1 and \(BatchRunner.mostJobs)") }
        guard maxBytes >= 1, maxBytes <= Self.largestMaxBytes else { throw ValidationError("--max-bytes must be between 1 and \(Self.largestMaxBytes)") }
    }

    func run() async throws {
        let batchInputs: BatchInputs
        do {
            batchInputs = try BatchInputs(paths: inputs, maxBytes: maxBytes)
        } catch let failure as BatchFailure {
            throw LedeError.invalidInput(failure.message)
        }
        let skip = resume ? try LineFile.keepCompleteLines(of: out) : 0
        if resume, let errors { try Self.keepErrors(upTo: skip, in: errors) }
        let output = try LineFile(path: out, append: resume)
        let errorFile = try errors.map { try LineFile(path: $0, append: resume) }

        let stop = StopFlag()
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        interrupt.setEventHandler {
            // A second Ctrl-C leaves at once; --resume then cuts any partial last line.
            if stop.isSet { _exit(130) }
            stop.set()
        }
        interrupt.resume()
        defer { interrupt.cancel() }

        let processor = BatchProcessor(maxBytes: maxBytes, story: story,
                                       fetch: FetchLimits(maxBytes: maxBytes, timeout: timeout, allowPrivate: allowPrivate))
        let progress = BatchProgress(terminal: isatty(STDERR_FILENO) != 0)
        let start = Date()
        let summary = try await BatchRunner(processor: processor, jobs: jobs)
            .run(batchInputs, output: output, errors: errorFile, skip: skip, stop: stop) { progress.update($0) }
        progress.finish()
        FileHandle.standardError.write(Data(summary.report(seconds: Date().timeIntervalSince(start), output: out).utf8))
        if summary.interrupted { throw ExitCode(130) }
    }

    /// On --resume, the errors file keeps only the errors of lines already in --out.
    static func keepErrors(upTo lines: Int, in path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { return }
        var kept = Data()
        for line in data.split(separator: 0x0A) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let number = object["line"] as? Int, number <= lines else { continue }
            kept.append(contentsOf: line)
            kept.append(0x0A)
        }
        try kept.write(to: URL(fileURLWithPath: path))
    }
}

/// The progress line on standard error: redrawn in place on a terminal (pages, errors, pages/s),
/// a plain count line now and then otherwise.
final class BatchProgress {
    /// A terminal line is redrawn at most this often (seconds).
    static let terminalInterval = 0.25
    /// A log (not a terminal) gets a count line this often (seconds).
    static let plainInterval = 10.0

    let terminal: Bool
    let start = Date()
    lazy var last = terminal ? Date.distantPast : start
    var drawn = false

    init(terminal: Bool) { self.terminal = terminal }

    func update(_ summary: BatchSummary) {
        let now = Date()
        guard now.timeIntervalSince(last) >= (terminal ? Self.terminalInterval : Self.plainInterval) else { return }
        last = now
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Int((Double(summary.lines) / elapsed).rounded()) : 0
        let text = "\(summary.lines) pages  \(summary.errorCount) errors  \(rate) pages/s"
        if terminal {
            FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
            drawn = true
        } else {
            FileHandle.standardError.write(Data("lede batch: \(text)\n".utf8))
        }
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
