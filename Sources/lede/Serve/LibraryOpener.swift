import Foundation
import LedeStore

/// Opens the library `lede serve` and `lede add` work on: SQLite in the data folder by default, or
/// the PostgreSQL database named by `--database` (audio files stay in the data folder either way).
enum LibraryOpener {
    static func open(data: String, database: String?) async throws -> (store: any Store, files: AudioFiles) {
        let directory = URL(fileURLWithPath: data)
        if let database {
            let store = try await PostgresStore(url: database, dataDirectory: directory)
            return (store, store.files)
        }
        let store = try SQLiteStore(directory: directory)
        return (store, store.files)
    }
}
