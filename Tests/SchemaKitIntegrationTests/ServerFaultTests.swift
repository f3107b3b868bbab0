import Foundation
import Logging
import SchemaKitCore
import SchemaKitMySQL
import SchemaKitTestFixtures
@testable import SchemaKitPostgres
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Faults that take a whole server down — a backend killed with SIGKILL (PostgreSQL then resets
/// every session), an immediate shutdown, a MariaDB server killed — each on a private server this
/// suite starts and stops, so the shared servers of the other tests never see them.
@Suite("Faults that take a server down", .serialized,
       .enabled(if: postgresURL != nil && mysqlURL != nil, "needs scripts/with-servers.sh (root, Debian's servers)"))
struct ServerFaultTests {
    /// A throwaway server started by the project's own scripts.
    struct PrivateServer {
        let script: String
        let directory: String
        let url: DatabaseURL

        static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()

        /// Starts a server with `script`, runs `body` on it, and stops it however `body` ends.
        static func with<Result>(_ script: String, _ body: (PrivateServer) async throws -> Result) async throws -> Result {
            let server = try await start(script)
            do {
                let result = try await body(server)
                await server.stop()
                return result
            } catch {
                await server.stop()
                throw error
            }
        }

        private static func start(_ script: String) async throws -> PrivateServer {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sk-fault-\(UUID().uuidString.prefix(8))").path
            try await run(script, ["start", directory])
            // The script also keeps the URL in DIR/url; reading it there, not from a pipe, means
            // waiting for the script only, not for a server that may inherit the pipe.
            let url = try String(contentsOfFile: directory + "/url", encoding: .utf8)
            return PrivateServer(script: script, directory: directory, url: try DatabaseURL(url.trimmed()))
        }

        private func stop() async { try? await Self.run(script, ["stop", directory]) }

        /// The pid in the first line of a pid file of the server's directory.
        func pid(_ file: String) throws -> Int32 {
            let text = try String(contentsOfFile: directory + "/" + file, encoding: .utf8)
            return try #require(text.split(whereSeparator: \.isNewline).first.flatMap { Int32($0) })
        }

        /// Runs a script and waits for it with `waitpid`: the servers it starts outlive it, and
        /// nothing here may wait for them.
        static func run(_ script: String, _ arguments: [String]) async throws {
            try await spawn(root.appendingPathComponent("scripts/\(script)").path, arguments)
        }

        /// Runs a program and waits for it alone (Foundation's `Process` may also wait for
        /// daemons it starts), on a thread of its own (``blockingWait(_:)``).
        static func spawn(_ path: String, _ arguments: [String]) async throws {
            try await blockingWait { try spawnWaiting(path, arguments) }
        }

        private static func spawnWaiting(_ path: String, _ arguments: [String]) throws {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var pid: pid_t = 0
            guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else {
                throw SchemaError(.connectionFailed, "cannot run \(path)")
            }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1, errno == EINTR {}
            guard status == 0 else {
                throw SchemaError(.connectionFailed, "\(path) \(arguments.joined(separator: " ")) failed (status \(status))")
            }
        }
    }

    static let apply = [
        SQLStatement(unsafeSQL: "insert into t values (2)", kind: .copyRows),
        SQLStatement(unsafeSQL: "create table u (id int)", kind: .createTable),
        SQLStatement(unsafeSQL: "select pg_sleep(3)", kind: .alterTable),
        SQLStatement(unsafeSQL: "insert into t values (3)", kind: .copyRows),
    ]

    /// Runs the apply, injects `fault` (given the backend's pid) half a second in, and returns the
    /// error and how long it took.
    func applyWithFault(on url: DatabaseURL, _ fault: (Int32) throws -> Void) async throws -> (SchemaError, Duration) {
        let victim = try await PostgresSchemaDatabase.connect(url)
        let observer = try await PostgresSchemaDatabase.connect(url)
        let pid = try #require(try await victim.rows("select pg_backend_pid()::text").first?.first?.flatMap { Int32($0) })
        let apply = Task { try await victim.execute(Self.apply, transactional: true) }
        try await FaultTests.waitUntil { try await FaultTests.isSleeping(pid, on: observer) }
        try? await observer.close()
        let clock = ContinuousClock(), start = clock.now
        try fault(pid)
        let result = await apply.result
        let elapsed = clock.now - start
        try? await victim.close()
        return (try #require(throws: SchemaError.self) { try result.get() }, elapsed)
    }

    /// The rows of `t` once the server answers again (it may be recovering).
    func rowsOnceBack(_ url: DatabaseURL) async throws -> [[String?]] {
        for _ in 0..<150 {
            if let database = try? await PostgresSchemaDatabase.connect(url) {
                defer { Task { try? await database.close() } }
                if let rows = try? await database.rows("select id::text from t order by id") { return rows }
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        Issue.record("PostgreSQL did not come back within 30 s")
        return []
    }

    @Test("PostgreSQL: a backend SIGKILLed mid-apply, then an immediate shutdown: errors at once, nothing of the apply stays")
    func postgresKilled() async throws {
        try await PrivateServer.with("postgres-server.sh") { server in
            let setup = try await PostgresSchemaDatabase.connect(server.url)
            try await setup.execute([SQLStatement(unsafeSQL: "create table t (id int primary key)", kind: .createTable),
                                     SQLStatement(unsafeSQL: "insert into t values (1)", kind: .copyRows)], transactional: true)
            try await setup.close()

            let (killed, killedAfter) = try await applyWithFault(on: server.url) { pid in
                #expect(kill(pid, SIGKILL) == 0)
            }
            print("fault: PostgreSQL backend SIGKILL → \(killed.code) after \(killedAfter)")
            #expect(killed.message.contains("rolled back"), "\(killed.message)")
            #expect(killedAfter < .seconds(5))
            #expect(try await rowsOnceBack(server.url) == [["1"]])

            let postmaster = try server.pid("data/postmaster.pid")
            let (shutDown, shutDownAfter) = try await applyWithFault(on: server.url) { _ in
                #expect(kill(postmaster, SIGQUIT) == 0)
            }
            print("fault: PostgreSQL immediate shutdown → \(shutDown.code) after \(shutDownAfter)")
            #expect(shutDown.message.contains("rolled back"), "\(shutDown.message)")
            #expect(shutDownAfter < .seconds(5))
            // Start it again on its own data directory and port: the rows are those before the apply.
            try await pgCtl(server, ["start"])
            #expect(try await rowsOnceBack(server.url) == [["1"]])
        }
    }

    @Test("PostgreSQL: a create one transaction cannot hold is applied in smaller transactions; what still fails keeps the hint")
    func lockTableOverflow() async throws {
        try await PrivateServer.with("postgres-server.sh") { server in
            // A small lock table (10 × 200 connections), so a CI-sized script overflows it.
            let admin = try await PostgresSchemaDatabase.connect(server.url)
            _ = try await admin.rows("alter system set max_locks_per_transaction = 10")
            try await admin.close()
            try await pgCtl(server, ["restart", "-m", "fast"])

            let tables = Int(ProcessInfo.processInfo.environment["SCHEMAKIT_LOCK_SOAK_TABLES"] ?? "") ?? 2500
            let records = LogRecords()
            let database = try await PostgresSchemaDatabase.connect(server.url, logger: Logger(label: "lock-table") { _ in
                RecordingLogHandler(records: records)
            })
            // The second half takes six locks per statement (a table, three indexes, a TOAST table
            // and its index), the first one each: the first half-sized transaction commits and the
            // second still overflows, so the rest must shrink again after a commit.
            let statements = (1...tables / 2).map { SQLStatement(unsafeSQL: "create table t\($0) (id int)", kind: .createTable) }
                + (1...(tables - tables / 2)).map {
                    SQLStatement(unsafeSQL: "create table u\($0) (id int primary key, name text unique, note text unique)", kind: .createTable)
                }
            let clock = ContinuousClock(), start = clock.now
            try await database.execute(statements, transactional: true)
            print("fault: \(tables) tables in one update past the lock table → applied in batches in \(clock.now - start)")
            #expect(try await database.rows("select count(*)::text from pg_tables where schemaname = 'public'") == [["\(tables)"]])
            // Shrunk once with nothing committed, and again after a smaller transaction had committed.
            let shrinks = records.lines.filter { $0.contains("One transaction cannot hold") }
            for line in shrinks { print("fault: \(line)") }
            #expect(shrinks.count >= 2, "\(shrinks)")

            let one = SQLStatement(unsafeSQL: """
                do $$ begin for i in 1..\(tables * 2) loop execute format('create table v%s (id int primary key, name text)', i); end loop; end $$
                """, kind: .createTable)
            let error = try await #require(throws: SchemaError.self) { try await database.execute([one], transactional: true) }
            #expect(error.serverCode == "53200")
            #expect(error.message.contains("hint: You might need to increase max_locks_per_transaction"), "\(error.message)")
            try await database.close()
        }
    }

    /// Runs the server's `pg_ctl` as its owner on its data directory.
    func pgCtl(_ server: PrivateServer, _ arguments: [String]) async throws {
        let pgCtl = try #require(try FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql").sorted().last
            .map { "/usr/lib/postgresql/\($0)/bin/pg_ctl" })
        let port = try #require(server.url.port)
        try await PrivateServer.spawn("/bin/sh", ["-c", "cd / && exec \"$@\"", "sh", "/usr/sbin/runuser", "-u", "postgres", "--", pgCtl,
                                            "-D", server.directory + "/data", "-l", server.directory + "/postgres.log", "-w", "-t", "60",
                                            "-o", "-p \(port)"] + arguments)
    }

    @Test("MariaDB: the server killed mid-apply: an error at once that lists exactly what stays applied")
    func mariaDBKilled() async throws {
        try await PrivateServer.with("mariadb-server.sh") { server in
            let victim = try await MySQLSchemaDatabase.connect(url: server.url)
            let statements = [
                SQLStatement(unsafeSQL: "create table a (id int primary key)", kind: .createTable),
                SQLStatement(unsafeSQL: "select sleep(3)", kind: .alterTable),
                SQLStatement(unsafeSQL: "create table b (id int primary key)", kind: .createTable),
            ]
            let pid = try server.pid("mysqld.pid")
            let observer = try await MySQLSchemaDatabase.connect(url: server.url)
            let apply = Task { try await victim.execute(statements, transactional: true) }
            try await FaultTests.waitUntil {
                try await observer.query("select count(*) from information_schema.processlist where info like 'select sleep%'") == [["1"]]
            }
            let clock = ContinuousClock(), start = clock.now
            #expect(kill(pid, SIGKILL) == 0)
            let result = await apply.result
            let elapsed = clock.now - start
            try? await victim.close()
            try? await observer.close()
            let error = try #require(throws: SchemaError.self) { try result.get() }
            print("fault: MariaDB server SIGKILL → \(error.code) after \(elapsed)")
            #expect(error.appliedStatements == ["create table a (id int primary key)"])
            #expect(error.message.hasPrefix("Statement 2 of 3 failed; the 1 statement before it ran and stay applied"), "\(error.message)")
            #expect(elapsed < .seconds(5))
        }
    }
}
