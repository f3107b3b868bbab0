import Foundation
import SchemaKitCore
import SchemaKitMySQL
import SchemaKitPostgres
import SchemaKitSQLite
import Testing

/// The schema lock at the driver level: re-entrant within a task, released on failure, and on
/// SQLite one transaction that still enforces foreign keys.
@Suite("schema lock")
struct SchemaLockTests {
    @Test("released when the body fails, re-entrant inside it, exclusive against another connection",
          arguments: EvolutionTests.engines)
    func releaseAndReentrancy(engine: EvolutionTests.Engine) async throws {
        try await EvolutionTests.withScratch(engine) { scratch in
            let other = try await Self.secondConnection(to: scratch, engine)
            let database = scratch.database
            struct Planned: Error {}
            await #expect(throws: Planned.self) {
                try await database.withSchemaLock(waitingAtMost: .seconds(2)) {
                    // Taken again by the same task: runs at once instead of waiting on itself.
                    try await database.withSchemaLock(waitingAtMost: .zero) { throw Planned() }
                }
            }
            // Released: the other connection takes it at once.
            try await other.withSchemaLock(waitingAtMost: .seconds(2)) {
                // While the other holds it, this one gives up after its wait, naming the lock.
                let error = await #expect(throws: SchemaError.self) {
                    try await database.withSchemaLock(waitingAtMost: .milliseconds(300)) {}
                }
                #expect(error?.code == .timedOut)
                #expect(error?.message.contains("Another SchemaKit run is changing the schema") == true, "\(error?.message ?? "")")
            }
            try await other.close()
        }
    }

    @Test("SQLite: the lock's transaction checks foreign keys before it commits, and rolls back on rows that break one")
    func sqliteForeignKeys() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sk-lock-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let database = try await SQLiteSchemaDatabase.open(path: path)
        try await database.execute([
            SQLStatement(unsafeSQL: "create table parent (id integer primary key)", kind: .createTable),
            SQLStatement(unsafeSQL: "create table child (id integer primary key, parent_id integer references parent (id) on delete cascade)",
                         kind: .createTable),
            SQLStatement(unsafeSQL: "insert into parent values (1)", kind: .copyRows),
            SQLStatement(unsafeSQL: "insert into child values (1, 1)", kind: .copyRows),
        ], transactional: true)
        let configuration = SchemaConfiguration(schemas: [], database: .sqlite(path: path))
        let generator = SchemaGenerator(configuration, database: database)

        // A row that breaks the key, sent as text: refused at commit, nothing kept.
        let error = await #expect(throws: SchemaError.self) {
            try await generator.execute("create table note (body text); insert into child values (2, 99);")
        }
        #expect(error?.message.contains("rows would break a foreign key") == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("child") == true, "\(error?.message ?? "")")
        #expect(try await database.rows("select count(*) from child") == [["1"]])
        #expect(try await database.rows("select count(*) from sqlite_master where name = 'note'") == [["0"]])
        #expect(try await database.rows("pragma foreign_keys") == [["1"]])

        // Keys stay enforced outside the lock, and cascades still work after it.
        try await generator.execute("create table note (body text);")
        try await database.execute([SQLStatement(unsafeSQL: "delete from parent", kind: .deleteRows)], transactional: true)
        #expect(try await database.rows("select count(*) from child") == [["0"]])
        try await database.close()
    }

    static func secondConnection(to scratch: EvolutionTests.Scratch, _ engine: EvolutionTests.Engine) async throws -> any SchemaDatabase {
        switch engine {
        case .sqlite:
            let path = try #require(try await scratch.database.rows("pragma database_list").first?[2])
            return try await SQLiteSchemaDatabase.open(path: path)
        case .postgresql:
            let name = try #require(try await scratch.database.rows("select current_database()").first?[0])
            return try await PostgresSchemaDatabase.connect(try DatabaseURL(try #require(postgresURL)).withDatabase(name))
        case .mariadb:
            let name = try #require(try await scratch.database.rows("select database()").first?[0])
            return try await MySQLSchemaDatabase.connect(url: try DatabaseURL(try #require(mysqlURL)).withDatabase(name))
        }
    }
}
