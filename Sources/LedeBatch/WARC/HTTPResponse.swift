/// An HTTP response as a WARC response record holds it: status line, headers and the body decoded
/// from its transfer coding (chunked) and content coding (gzip, deflate).
///
/// ```swift
/// let response = try HTTPResponse(parsing: record.block, maxBody: 16 << 20)
/// if response.status == 200 { print(response.body.count, response.header("content-type") ?? "") }
/// ```
public struct HTTPResponse: Sendable {
    public var status: Int
    /// Header fields in order, names lowercased.
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    /// A header section larger than this is not an HTTP response: 256 KiB is far beyond real ones.
    static let maxHeaderBytes = 256 << 10

    /// The last value of a header (names are case-insensitive).
    public func header(_ name: String) -> String? {
        headers.last { $0.name == name.lowercased() }?.value
    }

    /// Parses `block`; the body, once decoded, may not pass `maxBody` bytes. Throws ``BatchFailure``.
    public init(parsing block: [UInt8], maxBody: Int) throws {
        // The header section ends at the first empty line (CRLF CRLF, or LF LF from lax writers).
        guard let (headerEnd, bodyStart) = Self.headerBoundary(block) else {
            throw BatchFailure(.corruptRecord, "the HTTP response has no end of headers")
        }
        let lines = block[..<headerEnd].split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            line.last == 0x0D ? line.dropLast() : line
        }
        guard let statusLine = lines.first, statusLine.starts(with: Array("HTTP/".utf8)) else {
            throw BatchFailure(.corruptRecord, "the record does not start with an HTTP status line")
        }
        let parts = statusLine.split(separator: 0x20, maxSplits: 2)
        guard parts.count >= 2, let status = Int(String(decoding: parts[1], as: UTF8.self)) else {
            throw BatchFailure(.corruptRecord, "the HTTP status line has no status code")
        }
        self.status = status
        let headers: [(name: String, value: String)] = lines.dropFirst().compactMap { line in
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
            return (String(decoding: line[..<colon], as: UTF8.self).lowercased().trimmingSpaces(),
                    String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingSpaces())
        }
        self.headers = headers
        func header(_ name: String) -> String? { headers.last { $0.name == name }?.value }
        var body = Array(block[bodyStart...])
        if header("transfer-encoding")?.lowercased().contains("chunked") == true {
            body = try Self.dechunk(body, maxBody: maxBody)
        }
        switch header("content-encoding")?.lowercased() {
        case "gzip"?, "x-gzip"?:
            // Some crawlers store the body already decoded but keep the header: then it stays as it is.
            guard Inflate.isGzip(body) else { break }
            do { body = try Inflate.all(body, maxOutput: maxBody) } catch { throw BatchFailure(error) }
        case "deflate"?:
            do { body = try Inflate.httpDeflate(body, maxOutput: maxBody) } catch { throw BatchFailure(error) }
        case nil, "identity"?, ""?:
            break
        case let other?:
            throw BatchFailure(.undecodable, "the body has a content coding Lede does not read (\(other))")
        }
        if body.count > maxBody {
            throw BatchFailure(.tooLarge, "a body of \(body.count) bytes (limit \(maxBody) bytes; raise it with --max-bytes)")
        }
        self.body = body
    }

    static func headerBoundary(_ block: [UInt8]) -> (Int, Int)? {
        let limit = min(block.count, maxHeaderBytes)
        var i = 0
        while i < limit {
            if block[i] == 0x0A {
                if i + 1 < block.count && block[i + 1] == 0x0A { return (i, i + 2) }
                if i + 2 < block.count && block[i + 1] == 0x0D && block[i + 2] == 0x0A { return (i, i + 3) }
            }
            i += 1
        }
        return nil
    }

    /// Joins the chunks of a chunked body. A body cut off mid-chunk keeps what arrived (crawlers
    /// store what they received); a chunk size that is not hexadecimal means the body was stored
    /// already de-chunked, so it is returned as it is.
    static func dechunk(_ body: [UInt8], maxBody: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < body.count {
            guard let lineEnd = body[i...].firstIndex(of: 0x0A) else { break }
            var sizeText = body[i..<lineEnd]
            if sizeText.last == 0x0D { sizeText = sizeText.dropLast() }
            if let semicolon = sizeText.firstIndex(of: UInt8(ascii: ";")) { sizeText = sizeText[..<semicolon] }
            guard let size = Int(String(decoding: sizeText, as: UTF8.self).trimmingSpaces(), radix: 16), size >= 0 else {
                return out.isEmpty && i == 0 ? body : out
            }
            if size == 0 { break }
            let start = lineEnd + 1
            let end = min(body.count, start + size)
            if out.count + (end - start) > maxBody {
                throw BatchFailure(.tooLarge, "a chunked body over \(maxBody) bytes (raise it with --max-bytes)")
            }
            out.append(contentsOf: body[start..<end])
            i = end
            // Each chunk ends with CRLF.
            if i < body.count && body[i] == 0x0D { i += 1 }
            if i < body.count && body[i] == 0x0A { i += 1 }
        }
        return out
    }
}
