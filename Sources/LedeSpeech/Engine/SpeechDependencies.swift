import Foundation
import LedeCore

/// Where `scripts/setup.sh` put the speech components: the `deps/` folder of the checkout
/// (sherpa-onnx in `deps/python/sherpa_onnx`, converted voices in `deps/voices`).
///
/// ```swift
/// if let deps = SpeechDependencies.directory { print(deps.path) }
/// ```
public enum SpeechDependencies {
    /// The command that installs everything, named in every "not installed" error.
    public static let setupCommand = "scripts/setup.sh"

    /// `$LEDE_DEPS` when set; else the first `deps/` found walking up from the running executable
    /// (`.build/…/lede`, the test bundle) or from this source file's checkout.
    public static let directory: URL? = {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["LEDE_DEPS"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        var starts: [URL] = []
        if let exe = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        starts.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        for start in starts {
            var dir = start
            while dir.path != "/" {
                let deps = dir.appendingPathComponent("deps")
                if fm.fileExists(atPath: deps.appendingPathComponent("voices").path)
                    || fm.fileExists(atPath: deps.appendingPathComponent("python").path) {
                    return deps
                }
                dir.deleteLastPathComponent()
            }
        }
        return nil
    }()

    /// The sherpa-onnx C API library, or nil when it is not installed.
    static var sherpaLibrary: URL? {
        guard let dir = directory else { return nil }
        let lib = dir.appendingPathComponent("python/sherpa_onnx/lib/libsherpa-onnx-c-api.so")
        return FileManager.default.fileExists(atPath: lib.path) ? lib : nil
    }

    /// ONNX Runtime as sherpa-onnx-core installs it beside its own library (the hibari voice uses it).
    static var onnxRuntimeLibrary: URL? {
        guard let dir = directory else { return nil }
        let lib = dir.appendingPathComponent("python/sherpa_onnx/lib/libonnxruntime.so")
        return FileManager.default.fileExists(atPath: lib.path) ? lib : nil
    }

    /// Loads the library at `url` (``sherpaLibrary`` or ``onnxRuntimeLibrary``; nil when it is not
    /// installed, and then `where` says where it belongs) and returns its handle and path. `RTLD_NOW`:
    /// a missing symbol fails here, not in the middle of a narration. Errors name `name` and
    /// ``setupCommand``.
    static func load(_ url: URL?, name: String, where place: String) throws -> (handle: UnsafeMutableRawPointer, url: URL) {
        guard let url else { throw LedeError.notInstalled("\(name) (\(place)) is missing: run \(setupCommand)") }
        guard let handle = dlopen(url.path, RTLD_NOW | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "unknown reason"
            throw LedeError.notInstalled("\(name) did not load (\(reason)): run \(setupCommand)")
        }
        return (handle, url)
    }

    /// The folder holding converted Piper voices (one sub-folder per voice).
    static var voicesDirectory: URL? { directory?.appendingPathComponent("voices") }
}
