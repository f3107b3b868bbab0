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
public struct PropertySchema: Sendable, Hashable {
    /// The Swift property name (`favouriteBook`); the naming strategy derives column names from it.
    public var name: String
    /// The portable type; `nil` for relations and embeddables, which take their types elsewhere.
    public var type: ColumnType?
    /// A SQL type used verbatim, bypassing the dialect's mapping (`"citext"`, `"decimal(19,4)"`).
    public var columnType: String?
    /// Maximum length in characters of a `.string` column (`varchar(100)`); `nil` is 255. For `.time`
    /// and `.datetime`, the fractional-second digits (`timestamptz(3)`). Other types ignore it.
    public var length: Int?
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
    /// Left out of `select *` (MySQL/MariaDB `invisible`); other engines refuse it.
    public var isInvisible: Bool
    /// `false` keeps the property out of the schema.
    public var persist: Bool
    /// A PostgreSQL array of ``type``.
    public var isArray: Bool
    /// The attributes few properties have, in one box (as ``ColumnSchema`` keeps its own);
    /// `nil` when none is set, so that equal properties store equal values here.
    private var rare: Boxed<Rare>?

    private struct Rare: BoxedAttributes {
        var precision: Int?
        var scale: Int?
        var check: String?
        var collation: String?
        var onUpdate: String?
        var identity: ColumnIdentity?
        var generated: GeneratedColumn?
        var fieldNames: [String]?
        var ignoreSchemaChanges: Set<SchemaChangeKind> = []
        var renamedFrom: String?
        var enumItems: [String]?
        var nativeEnumName: String?
        var relation: RelationSchema?
        var embedded: EmbeddingSchema?
        var unsupportedSwiftType: String?
    }

    /// Total digits of a `.decimal` column (`numeric(precision,scale)`); `nil` is 10.
    public var precision: Int? {
        get { rare?.value.precision }
        set { rare.set(\.precision, to: newValue) }
    }
    /// Digits after the decimal point of a `.decimal` column; `nil` is 0.
    public var scale: Int? {
        get { rare?.value.scale }
        set { rare.set(\.scale, to: newValue) }
    }
    /// A check expression on this column; named `<table>_<column>_check`.
    public var check: String? {
        get { rare?.value.check }
        set { rare.set(\.check, to: newValue) }
    }
    /// The column's collation (`C`, `utf8mb4_bin`); `nil` keeps the type's or the table's default.
    public var collation: String? {
        get { rare?.value.collation }
        set { rare.set(\.collation, to: newValue) }
    }
    /// Raw SQL the column is set to on every update of its row: MySQL/MariaDB
    /// `on update current_timestamp`; other engines refuse it (use a trigger there).
    public var onUpdate: String? {
        get { rare?.value.onUpdate }
        set { rare.set(\.onUpdate, to: newValue) }
    }
    /// An identity column (PostgreSQL `generated … as identity`) instead of a `serial` one;
    /// it is auto-increment. Other engines refuse it.
    public var identity: ColumnIdentity? {
        get { rare?.value.identity }
        set { rare.set(\.identity, to: newValue) }
    }
    /// Computes the column from an expression (`generated always as (…)`) instead of storing what
    /// is written; `nil` for an ordinary column. It cannot have a default or auto-increment.
    public var generated: GeneratedColumn? {
        get { rare?.value.generated }
        set { rare.set(\.generated, to: newValue) }
    }
    /// The column name(s), overriding the naming strategy.
    public var fieldNames: [String]? {
        get { rare?.value.fieldNames }
        set { rare.set(\.fieldNames, to: newValue) }
    }
    /// Attributes whose differences from the live column updates ignore, keeping the live ones when
    /// the column is altered: `[.type, .default]` for a column managed outside SchemaKit.
    public var ignoreSchemaChanges: Set<SchemaChangeKind> {
        get { rare?.value.ignoreSchemaChanges ?? [] }
        set { rare.set(\.ignoreSchemaChanges, to: newValue) }
    }
    /// The column's previous name: an explicit rename hint that must match an existing column.
    public var renamedFrom: String? {
        get { rare?.value.renamedFrom }
        set { rare.set(\.renamedFrom, to: newValue) }
    }
    /// The cases of an enumeration column.
    public var enumItems: [String]? {
        get { rare?.value.enumItems }
        set { rare.set(\.enumItems, to: newValue) }
    }
    /// On PostgreSQL, stores the enumeration as a native `create type … as enum`.
    public var nativeEnumName: String? {
        get { rare?.value.nativeEnumName }
        set { rare.set(\.nativeEnumName, to: newValue) }
    }
    /// Set for relations.
    public var relation: RelationSchema? {
        get { rare?.value.relation }
        set { rare.set(\.relation, to: newValue) }
    }
    /// Set for embedded values.
    public var embedded: EmbeddingSchema? {
        get { rare?.value.embedded }
        set { rare.set(\.embedded, to: newValue) }
    }
    /// A Swift type SchemaKit could not map; reported by validation.
    public var unsupportedSwiftType: String? {
        get { rare?.value.unsupportedSwiftType }
        set { rare.set(\.unsupportedSwiftType, to: newValue) }
    }

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
        self.name = name
        self.type = type
        self.columnType = columnType
        self.length = length
        self.isUnsigned = unsigned
        self.isNullable = nullable
        self.isPrimary = primary
        self.autoincrement = autoincrement
        self.defaultValue = defaultValue
        self.unique = unique
        self.index = index
        self.comment = comment
        self.persist = persist
        self.isArray = array
        let rare = Rare(precision: precision, scale: scale, check: check, collation: collation, onUpdate: onUpdate,
                        identity: identity, generated: generated, fieldNames: fieldNames,
                        ignoreSchemaChanges: ignoreSchemaChanges, renamedFrom: renamedFrom, enumItems: enumItems,
                        nativeEnumName: nativeEnumName, relation: relation, embedded: embedded)
        self.rare = Optional(boxing: rare)
    }
}

extension PropertySchema: Codable {
    // The keys and order of the synthesized encoding this replaces.
    private enum CodingKeys: String, CodingKey {
        case name, type, columnType, length, precision, scale, isUnsigned, isNullable, isPrimary, autoincrement, defaultValue
        case unique, index, comment, check, collation, onUpdate, identity, isInvisible, generated, fieldNames, persist
        case ignoreSchemaChanges, renamedFrom, enumItems, nativeEnumName, isArray, relation, embedded, unsupportedSwiftType
    }

    /// Decodes a property; only `name` is required, every other attribute takes its default
    /// when missing.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try container.decode(String.self, forKey: .name))
        type = try container.decodeIfPresent(ColumnType.self, forKey: .type)
        columnType = try container.decodeIfPresent(String.self, forKey: .columnType)
        length = try container.decodeIfPresent(Int.self, forKey: .length)
        precision = try container.decodeIfPresent(Int.self, forKey: .precision)
        scale = try container.decodeIfPresent(Int.self, forKey: .scale)
        isUnsigned = try container.decodeIfPresent(Bool.self, forKey: .isUnsigned) ?? false
        isNullable = try container.decodeIfPresent(Bool.self, forKey: .isNullable) ?? false
        isPrimary = try container.decodeIfPresent(Bool.self, forKey: .isPrimary) ?? false
        autoincrement = try container.decodeIfPresent(Bool.self, forKey: .autoincrement)
        defaultValue = try container.decodeIfPresent(DefaultValue.self, forKey: .defaultValue)
        unique = try container.decodeIfPresent(ConstraintOption.self, forKey: .unique)
        index = try container.decodeIfPresent(ConstraintOption.self, forKey: .index)
        comment = try container.decodeIfPresent(String.self, forKey: .comment)
        check = try container.decodeIfPresent(String.self, forKey: .check)
        collation = try container.decodeIfPresent(String.self, forKey: .collation)
        onUpdate = try container.decodeIfPresent(String.self, forKey: .onUpdate)
        identity = try container.decodeIfPresent(ColumnIdentity.self, forKey: .identity)
        isInvisible = try container.decodeIfPresent(Bool.self, forKey: .isInvisible) ?? false
        generated = try container.decodeIfPresent(GeneratedColumn.self, forKey: .generated)
        fieldNames = try container.decodeIfPresent([String].self, forKey: .fieldNames)
        persist = try container.decodeIfPresent(Bool.self, forKey: .persist) ?? true
        ignoreSchemaChanges = try container.decodeIfPresent(Set<SchemaChangeKind>.self, forKey: .ignoreSchemaChanges) ?? []
        renamedFrom = try container.decodeIfPresent(String.self, forKey: .renamedFrom)
        enumItems = try container.decodeIfPresent([String].self, forKey: .enumItems)
        nativeEnumName = try container.decodeIfPresent(String.self, forKey: .nativeEnumName)
        isArray = try container.decodeIfPresent(Bool.self, forKey: .isArray) ?? false
        relation = try container.decodeIfPresent(RelationSchema.self, forKey: .relation)
        embedded = try container.decodeIfPresent(EmbeddingSchema.self, forKey: .embedded)
        unsupportedSwiftType = try container.decodeIfPresent(String.self, forKey: .unsupportedSwiftType)
    }

    /// Encodes the property as the synthesized encoding did: every plain attribute, optional
    /// ones only when set.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(type, forKey: .type)
        try container.encodeIfPresent(columnType, forKey: .columnType)
        try container.encodeIfPresent(length, forKey: .length)
        try container.encodeIfPresent(precision, forKey: .precision)
        try container.encodeIfPresent(scale, forKey: .scale)
        try container.encode(isUnsigned, forKey: .isUnsigned)
        try container.encode(isNullable, forKey: .isNullable)
        try container.encode(isPrimary, forKey: .isPrimary)
        try container.encodeIfPresent(autoincrement, forKey: .autoincrement)
        try container.encodeIfPresent(defaultValue, forKey: .defaultValue)
        try container.encodeIfPresent(unique, forKey: .unique)
        try container.encodeIfPresent(index, forKey: .index)
        try container.encodeIfPresent(comment, forKey: .comment)
        try container.encodeIfPresent(check, forKey: .check)
        try container.encodeIfPresent(collation, forKey: .collation)
        try container.encodeIfPresent(onUpdate, forKey: .onUpdate)
        try container.encodeIfPresent(identity, forKey: .identity)
        try container.encode(isInvisible, forKey: .isInvisible)
        try container.encodeIfPresent(generated, forKey: .generated)
        try container.encodeIfPresent(fieldNames, forKey: .fieldNames)
        try container.encode(persist, forKey: .persist)
        try container.encode(ignoreSchemaChanges, forKey: .ignoreSchemaChanges)
        try container.encodeIfPresent(renamedFrom, forKey: .renamedFrom)
        try container.encodeIfPresent(enumItems, forKey: .enumItems)
        try container.encodeIfPresent(nativeEnumName, forKey: .nativeEnumName)
        try container.encode(isArray, forKey: .isArray)
        try container.encodeIfPresent(relation, forKey: .relation)
        try container.encodeIfPresent(embedded, forKey: .embedded)
        try container.encodeIfPresent(unsupportedSwiftType, forKey: .unsupportedSwiftType)
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
