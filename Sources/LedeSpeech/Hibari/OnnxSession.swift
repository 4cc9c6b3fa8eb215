import Foundation
import LedeCore

/// One ONNX model loaded into ONNX Runtime, run with named tensors in and float tensors out. Not
/// thread-safe by design of its users: one inference at a time per session (a voice holds its own).
///
/// ```swift
/// let session = try OnnxSession(model: modelURL, threads: 1)
/// let out = try session.run(inputs: [.int64("ids", [0, 50, 83, 0], shape: [1, 4]), .float("speed", [1], shape: [1])],
///                           outputs: ["f0"])
/// print(out[0].shape, out[0].values.count)
/// ```
final class OnnxSession: @unchecked Sendable {
    /// A tensor to feed the model.
    enum Input {
        case int64(String, [Int64], shape: [Int64])
        case float(String, [Float], shape: [Int64])

        var name: String {
            switch self { case .int64(let n, _, _), .float(let n, _, _): return n }
        }
    }

    /// A float tensor the model returned, copied out of ONNX Runtime's memory.
    struct Output: Sendable {
        var shape: [Int]
        var values: [Float]
    }

    private let runtime: OnnxRuntime
    private let session: OpaquePointer

    /// Loads `model`; `threads` is ONNX Runtime's thread count inside one inference.
    init(model: URL, threads: Int) throws {
        runtime = try OnnxRuntime.shared()
        let ort = runtime
        var options: OpaquePointer? = nil
        try ort.check(ort.createSessionOptions(&options), "create session options")
        defer { ort.releaseSessionOptions(options) }
        try ort.check(ort.setIntraOpThreads(options, Int32(max(1, threads))), "set its thread count")
        try ort.check(ort.setInterOpThreads(options, 1), "set its thread count")
        try ort.check(ort.setGraphOptimization(options, OnnxRuntime.optimiseAll), "set graph optimisation")
        var created: OpaquePointer? = nil
        try ort.check(ort.createSession(ort.environment.pointer, model.path, options, &created),
                      "load the model \(model.path)")
        session = created!
    }

    deinit { runtime.releaseSession(session) }

    /// Runs the model once and returns the named outputs, in the order asked.
    func run(inputs: [Input], outputs names: [String]) throws -> [Output] {
        let ort = runtime
        var values: [OpaquePointer?] = []
        // The input buffers must outlive the run: keep them here, give ONNX Runtime their addresses.
        var buffers: [UnsafeMutableRawBufferPointer] = []
        defer {
            for v in values { ort.releaseValue(v) }
            buffers.forEach { $0.deallocate() }
        }
        func tensor<Element>(_ name: String, _ data: [Element], _ shape: [Int64], _ type: Int32) throws -> OpaquePointer? {
            let bytes = data.count * MemoryLayout<Element>.stride
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, bytes),
                                                                alignment: MemoryLayout<Element>.alignment)
            buffers.append(buffer)
            data.withUnsafeBytes { buffer.copyMemory(from: $0) }
            var value: OpaquePointer? = nil
            try ort.check(ort.createTensor(ort.cpuMemory.pointer, buffer.baseAddress, bytes, shape, shape.count, type, &value),
                          "make the input \(name)")
            return value
        }
        for input in inputs {
            switch input {
            case .int64(let name, let data, let shape): values.append(try tensor(name, data, shape, OnnxRuntime.int64Type))
            case .float(let name, let data, let shape): values.append(try tensor(name, data, shape, OnnxRuntime.floatType))
            }
        }
        let inputNames = inputs.map { strdup($0.name) }
        let outputNames = names.map { strdup($0) }
        defer { (inputNames + outputNames).forEach { free($0) } }
        var results = [OpaquePointer?](repeating: nil, count: names.count)
        defer { for r in results { ort.releaseValue(r) } }
        let inNames = inputNames.map { UnsafePointer($0) }
        let outNames = outputNames.map { UnsafePointer($0) }
        try ort.check(ort.run(session, nil, inNames, values, values.count, outNames, outNames.count, &results),
                      "run the model")
        return try zip(names, results).map { name, result in try copy(result, name: name) }
    }

    private func copy(_ value: OpaquePointer?, name: String) throws -> Output {
        let ort = runtime
        var info: OpaquePointer? = nil
        try ort.check(ort.tensorShape(value, &info), "read the shape of \(name)")
        defer { ort.releaseShape(info) }
        var rank = 0
        try ort.check(ort.dimensionsCount(info, &rank), "read the rank of \(name)")
        var shape = [Int64](repeating: 0, count: rank)
        try ort.check(ort.dimensions(info, &shape, rank), "read the shape of \(name)")
        var data: UnsafeMutableRawPointer? = nil
        try ort.check(ort.tensorData(value, &data), "read \(name)")
        let count = shape.reduce(1) { $0 * Int($1) }
        guard let data, count >= 0 else { return Output(shape: shape.map(Int.init), values: []) }
        let floats = data.bindMemory(to: Float.self, capacity: count)
        return Output(shape: shape.map(Int.init), values: Array(UnsafeBufferPointer(start: floats, count: count)))
    }
}
