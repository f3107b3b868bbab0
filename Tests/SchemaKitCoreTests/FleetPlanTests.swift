import Logging
import SchemaKitCore
import SchemaKitTestFixtures
import Testing

/// Fleet planning without a server: a database that answers one fixed catalog read, and
/// tenants with odd names. A plan shared by several tenants must be, byte for byte, the plan
/// each would get alone.
@Suite("fleet planning")
struct FleetPlanTests {
    /// A database whose catalogs hold `live`; it counts reads and keeps what it is asked to run.
    final class Canned: SchemaDatabase, @unchecked Sendable {
        let dialect: any SQLDialect
        let live: DatabaseSchema
        private(set) var reads = 0

        init(dialect: any SQLDialect, live: DatabaseSchema) {
            self.dialect = dialect
            self.live = live
        }

        func introspect(_ options: IntrospectionOptions) async throws -> DatabaseSchema {
            reads += 1
            return live
        }

        func execute(_ statements: [SQLStatement], transactional: Bool) async throws {
            throw SchemaError(.statementFailed, "a canned database runs nothing")
        }

        func rows(_ sql: String) async throws -> [[String?]] { [] }
        func close() async throws {}
        var queryCount: Int { get async { reads } }
    }

    struct CannedConnector: SchemaDatabaseConnector {
        let database: Canned
        var dialect: any SQLDialect { database.dialect }
        var databaseName: String { "canned" }
        var description: String { "canned" }
        func connect(logger: Logger) async throws -> any SchemaDatabase { database }
        func databaseExists(logger: Logger, managementDatabase: String?) async throws -> Bool { true }
        func createDatabase(logger: Logger, managementDatabase: String?) async throws {}
        func dropDatabase(logger: Logger, managementDatabase: String?) async throws {}
    }

    /// Names a schema may have, quotes, spaces, semicolons and non-ASCII letters included.
    static let tenants = ["tenant_a", "tenant_b", "Tenant \"Q\"", "semi;colon", "ünïcode", "o'brien", "tenant_c", "tenant_d"]

    /// The live database: version 1 of the fleet model in every tenant's schema, as PostgreSQL's
    /// catalogs give it back (a serial column's default names its sequence with the schema), and
    /// two tenants drifted.
    static func live(dialect: any SQLDialect) throws -> DatabaseSchema {
        let v1 = SchemaGenerator(SchemaConfiguration(schemas: FleetModel.entities(tables: 4, version: 1), database: .dialect(dialect)))
        var live = DatabaseSchema()
        for tenant in tenants {
            var placed = try v1.targetSchema(schema: tenant)
            let spelled = tenant.allSatisfy { $0 == "_" || ("a"..."z").contains($0) } ? tenant : "\"" + tenant.replacing("\"", with: "\"\"") + "\""
            for table in placed.tables.indices {
                for column in placed.tables[table].columns.indices where placed.tables[table].columns[column].isAutoincrement {
                    let sequence = spelled + "." + placed.tables[table].name + "_id_seq"
                    placed.tables[table].columns[column].defaultValue = "nextval('\(sequence.replacing("'", with: "''"))'::regclass)"
                }
            }
            if tenant == "tenant_c" { placed.tables.removeLast() }
            if tenant == "tenant_d" { placed.tables[0].columns.removeLast() }
            live.tables += placed.tables
            live.namespaces += placed.namespaces
        }
        return live
    }

    @Test("a plan shared by tenants that differ only by namespace is the plan each gets alone, odd names included")
    func sharedPlansMatchDirectPlans() async throws {
        let dialect = PostgreSQLDialect()
        let database = Canned(dialect: dialect, live: try Self.live(dialect: dialect))
        let configuration = SchemaConfiguration(schemas: FleetModel.entities(tables: 4, version: 2),
                                                database: DatabaseConfiguration(dialect: dialect, connector: CannedConnector(database: database)))
        let report = try await SchemaFleet(configuration).run(.plan, .tenants(Self.tenants.map(Tenant.schema)))
        #expect(database.reads == 1)
        #expect(report.catalogReads == 1)
        // The six identical tenants share one plan; the two drifted ones have their own.
        #expect(report.plansComputed == 3)
        #expect(report.results.map(\.tenant) == Self.tenants.map(Tenant.schema))
        let generator = SchemaGenerator(configuration)
        for result in report.results {
            guard case .schema(let name) = result.tenant.location else { continue }
            let direct = try generator.updateSchemaScript(from: database.live, .init(schema: name))
            let difference = try generator.updateDifference(from: database.live, .init(schema: name))
            #expect(result.outcome == .drifted)
            #expect(result.script?.text == direct.text, "\(name)")
            #expect(result.statements == direct.statements.count)
            #expect(result.differences == difference.lines, "\(name)")
            #expect(result.script?.statements.map(\.table) == direct.statements.map(\.table), "\(name)")
        }
        // A check of the same fleet says the same, and asks for its exit code 2.
        let check = try await SchemaFleet(configuration).run(.check, .matching("*"))
        #expect(check.drifted.count == Self.tenants.count)
        #expect(check.results.allSatisfy { $0.script == nil })
        #expect(check.exitCode == 2)
    }

    @Test("fail-fast across schemas: the first failure stops the rest; a pattern never takes the default schema, and one that matches nothing is an error")
    func failFastAndPatterns() async throws {
        let dialect = PostgreSQLDialect()
        var live = try Self.live(dialect: dialect)
        live.namespaces.append("public")
        let database = Canned(dialect: dialect, live: live)
        let configuration = SchemaConfiguration(schemas: FleetModel.entities(tables: 4, version: 2),
                                                database: DatabaseConfiguration(dialect: dialect, connector: CannedConnector(database: database)))
        // The canned database runs nothing: the first apply fails, and fail-fast starts no other.
        let report = try await SchemaFleet(configuration).run(.apply, .matching("*"), .init(parallel: 1, failFast: true, preflight: false))
        #expect(report.results.count == Self.tenants.count, "every tenant but public")
        #expect(report.failed.count == 1)
        #expect(report.results.filter { $0.outcome == .skipped }.count == Self.tenants.count - 1)
        #expect(report.exitCode == 1)
        // Without fail-fast every tenant is tried.
        let all = try await SchemaFleet(configuration).run(.apply, .matching("*"), .init(parallel: 2, preflight: false))
        #expect(all.failed.count == Self.tenants.count)
        let none = await #expect(throws: SchemaError.self) { try await SchemaFleet(configuration).run(.check, .matching("nobody_*")) }
        #expect(none?.message == "No schema of canned matches 'nobody_*'")
    }

    @Test("a tenant list: URLs and names, comments skipped; a bad line is named without its password")
    func tenantList() throws {
        let list = try Tenant.list("""
            # tenants
            acme

              globex  
            postgres://app:s3cret@127.0.0.1:5432/initech
            """)
        #expect(list.map(\.description) == ["acme", "globex", "postgres://app@127.0.0.1:5432/initech"])
        #expect(list[0] == .database("acme"))

        let badURL = try #require(throws: SchemaError.self) {
            try Tenant.list("acme\npostgres://app:my secret@127.0.0.1:99999/db", source: "tenants.txt")
        }
        #expect(badURL.message.hasPrefix("tenants.txt, line 2: "), "\(badURL.message)")
        #expect(!badURL.message.contains("secret"), "\(badURL.message)")

        let twice = try #require(throws: SchemaError.self) { try Tenant.list("acme\nglobex\nacme") }
        #expect(twice.message == "tenant list, line 3: acme is already listed on line 1")
        let spaced = try #require(throws: SchemaError.self) { try Tenant.list("two words") }
        #expect(spaced.message.contains("line 1: 'two words' is neither a URL nor a database name"))
    }

    @Test("name patterns: * and ?, anchored, case-sensitive")
    func patterns() {
        #expect(NamePattern("tenant_*").matches("tenant_acme"))
        #expect(NamePattern("tenant_*").matches("tenant_"))
        #expect(!NamePattern("tenant_*").matches("Tenant_acme"))
        #expect(!NamePattern("tenant_*").matches("old_tenant_acme"))
        #expect(NamePattern("*_eu").matches("acme_eu"))
        #expect(!NamePattern("*_eu").matches("acme_eu2"))
        #expect(NamePattern("t_??").matches("t_12"))
        #expect(!NamePattern("t_??").matches("t_123"))
        #expect(NamePattern("a*b*c").matches("a-x-b-y-b-c"))
        #expect(!NamePattern("a*b*c").matches("a-x-c-b"))
        #expect(NamePattern("*").matches(""))
        #expect(NamePattern("ünï*").matches("ünïcode"))
    }

    @Test("the result table: aligned columns, reasons on one line, a summary; exit codes")
    func resultTable() {
        var report = FleetReport(action: .apply)
        var applied = FleetTenantResult(tenant: .schema("tenant_001"), outcome: .applied)
        applied.statements = 12
        applied.seconds = 0.034
        var failed = FleetTenantResult(tenant: .schema("t2"), outcome: .failed)
        failed.error = SchemaError(.statementFailed, "first line\n  second line")
        report.results = [applied, failed, FleetTenantResult(tenant: .schema("t3"), outcome: .upToDate)]
        report.catalogReads = 1
        report.plansComputed = 2
        report.queries = 40
        report.seconds = 1.5
        #expect(report.table == """
            tenant      statements  seconds  outcome
            tenant_001          12     0.03  applied
            t2                   0     0.00  failed: first line second line
            t3                   0     0.00  up to date
            3 tenants: 1 applied, 1 up to date, 1 failed; 1 catalog read, 2 plans, 40 queries in 1.50 s
            """)
        #expect(report.exitCode == 1)
        report.results.remove(at: 1)
        #expect(report.exitCode == 0)
        var check = FleetReport(action: .check)
        check.results = [FleetTenantResult(tenant: .database("a"), outcome: .drifted)]
        #expect(check.exitCode == 2)
    }
}
