import SchemaKitCore

/// One small model per feature, for round-trip tests on every engine.
public enum FeatureFixtures {
    public struct Fixture: Sendable {
        public var name: String
        public var entities: [EntitySchema]
    }

    static func key(_ type: ColumnType = .integer) -> PropertySchema {
        PropertySchema(name: "id", type: type, primary: true)
    }

    public static let all: [Fixture] = [
        Fixture(name: "scalar types", entities: [EntitySchema(name: "Scalars", properties: [
            key(.bigint),
            PropertySchema(name: "flag", type: .boolean),
            PropertySchema(name: "tiny", type: .tinyint, nullable: true),
            PropertySchema(name: "small", type: .smallint),
            PropertySchema(name: "whole", type: .integer),
            PropertySchema(name: "money", type: .decimal, precision: 12, scale: 3),
            PropertySchema(name: "ratio", type: .float),
            PropertySchema(name: "measure", type: .double),
            PropertySchema(name: "label", type: .string, length: 40),
            PropertySchema(name: "body", type: .text, nullable: true),
            PropertySchema(name: "token", type: .uuid),
            PropertySchema(name: "day", type: .date),
            PropertySchema(name: "at", type: .time),
            PropertySchema(name: "stamp", type: .datetime),
            PropertySchema(name: "payload", type: .json, nullable: true),
            PropertySchema(name: "bytes", type: .blob, nullable: true),
            PropertySchema(name: "custom", columnType: "varchar(12)"),
        ])]),
        Fixture(name: "defaults", entities: [EntitySchema(name: "Defaults", properties: [
            key(),
            PropertySchema(name: "active", type: .boolean, default: true),
            PropertySchema(name: "inactive", type: .boolean, default: false),
            PropertySchema(name: "count", type: .integer, default: 42),
            PropertySchema(name: "ratio", type: .double, default: 1.5),
            PropertySchema(name: "name", type: .string, default: "it's"),
            PropertySchema(name: "created", type: .datetime, default: .raw("current_timestamp")),
            PropertySchema(name: "maybe", type: .string, nullable: true, default: .null),
        ])]),
        Fixture(name: "enums and checks", entities: [EntitySchema(name: "Ticket", properties: [
            key(),
            PropertySchema(name: "state", type: .enumeration, default: "open", enumItems: ["open", "closed"]),
            PropertySchema(name: "priority", type: .integer, check: "priority between 1 and 5"),
        ], checks: [CheckDefinition(name: "ticket_sane", expression: "priority > 0 or state = 'closed'")])]),
        Fixture(name: "indexes", entities: [EntitySchema(name: "Indexed", properties: [
            key(),
            PropertySchema(name: "a", type: .string, length: 20, unique: true),
            PropertySchema(name: "b", type: .string, length: 20, index: "indexed_b_named"),
            PropertySchema(name: "c", type: .integer),
        ], indexes: [
            IndexDefinition(properties: ["a", "c"]),
            IndexDefinition(properties: ["b", "c"], unique: true),
            IndexDefinition(name: "indexed_c_desc", properties: ["c"], descending: ["c"]),
        ])]),
        Fixture(name: "relations", entities: [
            EntitySchema(name: "Owner", properties: [key(), PropertySchema(name: "name", type: .string)]),
            EntitySchema(name: "Pet", properties: [
                key(),
                PropertySchema(name: "owner", nullable: true, relation: RelationSchema(.manyToOne, target: "Owner")),
                PropertySchema(name: "vet", relation: RelationSchema(.manyToOne, target: "Owner", deleteRule: .cascade, updateRule: .cascade)),
                PropertySchema(name: "twin", relation: RelationSchema(.oneToOne, target: "Pet")),
                PropertySchema(name: "friends", relation: RelationSchema(.manyToMany, target: "Pet")),
            ]),
        ]),
        Fixture(name: "composite keys", entities: [
            EntitySchema(name: "Tenant", properties: [
                PropertySchema(name: "region", type: .string, length: 8, primary: true),
                PropertySchema(name: "code", type: .integer, primary: true),
            ]),
            EntitySchema(name: "Invoice", properties: [
                key(),
                PropertySchema(name: "tenant", relation: RelationSchema(.manyToOne, target: "Tenant")),
            ]),
        ]),
        Fixture(name: "comments", entities: [EntitySchema(name: "Noted", comment: "a table's comment", properties: [
            key(),
            PropertySchema(name: "memo", type: .string, comment: "the \"memo\"; -- it's"),
        ])]),
    ]

    /// Quotes, backticks, semicolons and unicode in every name and value.
    public static let hostile: [EntitySchema] = [
        EntitySchema(name: "Hostile", tableName: #"we"ird'`; drop table x; --"#, properties: [
            PropertySchema(name: "id", type: .integer, primary: true),
            PropertySchema(name: "naïve ; col", type: .string, default: "O'Reilly \\ `x` \"y\""),
            PropertySchema(name: "ünï", type: .enumeration, enumItems: ["a'b", "c\"d", "e`f"]),
        ]),
    ]
}
