import SchemaKitCore

/// The model of a fleet of tenants, in two versions: `tables` entities `Item000`, `Item001`, …,
/// each referencing the one before it.
///
/// Version 2 adds a nullable column and a defaulted one to every table, widens `name`, adds an
/// index on `created_at`, and makes `code` unique — which rows holding the same code make fail.
public enum FleetModel {
    public static func entities(tables: Int, version: Int) -> [EntitySchema] {
        (0..<tables).map { entity($0, version: version) }
    }

    public static func tableName(_ index: Int) -> String { "item_" + paddedNumber(index) }

    static func entity(_ index: Int, version: Int) -> EntitySchema {
        var properties: [PropertySchema] = [
            PropertySchema(name: "id", type: .integer, primary: true),
            PropertySchema(name: "code", type: .string, length: 20),
            PropertySchema(name: "name", type: .string, length: version >= 2 ? 200 : 100),
            PropertySchema(name: "status", type: .enumeration, default: "active", enumItems: ["active", "archived"]),
            PropertySchema(name: "createdAt", type: .datetime, nullable: true),
        ]
        if index > 0 {
            properties.append(PropertySchema(name: "parent", nullable: true,
                                             relation: RelationSchema(.manyToOne, target: "Item" + paddedNumber(index - 1), deleteRule: .setNull)))
        }
        var indexes: [IndexDefinition] = []
        if version >= 2 {
            properties.append(PropertySchema(name: "note", type: .text, nullable: true))
            properties.append(PropertySchema(name: "rank", type: .integer, default: 0))
            indexes.append(IndexDefinition(properties: ["createdAt"]))
            indexes.append(IndexDefinition(properties: ["code"], unique: true))
        }
        return EntitySchema(name: "Item" + paddedNumber(index), tableName: tableName(index), properties: properties, indexes: indexes)
    }

    static func paddedNumber(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }
}
