/// What separates two schemas, attribute by attribute.
///
/// ```swift
/// let difference = try SchemaComparator.compare(from: live, to: target, dialect: .postgreSQL)
/// if !difference.isEmpty { print(difference) }
/// // table author: column age: type: int → bigint
/// ```
public struct SchemaDifference: Sendable, Hashable, CustomStringConvertible {
    public var newNamespaces: [String] = []
    public var removedNamespaces: [String] = []
    public var newNativeEnums: [NativeEnumSchema] = []
    public var removedNativeEnums: [NativeEnumSchema] = []
    public var changedNativeEnums: [(from: NativeEnumSchema, to: NativeEnumSchema)] = []
    /// Tables to create, in foreign key dependency order.
    public var newTables: [TableSchema] = []
    /// Tables to drop, dependents first.
    public var removedTables: [TableSchema] = []
    /// Tables on both sides (possibly under a new name) that differ.
    public var changedTables: [TableDifference] = []
    /// Foreign keys of kept tables that reference a removed table: they go before the table does.
    public var orphanedForeignKeys: [(table: QualifiedName, key: ForeignKeySchema)] {
        changedTables.flatMap { table in table.orphanedForeignKeys.map { (table.from.qualifiedName, $0) } }
    }

    public init() {}

    public var isEmpty: Bool {
        newNamespaces.isEmpty && removedNamespaces.isEmpty && newNativeEnums.isEmpty && removedNativeEnums.isEmpty
            && changedNativeEnums.isEmpty && newTables.isEmpty && removedTables.isEmpty && changedTables.isEmpty
    }

    /// One line per difference, for logs and test failures.
    public var lines: [String] {
        var lines: [String] = []
        lines += newNamespaces.map { "new namespace \($0)" }
        lines += removedNamespaces.map { "removed namespace \($0)" }
        lines += newNativeEnums.map { "new enum type \($0.qualifiedName)" }
        lines += removedNativeEnums.map { "removed enum type \($0.qualifiedName)" }
        lines += changedNativeEnums.map { "enum type \($0.to.qualifiedName): values \($0.from.values) → \($0.to.values)" }
        lines += newTables.map { "new table \($0.qualifiedName)" }
        lines += removedTables.map { "removed table \($0.qualifiedName)" }
        for table in changedTables { lines += table.lines }
        return lines
    }

    public var description: String { lines.joined(separator: "\n") }

    public static func == (lhs: SchemaDifference, rhs: SchemaDifference) -> Bool { lhs.lines == rhs.lines }
    public func hash(into hasher: inout Hasher) { hasher.combine(lines) }
}

/// One attribute that differs: its name and both values, as text.
public struct AttributeChange: Sendable, Hashable, CustomStringConvertible {
    public var attribute: String
    public var from: String
    public var to: String

    public init(attribute: String, from: String, to: String) {
        self.attribute = attribute
        self.from = from
        self.to = to
    }

    public var description: String { "\(attribute): \(from) → \(to)" }
}

/// The differences within one table that exists on both sides.
///
/// `from` is the live table (under its old name when the table is renamed); `to` the target.
/// Changed and renamed columns pair the old column with the new one.
public struct TableDifference: Sendable, Hashable {
    public var from: TableSchema
    public var to: TableSchema
    public var addedColumns: [ColumnSchema] = []
    public var removedColumns: [ColumnSchema] = []
    /// Columns whose definition changed; `from` carries the old name when the column is also renamed.
    public var changedColumns: [(from: ColumnSchema, to: ColumnSchema, changes: [AttributeChange])] = []
    /// Columns kept under a new name (from a `renamedFrom:` hint, or one unambiguous identical pair).
    public var renamedColumns: [(from: ColumnSchema, to: ColumnSchema)] = []
    public var primaryKeyChange: AttributeChange?
    public var commentChange: AttributeChange?
    public var addedIndexes: [IndexSchema] = []
    public var removedIndexes: [IndexSchema] = []
    public var changedIndexes: [(from: IndexSchema, to: IndexSchema, changes: [AttributeChange])] = []
    /// Indexes identical but for their name.
    public var renamedIndexes: [(from: IndexSchema, to: IndexSchema)] = []
    public var addedForeignKeys: [ForeignKeySchema] = []
    public var removedForeignKeys: [ForeignKeySchema] = []
    public var changedForeignKeys: [(from: ForeignKeySchema, to: ForeignKeySchema, changes: [AttributeChange])] = []
    public var addedChecks: [CheckSchema] = []
    public var removedChecks: [CheckSchema] = []
    public var changedChecks: [(from: CheckSchema, to: CheckSchema, changes: [AttributeChange])] = []
    /// Live foreign keys that reference a table the update removes.
    public var orphanedForeignKeys: [ForeignKeySchema] = []

    init(from: TableSchema, to: TableSchema) {
        self.from = from
        self.to = to
    }

    /// Whether the table is kept under a new name.
    public var isRenamed: Bool { from.name != to.name }

    public var isEmpty: Bool { lines.isEmpty }

    /// The new name of a live column (itself when not renamed).
    public func newName(ofColumn name: String) -> String {
        renamedColumns.first { $0.from.name == name }?.to.name ?? name
    }

    public var lines: [String] {
        let prefix = "table \(to.qualifiedName): "
        var lines: [String] = []
        if isRenamed { lines.append(prefix + "renamed from \(from.name)") }
        if let commentChange { lines.append(prefix + "\(commentChange)") }
        if let primaryKeyChange { lines.append(prefix + "\(primaryKeyChange)") }
        lines += addedColumns.map { prefix + "new column \($0.name)" }
        lines += removedColumns.map { prefix + "removed column \($0.name)" }
        lines += renamedColumns.map { prefix + "column \($0.to.name): renamed from \($0.from.name)" }
        lines += changedColumns.flatMap { change in change.changes.map { prefix + "column \(change.to.name): \($0)" } }
        lines += addedIndexes.map { prefix + "new index \($0.name)" }
        lines += removedIndexes.map { prefix + "removed index \($0.name)" }
        lines += renamedIndexes.map { prefix + "index \($0.to.name): renamed from \($0.from.name)" }
        lines += changedIndexes.flatMap { change in change.changes.map { prefix + "index \(change.to.name): \($0)" } }
        lines += addedForeignKeys.map { prefix + "new foreign key \($0.name)" }
        lines += removedForeignKeys.map { prefix + "removed foreign key \($0.name)" }
        lines += orphanedForeignKeys.map { prefix + "foreign key \($0.name) references a removed table" }
        lines += changedForeignKeys.flatMap { change in change.changes.map { prefix + "foreign key \(change.to.name): \($0)" } }
        lines += addedChecks.map { prefix + "new check \($0.name)" }
        lines += removedChecks.map { prefix + "removed check \($0.name)" }
        lines += changedChecks.flatMap { change in change.changes.map { prefix + "check \(change.to.name): \($0)" } }
        return lines
    }

    public static func == (lhs: TableDifference, rhs: TableDifference) -> Bool { lhs.lines == rhs.lines }
    public func hash(into hasher: inout Hasher) { hasher.combine(lines) }
}
