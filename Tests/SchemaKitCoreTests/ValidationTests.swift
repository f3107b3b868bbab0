import Foundation
import SchemaKitCore
import SchemaKitTestFixtures
import Testing

@Suite("metadata validation")
struct ValidationTests {
    struct Orphan: Entity {
        var id: Int
        var writerId: Int
        var tags: [Int]
        var blob: Writer?
        static let schema = EntitySchema(Orphan.self) {
            PrimaryKey(\.id)
            ManyToOne(\.writerId, Writer.self)
            Property(\.blob)
            Indexed(\.tags)
            OneToMany<Orphan>("items", Keyless.self, mappedBy: "nothing")
        }
    }

    struct Writer { var id: Int }

    struct Keyless: Entity {
        var name: String
        var orphanId: Int
        static let schema = EntitySchema(Keyless.self, table: "orphan") {
            Property(\.name)
            ManyToOne(\.orphanId, Orphan.self, fieldNames: ["a", "b"])
        }
    }

    @Test("every problem is reported at once, naming entity and property")
    func allProblemsAtOnce() throws {
        let error = try #require(throws: SchemaError.self) {
            try MetadataDiscovery.discover([Orphan.self, Keyless.self], naming: .underscore)
        }
        #expect(error.code == .invalidMetadata)
        #expect(error.issues.map(\.description) == [
            "Orphan.writerId: relation target 'Writer' is not a registered entity",
            "Orphan.blob: cannot infer a column type for Swift type 'Swift.Optional<SchemaKitCoreTests.ValidationTests.Writer>'; pass type: or columnType:",
            "Orphan.items: mappedBy 'nothing' is not a relation of 'Keyless'",
            "Orphan.tags: index refers to an unknown property",
            "Keyless.orphanId: has 2 join column(s) but 'Orphan' has a 1-column key",
            "Keyless: has no primary key; mark a property with PrimaryKey or primary: true",
            "Keyless: maps to table 'orphan', which entity 'Orphan' already uses",
        ])
        #expect(error.message.hasPrefix("Entity metadata has 7 problems:\n  - Orphan.writerId"))
    }

    @Test("clashing columns and bad enumerations")
    func clashes() throws {
        let entity = EntitySchema(name: "Clash", properties: [
            PropertySchema(name: "id", type: .integer, primary: true),
            PropertySchema(name: "firstName", type: .string),
            PropertySchema(name: "first_name", type: .text),
            PropertySchema(name: "mood", type: .enumeration),
            PropertySchema(name: "score", type: .double, autoincrement: true),
            PropertySchema(name: "home", embedded: EmbeddingSchema(target: "Clash")),
        ], indexes: [IndexDefinition(name: "bad", expression: nil)])
        let error = try #require(throws: SchemaError.self) {
            try MetadataDiscovery.discover([entity], naming: .underscore)
        }
        #expect(error.issues.map(\.description) == [
            "Clash.first_name: column 'first_name' clashes with Clash.firstName",
            "Clash.mood: is an enumeration without cases",
            "Clash.home: embeds 'Clash', which is not declared embeddable",
            "Clash.score: autoincrement needs an integer column, not double",
            "Clash: an index needs properties or an expression",
        ])
    }

    @Test("a unique property that is also in a Unique is one constraint; one name for two indexes is refused")
    func uniqueDeclaredTwice() throws {
        let properties = [PropertySchema(name: "id", type: .integer, primary: true), PropertySchema(name: "code", type: .string, unique: true)]
        let twice = EntitySchema(name: "Thing", properties: properties, indexes: [IndexDefinition(properties: ["code"], unique: true)])
        let sql = try SchemaGenerator(SchemaConfiguration(schemas: [twice], database: .dialect(.postgreSQL))).getCreateSchemaSQL()
        #expect(sql.components(separatedBy: "thing_code_unique").count == 2, "\(sql)")
        let clash = EntitySchema(name: "Thing", properties: properties,
                                 indexes: [IndexDefinition(name: "thing_code_unique", properties: ["id", "code"], unique: true)])
        let error = try #require(throws: SchemaError.self) {
            try SchemaGenerator(SchemaConfiguration(schemas: [clash], database: .dialect(.postgreSQL))).getCreateSchemaSQL()
        }
        #expect(error.issues.map(\.description) == ["thing: constraint name 'thing_code_unique' is used 2 times"])
    }

    @Test("nothing is generated from invalid metadata")
    func generatorRefuses() {
        let generator = SchemaGenerator(SchemaConfiguration(entities: [Orphan.self], database: .dialect(.sqlite)))
        #expect(throws: SchemaError.self) { try generator.getCreateSchemaSQL() }
    }

    @Test("metadata round-trips through JSON")
    func codable() throws {
        let schemas = BlogModel.entities.map { $0.schema }
        let data = try JSONEncoder().encode(schemas)
        #expect(try JSONDecoder().decode([EntitySchema].self, from: data) == schemas)
    }
}
