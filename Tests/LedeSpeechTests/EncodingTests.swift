import Foundation
import LedeCore
import Testing
@testable import LedeSpeech

/// WAV and MP3 files, read back by ffmpeg.
@Suite struct EncodingTests {
    @Test func mp3DecodesWithItsTagsAndLength() throws {
        let tone = LoudnessTests.sine(frequency: 440, amplitude: 0.3, seconds: 3, sampleRate: 22050)
        let mp3 = try MP3Encoder.encode(tone, sampleRate: 22050,
                                        tags: AudioTags(title: "Ferry to Gull Island — day one", artist: "Lede test", date: "2024-05-01"))
        let path = Tool.temporaryFile("tone.mp3")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(mp3).write(to: URL(fileURLWithPath: path))
        let probe = try Tool.run(Tool.ffprobe!, ["-v", "error", "-show_entries", "format=duration:format_tags",
                                                 "-of", "default=noprint_wrappers=1", path])
        #expect(probe.status == 0, "\(probe.stderr)")
        #expect(probe.stdout.contains("TAG:title=Ferry to Gull Island — day one"), "\(probe.stdout)")
        #expect(probe.stdout.contains("TAG:artist=Lede test"))
        #expect(probe.stdout.contains("TAG:date=2024"))
        // Decoded length: the LAME info frame lets the decoder trim the encoder's delay and padding.
        let decode = try Tool.run(Tool.ffmpeg!, ["-v", "error", "-i", path, "-f", "s16le", "-ac", "1", "-ar", "22050", "-"])
        #expect(decode.status == 0)
        let decodedSamples = decode.stdoutData.count / 2
        #expect(abs(decodedSamples - tone.count) < 22050 / 50, "\(decodedSamples) vs \(tone.count)")
    }

    @Test func wavIsSixteenBitMono() throws {
        let samples: [Float] = [0, 0.5, -0.5, 1, -1, 2]
        let bytes = WAVFile.encode(samples, sampleRate: 22050)
        #expect(bytes.count == 44 + samples.count * 2)
        #expect(Array(bytes[0..<4]) == Array("RIFF".utf8))
        let path = Tool.temporaryFile("tiny.wav")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let probe = try Tool.run(Tool.ffprobe!, ["-v", "error", "-show_entries", "stream=sample_rate,channels,codec_name",
                                                 "-of", "default=noprint_wrappers=1", path])
        #expect(probe.stdout.contains("codec_name=pcm_s16le"))
        #expect(probe.stdout.contains("sample_rate=22050"))
        #expect(probe.stdout.contains("channels=1"))
        // Clipped, not wrapped: 2.0 is stored as full scale.
        #expect(bytes[bytes.count - 2] == 0xFF && bytes[bytes.count - 1] == 0x7F)
    }
}
