/// One line of an entity declaration inside `EntitySchema(Author.self) { … }`.
public protocol EntitySchemaComponent<Root> {
    /// The entity type the component's key paths start from (`Book` in `PrimaryKey(\Book.id)`).
    associatedtype Root
    /// Adds this component's properties, indexes or checks to the schema being built.
    func apply(to draft: inout EntitySchemaDraft<Root>)
}

/// The schema being assembled by the result builder; key paths resolve to property names here.
public struct EntitySchemaDraft<Root> {
    var properties: [PropertySchema] = []
    var indexes: [IndexDefinition] = []
    var checks: [CheckDefinition] = []
    var names: [AnyKeyPath: String] = [:]
    var pendingIndexes: [(keyPaths: [PartialKeyPath<Root>], build: ([String]) -> IndexDefinition)] = []

    mutating func add(_ property: PropertySchema, keyPath: AnyKeyPath?) {
        properties.append(property)
        if let keyPath { names[keyPath] = property.name }
    }

    /// The property name for a key path: the declared one, else the key path's last component.
    func name(for keyPath: AnyKeyPath) -> String {
        names[keyPath] ?? KeyPathName.of(keyPath)
    }
}

enum KeyPathName {
    /// `\Author.favouriteBook` → `favouriteBook`.
    static func of(_ keyPath: AnyKeyPath) -> String {
        let text = keyPath.debugDescription
        let last = text.split(separator: ".").last.map(String.init) ?? text
        return last.trimmed(where: { "?!\\".contains($0) })
    }
}

/// Collects ``EntitySchemaComponent``s for ``EntitySchema``'s result-builder initialiser.
@resultBuilder
public enum EntitySchemaBuilder<Root> {
    /// One component (`PrimaryKey(\.id)`) as a list.
    public static func buildExpression(_ component: some EntitySchemaComponent<Root>) -> [any EntitySchemaComponent<Root>] {
        [component]
    }
    /// A block's components, in order.
    public static func buildBlock(_ parts: [any EntitySchemaComponent<Root>]...) -> [any EntitySchemaComponent<Root>] {
        parts.flatMap { $0 }
    }
    /// An `if` without `else`: its components when taken, none otherwise.
    public static func buildOptional(_ part: [any EntitySchemaComponent<Root>]?) -> [any EntitySchemaComponent<Root>] {
        part ?? []
    }
    /// The first branch of an `if`/`else` or `switch`.
    public static func buildEither(first: [any EntitySchemaComponent<Root>]) -> [any EntitySchemaComponent<Root>] { first }
    /// The second branch of an `if`/`else` or `switch`.
    public static func buildEither(second: [any EntitySchemaComponent<Root>]) -> [any EntitySchemaComponent<Root>] { second }
    /// A `for` loop: every iteration's components, in order.
    public static func buildArray(_ parts: [[any EntitySchemaComponent<Root>]]) -> [any EntitySchemaComponent<Root>] {
        parts.flatMap { $0 }
    }
}

extension EntitySchema {
    /// Declares an entity's schema over key paths of its Swift type.
    ///
    /// ```swift
    /// static let schema = EntitySchema(Book.self, comment: "Published books") {
    ///     PrimaryKey(\.id)
    ///     Property(\.title, length: 200, index: true)
    ///     ManyToOne(\.authorId, Author.self, deleteRule: .cascade)
    ///     Unique(\.title, \.authorId)
    /// }
    /// ```
    ///
    /// `renamedFrom` names the table's previous name, so an update renames it instead of
    /// dropping one table and creating another:
    /// `alter table "author" rename to "writer"`.
    public init<Root>(
        _ type: Root.Type,
        table: String? = nil,
        schema: String? = nil,
        comment: String? = nil,
        embeddable: Bool = false,
        inheritance: Inheritance? = nil,
        renamedFrom: String? = nil,
        @EntitySchemaBuilder<Root> content: () -> [any EntitySchemaComponent<Root>]
    ) {
        var draft = EntitySchemaDraft<Root>()
        for component in content() { component.apply(to: &draft) }
        for pending in draft.pendingIndexes {
            draft.indexes.append(pending.build(pending.keyPaths.map { draft.name(for: $0) }))
        }
        self.init(
            name: EntitySchema.name(of: type), tableName: table, schema: schema, comment: comment,
            properties: draft.properties, indexes: draft.indexes, checks: draft.checks,
            embeddable: embeddable, inheritance: inheritance, renamedFrom: renamedFrom
        )
    }
}

extension PropertySchema {
    /// A scalar property whose type is inferred from the Swift type `Value`.
    init(inferring valueType: Any.Type, name: String) {
        self.init(name: name)
        if let inferred = ColumnInference.infer(valueType) {
            type = inferred.type
            isNullable = inferred.isNullable
            enumItems = inferred.enumItems
            isArray = inferred.isArray
        } else {
            unsupportedSwiftType = String(reflecting: valueType)
        }
    }
}

/// The primary key property. A single integer key auto-increments unless told otherwise.
///
/// ```swift
/// PrimaryKey(\.id)   // PostgreSQL "id" serial primary key; MySQL `id` int unsigned not null auto_increment primary key
/// ```
public struct PrimaryKey<Root, Value>: EntitySchemaComponent {
    var keyPath: KeyPath<Root, Value>
    var property: PropertySchema

    /// Declares the primary key at `keyPath`, its type inferred from `Value`.
    ///
    /// `type:` or `columnType:` overrides the inferred type; `autoincrement: nil` auto-increments a
    /// single integer key that has no `columnType:` or default; `defaultRaw:` (SQL used verbatim)
    /// wins over `default:`; `fieldName:` overrides the column name.
    ///
    /// ```swift
    /// PrimaryKey(\.id, defaultRaw: "gen_random_uuid()")   // var id: UUID
    /// // PostgreSQL: "id" uuid not null default gen_random_uuid(), …, primary key ("id")
    /// ```
    public init(
        _ keyPath: KeyPath<Root, Value>,
        type: ColumnType? = nil,
        columnType: String? = nil,
        length: Int? = nil,
        autoincrement: Bool? = nil,
        default defaultValue: DefaultValue? = nil,
        defaultRaw: String? = nil,
        comment: String? = nil,
        fieldName: String? = nil
    ) {
        self.keyPath = keyPath
        var property = PropertySchema(inferring: Value.self, name: KeyPathName.of(keyPath))
        property.isPrimary = true
        property.isNullable = false
        if let type { property.type = type; property.unsupportedSwiftType = nil }
        if let columnType { property.columnType = columnType; property.unsupportedSwiftType = nil }
        property.length = length
        property.autoincrement = autoincrement
        property.defaultValue = defaultRaw.map(DefaultValue.raw) ?? defaultValue
        property.comment = comment
        property.fieldNames = fieldName.map { [$0] }
        self.property = property
    }

    public func apply(to draft: inout EntitySchemaDraft<Root>) {
        draft.add(property, keyPath: keyPath)
    }
}

/// A scalar property stored in one column.
///
/// ```swift
/// Property(\.name, length: 100)                     // "name" varchar(100) not null
/// Property(\.age)                                   // Int? → "age" int null
/// Property(\.status)                                // enum → text check ("status" in ('draft', 'published'))
/// Property(\.createdAt, defaultRaw: "current_timestamp")
/// ```
public struct Property<Root, Value>: EntitySchemaComponent {
    var keyPath: KeyPath<Root, Value>
    var property: PropertySchema

    /// Declares a scalar property at `keyPath`; its column type, nullability, enumeration cases and
    /// array-ness are inferred from `Value`.
    ///
    /// Each argument sets the ``PropertySchema`` attribute of the same name. `nullable:` and `array:`
    /// left `nil` keep what was inferred; `defaultRaw:` (SQL used verbatim) wins over `default:`;
    /// `enumItems:` makes the column an enumeration unless `type:` or `columnType:` is given;
    /// `fieldName:` overrides the column name.
    ///
    /// ```swift
    /// Property(\.price, precision: 10, scale: 2, default: 0)   // "price" numeric(10,2) not null default 0
    /// ```
    public init(
        _ keyPath: KeyPath<Root, Value>,
        type: ColumnType? = nil,
        columnType: String? = nil,
        length: Int? = nil,
        precision: Int? = nil,
        scale: Int? = nil,
        unsigned: Bool = false,
        nullable: Bool? = nil,
        default defaultValue: DefaultValue? = nil,
        defaultRaw: String? = nil,
        unique: ConstraintOption? = nil,
        index: ConstraintOption? = nil,
        comment: String? = nil,
        check: String? = nil,
        collation: String? = nil,
        generated: GeneratedColumn? = nil,
        autoincrement: Bool? = nil,
        fieldName: String? = nil,
        persist: Bool = true,
        ignoreSchemaChanges: Set<SchemaChangeKind> = [],
        renamedFrom: String? = nil,
        enumItems: [String]? = nil,
        nativeEnumName: String? = nil,
        array: Bool? = nil
    ) {
        self.keyPath = keyPath
        var property = PropertySchema(inferring: Value.self, name: KeyPathName.of(keyPath))
        if let type {
            property.type = type
            property.unsupportedSwiftType = nil
        }
        if let columnType {
            property.columnType = columnType
            property.unsupportedSwiftType = nil
        }
        property.length = length
        property.precision = precision
        property.scale = scale
        property.isUnsigned = unsigned
        if let nullable { property.isNullable = nullable }
        property.defaultValue = defaultRaw.map(DefaultValue.raw) ?? defaultValue
        property.unique = unique
        property.index = index
        property.comment = comment
        property.check = check
        property.collation = collation
        property.generated = generated
        property.autoincrement = autoincrement
        property.fieldNames = fieldName.map { [$0] }
        property.persist = persist
        property.ignoreSchemaChanges = ignoreSchemaChanges
        property.renamedFrom = renamedFrom
        if let enumItems {
            property.enumItems = enumItems
            if type == nil, columnType == nil { property.type = .enumeration }
        }
        property.nativeEnumName = nativeEnumName
        if let array { property.isArray = array }
        self.property = property
    }

    public func apply(to draft: inout EntitySchemaDraft<Root>) {
        draft.add(property, keyPath: keyPath)
    }
}

/// A many-to-one relation: this entity stores the target's key (`author_id`).
///
/// ```swift
/// ManyToOne(\.authorId, Author.self, deleteRule: .cascade)
/// // "author_id" int not null, foreign key ("author_id") references "author" ("id") on delete cascade
/// ```
public struct ManyToOne<Root, Value>: EntitySchemaComponent {
    var keyPath: KeyPath<Root, Value>
    var property: PropertySchema

    /// Declares the property at `keyPath` as holding the key of `target`, with a foreign key to it.
    ///
    /// `nullable: nil` follows the property's optionality, and a nullable key gets `on delete set null`
    /// unless `deleteRule:` says otherwise. `fieldNames:` and `referencedColumnNames:` name the columns
    /// on each side (one per column of the target's key); `createForeignKeyConstraint: false` keeps the
    /// column without a constraint; `primary: true` makes it part of the primary key.
    public init<Target>(
        _ keyPath: KeyPath<Root, Value>,
        _ target: Target.Type,
        nullable: Bool? = nil,
        primary: Bool = false,
        deleteRule: ReferentialAction? = nil,
        updateRule: ReferentialAction? = nil,
        createForeignKeyConstraint: Bool = true,
        fieldNames: [String]? = nil,
        referencedColumnNames: [String]? = nil,
        foreignKeyName: String? = nil,
        index: ConstraintOption? = nil,
        unique: ConstraintOption? = nil,
        comment: String? = nil,
        renamedFrom: String? = nil
    ) {
        self.keyPath = keyPath
        self.property = PropertySchema.relation(
            .manyToOne, name: KeyPathName.of(keyPath), valueType: Value.self, target: target, nullable: nullable,
            primary: primary, deleteRule: deleteRule, updateRule: updateRule,
            createForeignKeyConstraint: createForeignKeyConstraint, fieldNames: fieldNames,
            referencedColumnNames: referencedColumnNames, foreignKeyName: foreignKeyName,
            index: index, unique: unique, comment: comment, renamedFrom: renamedFrom
        )
    }

    public func apply(to draft: inout EntitySchemaDraft<Root>) {
        draft.add(property, keyPath: keyPath)
    }
}

/// A one-to-one relation. The owning side stores a unique foreign key; the inverse side
/// (`mappedBy:`) has no column.
///
/// ```swift
/// OneToOne(\.profileId, Profile.self)   // "profile_id" int not null + unique "user_profile_id_unique"
/// ```
public struct OneToOne<Root, Value>: EntitySchemaComponent {
    var keyPath: KeyPath<Root, Value>
    var property: PropertySchema

    /// Declares a one-to-one relation to `target`. Without `mappedBy:` this is the owning side: its
    /// column gets a foreign key and is unique. With `mappedBy:` (the owner's property name) it
    /// is the inverse side and has no column. The other arguments are as for ``ManyToOne``.
    public init<Target>(
        _ keyPath: KeyPath<Root, Value>,
        _ target: Target.Type,
        mappedBy: String? = nil,
        nullable: Bool? = nil,
        primary: Bool = false,
        deleteRule: ReferentialAction? = nil,
        updateRule: ReferentialAction? = nil,
        createForeignKeyConstraint: Bool = true,
        fieldNames: [String]? = nil,
        foreignKeyName: String? = nil
    ) {
        self.keyPath = keyPath
        var property = PropertySchema.relation(
            .oneToOne, name: KeyPathName.of(keyPath), valueType: Value.self, target: target, nullable: nullable,
            primary: primary, deleteRule: deleteRule, updateRule: updateRule,
            createForeignKeyConstraint: createForeignKeyConstraint, fieldNames: fieldNames,
            referencedColumnNames: nil, foreignKeyName: foreignKeyName,
            index: nil, unique: mappedBy == nil ? .enabled : nil, comment: nil, renamedFrom: nil
        )
        property.relation?.mappedBy = mappedBy
        self.property = property
    }

    public func apply(to draft: inout EntitySchemaDraft<Root>) {
        draft.add(property, keyPath: keyPath)
    }
}

/// The inverse side of a many-to-one: no column, documented for completeness and validation.
///
/// ```swift
/// OneToMany("books", Book.self, mappedBy: "author")
/// ```
public struct OneToMany<Root>: EntitySchemaComponent {
    var property: PropertySchema

    /// Declares the property `name` as the inverse of `target`'s many-to-one property `mappedBy`;
    /// it has no column, and validation checks that `mappedBy` is a relation back to this entity.
    public init<Target>(_ name: String, _ target: Target.Type, mappedBy: String) {
        property = PropertySchema(
            name: name,
            relation: RelationSchema(.oneToMany, target: EntitySchema.name(of: target), mappedBy: mappedBy)
        )
    }

    public func apply(to draft: inout EntitySchemaDraft<Root>) {
        draft.add(property, keyPath: nil)
    }
}

/// A many-to-many relation, stored in a pivot table (`book_tags`) with a foreign key to each side.
///
/// ```swift
/// ManyToMany("tags", Tag.self)                               // pivot "book_tags"
/// ManyToMany("friends", Author.self, pivotTable: "friendship") // self-referencing
/// ManyToMany("books", Book.self, mappedBy: "tags")           // inverse side: no table
/// ```
public struct ManyToMany<Root>: EntitySchemaComponent {
    var property: PropertySchema

    /// Declares a many-to-many relation `name` to `target`.
    ///
    /// The owning side (no `mappedBy:`) creates the pivot table, `pivotTable:` or `<table>_<name>`
    /// (`book_tags`), with `joinColumns:` pointing here and `inverseJoinColumns:` at the target (by
    /// default `<table>_<key>`); both foreign keys cascade on update and delete, unless
    /// `createForeignKeyConstraint: false` leaves them out. The inverse side names the owner's
    /// property in `mappedBy:` and has no table.
    public init<Target>(
        _ name: String,
        _ target: Target.Type,
        mappedBy: String? = nil,
        pivotTable: String? = nil,
        joinColumns: [String]? = nil,
        inverseJoinColumns: [String]? = nil,
        createForeignKeyConstraint: Bool = true
    ) {
        property = PropertySchema(
            name: name,
            fieldNames: joinColumns,
            relation: RelationSchema(
                .manyToMany, target: EntitySchema.name(of: target), mappedBy: mappedBy,
                createForeignKeyConstraint: createForeignKeyConstraint, pivotTable: pivotTable,
                inverseJoinColumns: inverseJoinColumns
            )
        )
    }

    public func apply(to draft: inout EntitySchemaDraft<Root>) {
        draft.add(property, keyPath: nil)
    }
}

/// An embeddable value stored inline (prefixed columns) or as one JSON column.
///
/// ```swift
/// Embedded(\.address, Address.self)                    // "address_street", "address_city"
/// Embedded(\.settings, Settings.self, storage: .json)  // "settings" jsonb
/// ```
public struct Embedded<Root, Value>: EntitySchemaComponent {
    var keyPath: KeyPath<Root, Value>
    var property: PropertySchema

    /// Embeds the embeddable `target` (declared with `embeddable: true`) at `keyPath`: `.inline`
    /// spreads its properties over columns named with `prefix:` (by default `<property>_`), `.json`
    /// stores it in one JSON column. `nullable: nil` follows the property's optionality.
    public init<Target>(
        _ keyPath: KeyPath<Root, Value>,
        _ target: Target.Type,
        storage: EmbeddingSchema.Storage = .inline,
        prefix: String? = nil,
        nullable: Bool? = nil
    ) {
        self.keyPath = keyPath
        let isOptional = ColumnInference.isOptional(Value.self)
        property = PropertySchema(
            name: KeyPathName.of(keyPath),
            nullable: nullable ?? isOptional,
            embedded: EmbeddingSchema(target: EntitySchema.name(of: target), storage: storage, prefix: prefix)
        )
    }

    public func apply(to draft: inout EntitySchemaDraft<Root>) {
        draft.add(property, keyPath: keyPath)
    }
}

/// An index over several properties, an expression, or with a partial `where`.
///
/// ```swift
/// Indexed(\.title, \.publishedAt)                                // book_title_published_at_index
/// Indexed(\.title, name: "book_live_title", where: "deleted_at is null")
/// Indexed(Book.self, expression: "lower(title)", name: "book_lower_title")
/// Indexed(\.title, include: [\.price], options: IndexOptions(storageParameters: ["fillfactor": "70"]))
/// ```
public struct Indexed<Root>: EntitySchemaComponent {
    var keyPaths: [PartialKeyPath<Root>]
    var template: IndexDefinition

    /// An index over the properties at `keyPaths`, in order; `name: nil` takes `<table>_<columns>_index`.
    /// `descending:` sorts those key parts descending (adding any not listed); `where:` makes it a
    /// partial index; `method:` picks the access method (PostgreSQL `gin`, `gist`…; MySQL `fulltext`,
    /// `spatial`); `include:` adds non-key columns (PostgreSQL, SQL Server).
    public init(
        _ keyPaths: PartialKeyPath<Root>...,
        name: String? = nil,
        where predicate: String? = nil,
        descending: [PartialKeyPath<Root>] = [],
        method: String? = nil,
        include: [PartialKeyPath<Root>] = [],
        options: IndexOptions = .init()
    ) {
        self.keyPaths = keyPaths + descending.filter { !keyPaths.contains($0) }
        self.template = IndexDefinition(name: name, where: predicate, method: method, options: options)
        self.descendingKeyPaths = descending
        self.includeKeyPaths = include
    }

    /// An index over the SQL expression `expression` (`lower(title)`), which needs a `name`;
    /// `unique: true` makes it unique. Pass the entity type (`Indexed(Book.self, …)`) where it cannot
    /// be inferred. MariaDB and SQL Server refuse expression indexes.
    public init(_ root: Root.Type = Root.self, expression: String, name: String, unique: Bool = false) {
        keyPaths = []
        template = IndexDefinition(name: name, unique: unique, expression: expression)
    }

    var descendingKeyPaths: [PartialKeyPath<Root>] = []
    var includeKeyPaths: [PartialKeyPath<Root>] = []

    public func apply(to draft: inout EntitySchemaDraft<Root>) {
        let template = template
        let descendingNames = Set(descendingKeyPaths.map { draft.name(for: $0) })
        let includeNames = includeKeyPaths.map { draft.name(for: $0) }
        draft.pendingIndexes.append((keyPaths, { names in
            var index = template
            index.properties = names
            index.descending = descendingNames
            index.include = includeNames
            return index
        }))
    }
}

/// A unique constraint over one or more properties.
///
/// ```swift
/// Unique(\.title, \.authorId)   // alter table "book" add constraint "book_title_author_id_unique" unique ("title", "author_id")
/// Unique(\.isbn, include: [\.title], options: IndexOptions(deferral: .deferred, comment: "one per edition"))
/// ```
public struct Unique<Root>: EntitySchemaComponent {
    var keyPaths: [PartialKeyPath<Root>]
    var template: IndexDefinition

    /// A unique constraint over the properties at `keyPaths`, in order; `name: nil` takes
    /// `<table>_<columns>_unique`. `where:` makes it a partial unique index; `include:` adds non-key
    /// columns (PostgreSQL, SQL Server).
    public init(_ keyPaths: PartialKeyPath<Root>..., name: String? = nil, where predicate: String? = nil,
                include: [PartialKeyPath<Root>] = [], options: IndexOptions = .init()) {
        self.keyPaths = keyPaths
        self.includeKeyPaths = include
        template = IndexDefinition(name: name, unique: true, where: predicate, options: options)
    }

    var includeKeyPaths: [PartialKeyPath<Root>] = []

    public func apply(to draft: inout EntitySchemaDraft<Root>) {
        let template = template
        let includeNames = includeKeyPaths.map { draft.name(for: $0) }
        draft.pendingIndexes.append((keyPaths, { names in
            var index = template
            index.properties = names
            index.include = includeNames
            return index
        }))
    }
}

/// A table-level check constraint.
///
/// ```swift
/// Check<Book>("price >= 0", name: "book_price_check")
/// ```
public struct Check<Root>: EntitySchemaComponent {
    var definition: CheckDefinition

    /// A check on the SQL condition `expression`, used verbatim; `name: nil` takes the naming
    /// strategy's `<table>_check`.
    public init(_ expression: String, name: String? = nil) {
        definition = CheckDefinition(name: name, expression: expression)
    }

    public func apply(to draft: inout EntitySchemaDraft<Root>) {
        draft.checks.append(definition)
    }
}

extension PropertySchema {
    static func relation<Target>(
        _ kind: RelationSchema.Kind, name: String, valueType: Any.Type, target: Target.Type, nullable: Bool?,
        primary: Bool, deleteRule: ReferentialAction?, updateRule: ReferentialAction?,
        createForeignKeyConstraint: Bool, fieldNames: [String]?, referencedColumnNames: [String]?,
        foreignKeyName: String?, index: ConstraintOption?, unique: ConstraintOption?, comment: String?,
        renamedFrom: String?
    ) -> PropertySchema {
        PropertySchema(
            name: name,
            nullable: nullable ?? ColumnInference.isOptional(valueType),
            primary: primary,
            unique: unique,
            index: index,
            comment: comment,
            fieldNames: fieldNames,
            renamedFrom: renamedFrom,
            relation: RelationSchema(
                kind, target: EntitySchema.name(of: target), deleteRule: deleteRule, updateRule: updateRule,
                createForeignKeyConstraint: createForeignKeyConstraint,
                referencedColumnNames: referencedColumnNames, foreignKeyName: foreignKeyName
            )
        )
    }
}
