import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A PostgreSQL server of its own for a test: `initdb` and `pg_ctl` from Debian's `postgresql`
/// package, a cluster in a fresh temporary folder, listening on a free loopback port; stopped and
/// removed when the value goes away. As root the server runs as the `postgres` user (PostgreSQL
/// refuses root).
final class TemporaryPostgres: @unchecked Sendable {
    let directory: URL
    let port: Int
    let bin: URL
    let asPostgres: Bool

    /// The server's binaries, newest version first; nil when the package is not installed.
    static var binaries: URL? {
        let root = URL(fileURLWithPath: "/usr/lib/postgresql")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return versions.sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }
            .map { root.appendingPathComponent($0).appendingPathComponent("bin") }
            .first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("pg_ctl").path) }
    }

    static let missing = "PostgreSQL's server binaries are not installed (apt-get install postgresql)"

    /// A URL for a new, empty database on this server.
    func newDatabaseURL() throws -> String {
        let name = "t" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
        try run("createdb", ["-h", "127.0.0.1", "-p", "\(port)", "-U", "lede", name])
        return "postgres://lede@127.0.0.1:\(port)/\(name)"
    }

    init() throws {
        guard let bin = Self.binaries else { throw PostgresSetupError(message: Self.missing) }
        self.bin = bin
        asPostgres = getuid() == 0
        directory = URL(fileURLWithPath: "/tmp").appendingPathComponent("lede-pg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        if asPostgres { try Self.execute("/bin/chown", ["postgres", directory.path]) }
        port = try Self.freePort()
        let data = directory.appendingPathComponent("data").path
        // trust: the server listens on loopback only and lives as long as the test.
        try run("initdb", ["-D", data, "-U", "lede", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C"])
        try run("pg_ctl", ["-D", data, "-l", directory.appendingPathComponent("log").path, "-w", "-t", "30", "-o",
                           "-p \(port) -k \(directory.path) -c listen_addresses=127.0.0.1 -c fsync=off", "start"])
    }

    deinit {
        try? run("pg_ctl", ["-D", directory.appendingPathComponent("data").path, "-m", "immediate", "-w", "stop"])
        try? FileManager.default.removeItem(at: directory)
    }

    func run(_ program: String, _ arguments: [String]) throws {
        let path = bin.appendingPathComponent(program).path
        if asPostgres {
            try Self.execute("/usr/sbin/runuser", ["-u", "postgres", "--", path] + arguments)
        } else {
            try Self.execute(path, arguments)
        }
    }

    /// posix_spawn and waitpid rather than Foundation's Process, whose waitUntilExit can stall when
    /// every thread of the test's cooperative pool waits on one; output goes to a file, not a pipe
    /// (the server pg_ctl starts would hold a pipe open).
    static func execute(_ path: String, _ arguments: [String]) throws {
        let log = "/tmp/lede-pg-run-\(UUID().uuidString.prefix(8)).log"
        defer { unlink(log) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard spawned == 0 else { throw PostgresSetupError(message: "cannot run \(path): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7f == 0 && (status >> 8) & 0xff == 0
        guard exited else {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            throw PostgresSetupError(message: "\(path) \(arguments.joined(separator: " ")) failed: \(text)")
        }
    }

    /// A port the kernel just handed out, so no other server holds it.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw PostgresSetupError(message: "no socket") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw PostgresSetupError(message: "no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

struct PostgresSetupError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
