import Foundation

/// Where one output line comes from: the WARC-Target-URI, the file path or the URL, and for a WARC
/// record its id and date.
///
/// ```swift
/// let source = BatchSource(url: "https://courier.example/ferry", recordID: "<urn:uuid:…>", date: "2026-03-14T07:00:00Z")
/// ```
public struct BatchSource: Sendable, Equatable {
    public var url: String
    public var recordID: String?
    public var date: String?

    public init(url: String, recordID: String? = nil, date: String? = nil) {
        self.url = url
        self.recordID = recordID
        self.date = date
    }
}

/// One input of a batch, to become one output line.
///
/// ```swift
/// let first = try BatchInputs(paths: [path], maxBytes: 16 << 20).next()
/// if case .record(let record)? = first?.work { print(record.type) }   // "response"
/// ```
public struct BatchItem: Sendable {
    public enum Work: Sendable {
        /// A WARC record that holds a page (response, resource, conversion).
        case record(WARCRecord)
        /// A saved page on disk (.html, .htm, .txt, or those gzipped).
        case file(String)
        /// A URL to fetch.
        case url(String)
        /// Damage found while reading the input: the line says what.
        case failed(BatchFailure)
    }

    public var source: BatchSource
    public var work: Work
}

/// What a command-line INPUT is.
///
/// ```swift
/// let kind = try BatchInputKind.of(path)   // .warc, told by its first bytes
/// ```
public enum BatchInputKind: Sendable, Equatable {
    case warc, folder, page, urlList

    /// File names read from a folder, and taken as a single page when named directly.
    static let pageSuffixes = [".html", ".htm", ".txt", ".html.gz", ".htm.gz", ".txt.gz"]

    /// Tells a WARC (by its first bytes, gzipped or not), a folder, a page (by its name) and a list
    /// of URLs (its first line that is not blank or a # comment is an http(s) URL, whatever its name).
    public static func of(_ path: String) throws -> BatchInputKind {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw BatchFailure(.unreadable, "no file or folder at \(path)")
        }
        if isDirectory.boolValue { return .folder }
        if WARCReader.looksLikeWARC(path: path) { return .warc }
        let reader = ByteReader(source: try FileChunks(path: path))
        while let line = try? reader.readLine(maxLength: URLList.maxLine) {
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if text.isEmpty || text.hasPrefix("#") { continue }
            if URLList.isURL(text) { return .urlList }
            break
        }
        let lower = path.lowercased()
        if pageSuffixes.contains(where: { lower.hasSuffix($0) }) { return .page }
        throw BatchFailure(.unreadable, "\(path) is not a WARC file, a folder, an .html/.htm/.txt page or a list of http(s) URLs")
    }
}

enum URLList {
    /// A line longer than 64 KiB is not a URL anyone fetches.
    static let maxLine = 64 << 10

    static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && !text.contains(" ")
    }
}

/// Every input of a batch, in order, read as it is needed: WARC records streamed, folder listings
/// sorted, URL lists read a line at a time. What is not a page (request and warcinfo records, other
/// files in a folder) gets no line but is counted in ``notPages``.
///
/// ```swift
/// let inputs = try BatchInputs(paths: [path], maxBytes: 16 << 20)
/// while let item = inputs.next() { print(item.source.url) }
/// ```
public final class BatchInputs {
    private var pending: [(path: String, kind: BatchInputKind)]
    private let maxBytes: Int
    private var current: AnyIterator<BatchItem>?
    /// Counts of what was passed over without a line, by description ("request records", ...).
    public private(set) var notPages: [String: Int] = [:]

    public init(paths: [String], maxBytes: Int) throws {
        pending = try paths.map { ($0, try BatchInputKind.of($0)) }
        self.maxBytes = maxBytes
    }

    public func next() -> BatchItem? {
        while true {
            if let item = current?.next() { return item }
            guard !pending.isEmpty else { return nil }
            let (path, kind) = pending.removeFirst()
            current = iterator(path, kind)
        }
    }

    private func iterator(_ path: String, _ kind: BatchInputKind) -> AnyIterator<BatchItem> {
        switch kind {
        case .page:
            return AnyIterator([BatchItem(source: BatchSource(url: path), work: .file(path))].makeIterator())
        case .folder:
            return AnyIterator(folderPages(path).lazy.map { BatchItem(source: BatchSource(url: $0), work: .file($0)) }.makeIterator())
        case .urlList:
            return urls(path)
        case .warc:
            return records(path)
        }
    }

    private func folderPages(_ folder: String) -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var pages: [String] = []
        let files = FileManager.default.enumerator(atPath: base)
        while let relative = files?.nextObject() as? String {
            let path = base + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let lower = relative.lowercased()
            if BatchInputKind.pageSuffixes.contains(where: { lower.hasSuffix($0) }) {
                pages.append(path)
            } else {
                notPages["other files in folders", default: 0] += 1
            }
        }
        return pages.sorted()
    }

    private func urls(_ path: String) -> AnyIterator<BatchItem> {
        guard let file = try? FileChunks(path: path) else {
            return AnyIterator([BatchItem(source: BatchSource(url: path), work: .failed(BatchFailure(.unreadable, "cannot open \(path)")))].makeIterator())
        }
        let reader = ByteReader(source: file)
        return AnyIterator {
            while true {
                let line: [UInt8]?
                do { line = try reader.readLine(maxLength: URLList.maxLine) } catch {
                    return BatchItem(source: BatchSource(url: path), work: .failed(BatchFailure(.unreadable, "a line over \(URLList.maxLine) bytes in \(path)")))
                }
                guard let line else { return nil }
                let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
                if text.isEmpty || text.hasPrefix("#") { continue }
                guard URLList.isURL(text) else {
                    return BatchItem(source: BatchSource(url: text), work: .failed(BatchFailure(.unreadable, "not an http(s) URL")))
                }
                return BatchItem(source: BatchSource(url: text), work: .url(text))
            }
        }
    }

    private func records(_ path: String) -> AnyIterator<BatchItem> {
        let reader: WARCReader
        do {
            // The block holds the HTTP headers too: allow them on top of the page's own cap.
            reader = try WARCReader(path: path, maxBlock: maxBytes + Self.headerAllowance)
        } catch {
            return AnyIterator([BatchItem(source: BatchSource(url: path), work: .failed(BatchFailure(error)))].makeIterator())
        }
        var ordinal = 0
        return AnyIterator { [weak self] in
            while let event = reader.next() {
                ordinal += 1
                switch event {
                case .record(let record):
                    guard record.holdsPage else {
                        self?.notPages["\(record.type.isEmpty ? "untyped" : record.type) records", default: 0] += 1
                        continue
                    }
                    return BatchItem(source: Self.source(record, path, ordinal), work: .record(record))
                case .failure(let record, let failure):
                    return BatchItem(source: Self.source(record, path, ordinal), work: .failed(failure))
                }
            }
            return nil
        }
    }

    /// Room for a response's status line and headers inside a WARC block: 256 KiB.
    static let headerAllowance = 256 << 10

    static func source(_ record: WARCRecord, _ path: String, _ ordinal: Int) -> BatchSource {
        BatchSource(url: record.targetURI ?? "\(path)#record-\(ordinal)", recordID: record.recordID, date: record.date)
    }
}
