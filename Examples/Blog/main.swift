import Foundation
import SchemaKitCore
import SchemaKitMySQL
import SchemaKitPostgres
import SchemaKitSQLite

// A small blog: authors write books, books have tags.

struct Author: Entity {
    var id: Int
    var name: String
    var email: String
    var age: Int?
    var termsAccepted: Bool
    var createdAt: Date
    var favouriteBook: Int?

    static let schema = EntitySchema(Author.self) {
        PrimaryKey(\.id)
        Property(\.name, length: 100)
        Property(\.email, unique: true)
        Property(\.age)
        Property(\.termsAccepted, default: false)
        Property(\.createdAt, defaultRaw: "current_timestamp")
        ManyToOne(\.favouriteBook, Book.self, deleteRule: .setNull)
    }
}

enum BookStatus: String, CaseIterable { case draft, published }

struct Book: Entity {
    var id: Int
    var title: String
    var status: BookStatus
    var authorId: Int

    static let schema = EntitySchema(Book.self) {
        PrimaryKey(\.id)
        Property(\.title, length: 200, index: true)
        Property(\.status, default: "draft")
        ManyToOne(\.authorId, Author.self, deleteRule: .cascade)
        ManyToMany<Book>("tags", Tag.self)
    }
}

struct Tag: Entity {
    var id: Int
    var name: String

    static let schema = EntitySchema(Tag.self) {
        PrimaryKey(\.id)
        Property(\.name, length: 50, unique: true)
    }
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
        let difference = SchemaComparator.compare(from: live, to: try generator.targetSchema(), dialect: generator.dialect)
        FileHandle.standardError.write(Data("""
            Created \(live.tables.count) tables in \(config.database): \(live.tables.map(\.name).joined(separator: ", "))
            Read back and compared with the entities: \(difference.isEmpty ? "no difference" : "\n\(difference)")\n
            """.utf8))
    }
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
