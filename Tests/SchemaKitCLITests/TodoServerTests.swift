import Foundation
import SchemaKitTestFixtures
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import SchemaKitCore
import SchemaKitPostgres
import SchemaKitSQLite
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The TodoServer example end to end: booted as a process on SQLite and on the live PostgreSQL
/// server, its schema applied before it listens, requests made over HTTP, stopped with SIGTERM;
/// its mounted schema commands; a strict boot refused on a drifted database.
@Suite("todo-server, end to end")
struct TodoServerTests {
    /// A port nobody listens on now (bound to 127.0.0.1:0, then released).
    static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EMFILE) }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { throw POSIXError(.EADDRINUSE) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// The server as a child process, its output in a file.
    final class Server {
        let process = Process()
        let log: URL
        let base: URL

        init(environment: [String: String], directory: URL) throws {
            let port = try TodoServerTests.freePort()
            base = URL(string: "http://127.0.0.1:\(port)")!
            log = directory.appendingPathComponent("server-\(port).log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            process.executableURL = Subprocess.directory.appendingPathComponent("todo-server")
            process.currentDirectoryURL = directory
            var inherited = ProcessInfo.processInfo.environment
            inherited["DATABASE_URL"] = nil
            process.environment = inherited.merging(environment.merging(["PORT": String(port)]) { $1 }) { $1 }
            let handle = try FileHandle(forWritingTo: log)
            process.standardOutput = handle
            process.standardError = handle
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }

        var output: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

        /// Waits until `/health` answers; `false` when the process ended first or 60 s passed.
        func ready() async -> Bool {
            for _ in 0..<600 {
                guard process.isRunning else { return false }
                if let (_, response) = try? await URLSession.shared.data(from: base.appendingPathComponent("health")),
                   (response as? HTTPURLResponse)?.statusCode == 200 { return true }
                try? await Task.sleep(for: .milliseconds(100))
            }
            return false
        }

        func request(_ method: String, _ path: String, _ body: String? = nil) async throws -> (Int, String) {
            var request = URLRequest(url: base.appendingPathComponent(path))
            request.httpMethod = method
            if let body {
                request.httpBody = Data(body.utf8)
                request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            }
            let (data, response) = try await URLSession.shared.data(for: request)
            return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
        }

        /// SIGTERM, then the exit status (the process is killed after 30 s).
        func stop() async -> Int32 {
            process.terminate()
            for _ in 0..<300 where process.isRunning { try? await Task.sleep(for: .milliseconds(100)) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            await process.exited()
            return process.terminationStatus
        }
    }

    static var databases: [String] {
        ["sqlite"] + (ProcessInfo.processInfo.environment["SCHEMAKIT_POSTGRES_URL"] != nil ? ["postgresql"] : [])
    }

    @Test("boot, requests, SIGTERM; the mounted schema commands; a strict boot refused on drift", arguments: databases)
    func endToEnd(database: String) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sk-todo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var environment: [String: String] = [:]
        var connector: PostgresConnector?
        let management = try ProcessInfo.processInfo.environment["SCHEMAKIT_POSTGRES_URL"].map { try DatabaseURL($0).database }
        if database == "postgresql" {
            let base = try DatabaseURL(try #require(ProcessInfo.processInfo.environment["SCHEMAKIT_POSTGRES_URL"]))
            let url = base.withDatabase("schemakit_todo_\(UUID().uuidString.prefix(8).lowercased())")
            connector = PostgresConnector(url: url)
            try await connector?.createDatabase(logger: .init(label: "test"), managementDatabase: management)
            environment["DATABASE_URL"] = urlText(url)
        }
        let drift = "alter table \"todo\" add column \"legacy\" text"
        do {
            try await run(environment: environment, drift: drift, directory: directory)
        } catch {
            try? await connector?.dropDatabase(logger: .init(label: "test"), managementDatabase: management)
            throw error
        }
        try await connector?.dropDatabase(logger: .init(label: "test"), managementDatabase: management)
    }

    private func run(environment: [String: String], drift: String, directory: URL) async throws {

        let server = try Server(environment: environment, directory: directory)
        #expect(await server.ready(), "the server never answered: \(server.output)")
        #expect(server.output.contains("schema updated"), "\(server.output)")
        let created = try await server.request("POST", "todos", #"{"title": "Write the docs"}"#)
        #expect(created.0 == 201, "\(created)")
        #expect(created.1.contains(#""title":"Write the docs""#))
        let done = try await server.request("PATCH", "todos/1", #"{"done": true}"#)
        #expect(done.0 == 200 && done.1.contains(#""done":true"#), "\(done)")
        let listed = try await server.request("GET", "todos")
        #expect(listed.0 == 200 && listed.1.contains("Write the docs"), "\(listed)")
        let refused = try await server.request("POST", "todos", #"{"title": ""}"#)
        #expect(refused.0 == 400)
        #expect(try await server.request("DELETE", "todos/1").0 == 204)
        #expect(try await server.request("DELETE", "todos/1").0 == 404)
        #expect(await server.stop() == 0, "\(server.output)")

        // The schema commands, mounted in the application's own command tree.
        let check = try await Subprocess.run("todo-server", ["schema", "update", "--check"], environment: environment, in: directory)
        #expect(check.status == 0, "\(check.standardError)")
        #expect(check.errorLines == ["Schema is up-to-date"])

        // Drift, then a strict boot: refused before listening, the difference named.
        try await Self.execute(drift, environment: environment, directory: directory)
        let dump = try await Subprocess.run("todo-server", ["schema", "update", "--dump", "--fk-checks"], environment: environment, in: directory)
        #expect(dump.standardOutput == "alter table \"todo\" drop column \"legacy\";\n", "\(dump.standardOutput)")
        let strict = try await Subprocess.run("todo-server", [], environment: environment.merging(["SCHEMA_ON_BOOT": "strict", "PORT": String(try Self.freePort())]) { $1 },
                                        in: directory)
        #expect(strict.status != 0)
        #expect(strict.standardError.contains("removed column legacy"), "\(strict.standardError)")
        #expect(strict.standardError.contains("start-up stopped"), "\(strict.standardError)")
        let update = try await Subprocess.run("todo-server", ["schema", "update", "--run"], environment: environment, in: directory)
        #expect(update.status == 0, "\(update.standardError)")
        let again = try Server(environment: environment.merging(["SCHEMA_ON_BOOT": "strict"]) { $1 }, directory: directory)
        #expect(await again.ready(), "\(again.output)")
        #expect(await again.stop() == 0)
    }

    /// Runs one statement on the example's database (as an operator would by hand).
    static func execute(_ sql: String, environment: [String: String], directory: URL) async throws {
        let url = environment["DATABASE_URL"] ?? "sqlite:\(directory.appendingPathComponent("todo.sqlite").path)"
        let parsed = try DatabaseURL(url)
        let database: any SchemaDatabase = parsed.scheme == .postgres
            ? try await PostgresSchemaDatabase.connect(parsed)
            : try await SQLiteSchemaDatabase.open(path: parsed.database)
        try await database.execute([SQLStatement(unsafeSQL: sql, kind: .addColumn)], transactional: true)
        try await database.close()
    }
}
