import SchemaKitCore

/// Pairs of models, before and after one kind of change, for update SQL snapshots and for
/// applying updates to live databases.
public enum EvolutionFixtures {
    public struct Scenario: Sendable {
        public var name: String
        public var before: [EntitySchema]
        public var after: [EntitySchema]
        /// Options the update runs with.
        public var options: UpdateSchemaOptions = .init(wrap: false)
        /// Whether the live database must match `after` exactly once updated (not so in safe mode).
        public var convergesToTarget = true
    }

    static func id() -> PropertySchema { PropertySchema(name: "id", type: .integer, primary: true) }

    static func author(_ extra: [PropertySchema] = [], replacing: [String: PropertySchema?] = [:],
                       table: String? = nil, renamedFrom: String? = nil, comment: String? = nil) -> EntitySchema {
        var properties: [PropertySchema] = [
            id(),
            PropertySchema(name: "name", type: .string, length: 100),
            PropertySchema(name: "email", type: .string, unique: true),
            PropertySchema(name: "age", type: .integer, nullable: true),
            PropertySchema(name: "bio", type: .text, nullable: true),
            PropertySchema(name: "status", type: .enumeration, default: "active", enumItems: ["active", "retired"]),
        ]
        properties = properties.compactMap { property in replacing.keys.contains(property.name) ? replacing[property.name] ?? nil : property }
        return EntitySchema(name: "Author", tableName: table, comment: comment, properties: properties + extra, renamedFrom: renamedFrom)
    }

    static func publisher(table: String? = nil, renamedFrom: String? = nil) -> EntitySchema {
        EntitySchema(name: "Publisher", tableName: table, properties: [id(), PropertySchema(name: "name", type: .string)],
                     renamedFrom: renamedFrom)
    }

    static func book(_ extra: [PropertySchema] = [], replacing: [String: PropertySchema?] = [:],
                     indexes: [IndexDefinition] = [IndexDefinition(properties: ["title"])]) -> EntitySchema {
        var properties: [PropertySchema] = [
            id(),
            PropertySchema(name: "title", type: .string),
            PropertySchema(name: "price", type: .decimal, precision: 10, scale: 2, default: 0),
            PropertySchema(name: "author", relation: RelationSchema(.manyToOne, target: "Author")),
            PropertySchema(name: "publisher", nullable: true,
                           relation: RelationSchema(.manyToOne, target: "Publisher", deleteRule: .setNull)),
        ]
        properties = properties.compactMap { property in replacing.keys.contains(property.name) ? replacing[property.name] ?? nil : property }
        return EntitySchema(name: "Book", properties: properties + extra, indexes: indexes)
    }

    /// The model every scenario starts from.
    public static let base: [EntitySchema] = [author(), publisher(), book()]

    public static let all: [Scenario] = [
        Scenario(name: "add-columns", before: base, after: [
            author([
                PropertySchema(name: "nickname", type: .string, length: 40, nullable: true),
                PropertySchema(name: "rating", type: .integer, default: 0),
                PropertySchema(name: "joined", type: .date, nullable: true, comment: "first contract"),
            ]),
            publisher(), book(),
        ]),
        Scenario(name: "drop-columns", before: base, after: [
            author(replacing: ["bio": nil, "age": nil]), publisher(), book(),
        ]),
        Scenario(name: "rename-hints", before: base, after: [
            author(replacing: ["name": PropertySchema(name: "fullName", type: .string, length: 150, renamedFrom: "name")]),
            publisher(),
            book(replacing: ["title": PropertySchema(name: "heading", type: .string, renamedFrom: "title")],
                 indexes: [IndexDefinition(properties: ["heading"])]),
        ]),
        Scenario(name: "rename-detected", before: base, after: [
            author(replacing: ["bio": nil]).adding(PropertySchema(name: "summary", type: .text, nullable: true)),
            publisher(), book(),
        ]),
        Scenario(name: "alter-columns", before: base, after: [
            author(replacing: [
                "name": PropertySchema(name: "name", type: .string, length: 150),
                "age": PropertySchema(name: "age", type: .bigint, default: 0),
                "bio": PropertySchema(name: "bio", type: .text, nullable: true, default: "none yet"),
            ]),
            publisher(),
            book(replacing: ["price": PropertySchema(name: "price", type: .decimal, precision: 12, scale: 2, nullable: true)]),
        ]),
        Scenario(name: "indexes", before: base, after: [
            author(replacing: ["age": PropertySchema(name: "age", type: .integer, nullable: true, index: true),
                               "email": PropertySchema(name: "email", type: .string)]),
            publisher(),
            book(indexes: [IndexDefinition(name: "book_title_lookup", properties: ["title"]),
                           IndexDefinition(properties: ["title", "author"], unique: true)]),
        ]),
        Scenario(name: "index-behind-key", before: base, after: [
            author(), publisher(),
            book(indexes: [IndexDefinition(properties: ["title"]), IndexDefinition(properties: ["author", "title"])]),
        ]),
        Scenario(name: "foreign-keys", before: base, after: [
            author(), publisher(),
            book([PropertySchema(name: "editor", nullable: true, relation: RelationSchema(.manyToOne, target: "Author"))],
                 replacing: ["publisher": PropertySchema(name: "publisher", nullable: true,
                                                         relation: RelationSchema(.manyToOne, target: "Publisher", deleteRule: .cascade))]),
        ]),
        Scenario(name: "tables", before: base, after: [
            author(),
            book([PropertySchema(name: "tags", relation: RelationSchema(.manyToMany, target: "Tag"))],
                 replacing: ["publisher": PropertySchema(name: "publisherId", type: .integer, nullable: true)]),
            EntitySchema(name: "Tag", properties: [id(), PropertySchema(name: "label", type: .string, length: 30, unique: true)]),
        ]),
        Scenario(name: "tables-orphan", before: base, after: [
            author(),
            book(replacing: ["publisher": PropertySchema(name: "publisherId", type: .integer, nullable: true, index: true)]),
        ]),
        Scenario(name: "tables-safe", before: base, after: [
            author(replacing: ["bio": nil]),
            book(replacing: ["publisher": PropertySchema(name: "publisherId", type: .integer, nullable: true)]),
        ], options: .init(wrap: false, safe: true), convergesToTarget: false),
        Scenario(name: "tables-kept", before: base, after: [
            author(), book(replacing: ["publisher": nil]),
        ], options: .init(wrap: false, dropTables: false), convergesToTarget: false),
        Scenario(name: "rename-table-hint", before: base, after: [
            author(), publisher(table: "imprint", renamedFrom: "publisher"), book(),
        ]),
        Scenario(name: "enum-values", before: base, after: [
            author(replacing: ["status": PropertySchema(name: "status", type: .enumeration, default: "active",
                                                        enumItems: ["active", "retired", "deceased"])]),
            publisher(), book(),
        ]),
        Scenario(name: "native-enum-append", before: nativeEnum(["draft", "live"]), after: nativeEnum(["draft", "review", "live", "gone"])),
        Scenario(name: "native-enum-remove", before: nativeEnum(["draft", "live", "gone"]), after: nativeEnum(["live", "draft"], default: "live")),
        Scenario(name: "comments", before: base, after: [
            author(replacing: ["bio": PropertySchema(name: "bio", type: .text, nullable: true, comment: "about the author")],
                   comment: "people who write"),
            publisher(), book(),
        ]),
        Scenario(name: "primary-key", before: [setting(composite: false)], after: [setting(composite: true)]),
        Scenario(name: "primary-key-autoincrement-added", before: [setting(composite: false)], after: [
            EntitySchema(name: "Setting", properties: [
                PropertySchema(name: "scope", type: .string, length: 20, default: "global"),
                PropertySchema(name: "key", type: .string, length: 40, unique: true),
                PropertySchema(name: "value", type: .text, nullable: true),
                PropertySchema(name: "id", type: .integer, primary: true),
            ]),
        ]),
        Scenario(name: "autoincrement", before: [counter(autoincrement: false)], after: [counter(autoincrement: true)]),
        Scenario(name: "autoincrement-widened", before: [counter(autoincrement: true)], after: [counter(autoincrement: true, type: .bigint)]),
        Scenario(name: "generated-changed", before: [generatedLength("length(name)")], after: [generatedLength("length(name) + 1")]),
        Scenario(name: "generated", before: base, after: [
            author([PropertySchema(name: "nameLength", type: .integer, generated: GeneratedColumn("length(name)", storage: .stored))]),
            publisher(), book(),
        ]),
    ]

    static func nativeEnum(_ values: [String], default value: String = "draft") -> [EntitySchema] {
        [EntitySchema(name: "Post", properties: [
            id(),
            PropertySchema(name: "state", type: .enumeration, default: .string(value), enumItems: values, nativeEnumName: "post_state"),
        ])]
    }

    static func generatedLength(_ expression: String) -> EntitySchema {
        EntitySchema(name: "Label", properties: [
            id(),
            PropertySchema(name: "name", type: .string, length: 40),
            PropertySchema(name: "size", type: .integer, generated: GeneratedColumn(expression, storage: .stored)),
        ], indexes: [IndexDefinition(properties: ["name", "size"], unique: true)])
    }

    static func setting(composite: Bool) -> EntitySchema {
        EntitySchema(name: "Setting", properties: [
            PropertySchema(name: "scope", type: .string, length: 20, primary: composite, default: "global"),
            PropertySchema(name: "key", type: .string, length: 40, primary: true),
            PropertySchema(name: "value", type: .text, nullable: true),
        ])
    }

    static func counter(autoincrement: Bool, type: ColumnType = .integer) -> EntitySchema {
        EntitySchema(name: "Counter", properties: [
            PropertySchema(name: "id", type: type, primary: true, autoincrement: autoincrement),
            PropertySchema(name: "hits", type: .integer, default: 0),
        ])
    }
}

extension EntitySchema {
    func adding(_ property: PropertySchema) -> EntitySchema {
        var copy = self
        copy.properties.append(property)
        return copy
    }
}
