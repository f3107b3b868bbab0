import MacroTesting
import SchemaKitMacroExpansions
import Testing

@Suite("@Entity diagnostics", .macros(schemaKitMacros))
struct EntityMacroDiagnosticTests {
    @Test("@Entity applies to structs and classes")
    func notAStructOrClass() {
        assertMacro {
            """
            @Entity
            enum Mood {
                case ok
            }
            """
        } diagnostics: {
            """
            @Entity
            ┬──────
            ╰─ 🛑 @Entity applies to a struct or a class, not to an enum
            enum Mood {
                case ok
            }
            """
        }
        assertMacro {
            """
            @Entity
            actor Counter {
                var count = 0
            }
            """
        } diagnostics: {
            """
            @Entity
            ┬──────
            ╰─ 🛑 @Entity applies to a struct or a class, not to an actor
            actor Counter {
                var count = 0
            }
            """
        }
    }

    @Test("a marker written twice: remove the duplicate")
    func duplicateMarker() {
        assertMacro {
            """
            @Entity struct Tag {
                @PrimaryKey var id: Int
                @Property(length: 50) @Property(unique: true) var name: String
            }
            """
        } diagnostics: {
            """
            @Entity struct Tag {
                @PrimaryKey var id: Int
                @Property(length: 50) @Property(unique: true) var name: String
                                      ┬──────────────────────
                                      ╰─ 🛑 'name' is marked @Property twice
                                         ✏️ remove '@Property'
            }
            """
        } fixes: {
            """
            @Entity struct Tag {
                @PrimaryKey var id: Int
                @Property(length: 50) var name: String
            }
            """
        } expansion: {
            #"""
            struct Tag {
                var id: Int
                var name: String
            }

            extension Tag: nonisolated SchemaKitCore.Entity {
                typealias PrimaryKeyValue = Int
                typealias ID = Int
                nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(Tag.self) {
                        SchemaKitCore.PrimaryKey(\Tag.id)
                        SchemaKitCore.Property(\Tag.name, length: 50)
                    }
                }
            }
            """#
        }
    }

    @Test("@Ignored with another marker: remove the other")
    func ignoredWithProperty() {
        assertMacro {
            """
            @Entity struct Tag {
                @PrimaryKey var id: Int
                @Ignored
                @Property(length: 50) var cache: String
                @Property(length: 1) @Ignored var note: String
            }
            """
        } diagnostics: {
            """
            @Entity struct Tag {
                @PrimaryKey var id: Int
                @Ignored
                @Property(length: 50) var cache: String
                ┬────────────────────
                ╰─ 🛑 'cache' is @Ignored, so it has no column for @Property to describe
                   ✏️ remove '@Property'
                @Property(length: 1) @Ignored var note: String
                ┬───────────────────
                ╰─ 🛑 'note' is @Ignored, so it has no column for @Property to describe
                   ✏️ remove '@Property'
            }
            """
        } fixes: {
            """
            @Entity struct Tag {
                @PrimaryKey var id: Int
                @Ignored
                var cache: String
                @Ignored var note: String
            }
            """
        } expansion: {
            #"""
            struct Tag {
                var id: Int
                var cache: String
                var note: String
            }

            extension Tag: nonisolated SchemaKitCore.Entity {
                typealias PrimaryKeyValue = Int
                typealias ID = Int
                nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(Tag.self) {
                        SchemaKitCore.PrimaryKey(\Tag.id)
                    }
                }
            }
            """#
        }
    }

    @Test("two different markers conflict: remove the second")
    func conflictingMarkers() {
        assertMacro {
            """
            @Entity struct Tag {
                @PrimaryKey @Property(length: 3) var id: Int
            }
            """
        } diagnostics: {
            """
            @Entity struct Tag {
                @PrimaryKey @Property(length: 3) var id: Int
                            ┬───────────────────
                            ╰─ 🛑 'id' is already @PrimaryKey; it cannot also be @Property
                               ✏️ remove '@Property'
            }
            """
        } fixes: {
            """
            @Entity struct Tag {
                @PrimaryKey var id: Int
            }
            """
        } expansion: {
            #"""
            struct Tag {
                var id: Int
            }

            extension Tag: nonisolated SchemaKitCore.Entity {
                typealias PrimaryKeyValue = Int
                typealias ID = Int
                nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(Tag.self) {
                        SchemaKitCore.PrimaryKey(\Tag.id)
                    }
                }
            }
            """#
        }
    }

    @Test("a marker on a computed or static property: remove it")
    func markerOnNonStoredProperty() {
        assertMacro {
            """
            @Entity struct Tag {
                @PrimaryKey var id: Int
                @Property(length: 3) var label: String { "tag" }
                @Property static var count = 0
            }
            """
        } diagnostics: {
            """
            @Entity struct Tag {
                @PrimaryKey var id: Int
                @Property(length: 3) var label: String { "tag" }
                ┬───────────────────
                ╰─ 🛑 @Property applies to a stored instance property, and 'label' is computed
                   ✏️ remove '@Property'
                @Property static var count = 0
                ┬────────
                ╰─ 🛑 @Property applies to a stored instance property, and 'count' is static or lazy
                   ✏️ remove '@Property'
            }
            """
        } fixes: {
            """
            @Entity struct Tag {
                @PrimaryKey var id: Int
                var label: String { "tag" }
                static var count = 0
            }
            """
        } expansion: {
            #"""
            struct Tag {
                var id: Int
                var label: String { "tag" }
                static var count = 0
            }

            extension Tag: nonisolated SchemaKitCore.Entity {
                typealias PrimaryKeyValue = Int
                typealias ID = Int
                nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(Tag.self) {
                        SchemaKitCore.PrimaryKey(\Tag.id)
                    }
                }
            }
            """#
        }
    }

    @Test("a type no column can store: mark it @Ignored")
    func unstorableTypes() {
        assertMacro {
            """
            @Entity struct Task {
                @PrimaryKey var id: Int
                var onChange: (Int) -> Void
                var point: (x: Int, y: Int)?
                var shape: any Shape
                var handlers: [@Sendable () -> Void]
                var kind: Any.Type
                var callback = { print("done") }
            }
            """
        } diagnostics: {
            """
            @Entity struct Task {
                @PrimaryKey var id: Int
                var onChange: (Int) -> Void
                              ┬────────────
                              ╰─ 🛑 'onChange' has a function type, '(Int) -> Void', which no column can store; mark it @Ignored
                                 ✏️ mark 'onChange' @Ignored
                var point: (x: Int, y: Int)?
                           ┬────────────────
                           ╰─ 🛑 'point' has a tuple type, '(x: Int, y: Int)?', which no column can store; mark it @Ignored or give it @Property(type:) or @Property(columnType:)
                              ✏️ mark 'point' @Ignored
                var shape: any Shape
                           ┬────────
                           ╰─ 🛑 'shape' has an existential type, 'any Shape', which no column can store; mark it @Ignored or give it @Property(type:) or @Property(columnType:)
                              ✏️ mark 'shape' @Ignored
                var handlers: [@Sendable () -> Void]
                              ┬─────────────────────
                              ╰─ 🛑 'handlers' has a function type, '[@Sendable () -> Void]', which no column can store; mark it @Ignored
                                 ✏️ mark 'handlers' @Ignored
                var kind: Any.Type
                          ┬───────
                          ╰─ 🛑 'kind' has a metatype, 'Any.Type', which no column can store; mark it @Ignored
                             ✏️ mark 'kind' @Ignored
                var callback = { print("done") }
                               ┬────────────────
                               ╰─ 🛑 'callback' holds a closure, which no column can store; mark it @Ignored
                                  ✏️ mark 'callback' @Ignored
            }
            """
        } fixes: {
            """
            @Entity struct Task {
                @PrimaryKey var id: Int
                @Ignored var onChange: (Int) -> Void
                @Ignored var point: (x: Int, y: Int)?
                @Ignored var shape: any Shape
                @Ignored var handlers: [@Sendable () -> Void]
                @Ignored var kind: Any.Type
                @Ignored var callback = { print("done") }
            }
            """
        } expansion: {
            #"""
            struct Task {
                var id: Int
                var onChange: (Int) -> Void
                var point: (x: Int, y: Int)?
                var shape: any Shape
                var handlers: [@Sendable () -> Void]
                var kind: Any.Type
                var callback = { print("done") }
            }

            extension Task: nonisolated SchemaKitCore.Entity {
                typealias PrimaryKeyValue = Int
                typealias ID = Int
                nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(Task.self) {
                        SchemaKitCore.PrimaryKey(\Task.id)
                    }
                }
            }
            """#
        }
    }

    @Test("an existential or tuple with an explicit column type is allowed; a marked function is not")
    func explicitColumnType() {
        assertMacro {
            """
            @Entity struct Task {
                @PrimaryKey var id: Int
                @Property(type: .json) var shape: any Shape
                @Property(columnType: "point") var point: (x: Double, y: Double)
                @Property(type: .text) var run: () -> Void
            }
            """
        } diagnostics: {
            """
            @Entity struct Task {
                @PrimaryKey var id: Int
                @Property(type: .json) var shape: any Shape
                @Property(columnType: "point") var point: (x: Double, y: Double)
                @Property(type: .text) var run: () -> Void
                                                ┬─────────
                                                ╰─ 🛑 'run' has a function type, '() -> Void', which no column can store; mark it @Ignored
            }
            """
        }
    }

    @Test("a relation typed as its target: use the target's ID")
    func relationHoldsTarget() {
        assertMacro {
            """
            @Entity struct Review {
                @PrimaryKey var id: Int
                @ManyToOne(Book.self) var book: Book?
                @OneToOne(Profile.self) var profile: Profile
                @ManyToMany(Tag.self) var tags: [Tag]
            }
            """
        } diagnostics: {
            """
            @Entity struct Review {
                @PrimaryKey var id: Int
                @ManyToOne(Book.self) var book: Book?
                                                ┬────
                                                ╰─ 🛑 @ManyToOne stores the key of 'Book', not a 'Book' value: declare 'book' as 'Book.ID?'
                                                   ✏️ use 'Book.ID?'
                @OneToOne(Profile.self) var profile: Profile
                                                     ┬──────
                                                     ╰─ 🛑 @OneToOne stores the key of 'Profile', not a 'Profile' value: declare 'profile' as 'Profile.ID'
                                                        ✏️ use 'Profile.ID'
                @ManyToMany(Tag.self) var tags: [Tag]
                                                ┬────
                                                ╰─ 🛑 @ManyToMany stores the key of 'Tag', not a 'Tag' value: declare 'tags' as '[Tag.ID]'
                                                   ✏️ use '[Tag.ID]'
            }
            """
        } fixes: {
            """
            @Entity struct Review {
                @PrimaryKey var id: Int
                @ManyToOne(Book.self) var book: Book.ID?
                @OneToOne(Profile.self) var profile: Profile.ID
                @ManyToMany(Tag.self) var tags: [Tag.ID]
            }
            """
        } expansion: {
            #"""
            struct Review {
                var id: Int
                var book: Book.ID?
                var profile: Profile.ID
                var tags: [Tag.ID]
            }

            extension Review: nonisolated SchemaKitCore.Entity {
                typealias PrimaryKeyValue = Int
                typealias ID = Int
                nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(Review.self) {
                        SchemaKitCore.PrimaryKey(\Review.id)
                        SchemaKitCore.ManyToOne(\Review.book, Book.self)
                        SchemaKitCore.OneToOne(\Review.profile, Profile.self)
                        SchemaKitCore.ManyToMany<Review>("tags", Tag.self)
                    }
                }
            }
            """#
        }
    }

    @Test("default: and defaultRaw: together")
    func defaultAndDefaultRaw() {
        assertMacro {
            """
            @Entity struct Book {
                @PrimaryKey var id: Int
                @Property(default: 0, defaultRaw: "1") var copies: Int
            }
            """
        } diagnostics: {
            """
            @Entity struct Book {
                @PrimaryKey var id: Int
                @Property(default: 0, defaultRaw: "1") var copies: Int
                                      ┬──────────────
                                      ╰─ 🛑 'copies' has both default: and defaultRaw:; give one
            }
            """
        }
    }
}
