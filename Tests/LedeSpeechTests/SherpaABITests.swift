import CSherpaOnnx
import Foundation
import Testing
@testable import LedeSpeech

/// Lede declares the sherpa-onnx C types itself (Sources/CSherpaOnnx/shim.h) so the build needs nothing
/// from deps/. This checks those declarations against the installed library's own header: a C compiler
/// measures sizes and offsets there, and Swift measures the same ones through the shim.
@Suite struct SherpaABITests {
    /// The header `scripts/setup.sh` installs beside the library.
    static let header: URL? = SpeechDependencies.directory?
        .appendingPathComponent("python/sherpa_onnx/include/sherpa-onnx/c-api/c-api.h")
    static let compiler = ["/usr/bin/cc", "/usr/bin/clang", "/usr/bin/gcc"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static var ready: Bool {
        compiler != nil && header.map { FileManager.default.fileExists(atPath: $0.path) } == true
    }

    /// Each entry: a C expression evaluated against the real header, and the same quantity in Swift.
    /// Every struct's size, and the offset of every field Lede writes or reads.
    static let measures: [(c: String, swift: Int?)] = [
        ("sizeof(SherpaOnnxOfflineTtsVitsModelConfig)", MemoryLayout<SherpaOnnxOfflineTtsVitsModelConfig>.size),
        ("sizeof(SherpaOnnxOfflineTtsMatchaModelConfig)", MemoryLayout<SherpaOnnxOfflineTtsMatchaModelConfig>.size),
        ("sizeof(SherpaOnnxOfflineTtsKokoroModelConfig)", MemoryLayout<SherpaOnnxOfflineTtsKokoroModelConfig>.size),
        ("sizeof(SherpaOnnxOfflineTtsKittenModelConfig)", MemoryLayout<SherpaOnnxOfflineTtsKittenModelConfig>.size),
        ("sizeof(SherpaOnnxOfflineTtsZipvoiceModelConfig)", MemoryLayout<SherpaOnnxOfflineTtsZipvoiceModelConfig>.size),
        ("sizeof(SherpaOnnxOfflineTtsPocketModelConfig)", MemoryLayout<SherpaOnnxOfflineTtsPocketModelConfig>.size),
        ("sizeof(SherpaOnnxOfflineTtsSupertonicModelConfig)", MemoryLayout<SherpaOnnxOfflineTtsSupertonicModelConfig>.size),
        ("sizeof(SherpaOnnxOfflineTtsModelConfig)", MemoryLayout<SherpaOnnxOfflineTtsModelConfig>.size),
        ("sizeof(SherpaOnnxOfflineTtsConfig)", MemoryLayout<SherpaOnnxOfflineTtsConfig>.size),
        ("sizeof(SherpaOnnxGeneratedAudio)", MemoryLayout<SherpaOnnxGeneratedAudio>.size),
        ("sizeof(SherpaOnnxGenerationConfig)", MemoryLayout<SherpaOnnxGenerationConfig>.size),
        ("offsetof(SherpaOnnxOfflineTtsConfig, model.vits.model)",
         MemoryLayout<SherpaOnnxOfflineTtsConfig>.offset(of: \.model.vits.model)),
        ("offsetof(SherpaOnnxOfflineTtsConfig, model.vits.tokens)",
         MemoryLayout<SherpaOnnxOfflineTtsConfig>.offset(of: \.model.vits.tokens)),
        ("offsetof(SherpaOnnxOfflineTtsConfig, model.vits.noise_scale)",
         MemoryLayout<SherpaOnnxOfflineTtsConfig>.offset(of: \.model.vits.noise_scale)),
        ("offsetof(SherpaOnnxOfflineTtsConfig, model.vits.noise_scale_w)",
         MemoryLayout<SherpaOnnxOfflineTtsConfig>.offset(of: \.model.vits.noise_scale_w)),
        ("offsetof(SherpaOnnxOfflineTtsConfig, model.vits.length_scale)",
         MemoryLayout<SherpaOnnxOfflineTtsConfig>.offset(of: \.model.vits.length_scale)),
        ("offsetof(SherpaOnnxOfflineTtsConfig, model.num_threads)",
         MemoryLayout<SherpaOnnxOfflineTtsConfig>.offset(of: \.model.num_threads)),
        ("offsetof(SherpaOnnxOfflineTtsConfig, model.provider)",
         MemoryLayout<SherpaOnnxOfflineTtsConfig>.offset(of: \.model.provider)),
        ("offsetof(SherpaOnnxOfflineTtsConfig, max_num_sentences)",
         MemoryLayout<SherpaOnnxOfflineTtsConfig>.offset(of: \.max_num_sentences)),
        ("offsetof(SherpaOnnxOfflineTtsConfig, silence_scale)",
         MemoryLayout<SherpaOnnxOfflineTtsConfig>.offset(of: \.silence_scale)),
        ("offsetof(SherpaOnnxGeneratedAudio, n)", MemoryLayout<SherpaOnnxGeneratedAudio>.offset(of: \.n)),
        ("offsetof(SherpaOnnxGenerationConfig, silence_scale)",
         MemoryLayout<SherpaOnnxGenerationConfig>.offset(of: \.silence_scale)),
        ("offsetof(SherpaOnnxGenerationConfig, speed)", MemoryLayout<SherpaOnnxGenerationConfig>.offset(of: \.speed)),
        ("offsetof(SherpaOnnxGenerationConfig, sid)", MemoryLayout<SherpaOnnxGenerationConfig>.offset(of: \.sid)),
        ("offsetof(SherpaOnnxGenerationConfig, phoneme_codepoints)",
         MemoryLayout<SherpaOnnxGenerationConfig>.offset(of: \.phoneme_codepoints)),
        ("offsetof(SherpaOnnxGenerationConfig, phoneme_codepoints_lens)",
         MemoryLayout<SherpaOnnxGenerationConfig>.offset(of: \.phoneme_codepoints_lens)),
        ("offsetof(SherpaOnnxGenerationConfig, phoneme_codepoints_num_sentences)",
         MemoryLayout<SherpaOnnxGenerationConfig>.offset(of: \.phoneme_codepoints_num_sentences)),
    ]

    @Test(.enabled(if: ready, "needs a C compiler and sherpa-onnx's header in deps/ (scripts/setup.sh)"))
    func declaredTypesMatchTheInstalledHeader() throws {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("lede-sherpa-abi-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let prints = Self.measures.map { "    printf(\"%zu\\n\", (size_t)(\($0.c)));" }
        let source = (["#include <stddef.h>", "#include <stdio.h>", "#include \"\(Self.header!.path)\"",
                       "int main(void) {"] + prints + ["    return 0;", "}"]).joined(separator: "\n")
        let sourceFile = dir.appendingPathComponent("probe.c"), program = dir.appendingPathComponent("probe")
        try source.write(to: sourceFile, atomically: true, encoding: .utf8)
        let compile = try Tool.run(Self.compiler!, [sourceFile.path, "-o", program.path])
        try #require(compile.status == 0, "the probe did not compile: \(compile.stderr)")
        let run = try Tool.run(program.path, [])
        let measured = run.stdout.split(separator: "\n").map { Int($0) }
        try #require(measured.count == Self.measures.count)
        for (measure, fromHeader) in zip(Self.measures, measured) {
            #expect(measure.swift == fromHeader, "\(measure.c): shim \(measure.swift.map(String.init) ?? "?")")
        }
    }
}
