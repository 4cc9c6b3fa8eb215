import CSherpaOnnx
import Foundation
import LedeCore
import Synchronization

/// The sherpa-onnx C API, loaded at run time from `deps/` (see ``SpeechDependencies``). Loading it
/// late keeps `lede read` and every build free of it, and turns a missing install into a clear error.
///
/// ```swift
/// let sherpa = try SherpaLibrary.shared()
/// print(sherpa.version)
/// ```
final class SherpaLibrary: Sendable {
    typealias Create = @convention(c) (UnsafePointer<SherpaOnnxOfflineTtsConfig>?) -> OpaquePointer?
    typealias Destroy = @convention(c) (OpaquePointer?) -> Void
    typealias SampleRate = @convention(c) (OpaquePointer?) -> Int32
    typealias Generate = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, UnsafePointer<SherpaOnnxGenerationConfig>?,
                                         SherpaOnnxGeneratedAudioProgressCallbackWithArg?, UnsafeMutableRawPointer?)
        -> UnsafePointer<SherpaOnnxGeneratedAudio>?
    typealias DestroyAudio = @convention(c) (UnsafePointer<SherpaOnnxGeneratedAudio>?) -> Void
    typealias Version = @convention(c) () -> UnsafePointer<CChar>?

    let create: Create
    let destroy: Destroy
    let sampleRate: SampleRate
    let generate: Generate
    let destroyAudio: DestroyAudio
    let version: String
    let path: String

    private static let loaded = Mutex<SherpaLibrary?>(nil)

    /// The library, loaded on first use.
    static func shared() throws -> SherpaLibrary {
        try loaded.withLock { library in
            if let library { return library }
            let new = try SherpaLibrary()
            library = new
            return new
        }
    }

    private init() throws {
        // The library finds its ONNX Runtime beside itself ($ORIGIN).
        let (handle, url) = try SpeechDependencies.load(SpeechDependencies.sherpaLibrary, name: "the sherpa-onnx library",
                                                        where: "deps/python/sherpa_onnx/lib")
        func symbol<T>(_ name: String, as type: T.Type) throws -> T {
            guard let pointer = dlsym(handle, name) else {
                throw LedeError.notInstalled("the sherpa-onnx library lacks \(name) (need 2.0.1): run \(SpeechDependencies.setupCommand)")
            }
            return unsafeBitCast(pointer, to: type)
        }
        create = try symbol("SherpaOnnxCreateOfflineTts", as: Create.self)
        destroy = try symbol("SherpaOnnxDestroyOfflineTts", as: Destroy.self)
        sampleRate = try symbol("SherpaOnnxOfflineTtsSampleRate", as: SampleRate.self)
        generate = try symbol("SherpaOnnxOfflineTtsGenerateWithConfig", as: Generate.self)
        destroyAudio = try symbol("SherpaOnnxDestroyOfflineTtsGeneratedAudio", as: DestroyAudio.self)
        let versionString = try symbol("SherpaOnnxGetVersionStr", as: Version.self)
        version = versionString().map { String(cString: $0) } ?? "?"
        path = url.path
    }
}
