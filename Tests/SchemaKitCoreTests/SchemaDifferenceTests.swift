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

    @Test("an unchanged table's keys follow a renamed, a removed and a retyped table they point at; an unchanged key target is no difference")
    func unchangedTablesKeys() throws {
        func table(_ name: String, idType: String = "integer", renamedFrom: String? = nil, keys: [(String, String)] = []) -> TableSchema {
            TableSchema(name: name, columns: [ColumnSchema(name: "id", type: idType)] + keys.map { ColumnSchema(name: $0.0, type: "integer") },
                        primaryKey: PrimaryKeySchema(columns: ["id"]),
                        foreignKeys: keys.map { ForeignKeySchema(name: "\(name)_\($0.0)_foreign", columns: [$0.0],
                                                                 referencedTable: QualifiedName($0.1), referencedColumns: ["id"]) },
                        renamedFrom: renamedFrom)
        }
        // Four tables that do not change, each with a key to one that does (or, for `stays`, does not).
        let referencing = [table("a", keys: [("p_id", "publisher")]), table("b", keys: [("g_id", "gone")]),
                           table("c", keys: [("w_id", "widened")]), table("d", keys: [("s_id", "stays")])]
        let from = DatabaseSchema(tables: referencing + [table("publisher"), table("gone"), table("widened"), table("stays")])
        let to = DatabaseSchema(tables: referencing + [table("imprint", renamedFrom: "publisher"),
                                                       table("widened", idType: "bigint"), table("stays")])
        let difference = try SchemaComparator.compare(from: from, to: to, dialect: .postgreSQL)
        let changed = Dictionary(uniqueKeysWithValues: difference.changedTables.map { ($0.to.name, $0) })
        // a's key still names publisher: it now points at imprint, so it changes.
        #expect(changed["a"]?.changedForeignKeys.map(\.to.referencedTable.name) == ["publisher"])
        #expect(changed["b"]?.orphanedForeignKeys.map(\.name) == ["b_g_id_foreign"])
        #expect(changed["c"]?.changedForeignKeys.map(\.changes) == [[.columnTypeChanged]])
        #expect(changed["d"] == nil && changed["stays"] == nil)
        #expect(try SchemaComparator.compare(from: from, to: from, dialect: .postgreSQL).isEmpty)
    }
}
