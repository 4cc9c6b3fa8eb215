import ArgumentParser
import Foundation
import LedeCore
import LedeExtract

/// How every command that takes an article gets its bytes: a file, standard input, or a URL
/// fetched with limits.
struct SourceOptions: ParsableArguments {
    @Option(help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int = ReadOptions().maxBytes

    @Option(help: "Treat the input as html or text instead of guessing (auto).")
    var inputKind: ReadOptions.InputKind = .auto

    @Option(help: "Seconds to wait for a URL.")
    var timeout: Double = 20

    @Flag(help: "Allow URLs that resolve to private, loopback or link-local addresses.")
    var allowPrivate = false

    func article(from input: String) async throws -> Article {
        let reader = ArticleReader(options: ReadOptions(maxBytes: maxBytes, inputKind: inputKind))
        if input.hasPrefix("http://") || input.hasPrefix("https://") || input.contains("://") {
            let fetcher = URLFetcher(limits: FetchLimits(maxBytes: maxBytes, timeout: timeout, allowPrivate: allowPrivate))
            let page = try await fetcher.fetch(input)
            return try reader.read(page.body, contentType: page.contentType, url: page.finalURL)
        }
        return try reader.read(try localBytes(input), url: nil)
    }

    /// The text of a file or standard input, decoded (charset detected) but not read as an article.
    func text(from input: String) throws -> String {
        try ArticleReader(options: ReadOptions(maxBytes: maxBytes, inputKind: .text)).text(try localBytes(input))
    }

    func validate() throws {
        guard maxBytes >= 1 else { throw ValidationError("--max-bytes must be positive") }
    }

    private func localBytes(_ input: String) throws -> [UInt8] {
        if input == "-" { return try Self.boundedRead(FileHandle.standardInput, limit: maxBytes) }
        let size = (try? FileManager.default.attributesOfItem(atPath: input)[.size] as? Int) ?? 0
        if size > maxBytes { throw LedeError.tooLarge(bytes: size, limit: maxBytes) }
        return try Self.boundedRead(path: input, limit: maxBytes)
    }

    /// The bytes of the file at `path` under the cap, with a clear error for a missing path or a
    /// folder. Read with the cap even when the file's size is under it: a device, a pipe or a file
    /// still growing has no size to trust (`/dev/zero` reports 0 and never ends).
    static func boundedRead(path: String, limit: Int) throws -> [UInt8] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw LedeError.notFound("no file at \(path) (give a file, an http(s) URL, or - for standard input)")
        }
        if isFolder.boolValue {
            throw LedeError.invalidInput("\(path) is a folder: give a file (`lede batch` reads every page of a folder)")
        }
        let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        return try boundedRead(handle, limit: limit)
    }

    /// A read of each piece, so a larger input is refused when it passes the limit, never held whole.
    static let readPiece = 1 << 20

    /// The bytes of `handle` to its end, or ``LedeError/tooLarge(bytes:limit:)`` as soon as more than
    /// `limit` have come (the count then is the bytes read so far, `limit` + 1).
    static func boundedRead(_ handle: FileHandle, limit: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        // One byte past the limit is asked for, so an input of exactly `limit` bytes is told from a
        // larger one; `room + 1` only when under a piece, so `limit` may be `Int.max`.
        while bytes.count <= limit {
            let room = limit - bytes.count
            guard let piece = try handle.read(upToCount: room < readPiece ? room + 1 : readPiece), !piece.isEmpty else { break }
            bytes.append(contentsOf: piece)
        }
        if bytes.count > limit { throw LedeError.tooLarge(bytes: bytes.count, limit: limit) }
        return bytes
    }
}

extension ReadOptions.InputKind: ExpressibleByArgument {}
