import LedeCore

/// Turns the bytes of a text file into a String.
enum TextDecoder {
    static func decodePlainText(_ bytes: [UInt8], contentType: String?) throws -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
