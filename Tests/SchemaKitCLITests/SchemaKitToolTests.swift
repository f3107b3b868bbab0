import Foundation
import SchemaKitCore
import SchemaKitSQLite
import Testing

/// The standalone `schemakit` executable: `diff` and `inspect` between live databases.
@Suite("schemakit: diff and inspect")
struct SchemaKitToolTests {
    static func sqlite(_ statements: [String]) async throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sk-tool-\(UUID().uuidString).sqlite").path
        let database = try await SQLiteSchemaDatabase.open(path: path)
        try await database.execute(statements.map { SQLStatement(unsafeSQL: $0, kind: .createTable) }, transactional: true)
        try await database.close()
        return path
    }

    static func schemakit(_ arguments: String...) async throws -> Subprocess.Result {
        try await Subprocess.run("schemakit", arguments)
    }

    @Test("inspect prints the schema as SQL or as canonical JSON")
    func inspect() async throws {
        let path = try await Self.sqlite(["create table \"note\" (\"id\" integer not null primary key autoincrement, \"body\" text not null)"])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sql = try await Self.schemakit("inspect", "sqlite:\(path)")
        #expect(sql.status == 0)
        #expect(sql.standardOutput == "create table \"note\" (\"id\" integer not null primary key autoincrement, \"body\" text not null);\n")
        let json = try await Self.schemakit("inspect", "sqlite:\(path)", "--format", "json")
        #expect(json.status == 0)
        let decoded = try JSONDecoder().decode(DatabaseSchema.self, from: Data(json.standardOutput.utf8))
        #expect(decoded.tables.map(\.name) == ["note"])
        #expect(try await Self.schemakit("inspect", "sqlite:\(path)", "--format", "yaml").status == 64)
    }

    @Test("diff: --check exits 2, --dump prints, --run applies, then --check exits 0")
    func diff() async throws {
        let from = try await Self.sqlite(["create table \"note\" (\"id\" integer not null primary key autoincrement, \"body\" text not null)"])
        let to = try await Self.sqlite([
            "create table \"note\" (\"id\" integer not null primary key autoincrement, \"body\" text not null, \"title\" text null)",
            "create table \"tag\" (\"id\" integer not null primary key autoincrement)",
        ])
        defer {
            try? FileManager.default.removeItem(atPath: from)
            try? FileManager.default.removeItem(atPath: to)
        }
        let check = try await Self.schemakit("diff", "--from", "sqlite:\(from)", "--to", "sqlite:\(to)", "--check")
        #expect(check.status == 2)
        #expect(check.errorLines == ["new table tag", "table note: new column title", "Databases differ: 2 difference(s)"])

        let dump = try await Self.schemakit("diff", "--from", "sqlite:\(from)", "--to", "sqlite:\(to)", "--dump")
        #expect(dump.status == 0)
        #expect(dump.standardOutput == """
            create table "tag" ("id" integer not null primary key autoincrement);

            alter table "note" add column "title" text null;

            """)

        let run = try await Self.schemakit("diff", "--from", "sqlite:\(from)", "--to", "sqlite:\(to)", "--run")
        #expect(run.status == 0)
        #expect(run.errorLines == ["Database updated"])
        let again = try await Self.schemakit("diff", "--from", "sqlite:\(from)", "--to", "sqlite:\(to)", "--check")
        #expect(again.status == 0)
        #expect(again.errorLines == ["Databases match"])
    }

    @Test("diff: bad usage and bad input")
    func badInput() async throws {
        let path = try await Self.sqlite(["create table \"note\" (\"id\" integer primary key)"])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let nothing = try await Self.schemakit("diff", "--from", "sqlite:\(path)", "--to", "sqlite:\(path)")
        #expect(nothing.status == 64)
        #expect(nothing.standardError.contains("give one of --dump, --run or --check"))

        let refused = try await Self.schemakit("diff", "--from", "sqlite:\(path)", "--to", "postgres://u:hunter2@127.0.0.1:1/x", "--check")
        #expect(refused.status == 1)
        #expect(refused.errorLines.count == 1)
        #expect(!refused.standardError.contains("hunter2"))

        let unexpected = try await Self.schemakit("inspect", "sqlite:\(path)", "postgres://u:hunter2@db/x")
        #expect(unexpected.status == 64)
        #expect(!unexpected.standardError.contains("hunter2"), "\(unexpected.standardError)")

        let missing = try await Self.schemakit("diff", "--from", "sqlite:\(path)", "--to", "sqlite:\(path).typo", "--run")
        #expect(missing.status == 1)
        #expect(missing.errorLines == ["error: No SQLite database file at '\(path).typo'"])
        #expect(!FileManager.default.fileExists(atPath: path + ".typo"))
        #expect(try await Self.schemakit("inspect", "sqlite:\(path)").standardOutput.contains("create table \"note\""), "--from kept its table")

        let malformed = try await Self.schemakit("inspect", "mysql//nope")
        #expect(malformed.status == 1)
        #expect(malformed.errorLines == ["error: Invalid database URL 'mysql//nope': it has no scheme; expected postgres://, mysql://, mariadb:// or sqlite:"])
    }

    @Test("diff between two live databases", .enabled(if: !BlogCommandTests.liveServerVariables.isEmpty, "no live server URLs; run scripts/test.sh"),
          arguments: BlogCommandTests.liveServerVariables)
    func live(variable: String) async throws {
        let base = try #require(ProcessInfo.processInfo.environment[variable])
        let url = try DatabaseURL(base)
        let names = ["a", "b"].map { "schemakit_tool_\($0)_\(UUID().uuidString.prefix(6).lowercased())" }
        let directory = FileManager.default.temporaryDirectory
        // Two databases through the blog example: one with its schema, one empty.
        for name in names {
            let created = try await Subprocess.run("blog", ["database:create"], environment: ["DATABASE_URL": urlText(url.withDatabase(name))], in: directory)
            #expect(created.status == 0, "\(created.standardError)")
        }
        let schema = try await Subprocess.run("blog", ["schema:create", "--run"], environment: ["DATABASE_URL": urlText(url.withDatabase(names[1]))], in: directory)
        #expect(schema.status == 0, "\(schema.standardError)")
        let from = urlText(url.withDatabase(names[0])), to = urlText(url.withDatabase(names[1]))
        #expect(try await Self.schemakit("diff", "--from", from, "--to", to, "--check").status == 2)
        let run = try await Self.schemakit("diff", "--from", from, "--to", to, "--run")
        #expect(run.status == 0, "\(run.standardError)")
        let check = try await Self.schemakit("diff", "--from", from, "--to", to, "--check")
        #expect(check.status == 0, "\(check.standardError)")
        let inspected = try await Self.schemakit("inspect", from, "--format", "json")
        #expect(try JSONDecoder().decode(DatabaseSchema.self, from: Data(inspected.standardOutput.utf8)).tables.count == 6)
        // Two engines: refused with a cause that names both.
        let path = try await Self.sqlite(["create table \"note\" (\"id\" integer primary key)"])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let engines = try await Self.schemakit("diff", "--from", "sqlite:\(path)", "--to", to, "--check")
        #expect(engines.status == 1)
        #expect(engines.errorLines == ["error: --from is sqlite and --to is \(variable == "SCHEMAKIT_POSTGRES_URL" ? "postgresql" : "mariadb"); diff compares databases of one engine"])
        for name in names {
            _ = try await Subprocess.run("blog", ["schema:drop", "--run", "--drop-db"], environment: ["DATABASE_URL": urlText(url.withDatabase(name))], in: directory)
        }
    }
}

/// On a terminal, SQL is highlighted (run through `script`, which gives the child a pty).
@Suite("terminal output")
struct TerminalOutputTests {
    @Test("SQL is coloured on a terminal and plain when piped; help is never coloured",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) from util-linux for a pty"))
    func highlighting() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sk-tty-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let blog = Subprocess.directory.appendingPathComponent("blog").path
        let onTerminal = try await Subprocess.runAbsolute("/usr/bin/script", ["-qec", "\(blog) schema:create --dump", "/dev/null"],
                                                     environment: ["DATABASE_URL": "sqlite:\(path)", "TERM": "xterm", "NO_COLOR": ""])
        #expect(onTerminal.status == 0)
        #expect(onTerminal.standardOutput.contains("\u{1B}[1mcreate\u{1B}[0m \u{1B}[1mtable\u{1B}[0m \u{1B}[36m\"author\"\u{1B}[0m"),
                "\(onTerminal.standardOutput.prefix(200))")
        let noColor = try await Subprocess.runAbsolute("/usr/bin/script", ["-qec", "\(blog) schema:create --dump", "/dev/null"],
                                                  environment: ["DATABASE_URL": "sqlite:\(path)", "TERM": "xterm", "NO_COLOR": "1"])
        #expect(!noColor.standardOutput.contains("\u{1B}[1m"), "NO_COLOR turns it off")
        let help = try await Subprocess.runAbsolute("/usr/bin/script", ["-qec", "\(blog) schema:drop", "/dev/null"],
                                               environment: ["DATABASE_URL": "sqlite:\(path)", "TERM": "xterm", "NO_COLOR": ""])
        #expect(help.standardOutput.contains("--drop-migrations-table"))
        #expect(!help.standardOutput.contains("\u{1B}["), "help is plain text")
    }
}
