import Foundation
import LedeCore

/// 16-bit PCM mono WAV, in memory or written piece by piece to a file.
///
/// ```swift
/// try WAVFile.write(rendition.samples, sampleRate: 22050, to: folder.appendingPathComponent("line.wav"))
/// ```
public enum WAVFile {
    public static func encode(_ samples: [Float], sampleRate: Int) -> [UInt8] {
        header(sampleRate: sampleRate, dataBytes: samples.count * 2) + pcm16(samples)
    }

    public static func write(_ samples: [Float], sampleRate: Int, to url: URL) throws {
        do {
            try Data(encode(samples, sampleRate: sampleRate)).write(to: url)
        } catch {
            throw LedeError.invalidInput("cannot write \(url.path): \(error.localizedDescription)")
        }
    }

    static func pcm16(_ samples: [Float]) -> [UInt8] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(samples.count * 2)
        for s in samples {
            let v = Int16(max(-32768, min(32767, (Double(s) * 32767).rounded())))
            let u = UInt16(bitPattern: v)
            bytes.append(UInt8(u & 0xFF))
            bytes.append(UInt8(u >> 8))
        }
        return bytes
    }

    static func header(sampleRate: Int, dataBytes: Int) -> [UInt8] {
        var h: [UInt8] = []
        func u32(_ v: Int) { let x = UInt32(truncatingIfNeeded: v); h += [UInt8(x & 0xFF), UInt8(x >> 8 & 0xFF), UInt8(x >> 16 & 0xFF), UInt8(x >> 24)] }
        func u16(_ v: Int) { h += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        h += Array("RIFF".utf8); u32(36 + dataBytes); h += Array("WAVE".utf8)
        h += Array("fmt ".utf8); u32(16); u16(1); u16(1); u32(sampleRate); u32(sampleRate * 2); u16(2); u16(16)
        h += Array("data".utf8); u32(dataBytes)
        return h
    }
}
