import Foundation
import Logging
import SchemaKitCore
import SchemaKitMySQL
import SchemaKitPostgres
import SchemaKitTestFixtures
import Testing

/// The same entities across a fleet of tenants on live servers: 200 PostgreSQL schemas in one
/// database and 50 MariaDB databases, most at an old version with rows, some new, some drifted
/// each in its own way, one broken (rows that make the new unique index fail). The fleet
/// converges but for the broken tenant, which is reported with its reason; a second run changes
/// nothing. `SCHEMAKIT_FLEET_SCHEMAS` and `SCHEMAKIT_FLEET_DATABASES` change the sizes.
@Suite("fleet")
struct FleetTests {
    static let logger = Logger(label: "schemakit.test.fleet")
    static let schemaCount = max(20, Int(ProcessInfo.processInfo.environment["SCHEMAKIT_FLEET_SCHEMAS"] ?? "") ?? 200)
    static let databaseCount = max(20, Int(ProcessInfo.processInfo.environment["SCHEMAKIT_FLEET_DATABASES"] ?? "") ?? 50)
    static let tables = 5
    static let rowsPerTable = 3

    /// Which tenants start how: `old` at version 1 with rows, `new` empty (a schema without
    /// tables, or an empty database), `drifted` at version 1 with one change of their own, and
    /// the last one broken.
    struct Layout {
        var names: [String]
        var old: Range<Int>
        var new: Range<Int>
        var drifted: Range<Int>
        var broken: Int { names.count - 1 }

        init(prefix: String, count: Int) {
            names = (0..<count).map { prefix + FleetModel.tableName($0).dropFirst(5) }
            let drifted = 9
            let fresh = count / 5
            old = 0..<(count - 1 - drifted - fresh)
            new = old.upperBound..<(old.upperBound + fresh)
            self.drifted = new.upperBound..<(new.upperBound + drifted)
        }

        /// Every tenant but the new ones: they get version 1 first.
        var seeded: [Int] { Array(old) + Array(drifted) + [broken] }

        /// Rows in every seeded tenant (the broken one's break the new unique index), and each
        /// drifted tenant's own change; a tenant is a schema, or a database on MySQL.
        func rowsAndDrifts(_ dialect: any SQLDialect) -> [SQLStatement] {
            var statements: [SQLStatement] = []
            for index in seeded {
                let table = { (table: Int) in dialect.quoteQualified(QualifiedName(FleetModel.tableName(table), schema: names[index])) }
                statements += FleetTests.rows(table, quote: dialect.quoteIdentifier, broken: index == broken)
                    .map { SQLStatement(unsafeSQL: $0, kind: .copyRows) }
                if drifted.contains(index) {
                    statements.append(SQLStatement(unsafeSQL: drift(index - drifted.lowerBound, table: table, quote: dialect.quoteIdentifier),
                                                   kind: .alterTable))
                }
            }
            return statements
        }

        /// One drift per drifted tenant, each different; `quote` quotes a name.
        func drift(_ offset: Int, table: (Int) -> String, quote: (String) -> String) -> String {
            switch offset {
            case 0: "alter table \(table(1)) drop column \(quote("created_at"))"
            case 1: "alter table \(table(2)) add column \(quote("legacy")) text"
            case 2: "drop table \(table(4))"
            case 3: "alter table \(table(0)) drop column \(quote("status"))"
            case 4: "alter table \(table(3)) add column \(quote("extra")) integer"
            case 5: "create index \(quote("drift_name")) on \(table(2)) (\(quote("name")))"
            case 6: "alter table \(table(1)) add column \(quote("flag")) integer"
            case 7: "alter table \(table(4)) add column \(quote("weird")) varchar(5)"
            default: "alter table \(table(0)) add column \(quote("old_\(offset)")) text"
            }
        }
    }

    static func configuration(version: Int, _ database: DatabaseConfiguration) -> SchemaConfiguration {
        SchemaConfiguration(schemas: FleetModel.entities(tables: tables, version: version), database: database)
    }

    /// `insert` statements for rows in every table of a tenant (`table` qualifies a name); the
    /// broken tenant's first table gets two rows with one code.
    static func rows(_ table: (Int) -> String, quote: (String) -> String, broken: Bool) -> [String] {
        (0..<tables).flatMap { index in
            (1...rowsPerTable).map { row in
                let code = broken && index == 0 ? "same" : "c\(row)"
                return "insert into \(table(index)) (\(quote("id")), \(quote("code")), \(quote("name"))) values (\(row), '\(code)', 'n\(row)')"
            }
        }
    }

    // MARK: - PostgreSQL: schemas

    @Test("PostgreSQL: 200 schemas — one catalog read, shared plans, converges but the broken one, then a no-op",
          .enabled(if: postgresURL != nil))
    func postgresSchemas() async throws {
        let base = try DatabaseURL(try #require(postgresURL))
        let url = base.withDatabase("schemakit_fleet_\(UUID().uuidString.prefix(8).lowercased())")
        let connector = PostgresConnector(url: url)
        try await connector.createDatabase(logger: Self.logger, managementDatabase: base.database)
        let database = try await PostgresSchemaDatabase.connect(url)
        do {
            try await postgresSchemas(url, database)
            try await database.close()
        } catch {
            try? await database.close()
            try? await connector.dropDatabase(logger: Self.logger, managementDatabase: base.database)
            throw error
        }
        try await connector.dropDatabase(logger: Self.logger, managementDatabase: base.database)
    }

    private func postgresSchemas(_ url: DatabaseURL, _ database: PostgresSchemaDatabase) async throws {
        let layout = Layout(prefix: "tenant_", count: Self.schemaCount)
        let dialect = PostgreSQLDialect()
        let v1 = Self.configuration(version: 1, .init(dialect: dialect, connector: PostgresConnector(url: url)))
        let v2 = Self.configuration(version: 2, .init(dialect: dialect, connector: PostgresConnector(url: url)))

        // Version 1 through the fleet itself: the schemas do not exist yet, so it creates them.
        let seeded = layout.seeded.map { layout.names[$0] }
        let setup = try await SchemaFleet(v1).run(.apply, .tenants(seeded.map(Tenant.schema)), .init(parallel: 4))
        #expect(setup.results.map(\.outcome) == Array(repeating: .applied, count: seeded.count), "\(setup.table)")
        #expect(setup.catalogReads == 1)
        #expect(setup.plansComputed == 1, "every tenant starts from nothing: one plan, moved to each schema")
        let schemas = layout.new.map { SQLStatement(unsafeSQL: "create schema \(dialect.quoteIdentifier(layout.names[$0]))", kind: .createNamespace) }
        try await database.execute(schemas + layout.rowsAndDrifts(dialect), transactional: true)

        // The check reads the catalogs once for all 200 schemas: the same queries as one read,
        // after the session settings of its connection.
        let fleet = SchemaFleet(v2)
        let check = try await fleet.run(.check, .matching("tenant_*"))
        let fresh = try await PostgresSchemaDatabase.connect(url)
        let settings = await fresh.queryCount
        try await fresh.close()
        let before = await database.queryCount
        _ = try await database.introspect(.init())
        let oneRead = settings + (await database.queryCount - before)
        #expect(check.results.count == layout.names.count)
        #expect(check.drifted.count == layout.names.count)
        #expect(check.exitCode == 2)
        #expect(check.catalogReads == 1)
        #expect(check.queries == oneRead, "\(check.queries) queries for \(layout.names.count) schemas; one read on a new connection is \(oneRead)")

        // The update: everything but the broken tenant, whose rows would break the new unique index.
        let update = try await fleet.run(.apply, .matching("tenant_*"), .init(parallel: 4))
        print("fleet: PostgreSQL \(update.summary)")
        let failed = update.failed
        #expect(failed.map(\.tenant) == [.schema(layout.names[layout.broken])], "\(update.table)")
        #expect(failed.first?.error?.code == .preflightFailed)
        #expect(failed.first?.error?.message.contains("item_000") == true, "\(failed.first?.error?.message ?? "")")
        #expect(update.results.count { $0.outcome == .applied } == layout.names.count - 1)
        #expect(update.catalogReads == 1)
        // Old tenants share one plan (the broken one too: only its rows differ), new ones another,
        // and each drifted tenant has its own.
        #expect(update.plansComputed == 2 + layout.drifted.count, "\(update.plansComputed) plans")
        #expect(update.connections <= 5, "the reading connection and at most 4 workers")
        #expect(update.exitCode == 1)

        // Read back once: every tenant but the broken one matches version 2, and its rows are there.
        let live = try await database.introspect(.init())
        let generator = SchemaGenerator(v2)
        for (index, name) in layout.names.enumerated() {
            let difference = try generator.updateDifference(from: live, .init(schema: name))
            if index == layout.broken {
                #expect(!difference.isEmpty)
            } else {
                #expect(difference.isEmpty, "\(name): \(difference.lines)")
            }
        }
        let counted = layout.old.map { "select count(*) from \(dialect.quoteQualified(QualifiedName(FleetModel.tableName(0), schema: layout.names[$0])))" }
        let total = try await database.rows("select sum(n) from (\(counted.map { "(\($0))" }.map { "select \($0) as n" }.joined(separator: " union all "))) t")
        #expect(total == [[String(layout.old.count * Self.rowsPerTable)]])

        // A second run: nothing to do but the broken tenant, which fails again for the same reason.
        let again = try await fleet.run(.apply, .matching("tenant_*"), .init(parallel: 4))
        #expect(again.results.count { $0.outcome == .upToDate } == layout.names.count - 1, "\(again.table)")
        #expect(again.failed.map(\.tenant) == [.schema(layout.names[layout.broken])])
        let recheck = try await fleet.run(.check, .matching("tenant_*"))
        #expect(recheck.drifted.map(\.tenant) == [.schema(layout.names[layout.broken])])
        #expect(recheck.exitCode == 2)
    }

    // MARK: - MariaDB: databases

    @Test("MariaDB: 50 databases on reused connections — converges but the broken one, then a no-op; fail-fast stops the rest",
          .enabled(if: mysqlURL != nil))
    func mariadbDatabases() async throws {
        let base = try DatabaseURL(try #require(mysqlURL))
        let layout = Layout(prefix: "sk_fleet_\(UUID().uuidString.prefix(6).lowercased())_", count: Self.databaseCount)
        let admin = try await MySQLSchemaDatabase.connect(url: base)
        let dialect = admin.mySQLDialect
        func each(_ sql: (String) -> String) async throws {
            try await admin.execute(layout.names.map { SQLStatement(unsafeSQL: sql(dialect.quoteIdentifier($0)), kind: .createDatabase) },
                                    transactional: false)
        }
        try await each { "create database \($0) character set utf8mb4" }
        do {
            try await mariadbDatabases(base, layout, admin)
        } catch {
            try? await each { "drop database if exists \($0)" }
            try? await admin.close()
            throw error
        }
        try await each { "drop database if exists \($0)" }
        try await admin.close()
    }

    private func mariadbDatabases(_ base: DatabaseURL, _ layout: Layout, _ admin: MySQLSchemaDatabase) async throws {
        let dialect = admin.mySQLDialect
        let connector = try MySQLConnector(url: base)
        let v1 = Self.configuration(version: 1, .init(dialect: dialect, connector: connector))
        let v2 = Self.configuration(version: 2, .init(dialect: dialect, connector: connector))

        let seeded = layout.seeded.map { Tenant.database(layout.names[$0]) }
        let setup = try await SchemaFleet(v1).run(.apply, .tenants(seeded), .init(parallel: 4))
        #expect(setup.results.map(\.outcome) == Array(repeating: .applied, count: seeded.count), "\(setup.table)")
        #expect(setup.connections <= 4, "\(setup.connections) connections: each worker keeps one and switches database")
        #expect(setup.plansComputed == 1, "empty databases share one plan")
        try await admin.execute(layout.rowsAndDrifts(dialect), transactional: false)

        let fleet = SchemaFleet(v2)
        let prefix = String(layout.names[0].dropLast(3))
        let check = try await fleet.run(.check, .matching(NamePattern(prefix + "*")))
        #expect(check.results.map(\.tenant) == layout.names.map(Tenant.database), "the matching databases, in order")
        #expect(check.drifted.count == layout.names.count)
        #expect(check.exitCode == 2)
        #expect(check.catalogReads == layout.names.count)

        // Fail-fast, one at a time, broken tenant first: it fails and nothing else starts.
        let broken = Tenant.database(layout.names[layout.broken])
        let stopped = try await fleet.run(.apply, .tenants([broken] + layout.old.map { .database(layout.names[$0]) }),
                                          .init(parallel: 1, failFast: true))
        #expect(stopped.failed.map(\.tenant) == [broken], "\(stopped.table)")
        #expect(stopped.results.count { $0.outcome == .skipped } == layout.old.count)
        #expect(stopped.exitCode == 1)

        let update = try await fleet.run(.apply, .matching(NamePattern(prefix + "*")), .init(parallel: 4))
        print("fleet: MariaDB \(update.summary)")
        #expect(update.failed.map(\.tenant) == [broken], "\(update.table)")
        #expect(update.failed.first?.error?.code == .preflightFailed)
        #expect(update.results.count { $0.outcome == .applied } == layout.names.count - 1)
        #expect(update.connections <= 4)
        #expect(update.plansComputed == 2 + layout.drifted.count, "\(update.plansComputed) plans")

        // Read back through one connection that switches database: all at version 2 but the broken one.
        let reader = try await MySQLSchemaDatabase.connect(url: base)
        let generator = SchemaGenerator(v2, database: reader)
        for (index, name) in layout.names.enumerated() {
            #expect(try await reader.switchDatabase(to: name))
            let difference = try generator.updateDifference(from: try await reader.introspect(.init()))
            #expect(difference.isEmpty == (index != layout.broken), "\(name): \(difference.lines)")
        }
        try await reader.close()
        let counted = layout.old.map { "select count(*) from \(dialect.quoteIdentifier(layout.names[$0])).\(dialect.quoteIdentifier(FleetModel.tableName(0)))" }
        let total = try await admin.rows("select sum(n) from (\(counted.map { "select (\($0)) as n" }.joined(separator: " union all "))) t")
        #expect(total == [[String(layout.old.count * Self.rowsPerTable)]])

        let again = try await fleet.run(.apply, .matching(NamePattern(prefix + "*")), .init(parallel: 4))
        #expect(again.results.count { $0.outcome == .upToDate } == layout.names.count - 1, "\(again.table)")
        #expect(again.failed.map(\.tenant) == [broken])
    }
}

/// What a fleet costs against one tenant, printed as `fleet-bench:` lines: 200 PostgreSQL schemas
/// of 50 tables each against one schema of 50 tables, for creating them, checking them
/// (no-op) and updating them, in the same run. Asserts only what does not depend on the
/// machine: one catalog read and one plan however many schemas. `SCHEMAKIT_FLEET_BENCH_SCHEMAS`
/// and `SCHEMAKIT_FLEET_BENCH_TABLES` change the sizes.
@Suite("fleet benchmark")
struct FleetBenchmarkTests {
    static let schemas = max(2, Int(ProcessInfo.processInfo.environment["SCHEMAKIT_FLEET_BENCH_SCHEMAS"] ?? "") ?? 200)
    static let tables = max(2, Int(ProcessInfo.processInfo.environment["SCHEMAKIT_FLEET_BENCH_TABLES"] ?? "") ?? 50)

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }

    struct Figures {
        var seconds: Double
        var queries: Int
        var plans: Int
        var reads: Int
    }

    @Test("PostgreSQL: 200 schemas × 50 tables against one", .enabled(if: postgresURL != nil))
    func postgres() async throws {
        let base = try DatabaseURL(try #require(postgresURL))
        var one: [String: Figures] = [:], many: [String: Figures] = [:]
        for count in [1, Self.schemas] {
            let url = base.withDatabase("schemakit_fleet_bench_\(UUID().uuidString.prefix(8).lowercased())")
            let connector = PostgresConnector(url: url)
            try await connector.createDatabase(logger: FleetTests.logger, managementDatabase: base.database)
            do {
                let measured = try await measure(url, schemas: count)
                if count == 1 { one = measured } else { many = measured }
            } catch {
                try? await connector.dropDatabase(logger: FleetTests.logger, managementDatabase: base.database)
                throw error
            }
            try await connector.dropDatabase(logger: FleetTests.logger, managementDatabase: base.database)
        }
        for phase in ["create", "check", "update", "no-op update"] {
            guard let single = one[phase], let fleet = many[phase] else { continue }
            let perTenant = fleet.seconds / Double(Self.schemas)
            print("""
                fleet-bench: PostgreSQL \(phase): 1 × \(Self.tables) tables \(Self.format(single.seconds)) s, \(single.queries) queries; \
                \(Self.schemas) × \(Self.tables) tables \(Self.format(fleet.seconds)) s, \(fleet.queries) queries, \
                \(fleet.reads) catalog read(s), \(fleet.plans) plan(s); per schema \(Self.format(perTenant * 1000)) ms = \
                \(Self.format(perTenant / max(single.seconds, 1e-6)))× one alone
                """)
            #expect(fleet.reads == 1, "\(phase): one catalog read for every schema")
            #expect(fleet.plans <= 1, "\(phase): identical schemas share a plan")
        }
    }

    private func measure(_ url: DatabaseURL, schemas: Int) async throws -> [String: Figures] {
        let dialect = PostgreSQLDialect()
        let names = (0..<schemas).map { "tenant_" + FleetModel.tableName($0).dropFirst(5) }
        func run(_ version: Int, _ action: FleetAction) async throws -> Figures {
            let configuration = SchemaConfiguration(schemas: FleetModel.entities(tables: Self.tables, version: version),
                                                    database: .init(dialect: dialect, connector: PostgresConnector(url: url)))
            let report = try await SchemaFleet(configuration).run(action, .tenants(names.map(Tenant.schema)), .init(parallel: 2))
            #expect(report.failed.isEmpty, "\(report.failed.first?.error?.message ?? "")")
            return Figures(seconds: report.seconds, queries: report.queries, plans: report.plansComputed, reads: report.catalogReads)
        }
        return [
            "create": try await run(1, .apply),
            "check": try await run(2, .check),
            "update": try await run(2, .apply),
            "no-op update": try await run(2, .apply),
        ]
    }
}
