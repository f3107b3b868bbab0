import SchemaKitMacros
import SwiftSyntaxMacroExpansion
import SwiftSyntaxMacros
import SwiftSyntaxMacrosGenericTestSupport
import Testing

private let macros: [String: MacroSpec] = [
    "Entity": MacroSpec(type: EntityMacro.self, conformances: ["Entity"]),
    "PrimaryKey": MacroSpec(type: MarkerMacro.self), "Property": MacroSpec(type: MarkerMacro.self),
    "ManyToOne": MacroSpec(type: MarkerMacro.self), "OneToOne": MacroSpec(type: MarkerMacro.self),
    "OneToMany": MacroSpec(type: MarkerMacro.self), "ManyToMany": MacroSpec(type: MarkerMacro.self),
    "Embedded": MacroSpec(type: MarkerMacro.self), "Ignored": MacroSpec(type: MarkerMacro.self),
    "Indexed": MacroSpec(type: MarkerMacro.self), "Unique": MacroSpec(type: MarkerMacro.self),
    "Check": MacroSpec(type: MarkerMacro.self),
]

private func expect(_ source: String, expands expanded: String, diagnostics: [DiagnosticSpec] = [],
                    sourceLocation: SourceLocation = #_sourceLocation) {
    assertMacroExpansion(source, expandedSource: expanded, diagnostics: diagnostics, macroSpecs: macros) { failure in
        Issue.record(Comment(rawValue: failure.message), sourceLocation: sourceLocation)
    }
}

@Suite("@Entity expansion")
struct EntityMacroExpansionTests {
    @Test("stored properties become columns; markers forward their arguments")
    func expansion() {
        expect("""
            @Entity(table: "authors", comment: "People who write")
            public struct Author {
                #Unique<Author>(\\.name, \\.age, name: "author_name_age")
                #Check("age >= 0")
                @PrimaryKey var id: Int
                @Property(length: 100, unique: true) var name: String
                var age: Int?
                @ManyToOne(Book.self, deleteRule: .setNull) var favouriteBook: Int?
                @OneToMany(Book.self, mappedBy: "author") var books: [Int] = []
                @ManyToMany(Tag.self, pivotTable: "author_tags") var tags: [Int] = []
                @Embedded(Address.self, storage: .json) var address: Address
                @Ignored var cache: [String: Int] = [:]
                var score: Double { 1 }
                var observed: Int = 0 { didSet {} }
                static var shared = 0
            }
            """, expands: """
            public struct Author {
                var id: Int
                var name: String
                var age: Int?
                var favouriteBook: Int?
                var books: [Int] = []
                var tags: [Int] = []
                var address: Address
                var cache: [String: Int] = [:]
                var score: Double { 1 }
                var observed: Int = 0 { didSet {} }
                static var shared = 0
            }

            extension Author: SchemaKitCore.Entity {
                public nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(Author.self, table: "authors", comment: "People who write") {
                        SchemaKitCore.PrimaryKey(\\Author.id)
                        SchemaKitCore.Property(\\Author.name, length: 100, unique: true)
                        SchemaKitCore.Property(\\Author.age)
                        SchemaKitCore.ManyToOne(\\Author.favouriteBook, Book.self, deleteRule: .setNull)
                        SchemaKitCore.OneToMany<Author>("books", Book.self, mappedBy: "author")
                        SchemaKitCore.ManyToMany<Author>("tags", Tag.self, pivotTable: "author_tags")
                        SchemaKitCore.Embedded(\\Author.address, Address.self, storage: .json)
                        SchemaKitCore.Property(\\Author.observed)
                        SchemaKitCore.Unique<Author>(\\.name, \\.age, name: "author_name_age")
                        SchemaKitCore.Check<Author>("age >= 0")
                    }
                }
            }
            """)
    }

    @Test("an enum is refused, and a property takes one marker")
    func diagnostics() {
        expect("""
            @Entity
            enum Mood {
                case ok
            }
            """, expands: """
            enum Mood {
                case ok
            }
            """, diagnostics: [DiagnosticSpec(message: "@Entity applies to a struct or a class", line: 1, column: 1)])
        expect("""
            @Entity struct T {
                @PrimaryKey @Property(length: 3) var id: Int
            }
            """, expands: """
            struct T {
                var id: Int
            }

            extension T: SchemaKitCore.Entity {
                nonisolated static var schema: SchemaKitCore.EntitySchema {
                    SchemaKitCore.EntitySchema(T.self) {

                    }
                }
            }
            """, diagnostics: [DiagnosticSpec(
                message: "a property takes one of @PrimaryKey, @Property, @ManyToOne, @OneToOne, @OneToMany, @ManyToMany, @Embedded or @Ignored",
                line: 2, column: 5)])
    }
}
