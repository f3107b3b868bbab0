@testable import SchemaKitCore
import Testing

/// The comparator's memo of canonical columns gives what the dialect gives, remembered or not.
@Suite("Canonical columns, remembered")
struct CanonicalColumnsTests {
    static let dialects: [any SQLDialect] = [PostgreSQLDialect(), MySQLDialect.mySQL, MySQLDialect.mariaDB, SQLiteDialect(),
                                             SQLServerDialect.sqlServer]

    static let columns: [ColumnSchema] = [
        ColumnSchema(name: "a", type: "character varying(255)", defaultValue: "'x'::character varying"),
        ColumnSchema(name: "b", type: "character varying(255)", defaultValue: "'x'::character varying", comment: "the b"),
        ColumnSchema(name: "c", type: "character varying(255)", defaultValue: "'x'::character varying", comment: ""),
        ColumnSchema(name: "d", type: "INT(11) UNSIGNED", isNullable: true, defaultValue: "0", comment: ""),
        ColumnSchema(name: "e", type: "int unsigned", isNullable: true, defaultValue: "0", comment: "it's"),
        ColumnSchema(name: "f", type: "timestamp(3) with time zone", defaultValue: "now()", collation: "C"),
        ColumnSchema(name: "g", type: "numeric(10,2)", isNullable: true, defaultValue: "NULL", generated: GeneratedColumn("(x * 2)", storage: .stored)),
        ColumnSchema(name: "h", type: "TEXT", defaultValue: "(lower('A'))", comment: "  "),
    ]

    @Test("each column's canonical form is the dialect's, the first time and the second", arguments: 0..<dialects.count)
    func sameAsDialect(dialect index: Int) {
        let dialect = Self.dialects[index]
        var canonical = CanonicalColumns(dialect: dialect)
        for round in 1...2 {
            for column in Self.columns + Self.columns.map({ var renamed = $0; renamed.name += "_other"; return renamed }) {
                #expect(canonical[column] == dialect.canonicalColumn(column), "\(type(of: dialect)), round \(round): \(column.name)")
            }
        }
    }
}
