import SchemaKitCore

// A generated table, with the small value types that describe its key and what it offers the
// tables after it.

/// One generated table: `customer_0042`, its columns, keys, indexes and checks.
struct BenchTable: Sendable, Hashable {
    /// The entity and table name: `<noun>_<position, four digits at least>`.
    var name: String
    /// The noun the name starts with.
    var stem: String
    var columns: [BenchColumn] = []
    /// Primary key columns: `id`, or `tenant_id` and `code`.
    var primaryKey: [String] = []
    /// Secondary indexes, by column; no two cover the same columns in the same order, since the
    /// naming strategy would give them the same name.
    var indexes: [[String]] = []
    /// Unique constraints, by column; never the columns of an index.
    var uniques: [[String]] = []
    /// Columns checked to be `>= 0`.
    var checks: [String] = []
    var comment: String?

    /// The columns of many-to-one relations, in declaration order.
    var foreignKeyColumns: [String] { columns.filter { $0.reference != nil }.map(\.name) }

    /// Columns a key, index, unique constraint or check uses: the ones a change leaves alone.
    var usedColumns: Set<String> {
        var used = Set(primaryKey).union(foreignKeyColumns).union(checks)
        for columns in indexes + uniques { used.formUnion(columns) }
        return used
    }

    /// The table as a target of foreign keys; `nil` for a composite key, which none references.
    var referenceTarget: ReferenceTarget? {
        guard primaryKey.count == 1, let key = columns.first(where: { $0.name == primaryKey[0] }) else { return nil }
        return ReferenceTarget(table: name, stem: stem, keyKind: key.kind)
    }

    /// The table as SchemaKit's value API declares it. Constraint names are left to the naming
    /// strategy (`customer_0042_email_unique`), which SchemaKit shortens with a hash past the
    /// dialect's identifier limit.
    ///
    /// ```swift
    /// EntitySchema(name: "tag_0007", tableName: "tag_0007", properties: [
    ///     PropertySchema(name: "id", type: .bigint, primary: true, autoincrement: true),
    ///     PropertySchema(name: "customer_id", nullable: true, fieldNames: ["customer_id"],
    ///                    relation: RelationSchema(.manyToOne, target: "customer_0000", deleteRule: .setNull)),
    ///     PropertySchema(name: "amount", type: .decimal, precision: 12, scale: 2),
    /// ], indexes: [IndexDefinition(properties: ["customer_id"])],
    ///    checks: [CheckDefinition(expression: "amount >= 0", property: "amount")])
    /// ```
    var entitySchema: EntitySchema {
        EntitySchema(
            name: name, tableName: name, comment: comment,
            properties: columns.map { $0.propertySchema(isPrimary: primaryKey.contains($0.name)) },
            indexes: indexes.map { IndexDefinition(properties: $0) }
                + uniques.map { IndexDefinition(properties: $0, unique: true) },
            checks: checks.map { CheckDefinition(expression: "\($0) >= 0", property: $0) })
    }
}

/// A table other tables may reference: one with a single-column primary key.
struct ReferenceTarget: Sendable, Hashable {
    var table: String
    /// The noun the table is named after; join columns are `<stem>_id`.
    var stem: String
    /// The kind of the table's key, which the join column shares.
    var keyKind: ColumnKind
}

/// How a table's primary key is made.
enum KeyShape: Sendable {
    /// `id`, an auto-increment `bigint`.
    case bigintAutoincrement
    /// `id`, an auto-increment `int`.
    case intAutoincrement
    /// `id`, a UUID the application assigns (no portable default generates one).
    case uuid
    /// `tenant_id` (`bigint`) and `code` (`varchar(32)`).
    case composite
}
