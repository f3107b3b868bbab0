/// A type whose table SchemaKit manages.
///
/// ```swift
/// struct Author: Entity {
///     var id: Int
///     var name: String
///     static let schema = EntitySchema(Author.self) {
///         PrimaryKey(\.id)
///         Property(\.name, length: 100)
///     }
/// }
/// // create table "author" ("id" serial primary key, "name" varchar(100) not null);
/// ```
public protocol Entity {
    /// The Swift type of the entity's single-column primary key, which relations to it hold.
    ///
    /// `@Entity` declares it from the `@PrimaryKey` property, and relation markers then check at
    /// compile time that the property holding the key has this type. Left out, it is
    /// ``UndeclaredPrimaryKey`` and relations to the entity are not checked.
    ///
    /// ```swift
    /// struct Book: Entity {
    ///     typealias PrimaryKeyValue = UUID
    ///     var id: UUID
    ///     static let schema = EntitySchema(Book.self) { PrimaryKey(\.id) }
    /// }
    /// ```
    associatedtype PrimaryKeyValue = UndeclaredPrimaryKey

    /// The entity's schema declaration.
    static var schema: EntitySchema { get }
}

/// Everything SchemaKit needs to know about one entity (or embeddable): plain, `Codable` data.
public struct EntitySchema: Sendable, Hashable, Codable {
    /// The entity name (the Swift type name when built from a type); relations refer to it.
    public var name: String
    /// The table name, overriding the naming strategy.
    public var tableName: String?
    /// The namespace (PostgreSQL schema, SQL Server schema).
    public var schema: String?
    /// The table comment (PostgreSQL `comment on table`, MySQL `comment = '…'`); `nil` for none.
    /// Dropped on SQLite, which keeps no comments.
    public var comment: String?
    /// The entity's properties in declaration order: scalar columns, relations and embedded values.
    public var properties: [PropertySchema]
    /// Indexes and unique constraints declared on the entity (``Indexed``, ``Unique``); a property's
    /// own `unique:` and `index:` live on its ``PropertySchema``.
    public var indexes: [IndexDefinition]
    /// Table-level check constraints; a property's own `check:` lives on its ``PropertySchema``.
    public var checks: [CheckDefinition]
    /// An embeddable has no table of its own; it is stored inside its owners' tables.
    public var isEmbeddable: Bool
    /// Single-table inheritance: the root's discriminator, or a child's parent.
    public var inheritance: Inheritance?
    /// The table's previous name: an explicit rename hint for schema updates. An update fails
    /// when neither this name nor the table's own exists, rather than create an empty table.
    public var renamedFrom: String?
    /// How the engine stores the table (MySQL engine and table options, PostgreSQL storage
    /// parameters and `unlogged`, SQLite `strict` and `without rowid`).
    public var tableOptions: TableOptions

    /// Describes an entity by name, for hand-written or generated schemas; `EntitySchema(Book.self) { … }`
    /// builds one from a Swift type instead.
    ///
    /// ```swift
    /// EntitySchema(name: "Tag", properties: [
    ///     PropertySchema(name: "id", type: .integer, primary: true),
    ///     PropertySchema(name: "name", type: .string, length: 50),
    /// ])
    /// // create table "tag" ("id" serial primary key, "name" varchar(50) not null);
    /// ```
    public init(
        name: String,
        tableName: String? = nil,
        schema: String? = nil,
        comment: String? = nil,
        properties: [PropertySchema],
        indexes: [IndexDefinition] = [],
        checks: [CheckDefinition] = [],
        embeddable: Bool = false,
        inheritance: Inheritance? = nil,
        renamedFrom: String? = nil,
        tableOptions: TableOptions = .init()
    ) {
        self.name = name
        self.tableOptions = tableOptions
        self.renamedFrom = renamedFrom
        self.tableName = tableName
        self.schema = schema
        self.comment = comment
        self.properties = properties
        self.indexes = indexes
        self.checks = checks
        self.isEmbeddable = embeddable
        self.inheritance = inheritance
    }
}

/// Single-table inheritance: a hierarchy stored in the root's table, told apart by a
/// discriminator column.
///
/// ```swift
/// EntitySchema(Person.self, inheritance: .root(discriminatorColumn: "type", value: "person")) { … }
/// EntitySchema(Employee.self, inheritance: .child(of: Person.self, value: "employee")) { … }
/// // "type" text check ("type" in ('employee', 'person')) not null
/// ```
public enum Inheritance: Sendable, Hashable, Codable {
    /// The hierarchy's root, with its discriminator property name and its own value.
    case root(discriminatorColumn: String, value: String)
    /// A subtype stored in its parent's table.
    case child(parent: String, value: String)

    /// A subtype of `parent` stored in its table, with its discriminator value; the typed form of
    /// `.child(parent:value:)`.
    public static func child<Parent: Entity>(of parent: Parent.Type, value: String) -> Inheritance {
        .child(parent: EntitySchema.name(of: parent), value: value)
    }

    var discriminatorValue: String {
        switch self {
        case .root(_, let value), .child(_, let value): value
        }
    }
}

/// An index or unique constraint over one or more properties, or over an expression.
///
/// ```swift
/// IndexDefinition(properties: ["title", "authorId"])          // book_title_author_id_index
/// IndexDefinition(properties: ["isbn"], unique: true)         // book_isbn_unique
/// IndexDefinition(name: "book_live", properties: ["title"], where: "deleted_at is null")
/// ```
public struct IndexDefinition: Sendable, Hashable, Codable {
    /// The index or constraint name; `nil` takes the naming strategy's (`book_title_index`,
    /// `book_isbn_unique`), shortened to the dialect's identifier limit. An expression index needs one.
    public var name: String?
    /// Property names (or property paths into embeddables: `address.city`).
    public var properties: [String]
    /// Whether the index enforces uniqueness (a unique constraint) rather than only speeding up lookups.
    public var isUnique: Bool
    /// A raw index expression, e.g. `lower(email)`, used instead of columns.
    public var expression: String?
    /// A partial-index predicate.
    public var predicate: String?
    /// Descending columns, by property name.
    public var descending: Set<String>
    /// The access method (PostgreSQL `gin`, `gist`, …; MySQL `fulltext`, `spatial`).
    public var method: String?
    /// Properties stored in the index but not part of its key (PostgreSQL, SQL Server `include`).
    public var include: [String]
    /// Per-property collations, operator classes, nulls order and prefix lengths, and the index's
    /// storage parameters, deferral and comment; an engine without one refuses the index.
    public var options: IndexOptions

    /// An index over `properties` (property names, not column names), or over `expression` instead;
    /// each argument sets the property of the same name (`unique:` sets `isUnique`, `where:` `predicate`).
    public init(
        name: String? = nil,
        properties: [String] = [],
        unique: Bool = false,
        expression: String? = nil,
        where predicate: String? = nil,
        descending: Set<String> = [],
        method: String? = nil,
        include: [String] = [],
        options: IndexOptions = .init()
    ) {
        self.name = name
        self.properties = properties
        self.isUnique = unique
        self.expression = expression
        self.predicate = predicate
        self.descending = descending
        self.method = method
        self.include = include
        self.options = options
    }

    // Older encodings lack `include` and `options`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decodeIfPresent(String.self, forKey: .name),
            properties: try container.decodeIfPresent([String].self, forKey: .properties) ?? [],
            unique: try container.decodeIfPresent(Bool.self, forKey: .isUnique) ?? false,
            expression: try container.decodeIfPresent(String.self, forKey: .expression),
            where: try container.decodeIfPresent(String.self, forKey: .predicate),
            descending: try container.decodeIfPresent(Set<String>.self, forKey: .descending) ?? [],
            method: try container.decodeIfPresent(String.self, forKey: .method),
            include: try container.decodeIfPresent([String].self, forKey: .include) ?? [],
            options: try container.decodeIfPresent(IndexOptions.self, forKey: .options) ?? .init())
    }
}

/// How an index is built beyond its key: per-property collation, operator class, nulls order
/// and prefix length (keyed by property name), storage parameters, `nulls not distinct`,
/// deferral (unique constraints) and a comment. An engine without one of them refuses the
/// index with ``SchemaError/Code/unsupportedByDialect`` naming it.
///
/// ```swift
/// Indexed(\.email, options: IndexOptions(operatorClasses: ["email": "text_pattern_ops"], comment: "prefix search"))
/// // create index "user_email_index" on "user" ("email" text_pattern_ops);
/// // comment on index "user_email_index" is 'prefix search';
/// Unique(\.code, options: IndexOptions(deferral: .deferred))
/// // alter table "item" add constraint "item_code_unique" unique ("code") deferrable initially deferred;
/// ```
public struct IndexOptions: Sendable, Hashable, Codable {
    /// Per-property collation of the key part (`collate "C"`), by property name; PostgreSQL and SQLite.
    public var collations: [String: String]
    /// Per-property operator class (`text_pattern_ops`, `jsonb_path_ops`), by property name; PostgreSQL.
    public var operatorClasses: [String: String]
    /// Per-property place of `null`s in the key part (`nulls first`, `nulls last`), by property name; PostgreSQL.
    public var nulls: [String: NullsOrder]
    /// MySQL key prefixes: index the first n characters of a property.
    public var prefixLengths: [String: Int]
    /// PostgreSQL storage parameters: `["fillfactor": "70"]`.
    public var storageParameters: [String: String]
    /// A unique index that counts `null`s as equal, so one row at most has `null`
    /// (PostgreSQL 15 `nulls not distinct`).
    public var nullsNotDistinct: Bool
    /// Makes a unique constraint deferrable (`deferrable initially deferred`); `nil` checks it at
    /// once. PostgreSQL, unique constraints only.
    public var deferral: Deferral?
    /// The index comment (PostgreSQL `comment on index`, MySQL `comment '…'`); other engines refuse it.
    public var comment: String?
    /// Kept up to date but left out by the optimizer (MariaDB `ignored`, MySQL `invisible`).
    public var isIgnored: Bool

    /// Index options; each one left at its default adds nothing to the SQL.
    public init(
        collations: [String: String] = [:], operatorClasses: [String: String] = [:], nulls: [String: NullsOrder] = [:],
        prefixLengths: [String: Int] = [:], storageParameters: [String: String] = [:], nullsNotDistinct: Bool = false,
        deferral: Deferral? = nil, comment: String? = nil, ignored: Bool = false
    ) {
        self.isIgnored = ignored
        self.collations = collations
        self.operatorClasses = operatorClasses
        self.nulls = nulls
        self.prefixLengths = prefixLengths
        self.storageParameters = storageParameters
        self.nullsNotDistinct = nullsNotDistinct
        self.deferral = deferral
        self.comment = comment
    }
}

/// A check constraint declared on the entity.
///
/// ```swift
/// CheckDefinition(name: "book_price_positive", expression: "price >= 0")
/// // alter table "book" add constraint "book_price_positive" check (price >= 0);
/// ```
public struct CheckDefinition: Sendable, Hashable, Codable {
    /// The constraint name; `nil` takes the naming strategy's (`book_check`, or `book_price_check` for
    /// a `property`), numbered (`book_check1`) when it is taken.
    public var name: String?
    /// The SQL condition, used verbatim: `price >= 0`.
    public var expression: String
    /// The property the check belongs to; names it `<table>_<column>_check`.
    public var property: String?

    /// A check on `expression`, named `name`, or after the table (and `property`) when `nil`.
    public init(name: String? = nil, expression: String, property: String? = nil) {
        self.name = name
        self.expression = expression
        self.property = property
    }
}

extension EntitySchema {
    /// The name an entity type is registered and referred to by: its Swift type name.
    public static func name(of type: Any.Type) -> String {
        String(describing: type)
    }
}
