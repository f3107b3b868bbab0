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
                var statements = [SQLStatement(unsafeSQL: "pragma foreign_keys = off", kind: .session)]
                statements += tables.compactMap { $0[0] }.map { SQLStatement(unsafeSQL: "drop table \(SQLiteDialect().quoteIdentifier($0))", kind: .dropTable) }
                statements.append(SQLStatement(unsafeSQL: "pragma foreign_keys = on", kind: .session))
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
                try await database.execute([SQLStatement(unsafeSQL: "drop schema public cascade", kind: .dropNamespace),
                                            SQLStatement(unsafeSQL: "create schema public", kind: .createNamespace)], transactional: true)
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
                try await database.execute([SQLStatement(unsafeSQL: "drop database \(MySQLDialect().quoteIdentifier(name))", kind: .dropDatabase),
                                            SQLStatement(unsafeSQL: "create database \(MySQLDialect().quoteIdentifier(name))", kind: .createDatabase),
                                            SQLStatement(unsafeSQL: "use \(MySQLDialect().quoteIdentifier(name))", kind: .session)],
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
                await Evolution(before: scenario.before, after: scenario.after, options: scenario.options,
                                convergesToTarget: scenario.convergesToTarget, label: "\(engine) \(scenario.name)")
                    .run(on: scratch.database)
            }
        }
    }

    /// A saved dump run through `execute(_: String)` — what MikroORM users do with
    /// `orm.schema.execute(diff)` — must be as safe as `updateSchema()`: SQLite's rebuild drops
    /// parent tables, and with `pragma foreign_keys` run inside the transaction (where SQLite
    /// ignores it) every cascading child row would go.
    @Test("SQLite: the dumped text of every scenario, run through execute, keeps every cascading child row")
    func dumpedTextKeepsCascadingRows() async throws {
        try await Self.withScratch(.sqlite) { scratch in
            var rebuilds = 0
            for scenario in EvolutionFixtures.all {
                try await scratch.reset()
                let before = Self.cascading(scenario.before), after = Self.cascading(scenario.after)
                let dialect = scratch.database.dialect
                let script = try SchemaGenerator.updateScript(
                    from: try SchemaGenerator(SchemaConfiguration(schemas: before, database: .dialect(dialect))).targetSchema(),
                    to: try SchemaGenerator(SchemaConfiguration(schemas: after, database: .dialect(dialect))).targetSchema(),
                    dialect: dialect, scenario.options)
                if script.text.contains("pragma foreign_keys = off") { rebuilds += 1 }
                await Evolution(before: before, after: after, options: scenario.options,
                                    convergesToTarget: scenario.convergesToTarget, apply: .dumpedText,
                                    label: "sqlite dumped text \(scenario.name)")
                    .run(on: scratch.database)
            }
            #expect(rebuilds >= 5, "only \(rebuilds) scenarios rebuild a table; the test would not see the cascade")
        }
    }

    /// The same models with every many-to-one key deleting its children in cascade.
    static func cascading(_ entities: [EntitySchema]) -> [EntitySchema] {
        entities.map { entity in
            var entity = entity
            entity.properties = entity.properties.map { property in
                var property = property
                if property.relation?.kind == .manyToOne { property.relation?.deleteRule = .cascade }
                return property
            }
            return entity
        }
    }

    /// Fresh seeds on every run unless `SCHEMAKIT_EVOLUTION_SEED` names the first: the range
    /// is printed, every failing seed is reported with the command that replays it (whatever
    /// fails: the model, the update, the check after it), and the run goes on to count them.
    @Test("random evolutions: A with rows → B, introspect equals B, rows kept", arguments: engines)
    func randomEvolutions(engine: Engine) async throws {
        let environment = ProcessInfo.processInfo.environment
        let count = environment["SCHEMAKIT_EVOLUTIONS"].flatMap(Int.init) ?? 300
        let firstSeed = environment["SCHEMAKIT_EVOLUTION_SEED"].flatMap(UInt64.init)
            ?? UInt64(Date().timeIntervalSince1970) * 1_000 % 1_000_000_000_000
        print("random evolutions on \(engine): seeds \(firstSeed)...\(firstSeed + UInt64(count) - 1) (SCHEMAKIT_EVOLUTION_SEED=\(firstSeed))")
        var failing: [UInt64] = []
        try await Self.withScratch(engine) { scratch in
            for offset in 0..<UInt64(count) {
                let seed = firstSeed + offset
                var random = RandomSchemas(seed: seed, engine: scratch.database.dialect.id)
                let before = random.model()
                let after = random.evolve(before)
                try await scratch.reset()
                let passed = await Evolution(
                    before: before, after: after,
                    label: "\(engine) evolution seed \(seed) (SCHEMAKIT_EVOLUTION_SEED=\(seed) SCHEMAKIT_EVOLUTIONS=1)")
                    .run(on: scratch.database)
                if !passed { failing.append(seed) }
            }
        }
        print("random evolutions on \(engine): \(count - failing.count) of \(count) passed"
              + (failing.isEmpty ? "" : "; failing seeds: \(failing.map(String.init).joined(separator: " "))"))
        #expect(failing.isEmpty, "\(engine): \(failing.count) of \(count) random evolutions failed: seeds \(failing)")
    }

    @Test("a failing update: all or nothing on PostgreSQL and SQLite; on MariaDB it lists what stays applied", arguments: engines)
    func failingUpdate(engine: Engine) async throws {
        try await Self.withScratch(engine) { scratch in
            let database = scratch.database
            let dialect = database.dialect
            let before = EvolutionFixtures.base
            var after = before
            after[0].properties.append(PropertySchema(name: "nickname", type: .string, nullable: true))
            after[0].properties[3] = PropertySchema(name: "age", type: .integer)   // not null, and one row has none
            let old = SchemaGenerator(SchemaConfiguration(schemas: before, database: .dialect(dialect)), database: database)
            try await old.createSchema()
            try await RowFiller(dialect: dialect).fill(try old.targetSchema(), on: database)
            try await database.execute([SQLStatement("update \(id: "author") set \(id: "age") = null where \(id: "id") = 1",
                                                     quotedBy: dialect, kind: .copyRows)], transactional: true)
            let new = SchemaGenerator(SchemaConfiguration(schemas: after, database: .dialect(dialect)), database: database)
            // The preflight finds the row first, on every engine (MariaDB included): nothing runs.
            let refused = try await #require(throws: SchemaError.self) { try await new.updateSchema() }
            #expect(refused.code == .preflightFailed)
            #expect(refused.message.contains("would make 1 change fail:"), "\(refused.message)")
            #expect(refused.message.contains("would fail: 1 row holds null (1)"), "\(refused.message)")
            #expect(try old.updateDifference(from: try await new.introspect()).isEmpty, "the refused update changed the schema")
            // Without the preflight the engine finds it, mid-apply.
            let error = try await #require(throws: SchemaError.self) { try await new.updateSchema(.init(preflight: false)) }
            #expect(error.code == .statementFailed)
            let live = try await new.introspect()
            if dialect.capabilities.supportsTransactionalDDL {
                #expect(error.message.contains("rolled back"), "\(error.message)")
                #expect(error.appliedStatements.isEmpty)
                #expect(try old.updateDifference(from: live).isEmpty, "the failed update left changes behind")
            } else {
                #expect(error.appliedStatements.contains { $0.contains("add `nickname`") }, "\(error.appliedStatements)")
                #expect(error.message.contains("stay applied"), "\(error.message)")
                #expect(live.table(QualifiedName("author"))?.column("nickname") != nil)
            }
            #expect(try await database.rows("select \(dialect.quoteIdentifier("id")) from \(dialect.quoteIdentifier("author"))").count == 3)
        }
    }

    @Test("PostgreSQL: a serial key becomes a uuid and back (through text; the sequence set once the column is an integer again)",
          .enabled(if: postgresURL != nil))
    func serialToUUID() async throws {
        try await Self.withScratch(.postgresql) { scratch in
            let serial = [EntitySchema(name: "Token", properties: [PropertySchema(name: "id", type: .integer, primary: true)])]
            let uuid = [EntitySchema(name: "Token", properties: [PropertySchema(name: "id", type: .uuid, primary: true)])]
            let database = scratch.database
            for (from, to) in [(serial, uuid), (uuid, serial)] {
                let generator = SchemaGenerator(SchemaConfiguration(schemas: to, database: .dialect(database.dialect)), database: database)
                if from == serial { try await SchemaGenerator(SchemaConfiguration(schemas: from, database: .dialect(database.dialect)),
                                                              database: database).createSchema() }
                try await generator.updateSchema()
                #expect(try await generator.schemaDifference().isEmpty)
            }
            // Back to serial: inserts draw from the sequence again.
            try await database.execute([SQLStatement(unsafeSQL: "insert into token default values", kind: .copyRows)], transactional: true)
            #expect(try await database.rows("select id::text from token") == [["1"]])
        }
    }

    @Test("PostgreSQL: widening a serial column widens its sequence", .enabled(if: postgresURL != nil))
    func widenedSequence() async throws {
        try await Self.withScratch(.postgresql) { scratch in
            let scenario = try #require(EvolutionFixtures.all.first { $0.name == "autoincrement-widened" })
            await Evolution(before: scenario.before, after: scenario.after, label: "widened sequence").run(on: scratch.database)
            let type = try await scratch.database.rows(
                "select data_type::text from information_schema.sequences where sequence_name = 'counter_id_seq'")
            #expect(type == [["bigint"]])
        }
    }

    @Test("at debug level the introspection queries and every difference are logged with both values")
    func verboseDiagnostics() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("schemakit-verbose-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let before = SchemaConfiguration(schemas: EvolutionFixtures.base, database: .sqlite(path: path))
        try await SchemaGenerator.withDatabase(before) { try await $0.createSchema() }
        var after = EvolutionFixtures.base
        after[0].properties[3] = PropertySchema(name: "age", type: .bigint, nullable: true)
        let records = LogRecords()
        let configuration = SchemaConfiguration(schemas: after, database: .sqlite(path: path))
        for level in [Logger.Level.notice, .debug] {
            var logger = Logger(label: "verbose") { _ in RecordingLogHandler(records: records) }
            logger.logLevel = level
            _ = try await SchemaGenerator.withDatabase(configuration, logger: logger) {
                try await $0.getUpdateSchemaSQL()
            }
        }
        let lines = records.lines
        #expect(lines.contains("schema difference difference=table author: column age: type: integer → bigint"), "\(lines)")
        #expect(lines.contains { $0.hasPrefix("query sql=select") }, "\(lines)")
        // At the default level nothing below it is logged: only the debug run shows.
        #expect(lines.filter { $0.hasPrefix("schema difference") }.count == 1)
    }
}
