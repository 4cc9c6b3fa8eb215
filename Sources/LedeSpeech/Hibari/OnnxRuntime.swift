import Foundation
import LedeCore
import Synchronization

/// ONNX Runtime's C API, reached through the `libonnxruntime.so` that sherpa-onnx-core installs in
/// `deps/` and loaded at run time (no header is needed to build). The library hands out one table of
/// function pointers (`OrtGetApiBase()->GetApi(version)`); its order is fixed once a version has
/// shipped, so the few entries Lede calls are taken by their index in that table.
///
/// ```swift
/// let ort = try OnnxRuntime.shared()
/// let session = try OnnxSession(model: url, threads: 1)
/// ```
final class OnnxRuntime: Sendable {
    /// The table version asked for: entries up to ``Slot/releaseSessionOptions`` (version 1) are all
    /// Lede uses, and any later library serves the versions before its own.
    static let apiVersion: UInt32 = 17

    /// Indexes into the function table (ONNX Runtime's documented order, version 1 entries).
    enum Slot: Int {
        case getErrorMessage = 2
        case createEnv = 3
        case createSession = 7
        case run = 9
        case createSessionOptions = 10
        case setSessionGraphOptimizationLevel = 23
        case setIntraOpNumThreads = 24
        case setInterOpNumThreads = 25
        case createTensorWithDataAsOrtValue = 49
        case getTensorMutableData = 51
        case getDimensionsCount = 61
        case getDimensions = 62
        case getTensorTypeAndShape = 65
        case createCpuMemoryInfo = 69
        case releaseEnv = 92
        case releaseStatus = 93
        case releaseMemoryInfo = 94
        case releaseSession = 95
        case releaseValue = 96
        case releaseTensorTypeAndShapeInfo = 99
        case releaseSessionOptions = 100
    }

    // The C signatures, in Lede's words. Every ONNX Runtime object is an opaque pointer; a function
    // that can fail returns a status pointer, nil meaning success.
    typealias Status = OpaquePointer?
    typealias GetErrorMessage = @convention(c) (OpaquePointer?) -> UnsafePointer<CChar>?
    typealias CreateEnv = @convention(c) (Int32, UnsafePointer<CChar>?, UnsafeMutablePointer<OpaquePointer?>?) -> Status
    typealias CreateSession = @convention(c) (OpaquePointer?, UnsafePointer<CChar>?, OpaquePointer?,
                                              UnsafeMutablePointer<OpaquePointer?>?) -> Status
    typealias Run = @convention(c) (OpaquePointer?, OpaquePointer?, UnsafePointer<UnsafePointer<CChar>?>?,
                                    UnsafePointer<OpaquePointer?>?, Int, UnsafePointer<UnsafePointer<CChar>?>?, Int,
                                    UnsafeMutablePointer<OpaquePointer?>?) -> Status
    typealias CreateOptions = @convention(c) (UnsafeMutablePointer<OpaquePointer?>?) -> Status
    typealias SetInt = @convention(c) (OpaquePointer?, Int32) -> Status
    typealias CreateTensor = @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?, Int, UnsafePointer<Int64>?, Int,
                                             Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Status
    typealias GetData = @convention(c) (OpaquePointer?, UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> Status
    typealias GetCount = @convention(c) (OpaquePointer?, UnsafeMutablePointer<Int>?) -> Status
    typealias GetDimensions = @convention(c) (OpaquePointer?, UnsafeMutablePointer<Int64>?, Int) -> Status
    typealias GetShape = @convention(c) (OpaquePointer?, UnsafeMutablePointer<OpaquePointer?>?) -> Status
    typealias CreateCpuMemoryInfo = @convention(c) (Int32, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Status
    typealias Release = @convention(c) (OpaquePointer?) -> Void

    /// Element types (ONNX's TensorProto numbering).
    static let floatType: Int32 = 1
    static let int64Type: Int32 = 7
    /// Log only errors (ONNX Runtime's levels: 0 verbose … 3 error, 4 fatal).
    static let logErrorsOnly: Int32 = 3
    /// ORT_ENABLE_ALL: every graph optimisation.
    static let optimiseAll: Int32 = 99
    /// CPU memory info: the arena allocator (1) and the default memory type (0).
    static let arenaAllocator: Int32 = 1
    static let defaultMemory: Int32 = 0

    let version: String
    let getErrorMessage: GetErrorMessage
    let createSession: CreateSession
    let run: Run
    let createSessionOptions: CreateOptions
    let setGraphOptimization: SetInt
    let setIntraOpThreads: SetInt
    let setInterOpThreads: SetInt
    let createTensor: CreateTensor
    let tensorData: GetData
    let dimensionsCount: GetCount
    let dimensions: GetDimensions
    let tensorShape: GetShape
    let releaseStatus: Release
    let releaseSession: Release
    let releaseValue: Release
    let releaseShape: Release
    let releaseSessionOptions: Release
    /// The process's one environment and CPU memory description (never released).
    let environment: Handle
    let cpuMemory: Handle

    /// An ONNX Runtime object that lives as long as the process.
    struct Handle: @unchecked Sendable { let pointer: OpaquePointer }

    private static let loaded = Mutex<OnnxRuntime?>(nil)

    /// The runtime, loaded on first use.
    static func shared() throws -> OnnxRuntime {
        try loaded.withLock { runtime in
            if let runtime { return runtime }
            let new = try OnnxRuntime()
            runtime = new
            return new
        }
    }

    private init() throws {
        let (handle, url) = try SpeechDependencies.load(SpeechDependencies.onnxRuntimeLibrary, name: "ONNX Runtime",
                                                        where: "deps/python/sherpa_onnx/lib/libonnxruntime.so")
        typealias GetApiBase = @convention(c) () -> UnsafePointer<UnsafeRawPointer?>?
        typealias GetApi = @convention(c) (UInt32) -> UnsafePointer<UnsafeRawPointer?>?
        typealias GetVersion = @convention(c) () -> UnsafePointer<CChar>?
        guard let baseSymbol = dlsym(handle, "OrtGetApiBase"),
              let base = unsafeBitCast(baseSymbol, to: GetApiBase.self)(),
              let getApi = base[0], let getVersion = base[1] else {
            throw LedeError.notInstalled("\(url.lastPathComponent) is not ONNX Runtime: run \(SpeechDependencies.setupCommand)")
        }
        let version = unsafeBitCast(getVersion, to: GetVersion.self)().map { String(cString: $0) } ?? "?"
        self.version = version
        guard let table = unsafeBitCast(getApi, to: GetApi.self)(Self.apiVersion) else {
            throw LedeError.notInstalled("ONNX Runtime \(version) does not offer API version \(Self.apiVersion): run \(SpeechDependencies.setupCommand)")
        }
        func entry<T>(_ slot: Slot, as type: T.Type) throws -> T {
            guard let pointer = table[slot.rawValue] else {
                throw LedeError.notInstalled("ONNX Runtime \(version) lacks function \(slot): run \(SpeechDependencies.setupCommand)")
            }
            return unsafeBitCast(pointer, to: type)
        }
        getErrorMessage = try entry(.getErrorMessage, as: GetErrorMessage.self)
        createSession = try entry(.createSession, as: CreateSession.self)
        run = try entry(.run, as: Run.self)
        createSessionOptions = try entry(.createSessionOptions, as: CreateOptions.self)
        setGraphOptimization = try entry(.setSessionGraphOptimizationLevel, as: SetInt.self)
        setIntraOpThreads = try entry(.setIntraOpNumThreads, as: SetInt.self)
        setInterOpThreads = try entry(.setInterOpNumThreads, as: SetInt.self)
        createTensor = try entry(.createTensorWithDataAsOrtValue, as: CreateTensor.self)
        tensorData = try entry(.getTensorMutableData, as: GetData.self)
        dimensionsCount = try entry(.getDimensionsCount, as: GetCount.self)
        dimensions = try entry(.getDimensions, as: GetDimensions.self)
        tensorShape = try entry(.getTensorTypeAndShape, as: GetShape.self)
        releaseStatus = try entry(.releaseStatus, as: Release.self)
        releaseSession = try entry(.releaseSession, as: Release.self)
        releaseValue = try entry(.releaseValue, as: Release.self)
        releaseShape = try entry(.releaseTensorTypeAndShapeInfo, as: Release.self)
        releaseSessionOptions = try entry(.releaseSessionOptions, as: Release.self)

        let createEnv = try entry(.createEnv, as: CreateEnv.self)
        let createCpuMemoryInfo = try entry(.createCpuMemoryInfo, as: CreateCpuMemoryInfo.self)
        let getMessage = getErrorMessage, release = releaseStatus
        func check(_ status: Status, _ what: String) throws {
            guard let status else { return }
            let message = getMessage(status).map { String(cString: $0) } ?? "unknown error"
            release(status)
            throw LedeError.engine("ONNX Runtime could not \(what): \(message)")
        }
        var env: OpaquePointer? = nil
        try check(createEnv(Self.logErrorsOnly, "lede", &env), "start")
        var memory: OpaquePointer? = nil
        try check(createCpuMemoryInfo(Self.arenaAllocator, Self.defaultMemory, &memory), "describe CPU memory")
        environment = Handle(pointer: env!)
        cpuMemory = Handle(pointer: memory!)
    }

    /// Throws the status's message (and frees it) when a call failed.
    func check(_ status: Status, _ what: @autoclosure () -> String) throws {
        guard let status else { return }
        let message = getErrorMessage(status).map { String(cString: $0) } ?? "unknown error"
        releaseStatus(status)
        throw LedeError.engine("ONNX Runtime could not \(what()): \(message)")
    }
}
