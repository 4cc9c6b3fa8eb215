import Testing
@testable import LedeBatch

/// A WARC's members inflated by the one-call path (libdeflate) or streamed (zlib): the bytes that come
/// out are the bytes that went in, however the file is cut into chunks and whatever the member sizes.
@Suite struct GzipChunksTests {
    /// Text that compresses poorly (a linear congruential stream of letters), so a member's compressed
    /// bytes are about as long as the text and cross chunk boundaries.
    static func text(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(97 + (state >> 33) % 26)
        }
    }

    static func drain(_ source: GzipChunks) -> (bytes: [UInt8], errors: Int) {
        var out: [UInt8] = []
        var errors = 0
        while true {
            do {
                guard let chunk = try source.next() else { break }
                out += chunk
            } catch {
                errors += 1
            }
        }
        return (out, errors)
    }

    @Test(arguments: [[1 << 20], [7, 4096], [1, 3, 65_536]])
    func everyMemberComesOutWhole(chunkSizes: [Int]) throws {
        // Small records, one above the one-call room (streamed), one empty, one of exactly the room.
        let sizes = [12, 30_000, WholeMemberInflater.room + 12_345, 0, 800, WholeMemberInflater.room, 5]
        let texts = sizes.enumerated().map { Self.text($0.element, seed: UInt64($0.offset + 1)) }
        var file: [UInt8] = []
        for t in texts { file += try Gzip.compress(t) }
        let source = try GzipChunks(file: PiecesSource(file, sizes: chunkSizes))
        let result = Self.drain(source)
        #expect(result.errors == 0)
        #expect(result.bytes == texts.flatMap { $0 })
    }

    @Test func aMemberWithABadChecksumIsOneErrorAndTheNextMemberStillComes() throws {
        let first = Self.text(2_000, seed: 7), second = Self.text(3_000, seed: 8), third = Self.text(4_000, seed: 9)
        var bad = try Gzip.compress(second)
        bad[bad.count - 8] ^= 0xFF  // the CRC-32 in the trailer
        let file = try Gzip.compress(first) + bad + Gzip.compress(third)
        let result = Self.drain(try GzipChunks(file: PiecesSource(file, sizes: [1 << 20])))
        #expect(result.errors == 1)
        #expect(result.bytes.starts(with: first))
        #expect(Array(result.bytes.suffix(third.count)) == third)
    }

    @Test func theOneCallPathDeclinesWhatItCannotFinishAndConsumesNothing() throws {
        let member = try Gzip.compress(Self.text(50_000, seed: 3))
        let whole = WholeMemberInflater()
        var out: [UInt8] = []
        let cut = member.withUnsafeBytes { whole.inflate(UnsafeRawBufferPointer(rebasing: $0[..<(member.count / 2)]), appendingTo: &out) }
        #expect(cut == nil)
        #expect(out.isEmpty)
        let full = member.withUnsafeBytes { whole.inflate($0, appendingTo: &out) }
        #expect(full == member.count)
        #expect(out == Self.text(50_000, seed: 3))
    }
}
