import Foundation
import SchemaKitCore
import SchemaKitSQLite
import Testing

/// The Blog example's executable, which hosts the schema commands, run as a subprocess
/// against a SQLite file (and, when the servers are there, PostgreSQL and MariaDB).
@Suite("blog: the schema commands")
struct BlogCommandTests {
    /// A scratch directory with `DATABASE_URL` pointing at a SQLite file in it.
    struct Scratch {
        let directory: URL
        var path: String { directory.appendingPathComponent("blog.sqlite").path }
        var environment: [String: String] { ["DATABASE_URL": "sqlite:\(path)"] }

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("sk-cli-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }

        func blog(_ arguments: String..., environment extra: [String: String] = [:]) async throws -> Subprocess.Result {
            try await blog(arguments: arguments, environment: extra)
        }

        func blog(arguments: [String], environment extra: [String: String] = [:]) async throws -> Subprocess.Result {
            try await Subprocess.run("blog", arguments, environment: environment.merging(extra) { _, new in new }, in: directory)
        }

        func rows(_ sql: String) async throws -> [[String?]] {
            let database = try await SQLiteSchemaDatabase.open(path: path)
            defer { Task { try? await database.close() } }
            return try await database.rows(sql)
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    @Test("--help and usage errors never touch the database")
    func helpNeedsNoDatabase() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let refused = ["DATABASE_URL": "postgres://nobody:secret@127.0.0.1:1/none"]
        let help = try await scratch.blog("--help", environment: refused)
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("schema:create"))
        #expect(help.standardOutput.contains("seeder:run"))
        #expect(help.standardError.isEmpty)

        let commandHelp = try await scratch.blog("schema:update", environment: refused)
        #expect(commandHelp.status == 0, "neither --run nor --dump: the command's help")
        #expect(commandHelp.standardOutput.contains("--no-drop-tables"))
        #expect(commandHelp.standardOutput.contains("--check"))

        let none = try await scratch.blog(environment: refused)
        #expect(none.status == 64)
        #expect(none.standardError.contains("schema:fresh"))
    }

    @Test("create, seed, check, drift, update, drop: messages on stderr, SQL on stdout")
    func lifecycle() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }

        let dump = try await scratch.blog("schema:create", "--dump")
        #expect(dump.status == 0)
        #expect(dump.standardOutput.hasPrefix("""
            create table "author" ("id" integer not null primary key autoincrement, "name" text not null, \
            "email" text not null, "born" datetime null, "created_at" datetime not null default current_timestamp);
            """), "\(dump.standardOutput)")
        #expect(!dump.standardOutput.contains("\u{1B}["), "piped output is plain")
        // The README shows this very output.
        let readme = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        let shown = readme.components(separatedBy: "$ swift run blog schema:create --dump\n").dropFirst().first?
            .components(separatedBy: "```").first
        #expect(shown == dump.standardOutput, "README's schema:create --dump block is out of date")
        #expect(dump.standardError.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: scratch.path), "a create dump opens no connection")

        let created = try await scratch.blog("schema:create", "--run", "--seed")
        #expect(created.status == 0, "\(created.standardError)")
        #expect(created.errorLines == ["Schema successfully created", "Seeder DatabaseSeeder successfully executed"])
        #expect(created.standardOutput.isEmpty)
        #expect(try await scratch.rows("select count(*) from book") == [["2"]])
        #expect(try await scratch.rows("select body from comment where reply_to_id = 1") == [["Agreed; it's wonderful."]])

        let upToDate = try await scratch.blog("schema:update", "--check")
        #expect(upToDate.status == 0)
        #expect(upToDate.errorLines == ["Schema is up-to-date"])

        // Drift: a column the entities do not have.
        _ = try await scratch.rows("alter table author add column nickname text null")
        let drift = try await scratch.blog("schema:update", "--check")
        #expect(drift.status == 2)
        #expect(drift.errorLines == ["table author: removed column nickname", "Schema is not up-to-date: 1 difference(s)"])

        let update = try await scratch.blog("schema:update", "--dump", "--fk-checks")
        #expect(update.status == 0)
        #expect(update.standardOutput == "alter table \"author\" drop column \"nickname\";\n")

        let safe = try await scratch.blog("schema:update", "--dump", "--safe")
        #expect(safe.status == 0)
        #expect(safe.standardOutput.isEmpty)
        #expect(safe.errorLines == ["Schema is up-to-date"])

        let run = try await scratch.blog("schema:update", "--run")
        #expect(run.errorLines == ["Schema successfully updated"])
        #expect(try await scratch.blog("schema:update", "--check").status == 0)
        #expect(try await scratch.rows("select count(*) from author") == [["2"]], "rows survive the update")

        let dropDump = try await scratch.blog("schema:drop", "--dump")
        #expect(dropDump.standardOutput == """
            pragma foreign_keys = off;

            drop table if exists "book_tags";
            drop table if exists "tag";
            drop table if exists "comment";
            drop table if exists "book";
            drop table if exists "publisher";
            drop table if exists "author";

            pragma foreign_keys = on;

            """)
        let dropped = try await scratch.blog("schema:drop", "--run")
        #expect(dropped.errorLines == ["Schema successfully dropped"])
        #expect(try await scratch.rows("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").isEmpty)

        let fresh = try await scratch.blog("schema:fresh", "--run", "--seed", "TagSeeder")
        #expect(fresh.errorLines == ["Schema successfully dropped and recreated", "Seeder TagSeeder successfully executed"])
        #expect(try await scratch.rows("select count(*) from tag") == [["2"]])
        #expect(try await scratch.rows("select count(*) from book") == [["0"]])

        let seeded = try await scratch.blog("seeder:run", "--class", "TagSeeder")
        #expect(seeded.status == 1, "the tags exist already: a unique violation")
        #expect(seeded.errorLines.count == 1)
        #expect(seeded.errorLines.first?.hasPrefix("error: ") == true)
    }

    @Test("without DATABASE_URL the example uses blog.sqlite in the working directory")
    func sqliteDefault() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let fresh = try await Subprocess.run("blog", ["schema:fresh", "--run", "--seed"], in: scratch.directory)
        #expect(fresh.errorLines == ["Schema successfully dropped and recreated", "Seeder DatabaseSeeder successfully executed"])
        #expect(FileManager.default.fileExists(atPath: scratch.directory.appendingPathComponent("blog.sqlite").path))
        #expect(try await Subprocess.run("blog", ["schema:update", "--check"], in: scratch.directory).status == 0)
    }

    @Test("bad input: one line on stderr, a non-zero exit, no password")
    func badInput() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let unknownFlag = try await scratch.blog("schema:create", "--bogus")
        #expect(unknownFlag.status == 64)
        #expect(unknownFlag.standardError.contains("Unknown option '--bogus'"))

        let checkAndRun = try await scratch.blog("schema:update", "--check", "--run")
        #expect(checkAndRun.status == 64)
        #expect(checkAndRun.errorLines.first == "error: --check only reads; it cannot be combined with --run")

        let freshDump = try await scratch.blog("schema:fresh", "--dump")
        #expect(freshDump.status == 64, "schema:fresh has no --dump")

        let badURL = try await scratch.blog("schema:update", "--dump", environment: ["DATABASE_URL": "postgress://x@y/z"])
        #expect(badURL.status == 1)
        #expect(badURL.errorLines == ["error: No driver for postgress:// URLs (postgress://x@y/z); this program opens sqlite:, postgres://, mysql://, mariadb://"])

        let typo = try await scratch.blog("schema:update", "--dump", environment: ["DATABASE_URL": "mysql//app:s3cr3t-pw@db/blog"])
        #expect(typo.status == 1)
        #expect(typo.errorLines.count == 1)
        #expect(!typo.standardError.contains("s3cr3t"), "\(typo.standardError)")

        for url in ["postgres://app:s3cr3t-pw@127.0.0.1:1/blog", "mysql://app:s3cr3t-pw@127.0.0.1:1/blog"] {
            let refused = try await scratch.blog("schema:update", "--dump", environment: ["DATABASE_URL": url])
            #expect(refused.status == 1)
            #expect(refused.errorLines.count == 1, "\(refused.standardError)")
            #expect(refused.standardError.hasPrefix("error: Cannot connect to"), "\(refused.standardError)")
            #expect(refused.standardError.contains("127.0.0.1"))
            #expect(!refused.standardError.contains("s3cr3t"))
            #expect(!refused.standardError.contains("Fatal error"))
        }

        let createThenFail = try await scratch.blog("schema:create", "--run", "--seed", "Nope")
        #expect(createThenFail.status == 1)
        #expect(createThenFail.errorLines == ["error: no seeder named 'Nope'; known seeders: DatabaseSeeder, TagSeeder"])
        #expect(!FileManager.default.fileExists(atPath: scratch.path), "nothing was created before the seeder was found missing")

        for command in [["schema:update", "--check"], ["schema:drop", "--run"], ["seeder:run"]] {
            let missing = try await scratch.blog(arguments: command)
            #expect(missing.status == 1)
            #expect(missing.errorLines == ["error: Database sqlite:\(scratch.path) does not exist; create it with database:create or schema:create --run"])
            #expect(!FileManager.default.fileExists(atPath: scratch.path), "\(command) left an empty database behind")
        }

        let unknownSeeder = try await scratch.blog("seeder:run", "--class", "Nope")
        #expect(unknownSeeder.status == 1)
        #expect(unknownSeeder.errorLines == ["error: no seeder named 'Nope'; known seeders: DatabaseSeeder, TagSeeder"])
    }

    @Test("the other flags: short forms, --no-drop-tables, --drop-migrations-table, --fk-checks, schema:fresh --drop-db")
    func otherFlags() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let wrapped = try await scratch.blog("schema:create", "-d")
        #expect(wrapped.status == 0)
        #expect(try await scratch.blog("schema:create", "-r").errorLines == ["Schema successfully created"])

        // A table the entities do not know: update drops it, unless told not to.
        _ = try await scratch.rows("create table legacy (id integer primary key)")
        let keep = try await scratch.blog("schema:update", "--dump", "--no-drop-tables")
        #expect(keep.standardOutput.isEmpty)
        #expect(keep.errorLines == ["Schema is up-to-date"])
        // --check judges by the same rules: what --no-drop-tables or --safe keeps is no drift.
        #expect(try await scratch.blog("schema:update", "--check", "--no-drop-tables").status == 0)
        #expect(try await scratch.blog("schema:update", "--check", "--safe").status == 0)
        let drift = try await scratch.blog("schema:update", "--check")
        #expect(drift.status == 2)
        #expect(drift.errorLines == ["removed table legacy", "Schema is not up-to-date: 1 difference(s)"])
        // SQLite drops tables with foreign keys off whatever the wrapping: a drop must never cascade,
        // and the script stops first if it runs where the pragma cannot take effect (a transaction).
        let guarded = """
            pragma foreign_keys = off;

            create temp table "schemakit_foreign_keys_guard" ("foreign_keys" integer, constraint "foreign keys are on: this script \
            drops or rebuilds tables, which would delete the rows of child tables; run it outside a transaction, where its pragma \
            foreign_keys = off takes effect" check ("foreign_keys" = 0));
            insert into "temp"."schemakit_foreign_keys_guard" select foreign_keys from pragma_foreign_keys;
            drop table "temp"."schemakit_foreign_keys_guard";

            drop table if exists "legacy";

            pragma foreign_key_check;

            pragma foreign_keys = on;

            """
        #expect(try await scratch.blog("schema:update", "--dump", "--fk-checks").standardOutput == guarded)
        #expect(try await scratch.blog("schema:update", "--dump").standardOutput == guarded)

        let drops = ["book_tags", "tag", "comment", "book", "publisher", "author"].map { "drop table if exists \"\($0)\";\n" }.joined()
        #expect(try await scratch.blog("schema:drop", "--dump", "--fk-checks").standardOutput == drops)
        let migrations = try await scratch.blog("schema:drop", "--dump", "--drop-migrations-table", "--fk-checks")
        #expect(migrations.standardOutput == drops + "drop table if exists \"schemakit_migrations\";\n")

        let fresh = try await scratch.blog("schema:fresh", "--run", "--drop-db")
        #expect(fresh.errorLines == ["Schema successfully dropped and recreated"], "\(fresh.standardError)")
        #expect(try await scratch.rows("select name from sqlite_master where name = 'legacy'").isEmpty, "the whole database was dropped")

        let dropDb = try await scratch.blog("schema:drop", "--run", "--drop-db")
        #expect(dropDb.errorLines == ["Schema successfully dropped (database sqlite:\(scratch.path) dropped)"])
        #expect(!FileManager.default.fileExists(atPath: scratch.path))
    }

    @Test("database:create, and verbose diagnostics")
    func databaseCreateAndVerbose() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let created = try await scratch.blog("database:create")
        #expect(created.errorLines == ["Database sqlite:\(scratch.path) created"])
        #expect(try await scratch.blog("database:create").errorLines == ["Database sqlite:\(scratch.path) already exists"])

        let verbose = try await scratch.blog("schema:update", "--check", environment: ["SCHEMAKIT_CLI_VERBOSE": "1"])
        #expect(verbose.status == 2)
        #expect(verbose.standardError.contains("query"), "the introspection queries")
        #expect(verbose.standardError.contains("difference=new table author"), "\(verbose.standardError)")
        let quiet = try await scratch.blog("schema:update", "--check")
        #expect(!quiet.standardError.contains("query"))
    }

    static let liveServerVariables = ["SCHEMAKIT_POSTGRES_URL", "SCHEMAKIT_MYSQL_URL"].filter { ProcessInfo.processInfo.environment[$0] != nil }

    @Test("the same commands on the live servers", .enabled(if: !liveServerVariables.isEmpty, "no live server URLs; run scripts/test.sh"),
          arguments: liveServerVariables)
    func liveServers(variable: String) async throws {
        let base = try #require(ProcessInfo.processInfo.environment[variable])
        let scratch = try Scratch()
        defer { scratch.remove() }
        let url = try DatabaseURL(base).withDatabase("schemakit_cli_\(UUID().uuidString.prefix(8).lowercased())")
        let environment = ["DATABASE_URL": urlText(url)]
        #expect(try await scratch.blog("database:create", environment: environment).status == 0)
        let fresh = try await scratch.blog("schema:fresh", "--run", "--seed", environment: environment)
        #expect(fresh.errorLines == ["Schema successfully dropped and recreated", "Seeder DatabaseSeeder successfully executed"],
                "\(fresh.standardError)")
        let check = try await scratch.blog("schema:update", "--check", environment: environment)
        #expect(check.status == 0, "\(check.standardError)")
        #expect(check.errorLines == ["Schema is up-to-date"])

        // Drift on the server: update --dump, --run, then a seeder by its short flag.
        let extra = try await scratch.blog("schema:update", "--dump", "--safe", environment: environment)
        #expect(extra.status == 0)
        #expect(extra.errorLines == ["Schema is up-to-date"])
        #expect(try await scratch.blog("seeder:run", "-c", "TagSeeder", environment: environment).status == 1, "the tags exist: a unique violation")

        if variable == "SCHEMAKIT_POSTGRES_URL" {
            let tenant = try await scratch.blog("schema:create", "--run", "--schema", "tenant", "--seed", environment: environment)
            #expect(tenant.errorLines == ["Schema successfully created", "Seeder DatabaseSeeder successfully executed"],
                    "\(tenant.standardError)")
            let tenantCheck = try await scratch.blog("schema:update", "--check", "--schema", "tenant", environment: environment)
            #expect(tenantCheck.errorLines == ["Schema is up-to-date"], "\(tenantCheck.standardError)")
            let dump = try await scratch.blog("schema:create", "--dump", "--schema", "tenant", "--fk-checks", environment: environment)
            #expect(dump.standardOutput.hasPrefix("create schema if not exists \"tenant\";\n"), "\(dump.standardOutput.prefix(200))")
        }

        var wrong = try DatabaseURL(base)
        wrong.password = "not-the-password"
        let denied = try await scratch.blog("schema:update", "--dump", environment: ["DATABASE_URL": urlText(wrong)])
        #expect(denied.status == 1)
        #expect(denied.errorLines.count == 1, "\(denied.standardError)")
        #expect(denied.standardError.hasPrefix("error: Cannot connect to"), "\(denied.standardError)")
        #expect(denied.standardError.contains(url.host))
        #expect(!denied.standardError.contains("not-the-password"))

        // The password outside the URL, where `ps` cannot show it: PGPASSWORD, MYSQL_PWD.
        var bare = url
        let password = try #require(bare.password)
        bare.password = nil
        let passwordVariable = variable == "SCHEMAKIT_POSTGRES_URL" ? "PGPASSWORD" : "MYSQL_PWD"
        let fromEnvironment = try await scratch.blog("schema:update", "--check",
                                               environment: ["DATABASE_URL": urlText(bare), passwordVariable: password])
        #expect(fromEnvironment.status == 0, "\(fromEnvironment.standardError)")
        let noPassword = try await scratch.blog("schema:update", "--check",
                                          environment: ["DATABASE_URL": urlText(bare), "HOME": scratch.directory.path])
        #expect(noPassword.status == 1)
        #expect(noPassword.standardError.contains("no password was found") || noPassword.standardError.contains("none was found"),
                "\(noPassword.standardError)")

        let dropped = try await scratch.blog("schema:drop", "--run", "--drop-db", environment: environment)
        #expect(dropped.status == 0, "\(dropped.standardError)")
    }
}

/// A URL written out with its password, for a child process's environment.
func urlText(_ url: DatabaseURL) -> String {
    let credentials = (url.user ?? "") + (url.password.map { ":" + $0 } ?? "") + (url.user == nil ? "" : "@")
    let query = url.parameters.isEmpty ? "" : "?" + url.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
    return "\(url.scheme.rawValue)://\(credentials)\(url.host)\(url.port.map { ":\($0)" } ?? "")/\(url.database)\(query)"
}
