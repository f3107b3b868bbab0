import SchemaKitCore
import Testing

@Suite("discovery")
struct DiscoveryTests {
    func table(_ name: String, in entities: [EntitySchema], dialect: any SQLDialect = .postgreSQL) throws -> TableSchema {
        let schema = try SchemaGenerator(SchemaConfiguration(schemas: entities, database: .dialect(dialect))).targetSchema()
        return try #require(schema.tables.first { $0.name == name })
    }

    static let company = EntitySchema(name: "Company", properties: [
        PropertySchema(name: "id", type: .integer, primary: true),
        PropertySchema(name: "code", type: .string, length: 10, unique: true),
    ])

    @Test("a relation two single-table children share gives one column, one key, one index")
    func sharedChildRelation() throws {
        let person = EntitySchema(name: "Person", properties: [PropertySchema(name: "id", type: .integer, primary: true)],
                                  inheritance: .root(discriminatorColumn: "kind", value: "person"))
        func child(_ name: String) -> EntitySchema {
            EntitySchema(name: name, properties: [
                PropertySchema(name: "company", nullable: true, relation: RelationSchema(.manyToOne, target: "Company")),
            ], inheritance: .child(parent: "Person", value: name.lowercased()))
        }
        let person_ = try table("person", in: [Self.company, person, child("Employee"), child("Customer")], dialect: .mySQL)
        #expect(person_.columns.map(\.name) == ["id", "company_id", "kind"])
        #expect(person_.foreignKeys.map(\.name) == ["person_company_id_foreign"])
        #expect(person_.indexes.map(\.name) == ["person_kind_index", "person_company_id_index"])
    }

    @Test("referenced columns may be named by property or column")
    func referencedColumns() throws {
        let order = EntitySchema(name: "Order", properties: [
            PropertySchema(name: "id", type: .integer, primary: true),
            PropertySchema(name: "company", relation: RelationSchema(.manyToOne, target: "Company", referencedColumnNames: ["code"])),
        ])
        let result = try table("order", in: [Self.company, order])
        #expect(result.columns.map(\.name) == ["id", "company_code"])
        #expect(result.columns[1].type == "varchar(10)")
        #expect(result.foreignKeys.first?.referencedColumns == ["code"])
    }

    @Test("an optional embedded value makes every nested column nullable")
    func nestedEmbeddables() throws {
        let geo = EntitySchema(name: "Geo", properties: [PropertySchema(name: "lat", type: .double)], embeddable: true)
        let address = EntitySchema(name: "Address", properties: [
            PropertySchema(name: "city", type: .string),
            PropertySchema(name: "geo", embedded: EmbeddingSchema(target: "Geo")),
        ], embeddable: true)
        let shop = EntitySchema(name: "Shop", properties: [
            PropertySchema(name: "id", type: .integer, primary: true),
            PropertySchema(name: "address", nullable: true, embedded: EmbeddingSchema(target: "Address")),
        ])
        let result = try table("shop", in: [geo, address, shop])
        #expect(result.columns.map { "\($0.name) \($0.isNullable)" } == ["id false", "address_city true", "address_geo_lat true"])
    }

    @Test("settings that would reach SQL unchecked are refused")
    func unsafeSettings() throws {
        let entity = EntitySchema(name: "Bad", properties: [
            PropertySchema(name: "id", type: .integer, primary: true),
            PropertySchema(name: "n", type: .integer, default: .number("0; drop table t")),
            PropertySchema(name: "g", type: .integer, default: 1, generated: GeneratedColumn("id * 2")),
        ], indexes: [IndexDefinition(properties: ["n"], method: "gin (n); drop table t; --")])
        let error = try #require(throws: SchemaError.self) {
            try MetadataDiscovery.discover([entity], naming: .underscore)
        }
        #expect(error.issues.map(\.description) == [
            "Bad.n: default '0; drop table t' is not a number; use defaultRaw: for SQL",
            "Bad.g: a generated column cannot also have a default or auto-increment",
            "Bad: index method 'gin (n); drop table t; --' is not a valid name",
        ])
        let mysql = SchemaGenerator(SchemaConfiguration(schemas: [Self.company], database: .dialect(MySQLDialect(charset: "utf8; drop"))))
        #expect(throws: SchemaError.self) { try mysql.getCreateSchemaSQL() }
    }

    @Test("two columns may not give one native enum different values")
    func nativeEnumConflict() throws {
        let a = EntitySchema(name: "A", properties: [
            PropertySchema(name: "id", type: .integer, primary: true),
            PropertySchema(name: "status", type: .enumeration, enumItems: ["draft", "published"], nativeEnumName: "status"),
        ])
        let b = EntitySchema(name: "B", properties: [
            PropertySchema(name: "id", type: .integer, primary: true),
            PropertySchema(name: "status", type: .enumeration, enumItems: ["live"], nativeEnumName: "status"),
        ])
        let error = try #require(throws: SchemaError.self) {
            try SchemaGenerator(SchemaConfiguration(schemas: [a, b], database: .dialect(.postgreSQL))).getCreateSchemaSQL()
        }
        #expect(error.issues.map(\.description) == [
            "b.status: native enum 'status' is declared with values [\"draft\", \"published\"] elsewhere, here with [\"live\"]",
        ])
    }
}
