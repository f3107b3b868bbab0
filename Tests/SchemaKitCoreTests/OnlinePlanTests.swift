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
        // The whole plan: order matters (the check is validated before `set not null` uses it,
        // dropped after), and so does each statement's lock note.
        #expect(try Self.script(.postgreSQL) == """
            set lock_timeout = 1500;

            -- lock: share update exclusive; reads and writes go on while it runs
            drop index concurrently if exists "author_email_unique";
            -- lock: share update exclusive; reads and writes go on while it runs
            create unique index concurrently "author_email_unique" on "author" ("email");
            -- lock: share update exclusive, brief; the index is already built
            alter table "author" add constraint "author_email_unique" unique using index "author_email_unique";

            -- lock: share update exclusive; reads and writes go on while it runs
            drop index concurrently if exists "book_old";
            -- lock: access exclusive, brief; existing rows are checked by the next statement
            alter table "book" add constraint "book_pages_not_null" check ("pages" is not null) not valid;
            -- lock: share update exclusive; reads and writes go on while rows are checked
            alter table "book" validate constraint "book_pages_not_null";
            -- lock: access exclusive, brief; a validated check spares the scan
            alter table "book" alter column "pages" set not null;
            -- lock: access exclusive, brief
            alter table "book" drop constraint "book_pages_not_null";
            -- lock: share update exclusive; reads and writes go on while it runs
            drop index concurrently if exists "book_title_index";
            -- lock: share update exclusive; reads and writes go on while it runs
            create index concurrently "book_title_index" on "book" ("title");
            -- lock: access exclusive, brief; existing rows are checked by the next statement
            alter table "book" add constraint "book_pages_positive" check (pages > 0) not valid;
            -- lock: share update exclusive; reads and writes go on while rows are checked
            alter table "book" validate constraint "book_pages_positive";

            -- lock: share row exclusive, brief; existing rows are checked by the next statement
            alter table "book" add constraint "book_author_id_foreign" foreign key ("author_id") references "author" ("id") on delete set null not valid;
            -- lock: share update exclusive; reads and writes go on while rows are checked
            alter table "book" validate constraint "book_author_id_foreign";

            reset lock_timeout;

            """)
    }

    @Test("MariaDB: algorithm=instant, then inplace with lock=none, under lock_wait_timeout, foreign key checks off")
    func mariaDB() throws {
        let note = "-- lock: none: tries algorithm=instant, then algorithm=inplace, lock=none; refuses to copy the table"
        #expect(try Self.script(MySQLDialect.mariaDB) == """
            set session lock_wait_timeout = 2;
            set session foreign_key_checks = 0;

            \(note)
            alter table `author` add unique `author_email_unique`(`email`), algorithm=instant;

            \(note)
            alter table `book` drop index `book_old`, algorithm=instant;
            \(note)
            alter table `book` modify `author_id` int unsigned null, algorithm=instant;
            \(note)
            alter table `book` modify `pages` int not null, algorithm=instant;
            \(note)
            alter table `book` add index `book_title_index`(`title`), algorithm=instant;
            \(note)
            alter table `book` add index `book_author_id_index`(`author_id`), algorithm=instant;
            \(note)
            alter table `book` add constraint `book_pages_positive` check (pages > 0), algorithm=instant;

            \(note)
            alter table `book` add constraint `book_author_id_foreign` foreign key (`author_id`) references `author` (`id`) on delete set null, algorithm=instant;

            set session foreign_key_checks = 1;
            set session lock_wait_timeout = default;

            """)
    }

    @Test("MariaDB: each alter carries its fallback spelling, tried when the engine refuses instant")
    func mariaDBFallback() throws {
        let live = try SchemaGenerator(SchemaConfiguration(schemas: Self.before, database: .dialect(MySQLDialect.mariaDB))).targetSchema()
        let script = try SchemaGenerator(SchemaConfiguration(schemas: Self.after, database: .dialect(MySQLDialect.mariaDB)))
            .updateSchemaScript(from: live, .init(wrap: false, online: OnlineOptions()))
        let alters = script.statements.filter { $0.sql.hasPrefix("alter table") }
        #expect(alters.map(\.requirements.alternatives) == alters.map { [$0.sql.replacing(", algorithm=instant", with: ", algorithm=inplace, lock=none")] })
        #expect(script.statements.allSatisfy { $0.requirements.placement == ($0.kind == .session ? .session : .standalone) })
        #expect(alters.allSatisfy { $0.requirements.lockTimeoutRetries == 5 })
    }

    @Test("SQLite refuses online updates by name")
    func sqlite() {
        let error = #expect(throws: SchemaError.self) { try Self.script(.sqlite) }
        #expect(error?.code == .unsupportedByDialect)
        #expect(error?.message.contains("SQLite has no online schema changes") == true, "\(error?.message ?? "")")
    }
}
