/// Validated, resolved metadata: one ``TableMetadata`` per table the entities need, with
/// column names chosen by the naming strategy, relations resolved to foreign keys, pivot
/// tables generated, single-table hierarchies merged and embeddables expanded.
///
/// Types are still portable (``ColumnType``); a dialect turns this into a ``DatabaseSchema``.
public struct EntityMetadata: Sendable, Hashable {
    /// Every table the entities need: one per entity table (a single-table hierarchy shares its root's),
    /// in registration order, then the pivot tables.
    public var tables: [TableMetadata]

    /// Metadata of these tables, taken as given and not validated; ``MetadataDiscovery`` builds it from entities.
    public init(tables: [TableMetadata]) {
        self.tables = tables
    }
}

/// One table of the metadata.
public struct TableMetadata: Sendable, Hashable {
    /// The entity the table belongs to (`Book`), or `Book.tags` for a pivot table.
    public var entity: String
    /// The table's name without its namespace: the entity's `tableName`, or the naming strategy's
    /// (`book_tag`); for a pivot table, the relation's `pivotTable` or the strategy's (`book_tags`).
    public var name: String
    /// The entity's namespace; `nil` for the dialect's default one. A pivot table takes its owner's.
    public var schema: String?
    /// The entity's comment for the table; `nil` for none, and for pivot tables.
    public var comment: String?
    /// The columns in declaration order, a single-table root's before its children's; for a pivot table,
    /// the owner's key columns, then the target's.
    public var columns: [ColumnMetadata]
    /// The primary key's column names, in key order; a pivot table's key is all its columns.
    public var primaryKey: [String]
    /// The foreign keys of the entities' owning relations, or a pivot table's two keys (to owner and target).
    public var foreignKeys: [ForeignKeyMetadata]
    /// Indexes and unique constraints from properties (`unique:`, `index:`) and entity-level declarations,
    /// plus the discriminator's index in a single-table hierarchy.
    public var indexes: [IndexMetadata]
    /// Entity-level checks; a check declared on a property stays on its column (``ColumnMetadata/check``).
    public var checks: [CheckMetadata]
    /// Whether this is a pivot table generated for a many-to-many relation rather than an entity's own table.
    public var isPivot: Bool
    /// The table's previous name (an explicit rename hint).
    public var renamedFrom: String? = nil
    /// How the engine stores the table: the entity's `tableOptions`; none for pivot tables.
    public var options = TableOptions()

    /// The table's name with its namespace (`auth.users`), by which tables are matched.
    public var qualifiedName: QualifiedName { QualifiedName(name, schema: schema) }
}

/// One column, with its portable type.
public struct ColumnMetadata: Sendable, Hashable {
    /// The property path that maps to the column (`address.city` for embedded values).
    public var property: String
    /// The column's name: the property's `fieldNames`, or the naming strategy's; embedded values add the
    /// embedding property's prefix (`address_city`).
    public var name: String
    /// The portable type a dialect maps to its SQL type; `nil` only when ``columnType`` gives the SQL type.
    public var type: ColumnType?
    /// A SQL type used verbatim (`citext`, `decimal(19,4)`), bypassing the dialect's mapping of ``type``,
    /// length, precision and scale; `nil` to let the dialect map ``type``.
    public var columnType: String?
    /// The string length (`varchar(n)`, 255 when `nil`) or, for times and timestamps, the digits of
    /// fractional seconds (the dialect's default when `nil`).
    public var length: Int?
    /// MySQL/MariaDB `unsigned`, ignored elsewhere; also set on join columns to an auto-increment key, which
    /// is unsigned there.
    public var isUnsigned: Bool
    /// Whether the column accepts `NULL`: the property's nullability, always for a single-table child's
    /// columns and a nullable embedded value's, never for a primary key.
    public var isNullable: Bool
    /// Whether the database numbers new rows: as declared (an identity always is), or by default for a
    /// single integer primary key that is no relation and has no `columnType` or default.
    public var isAutoincrement: Bool
    /// A PostgreSQL array of ``type`` (`text[]`); other engines store it as text.
    public var isArray: Bool
    /// Left out of `select *` (MySQL/MariaDB `invisible`); other engines refuse it.
    public var isInvisible = false
    /// The default in portable form, which the dialect writes as SQL (`'draft'`, `true`); `nil` for none.
    public var defaultValue: DefaultValue?
    /// The column's comment; `nil` for none. Dropped for dialects without comments.
    public var comment: String?
    /// The attributes few columns have, in one box (as ``ColumnSchema`` keeps them); `nil` when
    /// none is set.
    private var rare: Boxed<Rare>?

    private struct Rare: BoxedAttributes {
        var precision: Int?
        var scale: Int?
        var collation: String?
        var generated: GeneratedColumn?
        var enumItems: [String]?
        var nativeEnumName: String?
        var ignoreSchemaChanges: Set<SchemaChangeKind> = []
        var renamedFrom: String?
        var check: String?
        var onUpdate: String?
        var identity: ColumnIdentity?
    }

    /// The total number of digits of a `decimal` column (`numeric(p,s)`); 10 when `nil`.
    public var precision: Int? {
        get { rare?.value.precision }
        set { rare.set(\.precision, to: newValue) }
    }
    /// The number of digits after the decimal point of a `decimal` column; 0 when `nil`.
    public var scale: Int? {
        get { rare?.value.scale }
        set { rare.set(\.scale, to: newValue) }
    }
    /// A collation of the column's own (`utf8mb4_bin`); `nil` for the default one.
    public var collation: String? {
        get { rare?.value.collation }
        set { rare.set(\.collation, to: newValue) }
    }
    /// The expression and storage of a generated (computed) column; `nil` for an ordinary column.
    public var generated: GeneratedColumn? {
        get { rare?.value.generated }
        set { rare.set(\.generated, to: newValue) }
    }
    /// The cases of an enumeration column, or the sorted discriminator values of a single-table
    /// hierarchy's discriminator; `nil` for other columns.
    public var enumItems: [String]? {
        get { rare?.value.enumItems }
        set { rare.set(\.enumItems, to: newValue) }
    }
    /// The PostgreSQL native enum type to store the enumeration as; ignored by dialects without native enums.
    public var nativeEnumName: String? {
        get { rare?.value.nativeEnumName }
        set { rare.set(\.nativeEnumName, to: newValue) }
    }
    /// The attributes (type, extra, default, collation) whose differences the comparator ignores for this column.
    public var ignoreSchemaChanges: Set<SchemaChangeKind> {
        get { rare?.value.ignoreSchemaChanges ?? [] }
        set { rare.set(\.ignoreSchemaChanges, to: newValue) }
    }
    /// The column's previous name: an explicit rename hint for schema updates.
    public var renamedFrom: String? {
        get { rare?.value.renamedFrom }
        set { rare.set(\.renamedFrom, to: newValue) }
    }
    /// Set for a check declared on the property itself.
    public var check: String? {
        get { rare?.value.check }
        set { rare.set(\.check, to: newValue) }
    }
    /// MySQL `on update …`.
    public var onUpdate: String? {
        get { rare?.value.onUpdate }
        set { rare.set(\.onUpdate, to: newValue) }
    }
    /// How a PostgreSQL identity column draws its values, instead of `serial`; `nil` for any other column.
    /// It makes the column auto-increment.
    public var identity: ColumnIdentity? {
        get { rare?.value.identity }
        set { rare.set(\.identity, to: newValue) }
    }

    init(
        property: String, name: String, type: ColumnType? = nil, columnType: String? = nil, length: Int? = nil,
        precision: Int? = nil, scale: Int? = nil, isUnsigned: Bool, isNullable: Bool, isAutoincrement: Bool,
        defaultValue: DefaultValue? = nil, comment: String? = nil, collation: String? = nil, generated: GeneratedColumn? = nil,
        enumItems: [String]? = nil, nativeEnumName: String? = nil, isArray: Bool, ignoreSchemaChanges: Set<SchemaChangeKind>,
        renamedFrom: String? = nil, check: String? = nil, onUpdate: String? = nil, identity: ColumnIdentity? = nil,
        isInvisible: Bool = false
    ) {
        self.property = property
        self.name = name
        self.type = type
        self.columnType = columnType
        self.length = length
        self.isUnsigned = isUnsigned
        self.isNullable = isNullable
        self.isAutoincrement = isAutoincrement
        self.isArray = isArray
        self.isInvisible = isInvisible
        self.defaultValue = defaultValue
        self.comment = comment
        let rare = Rare(precision: precision, scale: scale, collation: collation, generated: generated, enumItems: enumItems,
                        nativeEnumName: nativeEnumName, ignoreSchemaChanges: ignoreSchemaChanges, renamedFrom: renamedFrom,
                        check: check, onUpdate: onUpdate, identity: identity)
        self.rare = Optional(boxing: rare)
    }

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
    /// The relation's explicit constraint name; `nil` for the naming strategy's (`book_author_id_foreign`).
    public var name: String?
    /// The relation property that declares the key; for a pivot table's keys, the many-to-many property.
    public var property: String
    /// The join columns of this table, paired in order with ``referencedColumns``.
    public var columns: [String]
    /// The table the key points at: the target entity's, or its single-table root's.
    public var referencedTable: QualifiedName
    /// The columns of ``referencedTable`` the key points at: its primary key, or those the relation names.
    public var referencedColumns: [String]
    /// What `on delete` does: as declared, else `cascade` for a relation in a primary key made only of
    /// relations (and for pivot tables), `set null` for a nullable key; `nil` for the engine's default.
    public var deleteRule: ReferentialAction?
    /// What `on update` does: as declared, else `cascade` for a relation in a primary key made only of
    /// relations, a pivot table, or a multi-column target key; `nil` for the engine's default.
    public var updateRule: ReferentialAction?
    /// `false` when the relation opted out of a database constraint.
    public var createConstraint: Bool
    /// Whether every local column is nullable (such edges may be broken to order cyclic tables).
    public var isNullable: Bool
    /// When a deferrable key is checked (the relation's `deferMode`); `nil` for a key that is not deferrable.
    public var deferral: Deferral? = nil
}

/// An index or unique constraint over columns or an expression.
public struct IndexMetadata: Sendable, Hashable {
    /// The declared name; `nil` for the naming strategy's (`author_email_unique`, `author_email_index`).
    public var name: String?
    /// The key columns by column name (properties already mapped), in order; empty for an expression index.
    public var columns: [String]
    /// Whether the index is unique; it becomes a unique constraint where its key is plain enough.
    public var isUnique: Bool
    /// A raw SQL expression indexed instead of columns (`lower(email)`); such an index always has a name.
    public var expression: String?
    /// The `where` condition of a partial index, as raw SQL; `nil` for an index over every row.
    public var predicate: String?
    /// The names of the key columns sorted descending; ignored by dialects without descending indexes.
    public var descending: Set<String>
    /// A non-default access method (PostgreSQL `gin`, `gist`; MySQL `fulltext`, `spatial`); `nil` for the default.
    public var method: String?
    /// Included (non-key) columns.
    public var include: [String] = []
    /// Options, with per-property entries keyed by column name.
    public var options = IndexOptions()
}

/// A check constraint.
public struct CheckMetadata: Sendable, Hashable {
    /// The declared name; `nil` for the naming strategy's (`book_check`, `book_price_check`), numbered
    /// from 1 when that is taken.
    public var name: String?
    /// The condition as raw SQL, without `check (…)`: `price >= 0`.
    public var expression: String
    /// The column of the property the check is declared on, which its generated name includes; `nil`
    /// for a table-level check.
    public var column: String?
}
