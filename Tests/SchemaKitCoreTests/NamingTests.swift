import SchemaKitCore
import Testing

@Suite("naming strategies")
struct NamingTests {
    @Test(arguments: [
        ("BookTag", "book_tag"), ("BookTag2", "book_tag2"), ("ABCThing", "abcthing"), ("author", "author"),
        ("favouriteBook", "favourite_book"), ("createdAtUTC", "created_at_utc"), ("ünïCode", "ünïcode"),
    ])
    func underscore(input: String, expected: String) {
        #expect(UnderscoreNamingStrategy().tableName(forEntity: input) == expected)
    }

    @Test func underscoreRelationsAndConstraints() {
        let naming = UnderscoreNamingStrategy()
        #expect(naming.joinColumnName(forProperty: "favouriteBook", referencedColumn: "id") == "favourite_book_id")
        #expect(naming.joinColumnName(forProperty: "authorId", referencedColumn: "id") == "author_id")
        #expect(naming.joinColumnName(forProperty: "paid", referencedColumn: "id") == "paid_id")
        #expect(naming.joinColumnName(forProperty: "car", referencedColumn: "year") == "car_year")
        #expect(naming.pivotTableName(ownerTable: "book", property: "tags") == "book_tags")
        #expect(naming.pivotColumnName(table: "book_tag", referencedColumn: "id") == "book_tag_id")
        #expect(naming.indexName(table: "auth.users", columns: ["meta.key"], kind: .unique) == "users_meta_key_unique")
        #expect(naming.indexName(table: "author", columns: [], kind: .primary) == "author_pkey")
        #expect(naming.indexName(table: "book", columns: ["author_id"], kind: .foreign) == "book_author_id_foreign")
    }

    @Test func entityCase() {
        let naming = EntityCaseNamingStrategy()
        #expect(naming.tableName(forEntity: "BookTag") == "BookTag")
        #expect(naming.columnName(forProperty: "createdAt") == "createdAt")
        #expect(naming.joinColumnName(forProperty: "favouriteBook", referencedColumn: "id") == "favouriteBook_id")
        #expect(naming.joinColumnName(forProperty: "authorId", referencedColumn: "id") == "authorId")
    }

    /// 58 bytes: a valid table name whose generated constraint names pass every limit.
    static let longTable = "a_table_whose_name_is_long_enough_to_push_generated_names"

    @Test("names past 63 bytes are shortened with a hash on PostgreSQL, past 64 on MySQL")
    func truncation() throws {
        let entity = EntitySchema(name: "Long", tableName: Self.longTable, properties: [
            PropertySchema(name: "id", type: .integer, primary: true),
            PropertySchema(name: "someRatherLongColumnName", type: .string, unique: true),
            PropertySchema(name: "another", type: .string, index: true),
        ])
        var sql = ""
        let dialects: [(String, any SQLDialect)] = [("postgresql", .postgreSQL), ("mysql", .mySQL)]
        for (name, dialect) in dialects {
            let schema = try SchemaGenerator(SchemaConfiguration(schemas: [entity], database: .dialect(dialect))).targetSchema()
            let table = try #require(schema.tables.first)
            for index in table.indexes {
                #expect(index.name.utf8.count <= dialect.maxIdentifierLength ?? .max)
                sql += "\(name): \(index.name) (\(index.name.utf8.count) bytes)\n"
            }
        }
        assertSnapshot(sql, named: "naming-truncation.txt")
        // The same long name always gives the same short one, and different names differ.
        let a = PostgreSQLDialect().constraintName(Self.longTable + "_x_unique", kind: .unique)
        let b = PostgreSQLDialect().constraintName(Self.longTable + "_y_unique", kind: .unique)
        #expect(a != b)
        #expect(a == PostgreSQLDialect().constraintName(Self.longTable + "_x_unique", kind: .unique))
        #expect(a.hasSuffix("_unique"))
    }

    @Test("names the dialect would cut are refused, not silently shortened")
    func overlongNames() throws {
        let name = String(repeating: "n", count: 64)
        let entity = EntitySchema(name: "Long", tableName: name, properties: [
            PropertySchema(name: "id", type: .integer, primary: true),
            PropertySchema(name: "x", type: .string, fieldNames: [String(repeating: "ü", count: 32)]),
        ])
        let generator = SchemaGenerator(SchemaConfiguration(schemas: [entity], database: .dialect(.postgreSQL)))
        let error = try #require(throws: SchemaError.self) { try generator.getCreateSchemaSQL() }
        #expect(error.issues.map(\.description) == [
            "\(name): table name '\(name)' is 64 bytes long; postgresql allows 63",
            "\(name).\(String(repeating: "ü", count: 32)): column name '\(String(repeating: "ü", count: 32))' is 64 bytes long; postgresql allows 63",
        ])
        // SQLite has no limit.
        #expect(throws: Never.self) {
            try SchemaGenerator(SchemaConfiguration(schemas: [entity], database: .dialect(.sqlite))).getCreateSchemaSQL()
        }
    }
}
