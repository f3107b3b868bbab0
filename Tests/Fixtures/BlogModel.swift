import Foundation
import SchemaKitCore

/// A model that uses every option the value API offers; the snapshot tests render it on every dialect.
public enum BlogModel {
    public static var entities: [any Entity.Type] {
        [Publisher.self, Address.self, Author.self, AuthorProfile.self, Book.self, BookTag.self, Edition.self,
         EditionReview.self, Person.self, Employee.self, Customer.self]
    }
}

public enum PublisherType: String, CaseIterable { case local, global }
public enum BookStatus: String, CaseIterable, Codable { case draft, published, archived }
public enum Priority: Int, CaseIterable { case low = 1, high = 2 }

public struct Publisher: Entity {
    var id: Int
    var name: String
    var type: PublisherType
    var priority: Priority?

    public static let schema = EntitySchema(Publisher.self, comment: "Companies that publish books") {
        PrimaryKey(\.id)
        Property(\.name, length: 100, comment: "Trading name")
        Property(\.type, default: "local")
        Property(\.priority)
    }
}

public struct Address: Entity {
    var street: String
    var city: String
    var postalCode: String?

    public static let schema = EntitySchema(Address.self, embeddable: true) {
        Property(\.street)
        Property(\.city, length: 80)
        Property(\.postalCode, length: 10)
    }
}

public struct Author: Entity {
    var id: Int
    var name: String
    var email: String
    var age: Int?
    var termsAccepted: Bool
    var createdAt: Date
    var bio: String?
    var favouriteBookId: UUID?
    var mentorId: Int?
    var address: Address
    var settings: Address?
    var internalNotes: String?
    var cachedScore: Double
    var profile: Int?
    var legacyCode: String?

    public static let schema = EntitySchema(Author.self) {
        PrimaryKey(\.id)
        Property(\.name, length: 100)
        Property(\.email, unique: true)
        Property(\.age, check: "age >= 0")
        Property(\.termsAccepted, default: false)
        Property(\.createdAt, defaultRaw: "current_timestamp")
        Property(\.bio, type: .text, comment: "Short biography")
        ManyToOne(\.favouriteBookId, Book.self, deleteRule: .setNull)
        ManyToOne(\.mentorId, Author.self)
        Embedded(\.address, Address.self)
        Embedded(\.settings, Address.self, storage: .json)
        Property(\.internalNotes, type: .text)
        Property(\.cachedScore, persist: false)
        OneToOne(\.profile, AuthorProfile.self, mappedBy: "author")
        Property(\.legacyCode, length: 20, ignoreSchemaChanges: [.type, .default])
        OneToMany<Author>("books", Book.self, mappedBy: "authorId")
        ManyToMany<Author>("friends", Author.self, pivotTable: "author_friends")
        Indexed(\.name, \.age)
    }
}

public struct Book: Entity {
    var id: UUID
    var title: String
    var isbn: String
    var price: Decimal
    var status: BookStatus
    var metadata: JSON<[String: String]>?
    var authorId: Int
    var publisherId: Int?
    var titleLength: Int
    var code: String

    public static let schema = EntitySchema(Book.self, comment: "Published and draft books") {
        PrimaryKey(\.id)
        Property(\.title, length: 200)
        Property(\.isbn, length: 13, unique: "book_isbn_uq", collation: nil)
        Property(\.price, precision: 10, scale: 2, default: 0)
        Property(\.status, default: "draft", nativeEnumName: "book_status")
        Property(\.metadata)
        ManyToOne(\.authorId, Author.self, deleteRule: .cascade)
        ManyToOne(\.publisherId, Publisher.self, updateRule: .cascade)
        Property(\.titleLength, generated: GeneratedColumn("length(title)", storage: .stored))
        Property(\.code, columnType: "char(8)", fieldName: "book_code", renamedFrom: "sku")
        ManyToMany<Book>("tags", BookTag.self)
        Unique(\.title, \.authorId)
        Indexed(\.status, \.price, descending: [\.price])
        Check<Book>("price >= 0", name: "book_price_positive")
    }
}

public struct BookTag: Entity {
    var id: Int
    var name: String

    public static let schema = EntitySchema(BookTag.self) {
        PrimaryKey(\.id)
        Property(\.name, length: 50, unique: true)
        ManyToMany<BookTag>("books", Book.self, mappedBy: "tags")
    }
}

/// The owning side of a one-to-one: a unique foreign key; the reviewer relation has no constraint.
public struct AuthorProfile: Entity {
    var id: Int
    var author: Int
    var reviewer: Int?
    var website: String?

    public static let schema = EntitySchema(AuthorProfile.self) {
        PrimaryKey(\.id)
        OneToOne(\.author, Author.self, deleteRule: .cascade)
        ManyToOne(\.reviewer, Author.self, createForeignKeyConstraint: false)
        Property(\.website, type: .text)
    }
}

/// A composite primary key: (book_id, number).
public struct Edition: Entity {
    var bookId: UUID
    var number: Int
    var year: Int16

    public static let schema = EntitySchema(Edition.self) {
        ManyToOne(\.bookId, Book.self, primary: true)
        PrimaryKey(\.number, autoincrement: false)
        Property(\.year)
    }
}

/// A composite foreign key to Edition.
public struct EditionReview: Entity {
    var id: Int64
    var edition: Int
    var rating: Int8

    public static let schema = EntitySchema(EditionReview.self) {
        PrimaryKey(\.id)
        ManyToOne(\.edition, Edition.self)
        Property(\.rating, unsigned: true, default: 3)
    }
}

/// Single-table inheritance: people, employees and customers in table "person".
public struct Person: Entity {
    var id: Int
    var name: String

    public static let schema = EntitySchema(Person.self, inheritance: .root(discriminatorColumn: "type", value: "person")) {
        PrimaryKey(\.id)
        Property(\.name)
    }
}

public struct Employee: Entity {
    var salary: Int

    public static let schema = EntitySchema(Employee.self, inheritance: .child(of: Person.self, value: "employee")) {
        Property(\.salary)
    }
}

public struct Customer: Entity {
    var loyaltyPoints: Int

    public static let schema = EntitySchema(Customer.self, inheritance: .child(of: Person.self, value: "customer")) {
        Property(\.loyaltyPoints, default: 0)
    }
}
