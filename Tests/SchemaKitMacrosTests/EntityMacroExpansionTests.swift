import MacroTesting
import SchemaKitMacroExpansions
import SwiftSyntaxMacroExpansion
import SwiftSyntaxMacros
import Testing

/// The macros as the compiler sees them; `conformances` is what it passes to `@Entity` for a
/// type that does not conform to `Entity` yet.
let schemaKitMacros: [String: MacroSpec] = [
    "Entity": MacroSpec(type: EntityMacro.self, conformances: ["Entity"]),
    "PrimaryKey": MacroSpec(type: MarkerMacro.self), "Property": MacroSpec(type: MarkerMacro.self),
    "ManyToOne": MacroSpec(type: RelationMacro.self), "OneToOne": MacroSpec(type: RelationMacro.self),
    "OneToMany": MacroSpec(type: RelationMacro.self), "ManyToMany": MacroSpec(type: RelationMacro.self),
    "Embedded": MacroSpec(type: MarkerMacro.self), "Ignored": MacroSpec(type: MarkerMacro.self),
    "Index": MacroSpec(type: MarkerMacro.self), "Unique": MacroSpec(type: MarkerMacro.self),
    "Check": MacroSpec(type: MarkerMacro.self),
]

@Suite("@Entity expansion", .macros(schemaKitMacros))
struct EntityMacroExpansionTests {
    @Test("stored properties become columns; markers forward their arguments")
    func expansion() {
        assertMacro {
            #"""
            @Entity(table: "authors", comment: "People who write")
            public struct Author {
                #Unique<Author>(\.name, \.age, name: "author_name_age")
                #Index<Author>(\.age, where: "age > 0")
                #Check("age >= 0")
                @PrimaryKey var id: Int
                @Property(length: 100, unique: true) var name: String
                var age: Int?
                @ManyToOne(Book.self, deleteRule: .setNull) var favouriteBook: Book.ID?
                @OneToOne(Profile.self) var profile: Int
                @OneToMany(Book.self, mappedBy: "author") var books: [Int] = []
                @ManyToMany(Tag.self, pivotTable: "author_tags") var tags: Set<Int> = []
                @Embedded(Address.self, storage: .json) var address: Address
                @Ignored var cache: [String: Int] = [:]
                var score: Double { 1 }
                var observed: Int = 0 { didSet {} }
                static var shared = 0
                lazy var memo = 0
                let `default`: Bool
            }
            """#
        } expansion: {
            #"""
            public struct Author {
                var id: Int
                var name: String
                var age: Int?
                var favouriteBook: Book.ID?

                nonisolated private static func __schemaKit_favouriteBook() {
                    SchemaKitCore.RelationKey.holds(Book.ID.self, primaryKeyOf: Book.self)
                }
                var profile: Int

                nonisolated private static func __schemaKit_profile() {
                    SchemaKitCore.RelationKey.holds(Int.self, primaryKeyOf: Profile.self)
                }
                var books: [Int] = []

                nonisolated private static func __schemaKit_books() {
                    SchemaKitCore.RelationKey.holds(Int.self, primaryKeyOf: Book.self)
                }
                var tags: Set<Int> = []

                nonisolated private static func __schemaKit_tags() {
                    SchemaKitCore.RelationKey.holds(Int.self, primaryKeyOf: Tag.self)
                }
                var address: Address
                var cache: [String: Int] = [:]
                var score: Double { 1 }
                var observed: Int = 0 { didSet {} }
                static var shared = 0
                lazy var memo = 0
                let `default`: Bool
            }

            extension Author: nonisolated SchemaKitCore.Entity {
                public typealias PrimaryKeyValue = Int
                public typealias ID = Int
                public nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(Author.self, table: "authors", comment: "People who write") {
                        SchemaKitCore.PrimaryKey(\Author.id)
                        SchemaKitCore.Property(\Author.name, length: 100, unique: true)
                        SchemaKitCore.Property(\Author.age)
                        SchemaKitCore.ManyToOne(\Author.favouriteBook, Book.self, deleteRule: .setNull)
                        SchemaKitCore.OneToOne(\Author.profile, Profile.self)
                        SchemaKitCore.OneToMany<Author>("books", Book.self, mappedBy: "author")
                        SchemaKitCore.ManyToMany<Author>("tags", Tag.self, pivotTable: "author_tags")
                        SchemaKitCore.Embedded(\Author.address, Address.self, storage: .json)
                        SchemaKitCore.Property(\Author.observed)
                        SchemaKitCore.Property(\Author.`default`)
                        SchemaKitCore.Unique<Author>(\.name, \.age, name: "author_name_age")
                        SchemaKitCore.Indexed<Author>(\.age, where: "age > 0")
                        SchemaKitCore.Check<Author>("age >= 0")
                    }
                }
            }
            """#
        }
    }

    @Test("a class, the entity arguments forwarded")
    func classEntity() {
        assertMacro {
            #"""
            @Entity(schema: "library", embeddable: false, inheritance: .root(discriminatorColumn: "type", value: "person"))
            open class Person {
                @PrimaryKey(type: .bigint, autoincrement: true) var id: Int64 = 0
                var name: String = ""
                #Index<Person>(expression: "lower(name)", name: "person_lower_name")
            }
            """#
        } expansion: {
            #"""
            open class Person {
                var id: Int64 = 0
                var name: String = ""
            }

            extension Person: nonisolated SchemaKitCore.Entity {
                public typealias PrimaryKeyValue = Int64
                public typealias ID = Int64
                public nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(Person.self, schema: "library", embeddable: false, inheritance: .root(discriminatorColumn: "type", value: "person")) {
                        SchemaKitCore.PrimaryKey(\Person.id, type: .bigint, autoincrement: true)
                        SchemaKitCore.Property(\Person.name)
                        SchemaKitCore.Indexed<Person>(expression: "lower(name)", name: "person_lower_name")
                    }
                }
            }
            """#
        }
    }

    @Test("a type that already conforms to Entity gets no second conformance")
    func existingConformance() {
        assertMacro(["Entity": MacroSpec(type: EntityMacro.self, conformances: [])]) {
            """
            @Entity
            struct Tag: Entity {
                var name: String
            }
            """
        } expansion: {
            #"""
            struct Tag: Entity {
                var name: String
            }

            extension Tag {
                nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(Tag.self) {
                        SchemaKitCore.Property(\Tag.name)
                    }
                }
            }
            """#
        }
    }

    @Test("ID and PrimaryKeyValue are declared only for one primary key the type has not named")
    func keyAliases() {
        assertMacro {
            """
            @Entity
            struct Tagged: Identifiable {
                @PrimaryKey var id: UUID
            }
            @Entity
            struct Named {
                typealias ID = Int
                @PrimaryKey var code: Int
            }
            @Entity
            struct Composite {
                @PrimaryKey var a: Int
                @PrimaryKey var b: Int
            }
            @Entity
            struct Edition {
                @ManyToOne(Book.self, primary: true) var bookId: Book.ID
                @PrimaryKey(autoincrement: false) var number: Int
            }
            @Entity
            package struct Untyped {
                @PrimaryKey var id = 0
            }
            """
        } expansion: {
            #"""
            struct Tagged: Identifiable {
                var id: UUID
            }
            struct Named {
                typealias ID = Int
                var code: Int
            }
            struct Composite {
                var a: Int
                var b: Int
            }
            struct Edition {
                var bookId: Book.ID

                nonisolated private static func __schemaKit_bookId() {
                    SchemaKitCore.RelationKey.holds(Book.ID.self, primaryKeyOf: Book.self)
                }
                var number: Int
            }
            package struct Untyped {
                var id = 0
            }

            extension Tagged: nonisolated SchemaKitCore.Entity {
                typealias PrimaryKeyValue = UUID
                nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(Tagged.self) {
                        SchemaKitCore.PrimaryKey(\Tagged.id)
                    }
                }
            }

            extension Named: nonisolated SchemaKitCore.Entity {
                typealias PrimaryKeyValue = Int
                nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(Named.self) {
                        SchemaKitCore.PrimaryKey(\Named.code)
                    }
                }
            }

            extension Composite: nonisolated SchemaKitCore.Entity {
                nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(Composite.self) {
                        SchemaKitCore.PrimaryKey(\Composite.a)
                        SchemaKitCore.PrimaryKey(\Composite.b)
                    }
                }
            }

            extension Edition: nonisolated SchemaKitCore.Entity {
                nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(Edition.self) {
                        SchemaKitCore.ManyToOne(\Edition.bookId, Book.self, primary: true)
                        SchemaKitCore.PrimaryKey(\Edition.number, autoincrement: false)
                    }
                }
            }

            extension Untyped: nonisolated SchemaKitCore.Entity {
                package nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(Untyped.self) {
                        SchemaKitCore.PrimaryKey(\Untyped.id)
                    }
                }
            }
            """#
        }
    }

    @Test("every property option reaches the value API unchanged")
    func propertyOptions() {
        assertMacro {
            #"""
            @Entity
            struct Book {
                @PrimaryKey(type: .uuid, columnType: "uuid", length: 36, autoincrement: false, default: .raw("gen_random_uuid()"), comment: "key", fieldName: "book_id") var id: UUID
                @Property(type: .decimal, columnType: "numeric(10,2)", length: 10, precision: 10, scale: 2, unsigned: true, nullable: true, default: 0, unique: "book_price_uq", index: true, comment: "price", check: "price >= 0", collation: "C", generated: GeneratedColumn("1", storage: .stored), autoincrement: false, fieldName: "cost", persist: true, ignoreSchemaChanges: [.type], renamedFrom: "amount", enumItems: ["a"], nativeEnumName: "price_kind", array: false) var price: Decimal
                @Property(defaultRaw: "current_timestamp") var createdAt: Date
                @ManyToOne(Author.self, nullable: true, primary: false, deleteRule: .cascade, updateRule: .restrict, createForeignKeyConstraint: false, fieldNames: ["a_id"], referencedColumnNames: ["id"], foreignKeyName: "book_author_fk", index: true, unique: false, comment: "author", renamedFrom: "writer") var authorId: Int?
                @OneToOne(Cover.self, mappedBy: "book", nullable: true, primary: false, deleteRule: .setNull, updateRule: .cascade, createForeignKeyConstraint: true, fieldNames: ["cover_id"], foreignKeyName: "book_cover_fk") var coverId: Int?
                @ManyToMany(Tag.self, mappedBy: "books", pivotTable: "book_tags", joinColumns: ["book_id"], inverseJoinColumns: ["tag_id"], createForeignKeyConstraint: false) var tagIds: [Tag.ID]
                @Embedded(Address.self, storage: .inline, prefix: "shipping_", nullable: true) var shipping: Address?
            }
            """#
        } expansion: {
            #"""
            struct Book {
                var id: UUID
                var price: Decimal
                var createdAt: Date
                var authorId: Int?

                nonisolated private static func __schemaKit_authorId() {
                    SchemaKitCore.RelationKey.holds(Int.self, primaryKeyOf: Author.self)
                }
                var coverId: Int?

                nonisolated private static func __schemaKit_coverId() {
                    SchemaKitCore.RelationKey.holds(Int.self, primaryKeyOf: Cover.self)
                }
                var tagIds: [Tag.ID]

                nonisolated private static func __schemaKit_tagIds() {
                    SchemaKitCore.RelationKey.holds(Tag.ID.self, primaryKeyOf: Tag.self)
                }
                var shipping: Address?
            }

            extension Book: nonisolated SchemaKitCore.Entity {
                typealias PrimaryKeyValue = UUID
                typealias ID = UUID
                nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(Book.self) {
                        SchemaKitCore.PrimaryKey(\Book.id, type: .uuid, columnType: "uuid", length: 36, autoincrement: false, default: .raw("gen_random_uuid()"), comment: "key", fieldName: "book_id")
                        SchemaKitCore.Property(\Book.price, type: .decimal, columnType: "numeric(10,2)", length: 10, precision: 10, scale: 2, unsigned: true, nullable: true, default: 0, unique: "book_price_uq", index: true, comment: "price", check: "price >= 0", collation: "C", generated: GeneratedColumn("1", storage: .stored), autoincrement: false, fieldName: "cost", persist: true, ignoreSchemaChanges: [.type], renamedFrom: "amount", enumItems: ["a"], nativeEnumName: "price_kind", array: false)
                        SchemaKitCore.Property(\Book.createdAt, defaultRaw: "current_timestamp")
                        SchemaKitCore.ManyToOne(\Book.authorId, Author.self, nullable: true, primary: false, deleteRule: .cascade, updateRule: .restrict, createForeignKeyConstraint: false, fieldNames: ["a_id"], referencedColumnNames: ["id"], foreignKeyName: "book_author_fk", index: true, unique: false, comment: "author", renamedFrom: "writer")
                        SchemaKitCore.OneToOne(\Book.coverId, Cover.self, mappedBy: "book", nullable: true, primary: false, deleteRule: .setNull, updateRule: .cascade, createForeignKeyConstraint: true, fieldNames: ["cover_id"], foreignKeyName: "book_cover_fk")
                        SchemaKitCore.ManyToMany<Book>("tagIds", Tag.self, mappedBy: "books", pivotTable: "book_tags", joinColumns: ["book_id"], inverseJoinColumns: ["tag_id"], createForeignKeyConstraint: false)
                        SchemaKitCore.Embedded(\Book.shipping, Address.self, storage: .inline, prefix: "shipping_", nullable: true)
                    }
                }
            }
            """#
        }
    }

    @Test("markers on their own expand to nothing but the relation's key check")
    func markersAlone() {
        assertMacro {
            """
            struct Plain {
                @PrimaryKey var id: Int
                @Property(length: 3) var code: String
                @Embedded(Address.self) var address: Address
                @Ignored var cache: Int
                #Index<Plain>(\\.code)
                #Unique<Plain>(\\.code)
                #Check("length(code) = 3")
                @ManyToOne(Author.self) var authorId: Author.ID
                @OneToOne(Profile.self) var profileId: Optional<UUID>
                @OneToMany(Book.self, mappedBy: "plain") var books: [Int]?
                @ManyToMany(Tag.self) var tags: Array<Int>
                @ManyToMany(Tag.self) var tagList: TagList
            }
            """
        } expansion: {
            """
            struct Plain {
                var id: Int
                var code: String
                var address: Address
                var cache: Int
                var authorId: Author.ID

                nonisolated private static func __schemaKit_authorId() {
                    SchemaKitCore.RelationKey.holds(Author.ID.self, primaryKeyOf: Author.self)
                }
                var profileId: Optional<UUID>

                nonisolated private static func __schemaKit_profileId() {
                    SchemaKitCore.RelationKey.holds(UUID.self, primaryKeyOf: Profile.self)
                }
                var books: [Int]?

                nonisolated private static func __schemaKit_books() {
                    SchemaKitCore.RelationKey.holds(Int.self, primaryKeyOf: Book.self)
                }
                var tags: Array<Int>

                nonisolated private static func __schemaKit_tags() {
                    SchemaKitCore.RelationKey.holds(Int.self, primaryKeyOf: Tag.self)
                }
                var tagList: TagList
            }
            """
        }
    }
}
