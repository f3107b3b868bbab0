import SchemaKitCore
import Testing

/// The statements of an online update, per dialect, and the lock each one takes.
@Suite("online plans")
struct OnlinePlanTests {
    static let id = PropertySchema(name: "id", type: .integer, primary: true)

    static let before: [EntitySchema] = [
        EntitySchema(name: "Author", properties: [id, PropertySchema(name: "email", type: .string, nullable: true)]),
        EntitySchema(name: "Book", properties: [
            id, PropertySchema(name: "title", type: .string), PropertySchema(name: "authorId", type: .integer, nullable: true),
            PropertySchema(name: "pages", type: .integer, nullable: true),
        ], indexes: [IndexDefinition(name: "book_old", properties: ["pages"])]),
    ]

    static let after: [EntitySchema] = [
        EntitySchema(name: "Author", properties: [id, PropertySchema(name: "email", type: .string, nullable: true, unique: true)]),
        EntitySchema(name: "Book", properties: [
            id, PropertySchema(name: "title", type: .string, index: true),
            PropertySchema(name: "author", nullable: true, relation: RelationSchema(.manyToOne, target: "Author")),
            PropertySchema(name: "pages", type: .integer),
        ], checks: [CheckDefinition(name: "book_pages_positive", expression: "pages > 0")]),
    ]

    static func script(_ dialect: any SQLDialect) throws -> String {
        let live = try SchemaGenerator(SchemaConfiguration(schemas: before, database: .dialect(dialect))).targetSchema()
        let generator = SchemaGenerator(SchemaConfiguration(schemas: after, database: .dialect(dialect)))
        return try generator.updateSchemaScript(from: live, .init(wrap: false, online: OnlineOptions(lockTimeout: .milliseconds(1500)))).text
    }

    @Test("PostgreSQL: concurrent indexes, keys and checks validated apart, set not null through a check, lock_timeout")
    func postgreSQL() throws {
        let text = try Self.script(.postgreSQL)
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("-- lock:") && !$0.isEmpty }
        #expect(lines.first == "set lock_timeout = 1500;")
        #expect(lines.last == "reset lock_timeout;")
        for expected in [
            #"drop index concurrently if exists "book_old";"#,
            #"drop index concurrently if exists "book_title_index";"#,
            #"create index concurrently "book_title_index" on "book" ("title");"#,
            #"drop index concurrently if exists "author_email_unique";"#,
            #"create unique index concurrently "author_email_unique" on "author" ("email");"#,
            #"alter table "author" add constraint "author_email_unique" unique using index "author_email_unique";"#,
            #"alter table "book" add constraint "book_author_id_foreign" foreign key ("author_id") references "author" ("id") on delete set null not valid;"#,
            #"alter table "book" validate constraint "book_author_id_foreign";"#,
            #"alter table "book" add constraint "book_pages_positive" check (pages > 0) not valid;"#,
            #"alter table "book" validate constraint "book_pages_positive";"#,
            #"alter table "book" add constraint "book_pages_not_null" check ("pages" is not null) not valid;"#,
            #"alter table "book" validate constraint "book_pages_not_null";"#,
            #"alter table "book" alter column "pages" set not null;"#,
            #"alter table "book" drop constraint "book_pages_not_null";"#,
        ] {
            #expect(lines.contains(expected), "missing: \(expected)\n\(text)")
        }
        // The check is validated before set not null uses it, and dropped after.
        let order = ["book_pages_not_null\" check", "validate constraint \"book_pages_not_null\"", "set not null", "drop constraint \"book_pages_not_null\""]
            .map { key in lines.firstIndex { $0.contains(key) } ?? -1 }
        #expect(order == order.sorted() && !order.contains(-1), "\(text)")
        // The plan names each statement's lock.
        #expect(text.contains("""
            -- lock: share update exclusive; reads and writes go on while it runs
            create index concurrently "book_title_index" on "book" ("title");
            """), "\(text)")
        #expect(text.contains("-- lock: share update exclusive; reads and writes go on while rows are checked\nalter table \"book\" validate"))
    }

    @Test("MariaDB: algorithm=instant, then inplace with lock=none, under lock_wait_timeout")
    func mariaDB() throws {
        let text = try Self.script(MySQLDialect.mariaDB)
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        #expect(lines.first == "set session lock_wait_timeout = 2;")
        #expect(lines.last == "set session lock_wait_timeout = default;")
        #expect(lines.contains("set session foreign_key_checks = 0;") && lines.contains("set session foreign_key_checks = 1;"))
        let alters = lines.filter { $0.hasPrefix("alter table") }
        #expect(!alters.isEmpty)
        #expect(alters.allSatisfy { $0.hasSuffix(", algorithm=instant;") }, "\(text)")
        #expect(text.contains("-- lock: none: tries algorithm=instant, then algorithm=inplace, lock=none; refuses to copy the table"))
    }

    @Test("SQLite refuses online updates by name")
    func sqlite() {
        let error = #expect(throws: SchemaError.self) { try Self.script(.sqlite) }
        #expect(error?.code == .unsupportedByDialect)
        #expect(error?.message.contains("SQLite has no online schema changes") == true, "\(error?.message ?? "")")
    }
}
