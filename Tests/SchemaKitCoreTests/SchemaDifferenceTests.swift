import SchemaKitCore
import SchemaKitTestFixtures
import Testing

/// The difference is typed: changes are values with both sides, compared structurally.
@Suite("SchemaDifference")
struct SchemaDifferenceTests {
    @Test("a column's changes carry typed old and new values")
    func columnChanges() {
        let old = ColumnSchema(name: "age", type: "int", isNullable: true, defaultValue: "0")
        let new = ColumnSchema(name: "age", type: "bigint", isNullable: false, defaultValue: nil, comment: "years")
        let changes = SchemaComparator.compare(from: old, to: new, dialect: .postgreSQL)
        #expect(changes == [
            .type(from: "int", to: "bigint"), .nullable(from: true, to: false),
            .defaultValue(from: "0", to: nil), .comment(from: nil, to: "years"),
        ])
        #expect(changes.attributes == [.type, .nullable, .defaultValue, .comment])
        #expect(changes.map(\.description) == ["type: int → bigint", "nullable: true → false", "default: 0 → none", "comment:  → years"])
    }

    @Test("differences compare structurally, not by their text")
    func structuralEquality() throws {
        let scenario = try #require(EvolutionFixtures.all.first { $0.name == "alter-columns" })
        func difference() throws -> SchemaDifference {
            let generator = { (entities: [EntitySchema]) in
                SchemaGenerator(SchemaConfiguration(schemas: entities, database: .dialect(.postgreSQL)))
            }
            return try generator(scenario.after).updateDifference(from: try generator(scenario.before).targetSchema())
        }
        let first = try difference(), second = try difference()
        #expect(first == second)
        var changed = second
        changed.changedTables[0].changedColumns[0].changes.append(.unsigned(from: false, to: true))
        #expect(changed != first)
        let author = try #require(first.changedTables.first { $0.to.name == "author" })
        let age = try #require(author.changedColumns.first { $0.to.name == "age" })
        #expect(age.changes == [.type(from: "int", to: "bigint"), .nullable(from: true, to: false), .defaultValue(from: nil, to: "0")])
    }

    @Test("a key recreated for a column type change says why")
    func foreignKeyReasons() throws {
        let base = EvolutionFixtures.base
        var after = base
        let index = try #require(after[0].properties.firstIndex { $0.name == "id" })
        after[0].properties[index] = PropertySchema(name: "id", type: .bigint, primary: true)
        let generator = { (entities: [EntitySchema]) in SchemaGenerator(SchemaConfiguration(schemas: entities, database: .dialect(.mySQL))) }
        let difference = try generator(after).updateDifference(from: try generator(base).targetSchema())
        let book = try #require(difference.changedTables.first { $0.to.name == "book" })
        #expect(book.changedForeignKeys.map(\.changes) == [[.columnTypeChanged]])
    }
}
