import Foundation
import SchemaKit
import Testing

// The README's entities, exactly as the README shows them.

@Entity
struct Author {
    @PrimaryKey var id: Int
    @Property(length: 100) var name: String
    @Property(unique: true) var email: String
    var age: Int?
    @Property(default: false) var termsAccepted: Bool
    @Property(defaultRaw: "current_timestamp") var createdAt: Date
    @ManyToOne(Book.self, deleteRule: .setNull) var favouriteBook: Int?
}

@Entity
struct Book {
    @PrimaryKey var id: Int
    var title: String
}

@Suite("README")
struct ReadmeExampleTests {
    @Test("the README's macro entities give the SQL the README shows (the value-API snapshot)")
    func readmeSQL() throws {
        let dialects: [(String, any SQLDialect)] = [
            ("postgresql", .postgreSQL), ("mysql", .mySQL), ("mariadb", .mariaDB), ("sqlite", .sqlite), ("mssql", .sqlServer),
        ]
        var sql = ""
        for (name, dialect) in dialects {
            let generator = SchemaGenerator(SchemaConfiguration(entities: [Author.self, Book.self], database: .dialect(dialect)))
            sql += "-- \(name)\n" + (try generator.getCreateSchemaSQL(.init(wrap: false))) + "\n"
        }
        let snapshot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SchemaKitCoreTests/__Snapshots__/readme-example.sql")
        #expect(sql == (try String(contentsOf: snapshot, encoding: .utf8)))
    }
}
