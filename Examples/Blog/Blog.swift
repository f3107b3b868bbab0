import Foundation
import SchemaKit
import SchemaKitCLI
import SchemaKitMySQL
import SchemaKitPostgres
import SchemaKitSQLite

// A small blog: authors write books for publishers, books have tags and comments, and
// comments answer each other.
//
//   swift run blog schema:fresh --run --seed      # blog.sqlite, created and seeded
//   swift run blog schema:create --dump           # the SQL
//   DATABASE_URL=postgres://user:pass@localhost/blog swift run blog schema:update --check

@Entity(embeddable: true)
struct Address {
    @Property(length: 100) var street: String
    @Property(length: 60) var city: String
    @Property(length: 2) var country: String
}

@Entity(comment: "People who write books")
struct Author {
    @PrimaryKey var id: Int
    @Property(length: 100) var name: String
    @Property(unique: true) var email: String
    var born: Date?
    @Property(defaultRaw: "current_timestamp") var createdAt: Date
}

@Entity
struct Publisher {
    @PrimaryKey var id: Int
    @Property(length: 100) var name: String
    @Embedded(Address.self) var address: Address
}

enum BookStatus: String, CaseIterable { case draft, published, outOfPrint }

struct BookDetails: Codable {
    var pages: Int
    var languages: [String]
}

@Entity
struct Book {
    @PrimaryKey var id: Int
    @Property(length: 200, index: true) var title: String
    @Property(default: "draft") var status: BookStatus
    @Property(nullable: true) var details: JSON<BookDetails>?
    @ManyToOne(Author.self, deleteRule: .cascade) var author: Author.ID
    @ManyToOne(Publisher.self, deleteRule: .setNull) var publisher: Publisher.ID?
    @ManyToMany(Tag.self) var tags: [Tag.ID] = []
}

@Entity
struct Tag {
    @PrimaryKey var id: Int
    @Property(length: 50, unique: true) var name: String
}

@Entity
struct Comment {
    @PrimaryKey var id: Int
    var body: String
    @ManyToOne(Book.self, deleteRule: .cascade) var book: Book.ID
    @ManyToOne(Comment.self, deleteRule: .cascade) var replyTo: Comment.ID?
}

/// A few rows of everything. Keys are left to the database (a fresh table numbers from 1), so
/// PostgreSQL's sequences stay in step.
struct DatabaseSeeder: Seeder {
    func run(_ database: SeedDatabase) async throws {
        try await database.insert(into: "author",
                                  ["name": "Ursula K. Le Guin", "email": "ursula@example.com"],
                                  ["name": "Stanisław Lem", "email": "lem@example.com"])
        try await database.insert(into: "publisher",
                                  ["name": "Ace Books", "address_street": "200 Madison Ave", "address_city": "New York",
                                   "address_country": "US"])
        try await database.call(TagSeeder.self)
        try await database.insert(into: "book",
                                  ["title": "The Left Hand of Darkness", "status": "published", "author_id": 1,
                                   "publisher_id": 1, "details": #"{"pages": 304, "languages": ["en"]}"#],
                                  ["title": "Solaris", "status": "published", "author_id": 2])
        try await database.insert(into: "book_tags", ["book_id": 1, "tag_id": 1], ["book_id": 2, "tag_id": 1])
        try await database.insert(into: "comment", ["body": "A classic.", "book_id": 1])
        try await database.execute("insert into comment (body, book_id, reply_to_id) values (?, ?, ?)",
                                   ["Agreed; it's wonderful.", 1, 1])
    }
}

struct TagSeeder: Seeder {
    func run(_ database: SeedDatabase) async throws {
        try await database.insert(into: "tag", ["name": "science fiction"], ["name": "classic"])
    }
}

@main
enum Blog: SchemaCommandHost {
    /// `DATABASE_URL` picks the database; a SQLite file `blog.sqlite` by default.
    static func configuration() async throws -> SchemaConfiguration {
        let url = ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "sqlite:blog.sqlite"
        let database = try DatabaseConnectors([.sqlite, .postgreSQL, .mySQL]).configuration(for: url)
        return SchemaConfiguration(
            entities: [Author.self, Publisher.self, Address.self, Book.self, Tag.self, Comment.self],
            database: database,
            seeder: SeederConfiguration(defaultSeeder: "DatabaseSeeder", seeders: [DatabaseSeeder.self, TagSeeder.self]))
    }
}
