import Foundation
import LedeCore

/// The narration files of a library, under `DIR/audio/`: `ID.mp3` and `ID.vtt`. Each is written to
/// `DIR/tmp/` first and renamed into place, so a reader (or a restart after a kill) sees the old
/// file or the new one, never half of one.
///
/// ```swift
/// let files = try AudioFiles(directory: dataDirectory)
/// try files.write(mp3Bytes, articleID: 7, kind: .mp3)
/// print(files.url(articleID: 7, kind: .mp3).path)
/// ```
public struct AudioFiles: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case mp3, vtt
    }

    /// The folder the server maps to `/audio/`.
    public let audioDirectory: URL
    /// `DIR/tmp/`: files being written, and narration scratch; emptied on start.
    public let temporaryDirectory: URL

    public init(directory: URL) throws {
        audioDirectory = directory.appendingPathComponent("audio", isDirectory: true)
        temporaryDirectory = directory.appendingPathComponent("tmp", isDirectory: true)
        for folder in [audioDirectory, temporaryDirectory] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
    }

    /// `DIR/audio/sentences/`: the sentence audio cache beside the editions, so an article narrated
    /// again reuses the audio of its unchanged sentences (not served: only `ID.mp3` and `ID.vtt` are).
    public var sentenceCacheDirectory: URL {
        audioDirectory.appendingPathComponent("sentences", isDirectory: true)
    }

    public static func fileName(articleID: Int64, kind: Kind) -> String { "\(articleID).\(kind.rawValue)" }

    public func url(articleID: Int64, kind: Kind) -> URL {
        audioDirectory.appendingPathComponent(Self.fileName(articleID: articleID, kind: kind))
    }

    /// Writes the file atomically: the bytes go to a temporary file that is synced and then renamed
    /// over the final name (rename is atomic within one file system; tmp/ sits beside audio/ for that).
    public func write(_ bytes: [UInt8], articleID: Int64, kind: Kind) throws {
        let temporary = temporaryDirectory.appendingPathComponent("\(articleID).\(kind.rawValue).\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw LedeError.storage("cannot create \(temporary.path)")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: bytes)
            try handle.synchronize()
            try handle.close()
            if rename(temporary.path, url(articleID: articleID, kind: kind).path) != 0 {
                throw LedeError.storage("cannot move \(temporary.lastPathComponent) into \(audioDirectory.path): errno \(errno)")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// A fresh name in `tmp/` for a file that ``install(_:articleID:kind:)`` will move into place.
    public func temporaryURL(articleID: Int64, kind: Kind) -> URL {
        temporaryDirectory.appendingPathComponent("\(articleID).\(UUID().uuidString).\(kind.rawValue)")
    }

    /// Moves a finished file from `tmp/` over the final name in one atomic rename.
    public func install(_ temporary: URL, articleID: Int64, kind: Kind) throws {
        if rename(temporary.path, url(articleID: articleID, kind: kind).path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw LedeError.storage("cannot move \(temporary.lastPathComponent) into \(audioDirectory.path): errno \(code)")
        }
    }

    public func remove(articleID: Int64) {
        for kind in Kind.allCases { try? FileManager.default.removeItem(at: url(articleID: articleID, kind: kind)) }
    }

    /// Deletes temporary files a killed process left behind; called on start.
    public func removeLeftovers() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporaryDirectory.path)) ?? []
        for name in names { try? FileManager.default.removeItem(at: temporaryDirectory.appendingPathComponent(name)) }
    }
}
