import Foundation
@testable import SchemaKitCore
import Testing

@Suite("seeder value binding")
struct SeedBindingTests {
    /// A database that is never reached: binding is pure.
    struct Offline: SchemaDatabase {
        var dialect: any SQLDialect
        func introspect(_ options: IntrospectionOptions) async throws -> DatabaseSchema { DatabaseSchema() }
        func execute(_ statements: [SQLStatement], transactional: Bool) async throws {}
        func rows(_ sql: String) async throws -> [[String?]] { [] }
        func close() async throws {}
        var queryCount: Int { get async { 0 } }
    }

    @Test("values become escaped literals; ? inside strings, names, comments and dollar quotes stays")
    func binding() throws {
        let postgres = SeedDatabase(database: Offline(dialect: .postgreSQL))
        #expect(try postgres.bind("insert into t (a, b, c, d) values (?, ?, ?, ?)", ["it's", 42, true, nil])
            == "insert into t (a, b, c, d) values ('it''s', 42, true, null)")
        #expect(try postgres.bind("select '?', \"?\", $$ ? $$, $x$ ? $x$, ? -- ?\n", [1]) == "select '?', \"?\", $$ ? $$, $x$ ? $x$, 1 -- ?\n")
        #expect(try postgres.bind("select ?", [.date(Date(timeIntervalSince1970: 0))]) == "select '1970-01-01 00:00:00+00'")
        #expect(try postgres.bind("select ?", [.bytes(Data([0, 255]))]) == "select '\\x00ff'::bytea")

        let mysql = SeedDatabase(database: Offline(dialect: .mySQL))
        #expect(try mysql.bind("select ?, \"a\\\"?\"", ["back\\slash'"]) == "select 'back\\\\slash''', \"a\\\"?\"")
        #expect(try mysql.bind("select ?", [.date(Date(timeIntervalSince1970: 0))]) == "select '1970-01-01 00:00:00'")

        let error = try #require(throws: SchemaError.self) { try postgres.bind("select ?, ?", [1]) }
        #expect(error.message == "the statement has 2 placeholder(s) but 1 value(s) were given: select ?, ?")
    }

    @Test("an unknown seeder names the known ones")
    func unknownSeeder() throws {
        struct First: Seeder { func run(_ database: SeedDatabase) async throws {} }
        let configuration = SeederConfiguration(defaultSeeder: "Missing", seeders: [First.self])
        let error = try #require(throws: SchemaError.self) { try configuration.seeder(named: nil) }
        #expect(error.message == "no seeder named 'Missing'; known seeders: First")
        #expect(try configuration.seeder(named: "First") == First.self)
    }
}
