import Foundation
import Logging
import PostgresNIO
import SchemaKitCore
import SchemaKitPostgres
import SchemaKitSQLite
import SchemaKitTestFixtures
import SQLiteNIO
import Testing

/// SchemaKit on the connections an application already has (a server's pool, its SQLite
/// connection): the schema is created and checked through them, and they stay open.
@Suite("the application's own connections")
struct ApplicationConnectionTests {
    static let logger = Logger(label: "schemakit.test.app")

    static func configuration(_ dialect: any SQLDialect) -> SchemaConfiguration {
        SchemaConfiguration(schemas: EvolutionFixtures.base, database: .dialect(dialect))
    }

    @Test("PostgreSQL: a connection of the application's and a lease from its PostgresClient; neither is closed",
          .enabled(if: postgresURL != nil))
    func postgres() async throws {
        try await withScratchPostgres("schemakit_app") { url in try await postgres(url) }
    }

    private func postgres(_ url: DatabaseURL) async throws {
        let settings = PostgresConnection.Configuration(host: url.host, port: url.port ?? 5432, username: url.user ?? "postgres",
                                                        password: url.password, database: url.database, tls: .disable)

        // A connection the application opened.
        let connection = try await PostgresConnection.connect(configuration: settings, id: 7, logger: Self.logger)
        let database = try await PostgresSchemaDatabase.using(connection, logger: Self.logger)
        let generator = SchemaGenerator(Self.configuration(database.dialect), database: database, logger: Self.logger)
        #expect(try await generator.createSchema() == .applied(statements: try generator.createSchemaScript().statements.count))
        #expect(try await generator.schemaDifference().isEmpty)
        try await database.close()
        let still = try await connection.query("select count(*)::text from author", logger: Self.logger)
        var counted: [String] = []
        for try await row in still { counted.append(try row.decode(String.self)) }
        #expect(counted == ["0"], "the application's connection stays open")
        try await connection.close()

        // A lease from the application's pool.
        let client = PostgresClient(configuration: .init(host: url.host, port: url.port ?? 5432, username: url.user ?? "postgres",
                                                         password: url.password, database: url.database, tls: .disable))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            let upToDate = try await PostgresSchemaDatabase.withConnection(from: client, logger: Self.logger) { database in
                try await SchemaGenerator(Self.configuration(database.dialect), database: database, logger: Self.logger).updateSchema()
            }
            #expect(upToDate == .upToDate)
            let drifted = try await PostgresSchemaDatabase.withConnection(from: client, logger: Self.logger) { database in
                try await database.execute([SQLStatement(unsafeSQL: "alter table author add column legacy text", kind: .addColumn)],
                                           transactional: true)
                let generator = SchemaGenerator(Self.configuration(database.dialect), database: database, logger: Self.logger)
                let outcome = try await generator.updateSchema()
                return (outcome, try await generator.schemaDifference().isEmpty)
            }
            #expect(drifted.0 != .upToDate && drifted.1, "the dropped column went, through the leased connection")
            group.cancelAll()
        }
    }

    @Test("SQLite: the application's open connection; foreign keys on, the connection left open")
    func sqlite() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sk-app-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: Self.logger)
        let database = try await SQLiteSchemaDatabase.using(connection, logger: Self.logger)
        #expect(try await database.rows("pragma database_list").first?[2] == path)
        let generator = SchemaGenerator(Self.configuration(database.dialect), database: database, logger: Self.logger)
        _ = try await generator.createSchema()
        #expect(try await generator.schemaDifference().isEmpty)
        try await database.close()
        let tables = try await connection.query("select count(*) from sqlite_master where name in ('author', 'book', 'publisher')")
        #expect(tables.first?.column("count(*)")?.integer == 3, "the connection stays open")
        let keys = try await connection.query("pragma foreign_keys")
        #expect(keys.first?.column("foreign_keys")?.integer == 1)
        try await connection.close()
    }
}
