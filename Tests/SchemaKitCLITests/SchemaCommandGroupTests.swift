import ArgumentParser
import Foundation
import SchemaKitCLI
import SchemaKitCore
import SchemaKitSQLite
import Testing

/// The schema commands mounted in an application's own command tree, run in process.
@Suite("schema commands mounted in an application", .serialized)
struct SchemaCommandGroupTests {
    /// The application's configuration: the example entities on a SQLite file set per test.
    enum Host: SchemaCommandHost {
        nonisolated(unsafe) static var path = ""
        static func configuration() async throws -> SchemaConfiguration {
            SchemaConfiguration(schemas: [
                EntitySchema(name: "Todo", properties: [
                    PropertySchema(name: "id", type: .integer, primary: true),
                    PropertySchema(name: "title", type: .string, length: 200),
                    PropertySchema(name: "done", type: .boolean, default: false),
                ]),
            ], database: .sqlite(path: path))
        }
    }

    /// The application's root command, with a command of its own beside the schema group.
    struct App: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "app", subcommands: [Serve.self, SchemaCommandGroup<Host>.self])
        struct Serve: AsyncParsableCommand {}
    }

    /// Parses `arguments` as the application would and runs the command; its exit code.
    func run(_ arguments: String...) async throws -> Int32 {
        var command = try App.parseAsRoot(arguments)
        do {
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        }
    }

    @Test("app schema create/update/drop: exit codes as the host's, the database changed through them")
    func lifecycle() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sk-group-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        Host.path = path
        #expect(try await run("schema", "update", "--check") == 1, "no database file yet: named, not created")
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try await run("schema", "create", "--run") == 0)
        #expect(try await run("schema", "update", "--check") == 0)
        let database = try await SQLiteSchemaDatabase.open(path: path)
        try await database.execute([SQLStatement(unsafeSQL: "alter table todo add column legacy text", kind: .addColumn)], transactional: true)
        #expect(try await run("schema", "update", "--check") == 2, "drift")
        #expect(try await run("schema", "update", "--run") == 0)
        #expect(try await run("schema", "update", "--check") == 0)
        // A usage error is the parser's, through validate(): the application's root reports it (exit 64).
        #expect(throws: (any Error).self) { try App.parseAsRoot(["schema", "update", "--check", "--run"]) }
        #expect(try await run("schema", "drop", "--run") == 0)
        #expect(try await database.rows("select count(*) from sqlite_master where name = 'todo'") == [["0"]])
        try await database.close()
    }

    @Test("the group's help lists its commands; a bad option is a parse error")
    func help() throws {
        let help = SchemaCommandGroup<Host>.helpMessage()
        for name in ["create", "update", "drop", "fresh", "seed", "create-database"] { #expect(help.contains(name), "\(help)") }
        #expect(SchemaCommandGroup<Host>.Update.helpMessage().contains("--tenants"))
        #expect(throws: (any Error).self) { try App.parseAsRoot(["schema", "update", "--bogus"]) }
    }
}
