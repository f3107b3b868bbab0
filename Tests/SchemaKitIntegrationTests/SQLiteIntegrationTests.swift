import Foundation
import SchemaKitCore
@testable import SchemaKitSQLite
import SchemaKitTestFixtures
import Testing

@Suite("SQLite, live")
struct SQLiteIntegrationTests {
    /// A fresh database file per test, deleted afterwards.
    func withDatabase<T>(_ body: (SQLiteSchemaDatabase, String) async throws -> T) async throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("schemakit-\(UUID().uuidString).sqlite").path
        let database = try await SQLiteSchemaDatabase.open(path: path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let result = try await body(database, path)
            try await database.close()
            return result
        } catch {
            try? await database.close()
            throw error
        }
    }

    func roundTrip(_ entities: [EntitySchema]) async throws {
        try await withDatabase { database, _ in try await expectRoundTrip(entities, on: database) }
    }

    @Test("the whole fixture model: create, introspect, compare: no difference")
    func wholeModelRoundTrip() async throws {
        try await roundTrip(BlogModel.entities.map { $0.schema })
    }

    @Test("one fixture per feature round-trips", arguments: FeatureFixtures.all.map(\.name))
    func featureRoundTrip(name: String) async throws {
        let fixture = try #require(FeatureFixtures.all.first { $0.name == name })
        try await roundTrip(fixture.entities)
    }

    @Test("a hand-written schema is read attribute by attribute")
    func handWritten() async throws {
        try await withDatabase { database, _ in
            try await database.execute([
                SQLStatement(unsafeSQL: #"create table "parent" ("id" integer not null primary key autoincrement, "code" text not null collate nocase)"#, kind: .createTable),
                SQLStatement(unsafeSQL: #"""
                    create table "child" ("id" integer not null, "parent_id" integer null, "qty" numeric(10,2) not null default 0,
                      "label" text default 'it''s', "total" integer generated always as (qty * 2) stored,
                      primary key ("id"),
                      constraint "child_parent_fk" foreign key ("parent_id") references "parent" ("id") on delete set null deferrable initially deferred,
                      constraint "child_qty_check" check (qty >= 0))
                    """#, kind: .createTable),
                SQLStatement(unsafeSQL: #"create unique index "child_label_unique" on "child" ("label" desc) where label is not null"#, kind: .createIndex),
                SQLStatement(unsafeSQL: #"create index "child_lower_label" on "child" (lower(label))"#, kind: .createIndex),
            ], transactional: true)
            let schema = try await database.introspect(.init())
            let parent = try #require(schema.table(QualifiedName("parent")))
            #expect(parent.columns == [
                ColumnSchema(name: "id", type: "integer", isNullable: false, isAutoincrement: true),
                ColumnSchema(name: "code", type: "text", isNullable: false, collation: "nocase"),
            ])
            let child = try #require(schema.table(QualifiedName("child")))
            #expect(child.primaryKey == PrimaryKeySchema(columns: ["id"]))
            #expect(child.columns == [
                ColumnSchema(name: "id", type: "integer", isNullable: false),
                ColumnSchema(name: "parent_id", type: "integer", isNullable: true),
                ColumnSchema(name: "qty", type: "numeric(10,2)", isNullable: false, defaultValue: "0"),
                ColumnSchema(name: "label", type: "text", isNullable: true, defaultValue: "'it''s'"),
                ColumnSchema(name: "total", type: "integer", isNullable: true, generated: GeneratedColumn("qty * 2", storage: .stored)),
            ])
            #expect(child.foreignKeys == [ForeignKeySchema(
                name: "child_parent_fk", columns: ["parent_id"], referencedTable: QualifiedName("parent"), referencedColumns: ["id"],
                deleteRule: .setNull, updateRule: nil, deferral: .deferred)])
            #expect(child.checks == [CheckSchema(name: "child_qty_check", expression: "qty >= 0")])
            #expect(child.indexes == [
                IndexSchema(name: "child_label_unique", columns: [.init("label", descending: true)], isUnique: true,
                            predicate: "label is not null"),
                IndexSchema(name: "child_lower_label", columns: [], expression: "lower(label)"),
            ])
        }
    }

    /// Spellings SQLite accepts and keeps in its `create` text: a string literal where a name goes,
    /// `autoincrement` in the table's `primary key (…)`, a column with two collations (the last counts).
    @Test("legacy spellings: string-literal names, table-level autoincrement, a second collate")
    func legacySpellings() async throws {
        try await withDatabase { database, _ in
            try await database.execute([
                SQLStatement(unsafeSQL: """
                    create table "tally" (id integer not null, 'my ''col''' text collate 'nocase', tag text collate binary collate rtrim,
                      primary key (id autoincrement), constraint 'tally_tag' check (tag <> ''))
                    """, kind: .createTable),
            ], transactional: true)
            let tally = try #require(try await database.introspect(.init()).table(QualifiedName("tally")))
            #expect(tally.columns == [
                ColumnSchema(name: "id", type: "integer", isNullable: false, isAutoincrement: true),
                ColumnSchema(name: "my 'col'", type: "text", isNullable: true, collation: "nocase"),
                ColumnSchema(name: "tag", type: "text", isNullable: true, collation: "rtrim"),
            ])
            #expect(tally.checks == [CheckSchema(name: "tally_tag", expression: "tag <> ''")])
            // SQLite agrees: the second collation is the one in force, and the table has a sequence.
            _ = try await database.rows("insert into tally ('my ''col''', tag) values ('a', 'b')")
            #expect(try await database.rows("select count(*) from tally where tag = 'b   '").first?.first == "1")
            #expect(try await database.rows("select name from sqlite_sequence").first?.first == "tally")
        }
    }

    /// The update that makes `column` of `table` not null, which SQLite does by rebuilding the
    /// table; the target, like one built from entities, declares no triggers.
    static func rebuildScript(from live: DatabaseSchema, makingNotNull column: String, in table: String) throws -> SQLScript {
        var target = live
        let index = try #require(target.tables.firstIndex { $0.name == table })
        let position = try #require(target.tables[index].columns.firstIndex { $0.name == column })
        target.tables[index].columns[position].isNullable = false
        target.tables[index].triggers = []
        return try SchemaGenerator.updateScript(from: live, to: target, dialect: SQLiteDialect())
    }

    /// SQLite drops a table's triggers with it, and checks every view and trigger naming a table
    /// when one is renamed into its place: a rebuild must create the triggers again, rename in
    /// legacy mode, and keep the `autoincrement` high-water mark, or ids of deleted rows come back.
    @Test("a rebuilt table keeps its triggers, the views that name it and its autoincrement high-water mark")
    func rebuildKeepsDependents() async throws {
        try await withDatabase { database, _ in
            try await database.execute([
                SQLStatement(unsafeSQL: #"create table "author" ("id" integer not null primary key autoincrement, "name" text null)"#,
                             kind: .createTable),
                SQLStatement(unsafeSQL: #"create table "audit" ("note" text not null)"#, kind: .createTable),
                SQLStatement(unsafeSQL: #"""
                    create trigger "author_audit" after update of "name" on "author"
                    begin insert into "audit" ("note") values ('renamed; ' || new."name"); end
                    """#, kind: .alterTable),
                SQLStatement(unsafeSQL: #"create view "author_names" as select "name" from "author""#, kind: .alterTable),
                SQLStatement(unsafeSQL: "insert into author (name) values ('a'), ('b'), ('c')", kind: .copyRows),
                SQLStatement(unsafeSQL: "delete from author where id = 3", kind: .deleteRows),
            ], transactional: true)
            let live = try await database.introspect(.init())
            let author = QualifiedName("author")
            let triggers = try #require(live.table(author)?.triggers)
            #expect(triggers.count == 1 && triggers[0].hasPrefix(#"CREATE TRIGGER "author_audit""#))
            #expect(live.table(QualifiedName("audit"))?.triggers == [])

            // `name` becomes not null: SQLite rebuilds the table.
            let script = try Self.rebuildScript(from: live, makingNotNull: "name", in: "author")
            #expect(script.text.contains(#"rename to "author""#) && script.text.contains("pragma legacy_alter_table = on"))
            try await database.execute(script.statements, transactional: true)

            let after = try await database.introspect(.init())
            #expect(after.table(author)?.triggers == triggers)
            #expect(after.table(author)?.columns[1].isNullable == false)
            _ = try await database.rows("update author set name = 'z' where id = 1")
            #expect(try await database.rows("select note from audit") == [["renamed; z"]])
            #expect(try await database.rows("select count(*) from author_names") == [["2"]])
            _ = try await database.rows("insert into author (name) values ('d')")
            #expect(try await database.rows("select max(id) from author") == [["4"]], "the id of the deleted row came back")
        }
    }

    /// What MikroORM users do with a saved diff, and what a migration runner does: run the
    /// dumped script inside a transaction of its own. There `pragma foreign_keys = off` does
    /// nothing, and the rebuild's `drop table` would delete every cascading child row.
    @Test("a rebuild script run inside someone else's transaction, foreign keys on, stops before any row is lost")
    func rebuildInsideATransaction() async throws {
        try await withDatabase { database, _ in
            try await database.execute([
                SQLStatement(unsafeSQL: #"create table "author" ("id" integer not null primary key, "name" text null)"#, kind: .createTable),
                SQLStatement(unsafeSQL: #"""
                    create table "book" ("id" integer not null primary key, "author_id" integer not null,
                      constraint "book_author_id_foreign" foreign key ("author_id") references "author" ("id") on delete cascade)
                    """#, kind: .createTable),
                SQLStatement(unsafeSQL: "insert into author values (1, 'a'), (2, 'b')", kind: .copyRows),
                SQLStatement(unsafeSQL: "insert into book values (1, 1), (2, 2)", kind: .copyRows),
            ], transactional: true)
            let live = try await database.introspect(.init())
            let script = try Self.rebuildScript(from: live, makingNotNull: "name", in: "author")
            #expect(script.text.contains(#"drop table "author""#))

            _ = try await database.rows("pragma foreign_keys = on")
            _ = try await database.rows("begin")
            var failure: (any Error)?
            for statement in script.statements {
                do { _ = try await database.rows(statement.sql) } catch {
                    failure = error
                    break
                }
            }
            // As a runner does: commit what ran through, roll back what failed.
            _ = try await database.rows(failure == nil ? "commit" : "rollback")
            #expect("\(failure.map { String(describing: $0) } ?? "no error")".contains("foreign keys are on: this script drops or rebuilds tables"))
            #expect(try await database.rows("select count(*) from book") == [["2"]])
        }
    }

    @Test("a renamed table that a rebuild would strip of its triggers is refused, naming it")
    func renamedRebuildWithTriggers() throws {
        var old = TableSchema(name: "writer", columns: [ColumnSchema(name: "id", type: "integer", isNullable: false),
                                                        ColumnSchema(name: "name", type: "text", isNullable: true)],
                              primaryKey: PrimaryKeySchema(columns: ["id"]))
        old.triggers = [#"create trigger "writer_touch" after update on "writer" begin select 1; end"#]
        var new = old
        new.name = "author"
        new.renamedFrom = "writer"
        new.triggers = []
        new.columns[1].isNullable = false
        let error = try #require(throws: SchemaError.self) {
            try SchemaGenerator.updateScript(from: DatabaseSchema(tables: [old]), to: DatabaseSchema(tables: [new]), dialect: SQLiteDialect())
        }
        #expect(error.code == .unsupportedByDialect)
        #expect(error.message.contains("writer") && error.message.contains("1 trigger(s)"))
    }

    @Test("introspection takes the same number of queries for 3 tables and for 60")
    func batchedIntrospection() async throws {
        func queries(tables: Int) async throws -> Int {
            try await withDatabase { database, _ in
                let statements = (0..<tables).flatMap { index in [
                    SQLStatement(unsafeSQL: "create table t\(index) (id integer primary key, parent_id integer references t0 (id), name text)", kind: .createTable),
                    SQLStatement(unsafeSQL: "create index t\(index)_name on t\(index) (name)", kind: .createIndex),
                ] }
                try await database.execute(statements, transactional: true)
                let before = await database.queryCount
                let schema = try await database.introspect(.init())
                #expect(schema.tables.count == tables)
                return await database.queryCount - before
            }
        }
        let small = try await queries(tables: 3)
        let large = try await queries(tables: 60)
        #expect(small == large)
        #expect(small == 4)
    }

    @Test("skip lists hide tables and columns on the database side")
    func skipLists() async throws {
        try await withDatabase { database, _ in
            try await database.execute([
                SQLStatement(unsafeSQL: "create table audit_log (id integer primary key)", kind: .createTable),
                SQLStatement(unsafeSQL: "create table temp_x (id integer primary key)", kind: .createTable),
                SQLStatement(unsafeSQL: "create table users (id integer primary key, internal_notes text, system_flag int, name text)", kind: .createTable),
            ], transactional: true)
            let schema = try await database.introspect(IntrospectionOptions(
                skipTables: ["AUDIT_LOG", .regex(/^temp_/)], skipColumns: ["users": ["internal_notes", .regex(/^system_/)]]))
            #expect(schema.tables.map(\.name) == ["users"])
            #expect(schema.tables.first?.columns.map(\.name) == ["id", "name"])
        }
    }

    @Test("drop removes only the entities' tables; clear keeps the schema")
    func dropAndClear() async throws {
        try await withDatabase { database, _ in
            let configuration = SchemaConfiguration(entities: BlogModel.entities, database: .dialect(.sqlite))
            let generator = SchemaGenerator(configuration, database: database)
            try await generator.createSchema()
            try await database.execute([
                SQLStatement(unsafeSQL: "create table unrelated (id integer primary key)", kind: .createTable),
                SQLStatement(unsafeSQL: "insert into publisher (name, type) values ('Acme', 'local')", kind: .createTable),
                SQLStatement(unsafeSQL: "insert into author (name, email, address_street, address_city) values ('Ann', 'a@x', 's', 'c')", kind: .createTable),
                SQLStatement(unsafeSQL: "insert into book (id, title, isbn, author_id, book_code, publisher_id) values ('b1', 'T', '1', 1, 'ABCDEFGH', 1)", kind: .createTable),
            ], transactional: true)
            try await generator.clearDatabase()
            var live = try await generator.introspect()
            #expect(live.tables.count == 11)   // the ten entity tables and "unrelated"
            let rows = try await database.query("select (select count(*) from book) + (select count(*) from author) + (select count(*) from publisher) as n")
            #expect(rows.first?.column("n")?.integer == 0)
            try await generator.dropSchema()
            live = try await generator.introspect()
            #expect(live.tables.map(\.name) == ["unrelated"])
        }
    }

    @Test("a failing statement rolls the whole script back and names the statement")
    func transactionalFailure() async throws {
        try await withDatabase { database, _ in
            let error = try await #require(throws: SchemaError.self) {
                try await database.execute([
                    SQLStatement(unsafeSQL: "create table a (id integer primary key)", kind: .createTable),
                    SQLStatement(unsafeSQL: "create table a (id integer primary key)", kind: .createTable),
                ], transactional: true)
            }
            #expect(error.code == .statementFailed)
            #expect(error.message.contains("create table a (id integer primary key)"))
            #expect(error.message.contains("rolled back"))
            #expect(try await database.introspect(.init()).tables.isEmpty)
        }
    }

    @Test("hostile names survive create, introspect and compare")
    func hostileNames() async throws {
        try await roundTrip(FeatureFixtures.hostile)
    }

    @Test("a database that cannot be opened is a clear error naming the file")
    func cannotOpen() async throws {
        let error = try await #require(throws: SchemaError.self) {
            try await SQLiteSchemaDatabase.open(path: "/nonexistent-dir/sub/app.sqlite")
        }
        #expect(error.code == .connectionFailed)
        #expect(error.message.hasPrefix("Cannot open SQLite database '/nonexistent-dir/sub/app.sqlite'"))
    }

    @Test("withDatabase on .sqlite(path:): ensure, create, refresh, drop the file")
    func configuredLifecycle() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("schemakit-\(UUID().uuidString).sqlite").path
        let config = SchemaConfiguration(entities: BlogModel.entities, database: .sqlite(path: path))
        #expect(try await config.ensureDatabase() == true)
        #expect(try await config.ensureDatabase() == false)
        try await SchemaGenerator.withDatabase(config) { generator in
            try await generator.createSchema()
            try await generator.execute("insert into book_tag (name) values ('a;b'); insert into book_tag (name) values ('c')")
            try await generator.refreshDatabase()
            #expect(try await generator.introspect().tables.count == 10)
            let rows = try await (generator.database as? SQLiteSchemaDatabase)?.query("select count(*) as n from book_tag")
            #expect(rows?.first?.column("n")?.integer == 0)
        }
        try await config.dropDatabase()
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}

extension SQLiteIntegrationTests {
    @Test("a database shared by concurrent tasks runs one script at a time")
    func concurrentScripts() async throws {
        try await withDatabase { database, _ in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<12 {
                    group.addTask {
                        try await database.execute([
                            SQLStatement(unsafeSQL: "create table c\(index) (id integer primary key)", kind: .createTable),
                            SQLStatement(unsafeSQL: "insert into c\(index) values (1)", kind: .createTable),
                        ], transactional: true)
                    }
                    group.addTask { _ = try await database.introspect(.init()) }
                }
                try await group.waitForAll()
            }
            #expect(try await database.introspect(.init()).tables.count == 12)
        }
    }
}
