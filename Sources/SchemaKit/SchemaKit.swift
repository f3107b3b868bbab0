@_exported import SchemaKitCore

// The macros: thin sugar over the value API. `@Entity` reads the markers and writes
// `EntitySchema(T.self) { PrimaryKey(\T.id) … }`; the markers themselves expand to nothing.

/// Makes a struct or class an ``SchemaKitCore/Entity``: every stored property becomes a column
/// unless marked `@Ignored`; markers refine them. The arguments are those of
/// `EntitySchema.init(_:table:schema:comment:embeddable:inheritance:renamedFrom:content:)`.
///
/// ```swift
/// @Entity
/// struct Author {
///     @PrimaryKey var id: Int
///     @Property(length: 100) var name: String
///     @Property(unique: true) var email: String
///     var age: Int?
///     @ManyToOne(Book.self, deleteRule: .setNull) var favouriteBook: Book.ID?
/// }
/// // create table "author" ("id" serial primary key, "name" varchar(100) not null, "email" varchar(255) not null,
/// //   "age" int null, "favourite_book_id" int null);
/// ```
///
/// It expands to an extension (adding a `nonisolated` `Entity` conformance only if the type does
/// not conform yet) with a `nonisolated static var schema` built by the value API, and, for a
/// single `@PrimaryKey`, `typealias PrimaryKeyValue` (what relations to the entity are checked
/// against) and `typealias ID` (unless the type has an `ID` or is `Identifiable`):
///
/// ```swift
/// extension Author: nonisolated SchemaKitCore.Entity {
///     typealias PrimaryKeyValue = Int
///     typealias ID = Int
///     nonisolated static var schema: SchemaKitCore.EntitySchema {
///         SchemaKitCore.EntitySchema(Author.self) {
///             SchemaKitCore.PrimaryKey(\Author.id)
///             SchemaKitCore.Property(\Author.name, length: 100)
///             …
///         }
///     }
/// }
/// ```
///
/// In a module whose default isolation is the main actor, declare a class entity `nonisolated`:
/// the schema reads its properties through key paths from a nonisolated context.
@attached(extension, conformances: SchemaKitCore.Entity, names: named(schema), named(PrimaryKeyValue), named(ID))
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
@attached(peer, names: prefixed(__schemaKit_))
public macro ManyToOne<Target: SchemaKitCore.Entity>(
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
) = #externalMacro(module: "SchemaKitMacros", type: "RelationMacro")

/// A one-to-one relation; the owner holds a unique key. See ``SchemaKitCore/OneToOne``.
@attached(peer, names: prefixed(__schemaKit_))
public macro OneToOne<Target: SchemaKitCore.Entity>(
    _ target: Target.Type,
    mappedBy: String? = nil,
    nullable: Bool? = nil,
    primary: Bool = false,
    deleteRule: ReferentialAction? = nil,
    updateRule: ReferentialAction? = nil,
    createForeignKeyConstraint: Bool = true,
    fieldNames: [String]? = nil,
    foreignKeyName: String? = nil
) = #externalMacro(module: "SchemaKitMacros", type: "RelationMacro")

/// The inverse side of a many-to-one: no column. See ``SchemaKitCore/OneToMany``.
@attached(peer, names: prefixed(__schemaKit_))
public macro OneToMany<Target: SchemaKitCore.Entity>(_ target: Target.Type, mappedBy: String)
    = #externalMacro(module: "SchemaKitMacros", type: "RelationMacro")

/// A many-to-many relation through a pivot table. See ``SchemaKitCore/ManyToMany``.
@attached(peer, names: prefixed(__schemaKit_))
public macro ManyToMany<Target: SchemaKitCore.Entity>(
    _ target: Target.Type,
    mappedBy: String? = nil,
    pivotTable: String? = nil,
    joinColumns: [String]? = nil,
    inverseJoinColumns: [String]? = nil,
    createForeignKeyConstraint: Bool = true
) = #externalMacro(module: "SchemaKitMacros", type: "RelationMacro")

/// An embeddable value, inline or as JSON. See ``SchemaKitCore/Embedded``.
@attached(peer)
public macro Embedded<Target: SchemaKitCore.Entity>(
    _ target: Target.Type,
    storage: EmbeddingSchema.Storage = .inline,
    prefix: String? = nil,
    nullable: Bool? = nil
) = #externalMacro(module: "SchemaKitMacros", type: "MarkerMacro")

/// Keeps a stored property out of the schema.
@attached(peer)
public macro Ignored() = #externalMacro(module: "SchemaKitMacros", type: "MarkerMacro")

/// An index over properties, declared inside the entity; see ``SchemaKitCore/Indexed``.
///
/// ```swift
/// #Index<Book>(\.title, \.authorId)                               // book_title_author_id_index
/// #Index<Book>(\.title, name: "book_live_title", where: "deleted_at is null")
/// ```
@freestanding(declaration)
public macro Index<Root>(
    _ keyPaths: PartialKeyPath<Root>...,
    name: String? = nil,
    where predicate: String? = nil,
    descending: [PartialKeyPath<Root>] = [],
    method: String? = nil
) = #externalMacro(module: "SchemaKitMacros", type: "MarkerMacro")

/// An expression index, declared inside the entity:
/// `#Index<Book>(expression: "lower(title)", name: "book_lower_title")`.
@freestanding(declaration)
public macro Index<Root>(expression: String, name: String, unique: Bool = false)
    = #externalMacro(module: "SchemaKitMacros", type: "MarkerMacro")

/// A unique constraint over properties, declared inside the entity: `#Unique<Book>(\.title, \.authorId)`.
@freestanding(declaration)
public macro Unique<Root>(_ keyPaths: PartialKeyPath<Root>..., name: String? = nil, where predicate: String? = nil)
    = #externalMacro(module: "SchemaKitMacros", type: "MarkerMacro")

/// A check constraint, declared inside the entity: `#Check("price >= 0", name: "book_price_positive")`.
@freestanding(declaration)
public macro Check(_ expression: String, name: String? = nil)
    = #externalMacro(module: "SchemaKitMacros", type: "MarkerMacro")
