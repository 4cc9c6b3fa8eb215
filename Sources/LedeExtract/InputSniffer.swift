import LedeCore

/// Decides whether bytes are an HTML page or plain text, from the content type and the first bytes.
enum InputSniffer {
    /// How far into the input to look for markup: a doctype or `<html>` appears within the first few
    /// kilobytes of every real page (after a BOM, comments or whitespace).
    static let sniffLength = 4096

    static func kind(of bytes: [UInt8], contentType: String?) -> ReadOptions.InputKind {
        if let type = contentType?.lowercased() {
            if type.contains("html") || type.contains("xml") { return .html }
            if type.hasPrefix("text/plain") { return .text }
        }
        // ASCII case folding only: the markers are ASCII, and Unicode lower-casing of 4 KB showed in profiles.
        let head = String(decoding: bytes.prefix(sniffLength).compactMap { $0 == 0 ? nil : ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) }, as: UTF8.self)
        for marker in ["<!doctype html", "<html", "<head", "<body", "<article", "<meta ", "<div", "<p>", "<p "] {
            if head.has(marker) { return .html }
        }
        return .text
    }
}
