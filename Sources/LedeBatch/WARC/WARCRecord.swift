/// One WARC record as read: its named header fields and its block (for a response record, the
/// HTTP response as it was received).
///
/// ```swift
/// if record.type == "response" { let response = try HTTPResponse(parsing: record.block, maxBody: 16 << 20); print(response.status) }
/// ```
public struct WARCRecord: Sendable {
    /// `WARC-Type`, lowercased: response, resource, request, warcinfo, metadata, revisit...
    public var type: String
    /// `WARC-Target-URI` without the angle brackets some WARC 1.0 writers put around it.
    public var targetURI: String?
    /// `WARC-Record-ID`, e.g. `<urn:uuid:...>`.
    public var recordID: String?
    /// `WARC-Date` as written (ISO 8601).
    public var date: String?
    /// The block's `Content-Type` (for a response record, `application/http; msgtype=response`).
    public var contentType: String?
    public var block: [UInt8]

    public init(type: String, targetURI: String? = nil, recordID: String? = nil, date: String? = nil,
                contentType: String? = nil, block: [UInt8]) {
        self.type = type
        self.targetURI = targetURI
        self.recordID = recordID
        self.date = date
        self.contentType = contentType
        self.block = block
    }

    /// Record types that hold a page: a response, a resource (a page stored as it is), or a
    /// conversion. Other types (request, warcinfo, metadata, revisit) are counted, not read.
    public var holdsPage: Bool { ["response", "resource", "conversion"].contains(type) }
}
