import CLame
import Foundation
import LedeCore

/// Tags written into an MP3's ID3v2 header.
///
/// ```swift
/// let tags = AudioTags(title: "Night ferry returns", artist: "The Avery Courier", date: "2026-03-14")
/// ```
public struct AudioTags: Sendable, Equatable {
    public var title: String?
    public var artist: String?
    /// A date as `YYYY-MM-DD` (or just the year).
    public var date: String?

    public init(title: String? = nil, artist: String? = nil, date: String? = nil) {
        self.title = title
        self.artist = artist
        self.date = date
    }
}

/// MP3 through LAME: mono, constant bit rate, with ID3v2 title/artist/date and a LAME info frame
/// (so players know the exact length and trim the encoder's delay: the timing map stays exact).
///
/// ```swift
/// let mp3 = try MP3Encoder.encode(samples, sampleRate: 22050, tags: AudioTags(title: "Story"))
/// try Data(mp3).write(to: folder.appendingPathComponent("story.mp3"))
/// ```
public final class MP3Encoder {
    private let lame: OpaquePointer
    private var bytes: [UInt8] = []
    private var tagSize = 0
    private var finished = false

    /// 64 kbit/s: transparent for a mono voice at 22 kHz, about 0.5 MB a minute.
    public static let defaultBitrate = 64

    public init(sampleRate: Int, bitrate: Int = MP3Encoder.defaultBitrate, tags: AudioTags = AudioTags()) throws {
        guard let lame = lame_init() else { throw LedeError.engine("LAME could not start") }
        self.lame = lame
        lame_set_in_samplerate(lame, Int32(sampleRate))
        lame_set_num_channels(lame, 1)
        lame_set_mode(lame, MONO)
        lame_set_brate(lame, Int32(bitrate))
        lame_set_VBR(lame, vbr_off)
        // 2 = LAME's high-quality setting; speed is not an issue at these bit rates.
        lame_set_quality(lame, 2)
        lame_set_bWriteVbrTag(lame, 1)
        id3tag_init(lame)
        id3tag_v2_only(lame)
        if let title = tags.title { Self.setText(lame, "TIT2", title) }
        if let artist = tags.artist { Self.setText(lame, "TPE1", artist) }
        if let date = tags.date, date.count >= 4 {
            id3tag_set_year(lame, String(date.prefix(4)))
            if date.count >= 10 { id3tag_set_textinfo_latin1(lame, "TDRC", String(date.prefix(10))) }
        }
        lame_set_write_id3tag_automatic(lame, 0)
        guard lame_init_params(lame) >= 0 else {
            lame_close(lame)
            throw LedeError.engine("LAME refused the settings (\(sampleRate) Hz, \(bitrate) kbit/s)")
        }
        var tag = [UInt8](repeating: 0, count: 64 * 1024)
        let size = lame_get_id3v2_tag(lame, &tag, tag.count)
        if size > 0 && size <= tag.count { bytes += tag[0..<size]; tagSize = size }
    }

    deinit { lame_close(lame) }

    /// Text frames as UTF-16 with a byte-order mark, so any title survives.
    private static func setText(_ lame: OpaquePointer, _ id: String, _ text: String) {
        var utf16: [UInt16] = [0xFEFF] + Array(text.utf16) + [0]
        id3tag_set_textinfo_utf16(lame, id, &utf16)
    }

    /// Encodes more samples; returns the bytes ready so far (for writing as they come).
    public func encode(_ samples: [Float]) -> [UInt8] {
        var out = [UInt8]()
        var offset = 0
        // LAME's own bound for its output buffer: 1.25 × samples + 7200.
        while offset < samples.count {
            let count = min(65536, samples.count - offset)
            var buffer = [UInt8](repeating: 0, count: count * 5 / 4 + 7200)
            let written = samples.withUnsafeBufferPointer { pcm in
                lame_encode_buffer_ieee_float(lame, pcm.baseAddress! + offset, nil, Int32(count), &buffer, Int32(buffer.count))
            }
            if written > 0 { out += buffer[0..<Int(written)] }
            offset += count
        }
        return takeHeader() + out
    }

    /// Ends the stream: the last frames, and the info frame that belongs at `infoFrameOffset`.
    public func finish() -> (tail: [UInt8], infoFrame: [UInt8]) {
        var buffer = [UInt8](repeating: 0, count: 7200)
        let written = lame_encode_flush(lame, &buffer, Int32(buffer.count))
        let tail = takeHeader() + (written > 0 ? Array(buffer[0..<Int(written)]) : [])
        var frame = [UInt8](repeating: 0, count: 4096)
        let size = lame_get_lametag_frame(lame, &frame, frame.count)
        finished = true
        return (tail, size > 0 && size <= frame.count ? Array(frame[0..<size]) : [])
    }

    /// Where the info frame goes: right after the ID3v2 tag, over LAME's placeholder frame.
    public var infoFrameOffset: Int { tagSize }

    private func takeHeader() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    /// A whole MP3 in memory.
    public static func encode(_ samples: [Float], sampleRate: Int, tags: AudioTags = AudioTags()) throws -> [UInt8] {
        let encoder = try MP3Encoder(sampleRate: sampleRate, tags: tags)
        var mp3 = encoder.encode(samples)
        let (tail, info) = encoder.finish()
        mp3 += tail
        let at = encoder.infoFrameOffset
        if !info.isEmpty, at + info.count <= mp3.count { mp3.replaceSubrange(at..<at + info.count, with: info) }
        return mp3
    }
}
