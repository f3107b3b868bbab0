import Foundation
import Logging
import PostgresNIO
import SchemaKitCore
import SchemaKitPostgres
import SchemaKitService
import SchemaKitSQLite
import SchemaKitTestFixtures
import ServiceLifecycle
import Testing

/// The boot-time schema service inside a real `ServiceGroup`: a drifted database stops the
/// start-up when asked, an update brings it up to date and the service then stays up until the
/// group shuts down; on PostgreSQL through the application's own pool.
@Suite("schema service at start-up")
struct SchemaServiceTests {
    static let logger = Logger(label: "schemakit.test.service")

    static func configuration(_ database: DatabaseConfiguration) -> SchemaConfiguration {
        SchemaConfiguration(schemas: EvolutionFixtures.base, database: database)
    }

    /// Runs a group of one service until `body` returns, then shuts it down gracefully.
    static func running(_ service: SchemaService, _ body: () async throws -> Void) async throws {
        let group = ServiceGroup(services: [service], logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            try await body()
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }

    static func waitUntil(_ condition: () async throws -> Bool) async throws {
        for _ in 0..<200 {
            if try await condition() { return }
            try await Task.sleep(for: .milliseconds(25))
        }
        Issue.record("the condition never held")
    }

    @Test("SQLite: drift stops the start-up when asked; the update action applies, then the service waits for shutdown")
    func sqlite() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sk-service-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let configuration = Self.configuration(.sqlite(path: path))

        let strict = SchemaService(configuration: configuration, action: .check(failOnDrift: true), logger: Self.logger)
        let error = await #expect(throws: SchemaError.self) {
            try await ServiceGroup(services: [strict], logger: Self.logger).run()
        }
        #expect(error?.code == .schemaDrift)
        #expect(error?.message.hasPrefix("The database differs from the entities in 3 ways (new table author; new table publisher; new table book)") == true,
                "\(error?.message ?? "")")

        // Only logged: each difference a warning, and the group runs on until it is shut down.
        let records = LogRecords()
        let recording = Logger(label: "schemakit.test.service") { _ in RecordingLogHandler(records: records) }
        let warnings = { records.lines.filter { $0.hasPrefix("schema differs from the entities") } }
        try await Self.running(SchemaService(configuration: configuration, action: .check(failOnDrift: false), logger: recording)) {
            try await Self.waitUntil { warnings().count == 3 }
        }
        #expect(warnings() == ["new table author", "new table publisher", "new table book"].map {
            "schema differs from the entities difference=\($0)"
        })

        let database = try await SQLiteSchemaDatabase.open(path: path)
        let generator = SchemaGenerator(configuration, database: database)
        try await Self.running(SchemaService(configuration: configuration, action: .update(.init()), logger: Self.logger)) {
            try await Self.waitUntil { try await generator.schemaDifference().isEmpty }
        }
        try await Self.running(strict) {}
        try await database.close()
    }

    @Test("PostgreSQL: through the application's PostgresClient, update then a strict check", .enabled(if: postgresURL != nil))
    func postgres() async throws {
        try await withScratchPostgres("schemakit_service") { url in try await postgres(url) }
    }

    private func postgres(_ url: DatabaseURL) async throws {
        let client = PostgresClient(configuration: .init(host: url.host, port: url.port ?? 5432, username: url.user ?? "postgres",
                                                         password: url.password, database: url.database, tls: .disable))
        let configuration = Self.configuration(.dialect(PostgreSQLDialect()))
        let scope: SchemaService.DatabaseScope = { work in
            try await PostgresSchemaDatabase.withConnection(from: client, logger: Self.logger) { try await work($0) }
        }
        let update = SchemaService(configuration: configuration, action: .update(.init()), logger: Self.logger, database: scope)
        let strict = SchemaService(configuration: configuration, action: .check(failOnDrift: true), logger: Self.logger, database: scope)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { await client.run() }
            try await update.prepare()
            try await strict.prepare()
            try await PostgresSchemaDatabase.withConnection(from: client, logger: Self.logger) { database in
                try await database.execute([SQLStatement(unsafeSQL: "alter table book drop column title", kind: .dropColumn)], transactional: true)
            }
            let drift = await #expect(throws: SchemaError.self) { try await strict.prepare() }
            #expect(drift?.code == .schemaDrift)
            #expect(drift?.message.contains("table book: new column title") == true, "\(drift?.message ?? "")")
            tasks.cancelAll()
        }
    }
}

