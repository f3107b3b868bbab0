import Foundation
import SchemaKitTestFixtures
import Logging
import SchemaKitCore
import SchemaKitMySQL
import SchemaKitPostgres
import SchemaKitSQLite
import Testing

/// Several `blog … --run` processes started together, as the pods of a deployment do at boot:
/// the schema lock lets one apply and the others find the schema up to date.
@Suite("schema lock: concurrent runs")
struct SchemaLockCommandTests {
    enum Engine: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case sqlite, postgresql, mariadb
        var testDescription: String { rawValue }
        var baseURL: String? {
            switch self {
            case .sqlite: "sqlite"
            case .postgresql: ProcessInfo.processInfo.environment["SCHEMAKIT_POSTGRES_URL"]
            case .mariadb: ProcessInfo.processInfo.environment["SCHEMAKIT_MYSQL_URL"]
            }
        }
    }

    static var engines: [Engine] { Engine.allCases.filter { $0.baseURL != nil } }

    /// A database of its own on `engine`, its URL, a connection to inspect it, and a clean-up.
    struct Scratch {
        var url: String
        var directory: URL
        var database: any SchemaDatabase
        var drop: () async throws -> Void

        static func make(_ engine: Engine) async throws -> Scratch {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sk-lock-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let name = "schemakit_l_\(UUID().uuidString.prefix(8).lowercased())"
            let logger = Logger(label: "schemakit.test.lock")
            switch engine {
            case .sqlite:
                let path = directory.appendingPathComponent("blog.sqlite").path
                let database = try await SQLiteSchemaDatabase.open(path: path)
                return Scratch(url: "sqlite:\(path)", directory: directory, database: database) {
                    try await database.close()
                    try? FileManager.default.removeItem(at: directory)
                }
            case .postgresql:
                let base = try DatabaseURL(try #require(engine.baseURL))
                let url = base.withDatabase(name)
                let connector = PostgresConnector(url: url)
                try await connector.createDatabase(logger: logger, managementDatabase: base.database)
                let database = try await PostgresSchemaDatabase.connect(url)
                return Scratch(url: Self.replacingDatabase(in: try #require(engine.baseURL), with: name), directory: directory, database: database) {
                    try await database.close()
                    try await connector.dropDatabase(logger: logger, managementDatabase: base.database)
                    try? FileManager.default.removeItem(at: directory)
                }
            case .mariadb:
                let base = try DatabaseURL(try #require(engine.baseURL))
                let url = base.withDatabase(name)
                let connector = try MySQLConnector(url: url)
                try await connector.createDatabase(logger: logger, managementDatabase: nil)
                let database = try await MySQLSchemaDatabase.connect(url: url, logger: logger)
                return Scratch(url: Self.replacingDatabase(in: try #require(engine.baseURL), with: name), directory: directory, database: database) {
                    try await database.close()
                    try await connector.dropDatabase(logger: logger, managementDatabase: nil)
                    try? FileManager.default.removeItem(at: directory)
                }
            }
        }

        /// The base URL's text (password included) with another database.
        static func replacingDatabase(in base: String, with name: String) -> String {
            let query = base.firstIndex(of: "?").map { String(base[$0...]) } ?? ""
            let withoutQuery = base.prefix { $0 != "?" }
            let slash = withoutQuery.lastIndex(of: "/")!
            return withoutQuery[...slash] + name + query
        }

        /// Runs `body` on a scratch database of `engine`, dropped afterwards whatever happens.
        static func with(_ engine: Engine, _ body: (Scratch) async throws -> Void) async throws {
            let scratch = try await make(engine)
            do {
                try await body(scratch)
            } catch {
                try? await scratch.drop()
                throw error
            }
            try await scratch.drop()
        }

        /// `count` runs of `blog` with the same arguments, started together.
        func blogTogether(_ count: Int, _ arguments: [String]) async throws -> [Subprocess.Result] {
            let environment = ["DATABASE_URL": url]
            let directory = directory
            return try await withThrowingTaskGroup(of: Subprocess.Result.self) { group in
                for _ in 0..<count {
                    group.addTask {
                        try await Subprocess.run("blog", arguments, environment: environment, in: directory)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
        }

        func blog(_ arguments: String...) async throws -> Subprocess.Result {
            try await Subprocess.run("blog", arguments, environment: ["DATABASE_URL": url], in: directory)
        }
    }

    @Test("five schema:create --run and then five schema:update --run at once: one applies, four find it up to date",
          arguments: engines)
    func concurrentRuns(engine: Engine) async throws {
        try await Scratch.with(engine) { scratch in
        let creates = try await scratch.blogTogether(5, ["schema:create", "--run"])
        #expect(creates.map(\.status) == Array(repeating: 0, count: 5), "\(creates.map(\.standardError))")
        let created = creates.filter { $0.standardError.contains("Schema successfully created") }
        let found = creates.filter { $0.standardError.contains("Schema is up-to-date") }
        #expect(created.count == 1 && found.count == 4, "\(creates.map(\.standardError))")

        // Drift: a table the entities do not have, and rows that must survive the update.
        let dialect = scratch.database.dialect
        try await scratch.database.execute([
            SQLStatement(unsafeSQL: "create table \(dialect.quoteIdentifier("stray")) (\(dialect.quoteIdentifier("id")) int)", kind: .createTable),
            SQLStatement(unsafeSQL: "insert into \(dialect.quoteIdentifier("tag")) (\(dialect.quoteIdentifier("name"))) values ('a'), ('b')",
                         kind: .copyRows),
        ], transactional: false)
        let drift = try await scratch.blog("schema:update", "--check")
        #expect(drift.status == 2)

        let updates = try await scratch.blogTogether(5, ["schema:update", "--run"])
        #expect(updates.map(\.status) == Array(repeating: 0, count: 5), "\(updates.map(\.standardError))")
        let applied = updates.filter { $0.standardError.contains("Schema successfully updated") }
        let upToDate = updates.filter { $0.standardError.contains("Schema is up-to-date") }
        #expect(applied.count == 1 && upToDate.count == 4, "\(updates.map(\.standardError))")

        #expect(try await scratch.blog("schema:update", "--check").status == 0)
        let tags = try await scratch.database.rows("select count(*) from \(dialect.quoteIdentifier("tag"))")
        #expect(tags == [["2"]], "\(tags)")
        }
    }

    @Test("a run that cannot get the lock in time fails, names the wait, and applies nothing", arguments: engines)
    func lockTimeout(engine: Engine) async throws {
        try await Scratch.with(engine) { scratch in
        #expect(try await scratch.blog("schema:create", "--run").status == 0)
        let dialect = scratch.database.dialect
        let holder = try await Self.holder(engine, scratch)
        try await holder.execute([SQLStatement(unsafeSQL: "create table \(dialect.quoteIdentifier("stray")) (\(dialect.quoteIdentifier("id")) int)",
                                               kind: .createTable)], transactional: false)
        // Another process holds the lock for as long as the blocked run waits, and longer.
        let release = AsyncStream<Void>.makeStream()
        let held = AsyncStream<Void>.makeStream()
        let holding = Task {
            try await holder.withSchemaLock(waitingAtMost: .seconds(5)) {
                held.continuation.yield()
                for await _ in release.stream { break }
            }
        }
        for await _ in held.stream { break }
        let started = ContinuousClock.now
        let blocked = try await Subprocess.run("blog", ["schema:update", "--run", "--lock-timeout", "0.5"],
                                         environment: ["DATABASE_URL": scratch.url], in: scratch.directory)
        let waited = ContinuousClock.now - started
        release.continuation.yield()
        release.continuation.finish()
        try await holding.value
        try await holder.close()

        #expect(blocked.status == 1)
        let message = blocked.standardError
        #expect(message.contains("Another SchemaKit run is changing the schema"), "\(message)")
        #expect(message.contains("nothing was applied"), "\(message)")
        switch engine {
        case .sqlite: #expect(message.contains("another connection holds its write lock"), "\(message)")
        case .postgresql: #expect(message.contains("held by process"), "\(message)")
        case .mariadb: #expect(message.contains("held by connection"), "\(message)")
        }
        #expect(waited >= .milliseconds(400), "gave up after \(waited)")
        // Nothing applied: the stray table is still there, and the update still to do.
        #expect(try await scratch.blog("schema:update", "--check").status == 2)
        // Once free, the same run applies.
        #expect(try await scratch.blog("schema:update", "--run", "--lock-timeout", "0.5").status == 0)
        #expect(try await scratch.blog("schema:update", "--check").status == 0)
        }
    }

    @Test("schema:update --run refuses a change the rows would fail, before anything runs; --dump --preflight reports it",
          arguments: engines)
    func preflightRefusal(engine: Engine) async throws {
        try await Scratch.with(engine) { scratch in
        #expect(try await scratch.blog("schema:create", "--run").status == 0)
        let dialect = scratch.database.dialect
        let unique = dialect.quoteIdentifier("author_email_unique"), author = dialect.quoteIdentifier("author")
        try await scratch.database.execute([
            SQLStatement(unsafeSQL: Self.driftStatements(engine, dialect).emailUnique, kind: .dropIndex),
            SQLStatement(unsafeSQL: "insert into \(author) (name, email) values ('Ann', 'same@example.com'), ('Bo', 'same@example.com')",
                         kind: .copyRows),
        ], transactional: false)

        let refused = try await scratch.blog("schema:update", "--run")
        #expect(refused.status == 1)
        #expect(refused.standardError.contains(
            "add unique \(unique) on \(author) would fail: 1 value is duplicated (same@example.com)"), "\(refused.standardError)")
        #expect(refused.standardError.contains("Nothing was applied"), "\(refused.standardError)")
        #expect(!refused.standardError.contains("Schema successfully updated"))

        let dump = try await scratch.blog("schema:update", "--dump", "--preflight")
        #expect(dump.status == 0)
        #expect(dump.standardOutput.contains("author_email_unique"))
        #expect(dump.standardError.contains("preflight: add unique \(unique) on \(author) would fail"), "\(dump.standardError)")

        try await scratch.database.execute([
            SQLStatement(unsafeSQL: "update \(author) set email = 'other@example.com' where name = 'Bo'", kind: .copyRows),
        ], transactional: true)
        let applied = try await scratch.blog("schema:update", "--run")
        #expect(applied.status == 0, "\(applied.standardError)")
        #expect(applied.standardError.contains("Schema successfully updated"))
        #expect(try await scratch.blog("schema:update", "--check").status == 0)
        }
    }

    static let killRows = Int(ProcessInfo.processInfo.environment["SCHEMAKIT_KILL_ROWS"] ?? "") ?? 200_000

    /// Removes the title index and the unique email key: what the update puts back.
    static func drift(_ engine: Engine, _ database: any SchemaDatabase) async throws {
        let drop = driftStatements(engine, database.dialect)
        try await database.execute([drop.titleIndex, drop.emailUnique].map { SQLStatement(unsafeSQL: $0, kind: .dropIndex) },
                                   transactional: false)
    }

    /// Dropping the Blog's title index and its unique email key, in each engine's words.
    static func driftStatements(_ engine: Engine, _ dialect: any SQLDialect) -> (titleIndex: String, emailUnique: String) {
        let q = dialect.quoteIdentifier
        return switch engine {
        case .sqlite: ("drop index \(q("book_title_index"))", "drop index \(q("author_email_unique"))")
        case .postgresql: ("drop index \(q("book_title_index"))", "alter table \(q("author")) drop constraint \(q("author_email_unique"))")
        case .mariadb: ("alter table \(q("book")) drop index \(q("book_title_index"))",
                        "alter table \(q("author")) drop index \(q("author_email_unique"))")
        }
    }

    @Test("schema:update --run killed mid-apply: PostgreSQL and SQLite are at the old schema or the new, never between; MariaDB's re-run completes",
          arguments: engines)
    func killedMidApply(engine: Engine) async throws {
        try await Scratch.with(engine) { scratch in
        #expect(try await scratch.blog("schema:create", "--run").status == 0)
        let database = scratch.database
        let q = database.dialect.quoteIdentifier
        let titles = switch engine {
        case .sqlite: "with recursive s(n) as (select 1 union all select n + 1 from s where n < \(Self.killRows)) "
            + "insert into \(q("book")) (\(q("title")), \(q("author_id"))) select 'T' || n, 1 from s"
        case .postgresql: "insert into \(q("book")) (\(q("title")), \(q("author_id"))) select 'T' || g, 1 from generate_series(1, \(Self.killRows)) g"
        case .mariadb: "insert into \(q("book")) (\(q("title")), \(q("author_id"))) select concat('T', seq), 1 from seq_1_to_\(Self.killRows)"
        }
        try await database.execute([
            SQLStatement(unsafeSQL: "insert into \(q("author")) (\(q("name")), \(q("email"))) values ('Ann', 'ann@example.com')", kind: .copyRows),
            SQLStatement(unsafeSQL: titles, kind: .copyRows),
        ], transactional: true)
        var outcomes: [String] = []
        // Killed once the apply is seen running (an index build in the server's process
        // list; SQLite's rollback journal), then a little later each time.
        for delay in [0, 15, 40, 80] {
            try await Self.drift(engine, database)
            let old = try await database.introspect(.init())
            let process = Process()
            process.executableURL = Subprocess.directory.appendingPathComponent("blog")
            process.arguments = ["schema:update", "--run"]
            process.environment = ProcessInfo.processInfo.environment.merging(["DATABASE_URL": scratch.url]) { _, new in new }
            process.currentDirectoryURL = scratch.directory
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let seen = try await Self.waitForApply(engine, scratch, process: process)
            try await Task.sleep(for: .milliseconds(delay))
            let finished = !process.isRunning
            if !finished { kill(process.processIdentifier, SIGKILL) }
            await process.exited()
            let live = try await database.introspect(.init())
            let isNew = try await scratch.blog("schema:update", "--check").status == 0
            let state = live == old ? "old" : isNew ? "new" : "between"
            outcomes.append("\(seen ? "apply seen" : "apply not seen") + \(delay) ms: \(finished ? "finished" : "killed"), \(state)")
            if engine != .mariadb {
                #expect(state != "between", "killed \(delay) ms into the apply, the schema is neither the old one nor the new")
            }
            // Whatever was left, a re-run finishes it.
            #expect(try await scratch.blog("schema:update", "--run").status == 0)
            #expect(try await scratch.blog("schema:update", "--check").status == 0)
            #expect(try await database.rows("select count(*) from \(q("book"))") == [["\(Self.killRows)"]])
        }
        #expect(outcomes.contains { $0.hasPrefix("apply seen") && $0.contains("killed") }, "no run was killed mid-apply: \(outcomes)")
        print("killed mid-apply on \(engine) (\(Self.killRows) books): \(outcomes.joined(separator: "; "))")
        }
    }

    /// Waits until the update is applying (at most 20 s); returns whether it was seen.
    static func waitForApply(_ engine: Engine, _ scratch: Scratch, process: Process) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(20)
        let probe = switch engine {
        case .sqlite: ""
        case .postgresql: "select count(*)::text from pg_stat_activity where state = 'active' and pid <> pg_backend_pid() "
            + "and (query ilike 'create%index%' or query ilike 'alter table%')"
        case .mariadb: "select count(*) from information_schema.processlist where id <> connection_id() and info like 'alter table%'"
        }
        let journal = scratch.url.hasPrefix("sqlite:") ? String(scratch.url.dropFirst("sqlite:".count)) + "-journal" : ""
        while process.isRunning && ContinuousClock.now < deadline {
            if engine == .sqlite {
                if FileManager.default.fileExists(atPath: journal) { return true }
            } else if try await scratch.database.rows(probe).first?.first != "0" {
                return true
            }
            try await Task.sleep(for: .milliseconds(2))
        }
        return false
    }

    @Test("--lock-timeout rejects a negative wait before connecting")
    func lockTimeoutValidation() async throws {
        let result = try await Subprocess.run("blog", ["schema:update", "--run", "--lock-timeout=-1"],
                                        environment: ["DATABASE_URL": "postgres://nobody:secret@127.0.0.1:1/none"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--lock-timeout must be between 0 and 86400 seconds, not -1.0"), "\(result.standardError)")
    }

    /// A second connection to the scratch database, standing for another process.
    static func holder(_ engine: Engine, _ scratch: Scratch) async throws -> any SchemaDatabase {
        switch engine {
        case .sqlite: try await SQLiteSchemaDatabase.open(path: String(scratch.url.dropFirst("sqlite:".count)))
        case .postgresql: try await PostgresSchemaDatabase.connect(try DatabaseURL(scratch.url))
        case .mariadb: try await MySQLSchemaDatabase.connect(url: scratch.url)
        }
    }
}
