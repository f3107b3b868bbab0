@_exported import SchemaKitCore

// The macros: thin sugar over the value API. `@Entity` reads the markers and writes
// `EntitySchema(T.self) { PrimaryKey(\T.id) … }`; the markers themselves expand to nothing.

/// Makes a struct or class an ``SchemaKitCore/Entity``: every stored property becomes a column
/// unless marked `@Ignored`; markers refine them.
///
/// ```swift
/// @Entity
/// struct Author {
///     @PrimaryKey var id: Int
///     @Property(length: 100) var name: String
///     @Property(unique: true) var email: String
///     var age: Int?
///     @ManyToOne(Book.self, deleteRule: .setNull) var favouriteBook: Int?
/// }
/// // create table "author" ("id" serial primary key, "name" varchar(100) not null, "email" varchar(255) not null,
/// //   "age" int null, "favourite_book_id" int null);
/// ```
@attached(extension, conformances: SchemaKitCore.Entity, names: named(schema))
public macro Entity(
    table: String? = nil,
    schema: String? = nil,
    comment: String? = nil,
    embeddable: Bool = false,
    inheritance: Inheritance? = nil
) = #externalMacro(module: "SchemaKitMacros", type: "EntityMacro")

/// The primary key; see ``SchemaKitCore/PrimaryKey``.
@attached(peer)
public macro PrimaryKey(
    type: ColumnType? = nil,
    columnType: String? = nil,
    length: Int? = nil,
    autoincrement: Bool? = nil,
    default: DefaultValue? = nil,
    defaultRaw: String? = nil,
    comment: String? = nil,
    fieldName: String? = nil
) = #externalMacro(module: "SchemaKitMacros", type: "MarkerMacro")

/// A column with options; see ``SchemaKitCore/Property``.
@attached(peer)
public macro Property(
    type: ColumnType? = nil,
    columnType: String? = nil,
    length: Int? = nil,
    precision: Int? = nil,
    scale: Int? = nil,
    unsigned: Bool = false,
    nullable: Bool? = nil,
    default: DefaultValue? = nil,
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
) = #externalMacro(module: "SchemaKitMacros", type: "MarkerMacro")

/// A many-to-one relation holding the target's key; see ``SchemaKitCore/ManyToOne``.
@attached(peer)
public macro ManyToOne<Target>(
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
) = #externalMacro(module: "SchemaKitMacros", type: "MarkerMacro")

/// A one-to-one relation; the owner holds a unique key. See ``SchemaKitCore/OneToOne``.
@attached(peer)
public macro OneToOne<Target>(
    _ target: Target.Type,
    mappedBy: String? = nil,
    nullable: Bool? = nil,
    primary: Bool = false,
    deleteRule: ReferentialAction? = nil,
    updateRule: ReferentialAction? = nil,
    createForeignKeyConstraint: Bool = true,
    fieldNames: [String]? = nil,
    foreignKeyName: String? = nil
) = #externalMacro(module: "SchemaKitMacros", type: "MarkerMacro")

/// The inverse side of a many-to-one: no column. See ``SchemaKitCore/OneToMany``.
@attached(peer)
public macro OneToMany<Target>(_ target: Target.Type, mappedBy: String)
    = #externalMacro(module: "SchemaKitMacros", type: "MarkerMacro")

/// A many-to-many relation through a pivot table. See ``SchemaKitCore/ManyToMany``.
@attached(peer)
public macro ManyToMany<Target>(
    _ target: Target.Type,
    mappedBy: String? = nil,
    pivotTable: String? = nil,
    joinColumns: [String]? = nil,
    inverseJoinColumns: [String]? = nil,
    createForeignKeyConstraint: Bool = true
) = #externalMacro(module: "SchemaKitMacros", type: "MarkerMacro")

/// An embeddable value, inline or as JSON. See ``SchemaKitCore/Embedded``.
@attached(peer)
public macro Embedded<Target>(
    _ target: Target.Type,
    storage: EmbeddingSchema.Storage = .inline,
    prefix: String? = nil,
    nullable: Bool? = nil
) = #externalMacro(module: "SchemaKitMacros", type: "MarkerMacro")

/// Keeps a stored property out of the schema.
@attached(peer)
public macro Ignored() = #externalMacro(module: "SchemaKitMacros", type: "MarkerMacro")

/// An index over properties, declared inside the entity: `#Indexed<Book>(\.title, \.authorId)`.
@freestanding(declaration)
public macro Indexed<Root>(
    _ keyPaths: PartialKeyPath<Root>...,
    name: String? = nil,
    where predicate: String? = nil,
    descending: [PartialKeyPath<Root>] = [],
    method: String? = nil
) = #externalMacro(module: "SchemaKitMacros", type: "MarkerMacro")

/// An expression index, declared inside the entity:
/// `#Indexed<Book>(expression: "lower(title)", name: "book_lower_title")`.
@freestanding(declaration)
public macro Indexed<Root>(expression: String, name: String, unique: Bool = false)
    = #externalMacro(module: "SchemaKitMacros", type: "MarkerMacro")

/// A unique constraint over properties, declared inside the entity: `#Unique<Book>(\.title, \.authorId)`.
@freestanding(declaration)
public macro Unique<Root>(_ keyPaths: PartialKeyPath<Root>..., name: String? = nil, where predicate: String? = nil)
    = #externalMacro(module: "SchemaKitMacros", type: "MarkerMacro")

/// A check constraint, declared inside the entity: `#Check("price >= 0", name: "book_price_positive")`.
@freestanding(declaration)
public macro Check(_ expression: String, name: String? = nil)
    = #externalMacro(module: "SchemaKitMacros", type: "MarkerMacro")
