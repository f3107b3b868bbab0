import SchemaKitCore
import SchemaKitTestFixtures
import Testing

@Suite("getCreateSchemaSQL")
struct CreateSchemaSQLTests {
    static let dialects: [(String, any SQLDialect)] = [
        ("postgresql", .postgreSQL), ("mysql", .mySQL), ("mariadb", .mariaDB), ("sqlite", .sqlite), ("mssql", .sqlServer),
    ]

    static func generator(_ dialect: any SQLDialect, options: SchemaGeneratorOptions = .init()) -> SchemaGenerator {
        SchemaGenerator(SchemaConfiguration(entities: BlogModel.entities, database: .dialect(dialect),
                                            schemaGenerator: options))
    }

    @Test("the whole fixture model, per dialect", arguments: dialects.map(\.0))
    func wholeModel(dialect name: String) throws {
        let dialect = try #require(Self.dialects.first { $0.0 == name }?.1)
        let sql = try Self.generator(dialect).getCreateSchemaSQL()
        assertSnapshot(sql, named: "create-blog.\(name).sql")
    }

    @Test("drop SQL from metadata, per dialect", arguments: dialects.map(\.0))
    func dropFromMetadata(dialect name: String) throws {
        let dialect = try #require(Self.dialects.first { $0.0 == name }?.1)
        let sql = try Self.generator(dialect).dropSchemaScript(.init(dropMigrationsTable: true)).text
        assertSnapshot(sql, named: "drop-blog.\(name).sql")
    }

    @Test("output is byte-for-byte deterministic", arguments: dialects.map(\.0))
    func deterministic(dialect name: String) throws {
        let dialect = try #require(Self.dialects.first { $0.0 == name }?.1)
        let first = try Self.generator(dialect).getCreateSchemaSQL()
        // Registration order must not change the output.
        let shuffled = SchemaGenerator(SchemaConfiguration(entities: BlogModel.entities.reversed(), database: .dialect(dialect)))
        #expect(try shuffled.getCreateSchemaSQL() == first)
    }

    @Test func options() throws {
        let options = SchemaGeneratorOptions(
            disableForeignKeys: true, createForeignKeyConstraints: false,
            skipTables: ["person", .regex(/^author_/)],
            skipColumns: ["author": ["internal_notes", .regex(/^settings/)], "book": ["book_code"]])
        var sql = ""
        for (name, dialect) in Self.dialects where name != "mariadb" {
            sql += "-- \(name), wrap\n" + (try Self.generator(dialect, options: options).getCreateSchemaSQL())
            sql += "-- \(name), no wrap, schema 'tenant'\n"
                + (try Self.generator(dialect, options: options).getCreateSchemaSQL(.init(wrap: false, schema: "tenant")))
        }
        assertSnapshot(sql, named: "create-options.sql")
    }

    @Test func readmeExample() throws {
        var sql = ""
        for (name, dialect) in Self.dialects {
            let generator = SchemaGenerator(SchemaConfiguration(entities: [ReadmeAuthor.self, ReadmeBook.self], database: .dialect(dialect)))
            sql += "-- \(name)\n" + (try generator.getCreateSchemaSQL(.init(wrap: false))) + "\n"
        }
        assertSnapshot(sql, named: "readme-example.sql")
    }

    @Test("dialect-specific features render or fail loudly")
    func dialectSpecific() throws {
        struct Doc: Entity {
            var id: Int
            var title: String
            var deletedAt: Date?
            static let schema = EntitySchema(Doc.self) {
                PrimaryKey(\.id)
                Property(\.title)
                Property(\.deletedAt)
                Indexed(\.title, name: "doc_live_title", where: "deleted_at is null")
                Indexed<Doc>(expression: "lower(title)", name: "doc_lower_title")
            }
        }
        var sql = ""
        for (name, dialect) in Self.dialects {
            let generator = SchemaGenerator(SchemaConfiguration(entities: [Doc.self], database: .dialect(dialect)))
            do {
                sql += "-- \(name)\n" + (try generator.getCreateSchemaSQL(.init(wrap: false)))
            } catch let error as SchemaError {
                #expect(error.code == .unsupportedByDialect)
                sql += "-- \(name): \(error.message)\n"
            }
        }
        assertSnapshot(sql, named: "create-partial-expression-indexes.sql")
    }

    @Test("hostile names and values are quoted, never spliced")
    func hostileNames() throws {
        let entity = EntitySchema(
            name: "Hostile", tableName: #"we"ird`; drop table x; --"#, comment: "it's a \"table\"; -- \\",
            properties: [
                PropertySchema(name: "id", type: .integer, primary: true),
                PropertySchema(name: "naïve ; col", type: .string, default: "O'Reilly \\ `x`", comment: "c'mt"),
                PropertySchema(name: "ünï", type: .enumeration, unique: true, enumItems: ["a'b", "c\"d"]),
            ])
        var sql = ""
        for (name, dialect) in Self.dialects {
            let generator = SchemaGenerator(SchemaConfiguration(schemas: [entity], database: .dialect(dialect)))
            sql += "-- \(name)\n" + (try generator.getCreateSchemaSQL(.init(wrap: false))) + "\n"
        }
        assertSnapshot(sql, named: "create-hostile-names.sql")
    }
}

struct ReadmeAuthor: Entity {
    var id: Int
    var name: String
    var email: String
    var age: Int?
    var termsAccepted: Bool
    var createdAt: Date
    var favouriteBookId: Int?

    static let schema = EntitySchema(ReadmeAuthor.self, table: "author") {
        PrimaryKey(\.id)
        Property(\.name, length: 100)
        Property(\.email, unique: true)
        Property(\.age)
        Property(\.termsAccepted, default: false)
        Property(\.createdAt, defaultRaw: "current_timestamp")
        ManyToOne(\.favouriteBookId, ReadmeBook.self, deleteRule: .setNull)
    }
}

struct ReadmeBook: Entity {
    var id: Int
    var title: String
    static let schema = EntitySchema(ReadmeBook.self, table: "book") {
        PrimaryKey(\.id)
        Property(\.title)
    }
}

import struct Foundation.Date
