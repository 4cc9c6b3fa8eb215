import Testing
@testable import LedeBatch

/// Bytes handed out in pieces of the given sizes, cycling, each piece a new array (not a direct
/// source): what the gzip and line readers are tested against.
final class PiecesSource: ChunkSource {
    private let bytes: [UInt8]
    private let sizes: [Int]
    private var offset = 0
    private var turn = 0
    init(_ bytes: [UInt8], sizes: [Int]) { self.bytes = bytes; self.sizes = sizes }
    func next() throws -> [UInt8]? {
        guard offset < bytes.count else { return nil }
        let end = min(bytes.count, offset + sizes[turn % sizes.count])
        turn += 1
        defer { offset = end }
        return Array(bytes[offset..<end])
    }
}
