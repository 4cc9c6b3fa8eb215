import ArgumentParser
import Foundation
import LedeCore
import LedeExtract
import LedeNarrate

/// `lede normalize`: the spoken form of each line of a text (numbers, dates, money, abbreviations…).
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print the spoken form of each line (numbers, dates, money, abbreviations expanded).",
        discussion: """
        Reads standard input (or FILE) and prints one line for each line read.

        Examples:
          echo "He fled Belarus in 2020 with \\$1.5bn." | lede normalize
          lede normalize story.txt --json
          lede normalize --style nemo < lines.txt
        """)

    @Argument(help: "A text file (UTF-8); standard input when absent or \"-\".")
    var file: String?

    @Flag(help: "Print a JSON array of {\"text\", \"spoken\"} objects instead of lines.")
    var json = false

    @Option(help: "narration (\"twenty-two\", \"K G B\") or nemo (NeMo's test-file spelling: \"twenty two\", \"KGB\").")
    var style: StyleName = .narration

    enum StyleName: String, ExpressibleByArgument, CaseIterable {
        case narration, nemo
        var style: NormalizerStyle { self == .narration ? .narration : .nemoConventions }
    }

    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = ReadOptions().maxBytes

    func validate() throws {
        guard maxBytes >= 1 else { throw ValidationError("--max-bytes must be positive") }
    }

    func run() throws {
        let bytes: [UInt8]
        if let file, file != "-" {
            bytes = try SourceOptions.boundedRead(path: file, limit: maxBytes)
        } else {
            bytes = try SourceOptions.boundedRead(FileHandle.standardInput, limit: maxBytes)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw LedeError.notText("the input is not UTF-8 text")
        }
        let normalizer = TextNormalizer(style: style.style)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        if json {
            let pairs = lines.map { ["text": $0, "spoken": normalizer.spoken($0)] }
            let out = try JSONSerialization.data(withJSONObject: pairs, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            FileHandle.standardOutput.write(out)
            FileHandle.standardOutput.write(Data("\n".utf8))
        } else {
            var out = ""
            for line in lines {
                out += normalizer.spoken(line)
                out += "\n"
                if out.utf8.count > 1 << 16 {
                    FileHandle.standardOutput.write(Data(out.utf8))
                    out = ""
                }
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }
}
