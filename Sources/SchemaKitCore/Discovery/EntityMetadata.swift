/// Validated, resolved metadata: one ``TableMetadata`` per table the entities need, with
/// column names chosen by the naming strategy, relations resolved to foreign keys, pivot
/// tables generated, single-table hierarchies merged and embeddables expanded.
///
/// Types are still portable (``ColumnType``); a dialect turns this into a ``DatabaseSchema``.
public struct EntityMetadata: Sendable, Hashable {
    public var tables: [TableMetadata]

    public init(tables: [TableMetadata]) {
        self.tables = tables
    }
}

/// One table of the metadata.
public struct TableMetadata: Sendable, Hashable {
    /// The entity the table belongs to (`Book`), or `Book.tags` for a pivot table.
    public var entity: String
    public var name: String
    public var schema: String?
    public var comment: String?
    public var columns: [ColumnMetadata]
    public var primaryKey: [String]
    public var foreignKeys: [ForeignKeyMetadata]
    public var indexes: [IndexMetadata]
    public var checks: [CheckMetadata]
    public var isPivot: Bool
    /// The table's previous name (an explicit rename hint).
    public var renamedFrom: String? = nil
    public var options = TableOptions()

    public var qualifiedName: QualifiedName { QualifiedName(name, schema: schema) }
}

/// One column, with its portable type.
public struct ColumnMetadata: Sendable, Hashable {
    /// The property path that maps to the column (`address.city` for embedded values).
    public var property: String
    public var name: String
    public var type: ColumnType?
    public var columnType: String?
    public var length: Int?
    public var precision: Int?
    public var scale: Int?
    public var isUnsigned: Bool
    public var isNullable: Bool
    public var isAutoincrement: Bool
    public var defaultValue: DefaultValue?
    public var comment: String?
    public var collation: String?
    public var generated: GeneratedColumn?
    public var enumItems: [String]?
    public var nativeEnumName: String?
    public var isArray: Bool
    public var ignoreSchemaChanges: Set<SchemaChangeKind>
    public var renamedFrom: String?
    /// Set for a check declared on the property itself.
    public var check: String?
    /// MySQL `on update …`.
    public var onUpdate: String? = nil
    public var identity: ColumnIdentity? = nil
    public var isInvisible = false

    /// Whether two properties mapping to the same column agree on its definition.
    func isCompatible(with other: ColumnMetadata) -> Bool {
        var lhs = self
        var rhs = other
        lhs.property = ""
        rhs.property = ""
        return lhs == rhs
    }
}

/// A foreign key from a relation, with the referenced table resolved.
public struct ForeignKeyMetadata: Sendable, Hashable {
    public var name: String?
    public var property: String
    public var columns: [String]
    public var referencedTable: QualifiedName
    public var referencedColumns: [String]
    public var deleteRule: ReferentialAction?
    public var updateRule: ReferentialAction?
    /// `false` when the relation opted out of a database constraint.
    public var createConstraint: Bool
    /// Whether every local column is nullable (such edges may be broken to order cyclic tables).
    public var isNullable: Bool
}

/// An index or unique constraint over columns or an expression.
public struct IndexMetadata: Sendable, Hashable {
    public var name: String?
    public var columns: [String]
    public var isUnique: Bool
    public var expression: String?
    public var predicate: String?
    public var descending: Set<String>
    public var method: String?
    /// Included (non-key) columns.
    public var include: [String] = []
    /// Options, with per-property entries keyed by column name.
    public var options = IndexOptions()
}

/// A check constraint.
public struct CheckMetadata: Sendable, Hashable {
    public var name: String?
    public var expression: String
    public var column: String?
}
