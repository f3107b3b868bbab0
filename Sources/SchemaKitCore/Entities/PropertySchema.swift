/// One property of an entity: a scalar column, a relation or an embedded value.
///
/// This is the plain data every declaration form turns into (the result builder, the macros,
/// or a hand-written `EntitySchema(name:properties:)`). It is `Codable`, so metadata can be
/// exported and reloaded.
///
/// ```swift
/// PropertySchema(name: "name", type: .string, length: 100)
/// // PostgreSQL: "name" varchar(100) not null
/// ```
public struct PropertySchema: Sendable, Hashable, Codable {
    /// The Swift property name (`favouriteBook`); the naming strategy derives column names from it.
    public var name: String
    /// The portable type; `nil` for relations and embeddables, which take their types elsewhere.
    public var type: ColumnType?
    /// A SQL type used verbatim, bypassing the dialect's mapping (`"citext"`, `"decimal(19,4)"`).
    public var columnType: String?
    /// Maximum length in characters of a `.string` column (`varchar(100)`); `nil` is 255. For `.time`
    /// and `.datetime`, the fractional-second digits (`timestamptz(3)`). Other types ignore it.
    public var length: Int?
    /// Total digits of a `.decimal` column (`numeric(precision,scale)`); `nil` is 10.
    public var precision: Int?
    /// Digits after the decimal point of a `.decimal` column; `nil` is 0.
    public var scale: Int?
    /// An `unsigned` integer column on MySQL/MariaDB, where an auto-increment key is unsigned anyway;
    /// engines without unsigned types ignore it.
    public var isUnsigned: Bool
    /// Whether the column accepts `null`; inferred from an `Optional` Swift type. Primary key columns never do.
    public var isNullable: Bool
    /// Part of the primary key; several properties marked so make a composite key.
    public var isPrimary: Bool
    /// `nil` means "auto-increment if this is the single integer primary key".
    public var autoincrement: Bool?
    /// The column's default, written by the dialect (`default 'draft'`); `nil` for none. A generated
    /// column cannot have one.
    public var defaultValue: DefaultValue?
    /// `true`, or a constraint name, makes the column unique.
    public var unique: ConstraintOption?
    /// `true`, or an index name, indexes the column.
    public var index: ConstraintOption?
    /// The column comment (PostgreSQL `comment on column`, MySQL `comment '…'`); dropped on SQLite,
    /// which keeps no comments.
    public var comment: String?
    /// A check expression on this column; named `<table>_<column>_check`.
    public var check: String?
    /// The column's collation (`C`, `utf8mb4_bin`); `nil` keeps the type's or the table's default.
    public var collation: String?
    /// Raw SQL the column is set to on every update of its row: MySQL/MariaDB
    /// `on update current_timestamp`; other engines refuse it (use a trigger there).
    public var onUpdate: String?
    /// An identity column (PostgreSQL `generated … as identity`) instead of a `serial` one;
    /// it is auto-increment. Other engines refuse it.
    public var identity: ColumnIdentity?
    /// Left out of `select *` (MySQL/MariaDB `invisible`); other engines refuse it.
    public var isInvisible: Bool
    /// Computes the column from an expression (`generated always as (…)`) instead of storing what
    /// is written; `nil` for an ordinary column. It cannot have a default or auto-increment.
    public var generated: GeneratedColumn?
    /// The column name(s), overriding the naming strategy.
    public var fieldNames: [String]?
    /// `false` keeps the property out of the schema.
    public var persist: Bool
    /// Attributes whose differences from the live column updates ignore, keeping the live ones when
    /// the column is altered: `[.type, .default]` for a column managed outside SchemaKit.
    public var ignoreSchemaChanges: Set<SchemaChangeKind>
    /// The column's previous name: an explicit rename hint that must match an existing column.
    public var renamedFrom: String?
    /// The cases of an enumeration column.
    public var enumItems: [String]?
    /// On PostgreSQL, stores the enumeration as a native `create type … as enum`.
    public var nativeEnumName: String?
    /// A PostgreSQL array of ``type``.
    public var isArray: Bool
    /// Set for relations.
    public var relation: RelationSchema?
    /// Set for embedded values.
    public var embedded: EmbeddingSchema?
    /// A Swift type SchemaKit could not map; reported by validation.
    public var unsupportedSwiftType: String?

    /// Describes a property by name, for hand-written or generated schemas. Every attribute defaults
    /// to a plain, non-null, persisted column; `unsigned:`, `nullable:`, `primary:`, `array:` and
    /// `invisible:` set `isUnsigned`, `isNullable`, `isPrimary`, `isArray` and `isInvisible`.
    /// The builder forms (``Property``, ``PrimaryKey``, ``ManyToOne``…) make one from a key path.
    public init(
        name: String,
        type: ColumnType? = nil,
        columnType: String? = nil,
        length: Int? = nil,
        precision: Int? = nil,
        scale: Int? = nil,
        unsigned: Bool = false,
        nullable: Bool = false,
        primary: Bool = false,
        autoincrement: Bool? = nil,
        default defaultValue: DefaultValue? = nil,
        unique: ConstraintOption? = nil,
        index: ConstraintOption? = nil,
        comment: String? = nil,
        check: String? = nil,
        collation: String? = nil,
        generated: GeneratedColumn? = nil,
        fieldNames: [String]? = nil,
        persist: Bool = true,
        ignoreSchemaChanges: Set<SchemaChangeKind> = [],
        renamedFrom: String? = nil,
        enumItems: [String]? = nil,
        nativeEnumName: String? = nil,
        array: Bool = false,
        relation: RelationSchema? = nil,
        embedded: EmbeddingSchema? = nil,
        onUpdate: String? = nil,
        identity: ColumnIdentity? = nil,
        invisible: Bool = false
    ) {
        self.isInvisible = invisible
        self.onUpdate = onUpdate
        self.identity = identity
        self.name = name
        self.type = type
        self.columnType = columnType
        self.length = length
        self.precision = precision
        self.scale = scale
        self.isUnsigned = unsigned
        self.isNullable = nullable
        self.isPrimary = primary
        self.autoincrement = autoincrement
        self.defaultValue = defaultValue
        self.unique = unique
        self.index = index
        self.comment = comment
        self.check = check
        self.collation = collation
        self.generated = generated
        self.fieldNames = fieldNames
        self.persist = persist
        self.ignoreSchemaChanges = ignoreSchemaChanges
        self.renamedFrom = renamedFrom
        self.enumItems = enumItems
        self.nativeEnumName = nativeEnumName
        self.isArray = array
        self.relation = relation
        self.embedded = embedded
    }
}

/// `true` or a name, for `unique:` and `index:`; `false` is the same as leaving it out.
///
/// ```swift
/// Property(\.email, unique: true)              // author_email_unique
/// Property(\.email, unique: "uq_author_email") // uq_author_email
/// Property(\.email, unique: false)             // no unique index
/// ```
public enum ConstraintOption: Sendable, Hashable, Codable, ExpressibleByBooleanLiteral, ExpressibleByStringLiteral {
    /// `true`: on, named by the naming strategy (`author_email_unique`).
    case enabled
    /// A string: on, with this name.
    case named(String)
    /// `false`: no index.
    case disabled

    public init(booleanLiteral value: Bool) { self = value ? .enabled : .disabled }
    public init(stringLiteral value: String) { self = .named(value) }

    var name: String? {
        if case .named(let name) = self { return name }
        return nil
    }
}

/// How a relation property links two entities.
public struct RelationSchema: Sendable, Hashable, Codable {
    /// Which kind of relation a property is, and so whether it has a column.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// `manyToOne` holds the target's key; `oneToOne` holds it as a unique column, or nothing as an
        /// inverse side (`mappedBy`); `oneToMany` is an inverse side with no column; `manyToMany` goes
        /// through a pivot table.
        case manyToOne, oneToOne, oneToMany, manyToMany
    }

    /// The relation's kind, which decides where its columns live (`ownsColumn`).
    public var kind: Kind
    /// The target entity's name.
    public var target: String
    /// For inverse sides (one-to-many, inverse one-to-one and many-to-many): the owning property.
    public var mappedBy: String?
    /// The foreign key's `on delete`; `nil` writes none (the engine's `no action`), except `set null`
    /// for a nullable key and `cascade` for a key in a primary key made only of relations.
    public var deleteRule: ReferentialAction?
    /// The foreign key's `on update`; `nil` writes none, except `cascade` when the target's key is
    /// composite or the key is in a primary key made only of relations.
    public var updateRule: ReferentialAction?
    /// `false` keeps the column(s) but creates no foreign key constraint (nor, for many-to-many, the pivot's).
    public var createForeignKeyConstraint: Bool
    /// Many-to-many: the pivot table name.
    public var pivotTable: String?
    /// The referenced columns; the target's primary key by default.
    public var referencedColumnNames: [String]?
    /// Many-to-many: the pivot columns that point at the target.
    public var inverseJoinColumns: [String]?
    /// The foreign key constraint name, overriding the naming strategy.
    public var foreignKeyName: String?
    /// A deferrable foreign key (MikroORM's `deferMode`): checked at the end of each statement
    /// unless deferred (`.immediate`), or at commit (`.deferred`). PostgreSQL and SQLite.
    public var deferMode: Deferral?

    /// A relation of `kind` to the entity named `target`; by default an owning side with a foreign key
    /// constraint whose rules follow `deleteRule` and `updateRule`.
    public init(
        _ kind: Kind,
        target: String,
        mappedBy: String? = nil,
        deleteRule: ReferentialAction? = nil,
        updateRule: ReferentialAction? = nil,
        createForeignKeyConstraint: Bool = true,
        pivotTable: String? = nil,
        referencedColumnNames: [String]? = nil,
        inverseJoinColumns: [String]? = nil,
        foreignKeyName: String? = nil,
        deferMode: Deferral? = nil
    ) {
        self.deferMode = deferMode
        self.kind = kind
        self.target = target
        self.mappedBy = mappedBy
        self.deleteRule = deleteRule
        self.updateRule = updateRule
        self.createForeignKeyConstraint = createForeignKeyConstraint
        self.pivotTable = pivotTable
        self.referencedColumnNames = referencedColumnNames
        self.inverseJoinColumns = inverseJoinColumns
        self.foreignKeyName = foreignKeyName
    }

    /// Whether this side holds the foreign key column(s).
    public var ownsColumn: Bool {
        switch kind {
        case .manyToOne: true
        case .oneToOne: mappedBy == nil
        case .oneToMany, .manyToMany: false
        }
    }
}

/// How an embeddable value is stored in its owner's table.
public struct EmbeddingSchema: Sendable, Hashable, Codable {
    /// Where an embedded value's properties go: prefixed columns or one JSON column.
    public enum Storage: String, Sendable, Hashable, Codable {
        /// One column per embeddable property, prefixed (`address_city`).
        case inline
        /// One JSON column holding the whole value.
        case json
    }

    /// The embeddable's entity name.
    public var target: String
    /// Prefixed columns (`.inline`, the default) or one JSON column (`.json`).
    public var storage: Storage
    /// Column prefix for inline storage; `<property>_` by default.
    public var prefix: String?

    /// Embeds the embeddable entity named `target`, inline with the `<property>_` prefix by default.
    public init(target: String, storage: Storage = .inline, prefix: String? = nil) {
        self.target = target
        self.storage = storage
        self.prefix = prefix
    }
}
