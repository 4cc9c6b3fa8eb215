import Foundation
// Shared by every test target: SharedData (the package and ../shared), ProgramRun, LedeBinary.
@_exported import LedeTestSupport


/// Fixtures written for these tests, in `Tests/LedeLanguageTests/Fixtures`.
enum Fixture {
    static func url(_ name: String) -> URL {
        SharedData.packageRoot.appendingPathComponent("Tests/LedeLanguageTests/Fixtures").appendingPathComponent(name)
    }

    static func text(_ name: String) throws -> String { try String(contentsOf: url(name), encoding: .utf8) }
    static func bytes(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: url(name))) }
}
