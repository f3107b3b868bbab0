import Foundation
import Logging
import SchemaKitCore
@testable import SchemaKitPostgres
import SchemaKitTestFixtures
import Testing

/// The server `scripts/test.sh` starts; the suite is skipped, visibly, without it.
let postgresURL = ProcessInfo.processInfo.environment["SCHEMAKIT_POSTGRES_URL"]

@Suite("PostgreSQL, live", .enabled(if: postgresURL != nil, "SCHEMAKIT_POSTGRES_URL is not set; run scripts/test.sh"))
struct PostgresIntegrationTests {
    /// A fresh database per test, dropped afterwards, so tests run in parallel.
    func withDatabase<T>(_ body: (PostgresSchemaDatabase, DatabaseURL) async throws -> T) async throws -> T {
        let base = try DatabaseURL(try #require(postgresURL))
        let url = base.withDatabase("schemakit_t_\(UUID().uuidString.prefix(8).lowercased())")
        let connector = PostgresConnector(url: url)
        let logger = Logger(label: "test")
        try await connector.createDatabase(logger: logger, managementDatabase: base.database)
        let database = try await PostgresSchemaDatabase.connect(url)
        do {
            let result = try await body(database, url)
            try await database.close()
            try await connector.dropDatabase(logger: logger, managementDatabase: base.database)
            return result
        } catch {
            try? await database.close()
            try? await connector.dropDatabase(logger: logger, managementDatabase: base.database)
            throw error
        }
    }

    func roundTrip(_ entities: [EntitySchema]) async throws {
        try await withDatabase { database, _ in try await expectRoundTrip(entities, on: database) }
    }

    @Test("rows(_:) spells every value as PostgreSQL's text output does, whatever type it has")
    func rowsAsText() async throws {
        let rows = try await withDatabase { database, _ in
            try await database.rows("""
                select 42::int8, -7::int2, 26::oid, true, false, 1.5::float8, 2.50::numeric, 'ab'::text, null::int4,                 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid, count(*) from (values (1), (2)) v
                """)
        }
        #expect(rows == [["42", "-7", "26", "t", "f", "1.5", "2.5", "ab", nil, "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "2"]])
    }

    @Test("the whole fixture model: create, introspect, compare: no difference")
    func wholeModelRoundTrip() async throws {
        try await roundTrip(BlogModel.entities.map { $0.schema })
    }

    @Test("one fixture per feature round-trips", arguments: FeatureFixtures.all.map(\.name))
    func featureRoundTrip(name: String) async throws {
        try await roundTrip(try #require(FeatureFixtures.all.first { $0.name == name }).entities)
    }

    @Test("namespaces: tables, enum types and foreign keys across schemas round-trip")
    func namespaces() async throws {
        try await roundTrip([
            EntitySchema(name: "User", schema: "auth", properties: [
                PropertySchema(name: "id", type: .uuid, primary: true),
                PropertySchema(name: "mood", type: .enumeration, enumItems: ["ok", "meh"], nativeEnumName: "mood"),
            ]),
            EntitySchema(name: "Post", properties: [
                PropertySchema(name: "id", type: .integer, primary: true),
                PropertySchema(name: "author", relation: RelationSchema(.manyToOne, target: "User")),
                PropertySchema(name: "mood", type: .enumeration, enumItems: ["happy"], nativeEnumName: "mood"),
            ]),
        ])
    }

    @Test("sequences, domains, composite types and collations: create, introspect, no difference; sequence options change in place, rows kept")
    func objects() async throws {
        try await withDatabase { database, _ in
            let dialect = PostgreSQLDialect()
            let sequence = SequenceSchema(name: "ticket_no_seq", dataType: "integer", start: 100, ownedBy: SequenceOwner(table: QualifiedName("ticket"), column: "no"))
            var schema = DatabaseSchema(tables: [TableSchema(name: "ticket", columns: [
                ColumnSchema(name: "id", type: "int", isAutoincrement: true),
                ColumnSchema(name: "no", type: "int", defaultValue: "nextval('ticket_no_seq'::regclass)"),
                ColumnSchema(name: "email", type: "email_address"),
                ColumnSchema(name: "name", type: "text", collation: "case_insensitive"),
                ColumnSchema(name: "address", type: "postal_address", isNullable: true),
            ], primaryKey: PrimaryKeySchema(columns: ["id"]))],
            sequences: [sequence, SequenceSchema(name: "spare_seq", increment: -2, cycles: true)],
            domains: [DomainSchema(name: "email_address", baseType: "text", defaultValue: "'nobody@example.com'",
                                   checks: [CheckSchema(name: "email_address_check", expression: "VALUE ~~ '%_@_%'")])],
            compositeTypes: [CompositeTypeSchema(name: "postal_address", attributes: [.init(name: "street", type: "text"),
                                                                                       .init(name: "zip", type: "varchar(10)")])],
            collations: [CollationSchema(name: "case_insensitive", provider: .icu, locale: "und-u-ks-level2", isDeterministic: false)])
            try await database.execute(try SchemaGenerator.createScript(for: schema, dialect: dialect).statements, transactional: true)
            try await database.execute([SQLStatement(unsafeSQL: """
                insert into ticket (email, name, address) values ('a@example.com', 'Ann', row('Main St', '12345')), ('b@example.com', 'bob', null)
                """, kind: .copyRows)], transactional: true)
            var live = try await database.introspect(.init())
            #expect(live.sequences == [SequenceSchema(name: "spare_seq", increment: -2, cycles: true), sequence])
            // Read back as the server spells it (`'…'::text`): compared, not equal. `like` is
            // written `~~`, as PostgreSQL keeps it.
            let difference = try SchemaComparator.compare(from: live, to: schema, dialect: dialect)
            #expect(difference.isEmpty, "\(difference)")

            schema.sequences[0] = SequenceSchema(name: "ticket_no_seq", increment: 10, maxValue: 5000, cache: 5)
            schema.sequences[1].increment = -1
            let update = try SchemaGenerator.updateScript(from: live, to: schema, dialect: dialect)
            try await database.execute(update.statements, transactional: true)
            live = try await database.introspect(.init())
            let after = try SchemaComparator.compare(from: live, to: schema, dialect: dialect)
            #expect(after.isEmpty, "\(after)\n\(update.text)")
            let rows = try await database.rows("select count(*), max(no) from ticket where name = 'ANN'")
            #expect(rows == [["1", "100"]])
        }
    }

    @Test("hostile names survive create, introspect and compare")
    func hostileNames() async throws {
        try await roundTrip(FeatureFixtures.hostile)
    }

    @Test("a hand-written schema is read attribute by attribute")
    func handWritten() async throws {
        try await withDatabase { database, _ in
            try await database.execute([
                SQLStatement(unsafeSQL: "create schema app", kind: .createNamespace),
                SQLStatement(unsafeSQL: "create type app.mood as enum ('sad', 'ok', 'happy')", kind: .createType),
                SQLStatement(unsafeSQL: """
                    create table app.parent (id bigint generated by default as identity primary key,
                      code varchar(20) collate "C" not null unique)
                    """, kind: .createTable),
                SQLStatement(unsafeSQL: """
                    create table app.child (id serial primary key, parent_id bigint references app.parent (id) on delete cascade deferrable initially deferred,
                      qty numeric(10,2) not null default 0 check (qty >= 0), label text default 'it''s', feeling app.mood,
                      created timestamptz(3) default now(), total numeric generated always as (qty * 2) stored)
                    """, kind: .createTable),
                SQLStatement(unsafeSQL: "comment on table app.child is 'kids'", kind: .comment),
                SQLStatement(unsafeSQL: "create index child_label on app.child (label desc) where label is not null", kind: .createIndex),
                SQLStatement(unsafeSQL: "create index child_mixed on app.child (parent_id, lower(label))", kind: .createIndex),
            ], transactional: true)
            let schema = try await database.introspect(.init())
            #expect(schema.namespaces == ["app"])
            #expect(schema.nativeEnums == [NativeEnumSchema(name: "mood", schema: "app", values: ["sad", "ok", "happy"])])
            let parent = try #require(schema.table(QualifiedName("parent", schema: "app")))
            #expect(parent.columns == [
                ColumnSchema(name: "id", type: "bigint", isNullable: false, isAutoincrement: true, identity: ColumnIdentity(.byDefault)),
                ColumnSchema(name: "code", type: "character varying(20)", isNullable: false, collation: "C"),
            ])
            #expect(parent.indexes == [IndexSchema(name: "parent_code_key", columns: [.init("code")], isUnique: true, isConstraint: true)])
            let child = try #require(schema.table(QualifiedName("child", schema: "app")))
            #expect(child.comment == "kids")
            #expect(child.primaryKey == PrimaryKeySchema(columns: ["id"]))
            #expect(child.columns.map(\.name) == ["id", "parent_id", "qty", "label", "feeling", "created", "total"])
            // The `nextval` default stays, naming the sequence (an update that widens the column widens it).
            #expect(child.columns[0].isAutoincrement)
            #expect(child.columns[0].defaultValue == "nextval('app.child_id_seq'::regclass)")
            #expect(child.columns[2].defaultValue == "0" && child.columns[2].type == "numeric(10,2)")
            #expect(child.columns[3].defaultValue == "'it''s'::text")
            #expect(child.columns[4].nativeEnumName == "mood" && child.columns[4].enumItems == ["sad", "ok", "happy"])
            #expect(child.columns[5].type == "timestamp(3) with time zone" && child.columns[5].defaultValue == "now()")
            #expect(child.columns[6].generated == GeneratedColumn("(qty * (2)::numeric)", storage: .stored))
            #expect(child.foreignKeys == [ForeignKeySchema(
                name: "child_parent_id_fkey", columns: ["parent_id"], referencedTable: QualifiedName("parent", schema: "app"),
                referencedColumns: ["id"], deleteRule: .cascade, deferral: .deferred)])
            #expect(child.checks == [CheckSchema(name: "child_qty_check", expression: "(qty >= 0::numeric)", column: "qty")])
            #expect(child.indexes == [
                IndexSchema(name: "child_label", columns: [.init("label", descending: true)], predicate: "(label IS NOT NULL)"),
                IndexSchema(name: "child_mixed", columns: [], expression: "\"parent_id\", (lower(label))"),
            ])
        }
    }

    @Test("introspection takes the same number of queries for 3 tables and for 60")
    func batchedIntrospection() async throws {
        func queries(tables: Int) async throws -> Int {
            try await withDatabase { database, _ in
                let statements = (0..<tables).flatMap { index in [
                    SQLStatement(unsafeSQL: "create table t\(index) (id serial primary key, parent_id int, name text unique)", kind: .createTable),
                    SQLStatement(unsafeSQL: "alter table t\(index) add constraint t\(index)_fk foreign key (parent_id) references t\(index) (id)", kind: .addForeignKey),
                ] }
                try await database.execute(statements, transactional: true)
                let before = await database.queryCount
                let schema = try await database.introspect(.init())
                #expect(schema.tables.count == tables)
                return await database.queryCount - before
            }
        }
        let small = try await queries(tables: 3)
        #expect(small == PostgresCatalogQueries(options: .init()).all.count)
        #expect(try await queries(tables: 60) == small)
    }

    @Test("wrong credentials name host, port and database, never the password")
    func wrongPassword() async throws {
        var url = try DatabaseURL(try #require(postgresURL))
        url.password = "not-the-s3cret-pw"
        let error = try await #require(throws: SchemaError.self) { try await PostgresSchemaDatabase.connect(url) }
        #expect(error.code == .connectionFailed)
        #expect(error.message.contains("\(url.host):\(url.port ?? 5432), database '\(url.database)'"))
        #expect(!error.message.contains("not-the-s3cret-pw"))
    }

    @Test("a failing statement rolls everything back and names the statement")
    func transactionalFailure() async throws {
        try await withDatabase { database, _ in
            let error = try await #require(throws: SchemaError.self) {
                try await database.execute([
                    SQLStatement(unsafeSQL: "create table a (id int)", kind: .createTable),
                    SQLStatement(unsafeSQL: "create table a (id int)", kind: .createTable),
                ], transactional: true)
            }
            #expect(error.code == .statementFailed)
            #expect(error.message.contains("relation \"a\" already exists"))
            #expect(try await database.introspect(.init()).tables.isEmpty)
        }
    }

    @Test("drop removes only the entities' tables and enum types; clear keeps the schema")
    func dropAndClear() async throws {
        try await withDatabase { database, _ in
            let generator = SchemaGenerator(SchemaConfiguration(entities: BlogModel.entities, database: .dialect(.postgreSQL)),
                                            database: database)
            try await generator.createSchema()
            try await database.execute([
                SQLStatement(unsafeSQL: "create table unrelated (id int)", kind: .createTable),
                SQLStatement(unsafeSQL: "insert into publisher (name) values ('Acme')", kind: .createTable),
            ], transactional: true)
            try await generator.clearDatabase()
            #expect(try await database.query("select count(*)::text from publisher") == [["0"]])
            // A table the entities do not know, referencing theirs, is never emptied by clear:
            // clear fails and says why.
            try await database.execute([
                SQLStatement(unsafeSQL: "insert into publisher (name) values ('Acme')", kind: .createTable),
                SQLStatement(unsafeSQL: "create table audit_log (publisher_id int references publisher (id))", kind: .createTable),
                SQLStatement(unsafeSQL: "insert into audit_log select id from publisher", kind: .createTable),
            ], transactional: true)
            let error = try await #require(throws: SchemaError.self) { try await generator.clearDatabase() }
            #expect(error.message.contains("audit_log"))
            #expect(try await database.query("select count(*)::text from audit_log") == [["1"]])
            try await database.execute([SQLStatement(unsafeSQL: "drop table audit_log", kind: .dropTable)], transactional: false)
            try await generator.dropSchema()
            let live = try await generator.introspect()
            #expect(live.tables.map(\.name) == ["unrelated"])
            #expect(live.nativeEnums.isEmpty)
        }
    }

    @Test("ensureDatabase creates a missing database through the management database; dropDb removes it")
    func ensureAndDropDatabase() async throws {
        let base = try DatabaseURL(try #require(postgresURL))
        let url = base.withDatabase("schemakit_e_\(UUID().uuidString.prefix(8).lowercased())")
        let config = SchemaConfiguration(
            entities: [Publisher.self], database: try .postgres(url: "\(url.scheme.rawValue)://\(url.user ?? ""):\(url.password ?? "")@\(url.host):\(url.port ?? 5432)/\(url.database)"),
            schemaGenerator: .init(managementDbName: base.database))
        #expect(try await config.ensureDatabase() == true)
        #expect(try await config.ensureDatabase() == false)
        try await SchemaGenerator.withDatabase(config) { generator in
            try await generator.createSchema()
            #expect(try await generator.introspect().tables.map(\.name) == ["publisher"])
            try await generator.dropSchema(.init(dropDb: true))
        }
        let connector = PostgresConnector(url: url)
        #expect(try await connector.databaseExists(logger: Logger(label: "test"), managementDatabase: base.database) == false)
    }

    @Test("TLS settings are checked: an unknown sslmode is refused, an untrusted certificate is reported")
    func tlsModes() async throws {
        var url = try DatabaseURL(try #require(postgresURL))
        url.parameters["sslmode"] = "sometimes"
        let invalid = try await #require(throws: SchemaError.self) { try await PostgresSchemaDatabase.connect(url) }
        #expect(invalid.code == .invalidURL)
        // The throwaway server's certificate comes from a private CA (CredentialTests checks it
        // trusted through sslrootcert); checked against the system's roots it must fail loudly.
        url.parameters["sslmode"] = "verify-full"
        let refused = try await #require(throws: SchemaError.self) { try await PostgresSchemaDatabase.connect(url) }
        #expect(refused.code == .connectionFailed)
        #expect(refused.message.contains("\(url.host):\(url.port ?? 5432)"))
    }

    @Test("a script is split into statements that respect strings and comments")
    func executeScript() async throws {
        try await withDatabase { database, _ in
            let generator = SchemaGenerator(SchemaConfiguration(schemas: [], database: .dialect(.postgreSQL)), database: database)
            try await generator.execute("""
                create table note (body text); -- first; statement
                insert into note values ('a;b'), ('it''s;');
                /* ; */ create function f() returns int as $$ select 1; $$ language sql;
                """)
            #expect(try await database.query("select body from note order by body") == [["a;b"], ["it's;"]])
        }
    }
}
