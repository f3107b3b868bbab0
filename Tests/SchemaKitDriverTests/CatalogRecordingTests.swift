import Foundation
import Logging
import SchemaKitCore
@testable import SchemaKitMySQL
@testable import SchemaKitPostgres
@testable import SchemaKitSQLite
import Testing

/// `SCHEMAKIT_RECORD_CATALOG=1` re-records the JSON under `Recorded/` from real servers:
///
/// ```sh
/// SCHEMAKIT_RECORD_CATALOG=1 scripts/with-servers.sh swift test --disable-xctest --filter CatalogRecording
/// ```
///
/// Each fixture is created in a fresh database, the driver's own catalog queries run, and their
/// rows are written as they came. Off by default: the replay tests read the committed files.
let isRecording = ProcessInfo.processInfo.environment["SCHEMAKIT_RECORD_CATALOG"] == "1"

@Suite("Catalog recording", .enabled(if: isRecording, "SCHEMAKIT_RECORD_CATALOG is not 1"), .serialized)
struct CatalogRecordingTests {
    let logger = Logger(label: "schemakit.record")

    /// The `source` of a recording made from metadata.
    func source(of fixture: CatalogFixtures.MetadataFixture) -> [String] { ["metadata fixture: \(fixture.name)"] }

    func create(_ fixture: CatalogFixtures.MetadataFixture, on database: any SchemaDatabase) async throws {
        let configuration = SchemaConfiguration(schemas: fixture.entities, database: .dialect(database.dialect))
        try await SchemaGenerator(configuration, database: database).createSchema()
    }

    func run(_ statements: [String], on database: any SchemaDatabase) async throws {
        try await database.execute(statements.map { SQLStatement(unsafeSQL: $0, kind: .createTable) }, transactional: false)
    }

    // MARK: - SQLite

    @Test("SQLite: record every fixture")
    func recordSQLite() async throws {
        func record(_ name: String, source: [String], setUp: (SQLiteSchemaDatabase) async throws -> Void) async throws {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("schemakit-record-\(UUID().uuidString).sqlite").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            let database = try await SQLiteSchemaDatabase.open(path: path)
            do {
                try await setUp(database)
                let version = try await database.rows("select sqlite_version()").first?.first ?? nil
                let rows = try await SQLiteIntrospector(database: database).catalogRows()
                try RecordedCatalog(server: "SQLite \(version ?? "?")", source: source, rows: RecordedCatalog.cells(of: rows))
                    .write(engine: "sqlite", fixture: name)
                try await database.close()
            } catch {
                try? await database.close()
                throw error
            }
        }
        for fixture in CatalogFixtures.metadata {
            try await record(fixture.name, source: source(of: fixture)) { try await create(fixture, on: $0) }
        }
        try await record(CatalogFixtures.handWritten, source: CatalogFixtures.sqliteHandWritten) {
            try await run(CatalogFixtures.sqliteHandWritten, on: $0)
        }
    }

    // MARK: - PostgreSQL

    @Test("PostgreSQL: record every fixture")
    func recordPostgres() async throws {
        let base = try DatabaseURL(try #require(ProcessInfo.processInfo.environment["SCHEMAKIT_POSTGRES_URL"],
                                                "recording needs a server: run under scripts/with-servers.sh"))
        func record(_ name: String, source: [String], setUp: (PostgresSchemaDatabase) async throws -> Void) async throws {
            let url = base.withDatabase("schemakit_rec_\(UUID().uuidString.prefix(8).lowercased())")
            let connector = PostgresConnector(url: url)
            try await connector.createDatabase(logger: logger, managementDatabase: base.database)
            let database = try await PostgresSchemaDatabase.connect(url)
            do {
                try await setUp(database)
                let version = try await database.query("select version()").first?.first ?? nil
                let rows = try await PostgresIntrospector(database: database).catalogRows(.init())
                try RecordedCatalog(server: version ?? "?", source: source, rows: RecordedCatalog.cells(of: rows))
                    .write(engine: "postgres", fixture: name)
                try await database.close()
            } catch {
                try? await database.close()
                try? await connector.dropDatabase(logger: logger, managementDatabase: base.database)
                throw error
            }
            try await connector.dropDatabase(logger: logger, managementDatabase: base.database)
        }
        for fixture in CatalogFixtures.metadata + [CatalogFixtures.postgresNamespaces] {
            try await record(fixture.name, source: source(of: fixture)) { try await create(fixture, on: $0) }
        }
        try await record(CatalogFixtures.handWritten, source: CatalogFixtures.postgresHandWritten) {
            try await run(CatalogFixtures.postgresHandWritten, on: $0)
        }
    }

    // MARK: - MariaDB

    @Test("MariaDB: record every fixture")
    func recordMariaDB() async throws {
        let base = try DatabaseURL(try #require(ProcessInfo.processInfo.environment["SCHEMAKIT_MYSQL_URL"],
                                                "recording needs a server: run under scripts/with-servers.sh"))
        func record(_ name: String, source: [String], setUp: (MySQLSchemaDatabase) async throws -> Void) async throws {
            let url = base.withDatabase("schemakit_rec_\(UUID().uuidString.prefix(8).lowercased())")
            let connector = try MySQLConnector(url: url)
            try await connector.createDatabase(logger: logger, managementDatabase: nil)
            do {
                let database = try await MySQLSchemaDatabase.connect(url: url, logger: logger)
                do {
                    try await setUp(database)
                    let connection = database.connection
                    // The introspector's own queries for this server, run through the same connection.
                    let (catalog, queries) = try await MySQLIntrospector(connection: connection, dialect: database.mySQLDialect).catalog()
                    var rows: [String: [[String?]]] = [
                        "tables": catalog.tables,
                        "columns": catalog.columns,
                        "indexColumns": catalog.indexColumns,
                        "foreignKeyColumns": catalog.foreignKeyColumns,
                    ]
                    if queries.checks != nil { rows["checks"] = catalog.checks }
                    try RecordedCatalog(server: database.serverVersion, isMariaDB: connection.isMariaDB,
                                        version: connection.serverVersionNumbers, source: source, rows: rows)
                        .write(engine: "mariadb", fixture: name)
                    try await database.close()
                } catch {
                    try? await database.close()
                    throw error
                }
            } catch {
                try? await connector.dropDatabase(logger: logger, managementDatabase: nil)
                throw error
            }
            try await connector.dropDatabase(logger: logger, managementDatabase: nil)
        }
        for fixture in CatalogFixtures.metadata {
            try await record(fixture.name, source: source(of: fixture)) { try await create(fixture, on: $0) }
        }
        try await record(CatalogFixtures.handWritten, source: CatalogFixtures.mariaDBHandWritten) {
            try await run(CatalogFixtures.mariaDBHandWritten, on: $0)
        }
    }
}
