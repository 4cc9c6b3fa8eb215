// libFuzzer entry point: every input goes through both extraction paths. Built by Benchmarks/fuzz.sh
// as a standalone executable (swiftc -sanitize=fuzzer,address), outside the package's normal build.
import LedeCore
import LedeExtract

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticleReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for kind in [ReadOptions.InputKind.html, .text] {
        // Errors are the expected answer to junk; only crashes, hangs and leaks are findings.
        _ = try? ArticleReader(options: ReadOptions(maxBytes: 1 << 20, inputKind: kind)).read(bytes, contentType: nil, url: "https://fuzz.example/a")
    }
    return 0
}
