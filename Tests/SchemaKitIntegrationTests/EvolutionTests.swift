import Foundation
import Logging
import SchemaKitCore
import SchemaKitMySQL
import SchemaKitPostgres
import SchemaKitSQLite
import SchemaKitTestFixtures
import Testing

/// Updates applied to live databases holding rows: each kind of change on its own, then
/// hundreds of random evolutions per engine. `SCHEMAKIT_EVOLUTIONS` sets how many (300 by
/// default), `SCHEMAKIT_EVOLUTION_SEED` the first seed; a failure prints the seed that
/// reproduces it.
@Suite("Schema updates on live databases")
struct EvolutionTests {
    enum Engine: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case sqlite, postgresql, mariadb
        var testDescription: String { rawValue }
    }

    static var engines: [Engine] {
        Engine.allCases.filter { engine in
            switch engine {
            case .sqlite: true
            case .postgresql: postgresURL != nil
            case .mariadb: mysqlURL != nil
            }
        }
    }

    /// A scratch database on `engine`; `reset` empties it between evolutions.
    struct Scratch {
        var database: any SchemaDatabase
        var reset: () async throws -> Void
        var close: () async throws -> Void
    }

    static func scratch(_ engine: Engine) async throws -> Scratch {
        let logger = Logger(label: "schemakit.test.evolution")
        let name = "schemakit_e_\(UUID().uuidString.prefix(8).lowercased())"
        switch engine {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sqlite").path
            let database = try await SQLiteSchemaDatabase.open(path: path)
            return Scratch(database: database, reset: {
                let tables = try await database.rows("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
                var statements = [SQLStatement("pragma foreign_keys = off", kind: .session)]
                statements += tables.compactMap { $0[0] }.map { SQLStatement("drop table \(SQLiteDialect().quoteIdentifier($0))", kind: .dropTable) }
                statements.append(SQLStatement("pragma foreign_keys = on", kind: .session))
                try await database.execute(statements, transactional: true)
            }, close: {
                try await database.close()
                try? FileManager.default.removeItem(atPath: path)
            })
        case .postgresql:
            let base = try DatabaseURL(try #require(postgresURL))
            let url = base.withDatabase(name)
            let connector = PostgresConnector(url: url)
            try await connector.createDatabase(logger: logger, managementDatabase: base.database)
            let database = try await PostgresSchemaDatabase.connect(url)
            return Scratch(database: database, reset: {
                try await database.execute([SQLStatement("drop schema public cascade", kind: .dropNamespace),
                                            SQLStatement("create schema public", kind: .createNamespace)], transactional: true)
            }, close: {
                try await database.close()
                try await connector.dropDatabase(logger: logger, managementDatabase: base.database)
            })
        case .mariadb:
            let base = try DatabaseURL(try #require(mysqlURL))
            let url = base.withDatabase(name)
            let connector = try MySQLConnector(url: url)
            try await connector.createDatabase(logger: logger, managementDatabase: nil)
            let database = try await MySQLSchemaDatabase.connect(url: url, logger: logger)
            return Scratch(database: database, reset: {
                try await database.execute([SQLStatement("drop database \(MySQLDialect().quoteIdentifier(name))", kind: .dropDatabase),
                                            SQLStatement("create database \(MySQLDialect().quoteIdentifier(name))", kind: .createDatabase),
                                            SQLStatement("use \(MySQLDialect().quoteIdentifier(name))", kind: .session)],
                                           transactional: false)
            }, close: {
                try await database.close()
                try await connector.dropDatabase(logger: logger, managementDatabase: nil)
            })
        }
    }

    static func withScratch(_ engine: Engine, _ body: (Scratch) async throws -> Void) async throws {
        let scratch = try await scratch(engine)
        do {
            try await body(scratch)
            try await scratch.close()
        } catch {
            try? await scratch.close()
            throw error
        }
    }

    @Test("each kind of change applies with rows in place", arguments: engines)
    func scenarios(engine: Engine) async throws {
        try await Self.withScratch(engine) { scratch in
            for scenario in EvolutionFixtures.all {
                try await scratch.reset()
                try await Evolution(before: scenario.before, after: scenario.after, options: scenario.options,
                                    convergesToTarget: scenario.convergesToTarget, label: "\(engine) \(scenario.name)")
                    .run(on: scratch.database)
            }
        }
    }

    @Test("random evolutions: A with rows → B, introspect equals B, rows kept", arguments: engines)
    func randomEvolutions(engine: Engine) async throws {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["SCHEMAKIT_EVOLUTIONS"].flatMap(Int.init) ?? 300
        let firstSeed = environment["SCHEMAKIT_EVOLUTION_SEED"].flatMap(UInt64.init) ?? 20_261_126
        try await Self.withScratch(engine) { scratch in
            for offset in 0..<UInt64(count) {
                let seed = firstSeed + offset
                var random = RandomSchemas(seed: seed)
                let before = random.model()
                let after = random.evolve(before)
                try await scratch.reset()
                try await Evolution(before: before, after: after,
                                    label: "\(engine) evolution seed \(seed) (SCHEMAKIT_EVOLUTION_SEED=\(seed) SCHEMAKIT_EVOLUTIONS=1)")
                    .run(on: scratch.database)
            }
        }
    }
}
