import Foundation
import SchemaKit
import SchemaKitMySQL
import SchemaKitPostgres
import SchemaKitSQLite

// A small blog: authors write books, books have tags.

@Entity
struct Author {
    @PrimaryKey var id: Int
    @Property(length: 100) var name: String
    @Property(unique: true) var email: String
    var age: Int?
    @Property(default: false) var termsAccepted: Bool
    @Property(defaultRaw: "current_timestamp") var createdAt: Date
    @ManyToOne(Book.self, deleteRule: .setNull) var favouriteBook: Int?
}

enum BookStatus: String, CaseIterable { case draft, published }

@Entity
struct Book {
    @PrimaryKey var id: Int
    @Property(length: 200, index: true) var title: String
    @Property(default: "draft") var status: BookStatus
    @ManyToOne(Author.self, deleteRule: .cascade) var authorId: Int
    @ManyToMany(Tag.self) var tags: [Int] = []
}

@Entity
struct Tag {
    @PrimaryKey var id: Int
    @Property(length: 50, unique: true) var name: String
}

/// `DATABASE_URL` picks the database; a SQLite file `blog.sqlite` by default.
func configuration() throws -> SchemaConfiguration {
    let url = ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "sqlite:blog.sqlite"
    let database: DatabaseConfiguration
    switch try DatabaseURL(url).scheme {
    case .sqlite: database = .sqlite(path: try DatabaseURL(url).database)
    case .postgres: database = try .postgres(url: url)
    case .mysql, .mariadb: database = try .mysql(url: url)
    }
    return SchemaConfiguration(entities: [Author.self, Book.self, Tag.self], database: database)
}

do {
    let config = try configuration()
    try await config.ensureDatabase()
    try await SchemaGenerator.withDatabase(config) { generator in
        print(try generator.getCreateSchemaSQL(), terminator: "")
        try await generator.refreshDatabase()
        let live = try await generator.introspect()
        let difference = try SchemaComparator.compare(from: live, to: try generator.targetSchema(), dialect: generator.dialect)
        FileHandle.standardError.write(Data("""
            Created \(live.tables.count) tables in \(config.database): \(live.tables.map(\.name).joined(separator: ", "))
            Read back and compared with the entities: \(difference.isEmpty ? "no difference" : "\n\(difference)")\n
            """.utf8))
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
