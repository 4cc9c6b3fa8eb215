import Foundation
import LedeCore
import Testing
@testable import LedeStore

/// The two stores the suites hold to one behaviour: every test that takes a `StoreBackend` runs once
/// on SQLite and once on a real PostgreSQL server started for it.
///
/// ```swift
/// @Test(arguments: StoreBackend.allCases) func addThenReadBack(_ backend: StoreBackend) async throws {
///     let library = try await backend.library()
///     _ = try await library.store.add(NewArticle(article: sampleArticle()))
/// }
/// ```
enum StoreBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { rawValue }

    /// A fresh, empty library of this kind. Without PostgreSQL's binaries the PostgreSQL case is
    /// cancelled (reported as skipped, with the reason), not failed.
    func library() async throws -> AnyLibrary {
        switch self {
        case .sqlite:
            return AnyLibrary(try TemporaryLibrary())
        case .postgres:
            guard TemporaryPostgres.binaries != nil else { try Test.cancel(Comment(rawValue: TemporaryPostgres.missing)) }
            return AnyLibrary(try await PostgresLibrary())
        }
    }
}

/// A ``TemporaryLibrary`` or a ``PostgresLibrary`` behind one face: the store, its audio files and a
/// second connection to the same library (another process, or another machine).
final class AnyLibrary {
    let store: any Store
    let files: AudioFiles
    private let makeSecond: () async throws -> any Store
    /// Keeps the folder (and the server) until the test ends.
    private let owner: AnyObject

    init(_ library: TemporaryLibrary) {
        store = library.store
        files = library.store.files
        makeSecond = { try SQLiteStore(directory: library.directory) }
        owner = library
    }

    init(_ library: PostgresLibrary) {
        store = library.store
        files = library.store.files
        makeSecond = { try await library.secondStore() }
        owner = library
    }

    /// Another connection to the same library, as `lede add` beside `lede serve` (SQLite) or a
    /// second machine (PostgreSQL) has.
    func secondStore() async throws -> any Store { try await makeSecond() }
}
