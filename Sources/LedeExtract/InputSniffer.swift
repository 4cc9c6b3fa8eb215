import LedeCore

/// Decides whether bytes are an HTML page or plain text, from the content type and the first bytes.
enum InputSniffer {
    /// How far into the input to look for markup: a doctype or `<html>` appears within the first few
    /// kilobytes of every real page (after a BOM, comments or whitespace).
    static let sniffLength = 4096

    /// Bytes that only markup starts with, lower-case.
    private static let markers: [[UInt8]] = ["<!doctype html", "<html", "<head", "<body", "<article", "<meta ", "<div", "<p>", "<p "].map { Array($0.utf8) }

    static func kind(of bytes: [UInt8], contentType: String?) -> ReadOptions.InputKind {
        if let type = contentType?.lowercased() {
            if type.contains("html") || type.contains("xml") { return .html }
            if type.hasPrefix("text/plain") { return .text }
        }
        // ASCII case folding only (the markers are ASCII), NUL bytes left out, compared as bytes.
        // Written into the array's storage (an append a byte cost ten instructions a byte).
        let limit = min(bytes.count, sniffLength)
        let head = [UInt8](unsafeUninitializedCapacity: limit) { out, written in
            written = 0
            bytes.withUnsafeBufferPointer { p in
                for k in 0..<limit {
                    let b = p[k]
                    guard b != 0 else { continue }
                    out[written] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    written += 1
                }
            }
        }
        return head.withUnsafeBufferPointer { h in
            for marker in markers where marker.withUnsafeBufferPointer({ ByteSearch.find($0, in: h) }) != nil { return .html }
            return .text
        }
    }
}
