import Foundation
import SchemaKitCore
import SchemaKitSQLite
import Testing

/// `schema:update` over a fleet from the command line, on SQLite files (the live fleets are in
/// the integration tests): the result table, `--check`'s exit code and list, `--dump`'s
/// per-tenant scripts, and usage errors.
@Suite("blog: schema:update across a fleet")
struct FleetCommandTests {
    typealias Scratch = BlogCommandTests.Scratch

    func rows(_ path: String, _ sql: String) async throws -> [[String?]] {
        let database = try await SQLiteSchemaDatabase.open(path: path)
        defer { Task { try? await database.close() } }
        return try await database.rows(sql)
    }

    @Test("three tenant files: update, check, drift listed by tenant, dump per tenant")
    func tenantFiles() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = { (name: String) in scratch.directory.appendingPathComponent(name).path }
        // acme is at the entities' schema already, with rows; globex and initech are empty files.
        #expect(try await scratch.blog("schema:create", "--run", "--seed", environment: ["DATABASE_URL": "sqlite:acme.sqlite"]).status == 0)
        for name in ["globex.sqlite", "initech.sqlite"] { _ = try await rows(path(name), "select 1") }
        let list = "# tenants\nacme.sqlite\nsqlite:globex.sqlite\n\ninitech.sqlite\n"
        try list.write(toFile: path("tenants.txt"), atomically: true, encoding: .utf8)

        let update = try await scratch.blog("schema:update", "--run", "--tenants", "tenants.txt", "--parallel", "2")
        #expect(update.status == 0, "\(update.standardError)")
        let lines = update.standardOutput.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(lines.first == ["tenant", "statements", "seconds", "outcome"])
        #expect(lines.dropFirst().prefix(3).map { [String($0[0]), $0[3...].joined(separator: " ")] }
            == [["acme.sqlite", "up to date"], ["sqlite:globex.sqlite", "applied"], ["initech.sqlite", "applied"]], "\(update.standardOutput)")
        #expect(update.standardOutput.contains("3 tenants: 2 applied, 1 up to date; 3 catalog reads, 2 plans"), "\(update.standardOutput)")
        #expect(try await rows(path("acme.sqlite"), "select count(*) from book") == [["2"]], "the rows stay")
        #expect(try await rows(path("initech.sqlite"), "select count(*) from sqlite_master where name = 'book'") == [["1"]])

        let clean = try await scratch.blog("schema:update", "--check", "--tenants", "tenants.txt")
        #expect(clean.status == 0, "\(clean.standardError)")

        _ = try await rows(path("initech.sqlite"), "alter table author add column nickname text null")
        let drift = try await scratch.blog("schema:update", "--check", "--tenants", "tenants.txt")
        #expect(drift.status == 2)
        // Progress in a log: a line every tenth of the way (every tenant, with three).
        #expect(drift.errorLines.filter { $0.hasPrefix("[") } == ["[1/3] done", "[2/3] done", "[3/3] done"], "\(drift.standardError)")
        #expect(drift.errorLines.filter { !$0.hasPrefix("[") }.prefix(2) == ["initech.sqlite: 1 difference(s)", "  table author: removed column nickname"],
                "\(drift.standardError)")
        #expect(drift.standardOutput.isEmpty)

        let dump = try await scratch.blog("schema:update", "--dump", "--fk-checks", "--tenants", "tenants.txt")
        #expect(dump.status == 0)
        #expect(dump.standardOutput == "-- tenant: initech.sqlite\nalter table \"author\" drop column \"nickname\";\n\n", "\(dump.standardOutput)")

        // --run --dump shows what it runs, as for one database.
        let runDump = try await scratch.blog("schema:update", "--run", "--dump", "--fk-checks", "--tenants", "tenants.txt")
        #expect(runDump.status == 0, "\(runDump.standardError)")
        #expect(runDump.standardOutput == "-- tenant: initech.sqlite\nalter table \"author\" drop column \"nickname\";\n\n",
                "\(runDump.standardOutput)")

        // A mistyped file is a failed tenant, not a new empty database.
        try "acme.sqlite\nacme.sqllite\n".write(toFile: path("typo.txt"), atomically: true, encoding: .utf8)
        let typo = try await scratch.blog("schema:update", "--check", "--tenants", "typo.txt")
        #expect(typo.status == 1)
        #expect(typo.standardError.contains("acme.sqllite failed"), "\(typo.standardError)")
        #expect(!FileManager.default.fileExists(atPath: path("acme.sqllite")))
    }

    @Test("usage and input errors: one line, the right exit code, no password")
    func badInput() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try "acme.sqlite\n".write(toFile: scratch.directory.appendingPathComponent("t.txt").path, atomically: true, encoding: .utf8)
        let both = try await scratch.blog("schema:update", "--check", "--tenants", "t.txt", "--schemas", "x*")
        #expect(both.status == 64)
        #expect(both.standardError.contains("--tenants and --schemas each name a whole fleet"), "\(both.standardError)")
        let parallel = try await scratch.blog("schema:update", "--check", "--tenants", "t.txt", "--parallel", "0")
        #expect(parallel.status == 64)
        #expect(parallel.standardError.contains("--parallel must be between 1 and 256, not 0"))
        let schema = try await scratch.blog("schema:update", "--check", "--tenants", "t.txt", "--schema", "s")
        #expect(schema.status == 64)
        #expect(schema.errorLines.first == "error: --schema 's' names one schema; a fleet (--tenants, --schemas) names its own")

        let pattern = try await scratch.blog("schema:update", "--check", "--schemas", "tenant_*")
        #expect(pattern.status == 1)
        #expect(pattern.errorLines == ["error: SQLite has no schemas or databases to match 'tenant_*'; list the tenants' databases instead (--tenants)"])
        let missing = try await scratch.blog("schema:update", "--check", "--tenants", "nowhere.txt")
        #expect(missing.status == 1)
        #expect(missing.errorLines.first?.hasPrefix("error: Cannot read the tenant list 'nowhere.txt'") == true, "\(missing.standardError)")

        try "acme.sqlite\npostgres://app:p@ss w0rd@127.0.0.1:abc/db\n".write(
            toFile: scratch.directory.appendingPathComponent("bad.txt").path, atomically: true, encoding: .utf8)
        let bad = try await scratch.blog("schema:update", "--check", "--tenants", "bad.txt")
        #expect(bad.status == 1)
        #expect(bad.errorLines.first?.hasPrefix("error: bad.txt, line 2: Invalid database URL 'postgres://app:***@127.0.0.1:abc/db'") == true,
                "\(bad.standardError)")
        #expect(!bad.standardError.contains("w0rd"))
    }
}
